"""One person a report names in context (session 38, second round), each on invented text."""

from __future__ import annotations

from test_events_people import counts


def test_the_other_of_two_told_before_is_one_person() -> None:
    text = "Guards fired on two smugglers, wounding one. The other was arrested."
    assert counts(text, "arrest") == [(1, 1)]


def test_another_as_a_subject_is_one_person() -> None:
    text = "One woman crossed the river in May. Another tried to leave in June but was caught by soldiers."
    assert (1, 1) in counts(text, "arrest")


def test_the_third_as_a_subject_is_one_person() -> None:
    text = "Three women reached Mongolia. Two had lived in China for years. The third crossed the Yalu only last year."
    assert counts(text, "escape")[-1] == (1, 1)


def test_people_inside_a_relative_clause_are_not_whom_the_main_clause_befalls() -> None:
    text = "A pastor who helped North Korean defectors reach Thailand was ordered to pay a fine of 5 million won."
    assert counts(text, "punishment") == [(1, 1)]


def test_a_joined_verb_with_an_amount_for_object_befalls_the_shared_subject() -> None:
    text = "A trader from Hamhung was caught with Chinese goods in May, fined 200,000 won and sent home."
    assert counts(text, "punishment")[0] == (1, 1)


def test_a_joined_verb_facing_a_term_befalls_the_shared_subject() -> None:
    text = "A fisherman from the port was taken into custody last week and could face five years in prison."
    assert counts(text, "punishment") == [(1, 1)]


def test_people_right_before_a_joined_verb_are_its_own_subject() -> None:
    text = "Police called in the couple. The parents had to write self-criticisms and the groom lost his job."
    assert counts(text, "punishment")[-1] == (1, 1)

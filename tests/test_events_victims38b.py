"""The people a joined verb shares (session 38, second round), each on invented text."""

from __future__ import annotations

from test_events_people import counts


def test_a_joined_verb_with_an_amount_for_object_befalls_the_shared_subject() -> None:
    text = "A trader from Hamhung was caught with Chinese goods in May, fined 200,000 won and sent home."
    assert counts(text, "punishment")[0] == (1, 1)


def test_a_joined_verb_facing_a_term_befalls_the_shared_subject() -> None:
    text = "A fisherman from the port was taken into custody last week and could face five years in prison."
    assert counts(text, "punishment") == [(1, 1)]


def test_people_right_before_a_joined_verb_are_its_own_subject() -> None:
    text = "Police called in the couple. The parents had to write self-criticisms and the groom lost his job."
    assert counts(text, "punishment")[-1] == (1, 1)

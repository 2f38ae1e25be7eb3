"""Whom it happened to (helper session 28): the people of a verb with two objects, of "each of
them", of a passive whose subject a participle took, and companions joined by "with" to the act
attempted or the place gone through (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def count_of(text: str, event_type: str) -> int | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0].victims.count_min if found[0].victims else None


def test_fined_each_of_them_is_all_of_them() -> None:
    text = (
        "Police in Nong Khai arrested six North Koreans on Sunday. They were taken to the provincial court,"
        " which fined each of them 3,000 baht."
    )
    assert count_of(text, "punishment") == 6


def test_the_indirect_object_is_fined_not_the_amount() -> None:
    text = "Border police detained three North Korean men near the river. A court fined them 5,000 baht each."
    assert count_of(text, "punishment") == 3


def test_counted_indirect_object_of_a_fine() -> None:
    text = "A court in Chiang Khong on Friday fined nine North Korean defectors 2,000 baht each for illegal entry."
    assert count_of(text, "punishment") == 9


def test_questioned_each_of_them() -> None:
    text = "Police detained four North Korean loggers near Tynda. An investigator questioned each of them for hours."
    assert count_of(text, "interrogation") == 4


def test_a_participle_after_the_people_keeps_them_the_passive_subject() -> None:
    text = "Three North Korean loggers sought since early May were detained by police in Tynda on Monday."
    assert count_of(text, "arrest") == 3


def test_a_reduced_relative_with_its_own_object() -> None:
    text = "A source said four women caught selling films had been sentenced to three years in a labour camp."
    assert count_of(text, "punishment") == 4


def test_a_companion_of_the_attempted_crossing() -> None:
    text = "Police are looking for a man who tried to cross the Tumen with his young grandson last week."
    assert count_of(text, "escape") == 2


def test_a_companion_hung_on_the_place_left() -> None:
    text = "A trade official in Dubai walked out of the consulate with his wife and three daughters in May."
    assert count_of(text, "escape") == 5


def test_half_a_dozen_is_six() -> None:
    assert count_of("Half a dozen North Korean fishermen crossed the sea border on Monday.", "escape") == 6


def test_a_relative_clause_hung_on_the_place_after_the_people() -> None:
    text = (
        "Activists say Chinese officers are keeping at least 30 North Korean women in Helong and Longjing"
        " counties who face imminent deportation."
    )
    assert count_of(text, "repatriation") == 30


def test_an_aside_participle_before_the_passive_and_its_conjunct() -> None:
    text = (
        "Two women, thought to be in their 20s, had been detained in Hoeryong in May and were beaten"
        " at the county holding centre."
    )
    assert count_of(text, "arrest") == 2
    assert count_of(text, "violence") == 2

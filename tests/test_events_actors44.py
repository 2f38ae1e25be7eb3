"""Victim counts of session 44: a noun that no list of people knows is read as one person only
when its form can name one (an accented or compound person noun, a hyphenated title, a noun
described with "who"); a penalty, a case, a decision or a place is no one."""

from __future__ import annotations

from events_helpers import victim_counts


def test_a_penalty_faced_is_not_one_person() -> None:
    text = "Two other men detained in the same raid could also face the death penalty."
    assert victim_counts(text, "execution") == [2]


def test_a_place_named_in_the_clause_is_not_one_person() -> None:
    text = "A former prisoner described a military prison where at least three inmates died of hunger."
    assert victim_counts(text, "violence") == [3]


def test_a_decision_is_not_one_person() -> None:
    text = "The lawyer said the decision came in July, after two months of interrogation at the county jail."
    assert victim_counts(text, "interrogation") == [None]


def test_an_accented_person_noun_is_one_person() -> None:
    text = "A trade attaché at the embassy in Hanoi has not been seen since Saturday."
    assert victim_counts(text, "disappearance") == [1]


def test_a_hyphenated_title_is_one_person() -> None:
    text = "Our co-worker who visited the family was herself questioned by police."
    assert victim_counts(text, "interrogation") == [1]

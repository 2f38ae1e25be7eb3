"""Victims (people32): a noun whose most frequent sense is a person in Open English WordNet counts
one person, and names the people an event happened to, though none of the project's own word
lists names it ("a midwife ... disappeared" is an event with one person). (Invented sentences.)"""

from __future__ import annotations

import pytest

from events_helpers import events_of
from tessera.data import load_json
from tessera.events.victims import counted_person_nouns, person_nouns


def count_of(text: str, event_type: str) -> int | None:
    (event,) = [e for e in events_of(text) if e.type == event_type]
    return event.victims.count_min if event.victims else None


@pytest.mark.parametrize(
    "text, event_type",
    [
        ("A young army sergeant walked across the Military Demarcation Line on Tuesday.", "escape"),
        ("A midwife from Hyesan disappeared in early March, neighbours said.", "disappearance"),
    ],
)
def test_a_person_noun_no_list_of_ours_names_counts_one(text: str, event_type: str) -> None:
    assert count_of(text, event_type) == 1


def test_the_wordnet_nouns_are_only_nouns_for_people() -> None:
    nouns = frozenset(load_json("events", "person_nouns.json")["nouns"])
    assert {"sergeant", "bricklayer", "midwife", "deserter"} <= nouns
    # words whose most frequent sense is no person stay out ("a party", "the source", "a unit")
    assert not {"party", "source", "unit", "head", "crew"} & nouns
    assert {"sergeant", "bricklayer", "midwife"}.isdisjoint(person_nouns())
    assert nouns <= counted_person_nouns()


def test_the_list_says_where_it_comes_from() -> None:
    about = load_json("events", "person_nouns.json")["_about"]
    assert "Open English WordNet" in about and "Creative Commons Attribution 4.0" in about

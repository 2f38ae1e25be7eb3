"""Whom it happened to and who did it: lists set apart, couples, counted "we", companions joined
by "together with", and a "they" that did the sending back (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of
from tessera.events.victims import kin_words, people_words


def count(text: str, event_type: str) -> int | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0].victims.count_min if found[0].victims else None


def kinds(text: str, event_type: str) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[0].perpetrators}


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # A list set apart by dashes counts a group that has no number of its own.
        (
            "A group of North Korean defectors — four women, a man and a boy — was detained by "
            "Chinese police near Kunming last week.",
            "arrest",
            6,
        ),
        (
            "Police said the group — a young woman, her son, her sister and two men from Musan — "
            "was arrested at a bus station in Dandong on Sunday.",
            "arrest",
            5,
        ),
        # The group's own number counts it; the list after the dash only splits it.
        (
            "A family of five — a couple, their two sons and a grandmother — was caught by "
            "Chinese police in Yanji on Monday.",
            "arrest",
            5,
        ),
        # A couple is one item of a list and counts two; "both in their 30s" glosses it.
        (
            "The couple, both in their 30s, and their two sons were detained by police in Hunchun in May.",
            "arrest",
            4,
        ),
        # "together with" joins companions to whom it happened, as "along with" does.
        (
            "The trader was detained by police in Hunchun in April, together with three North "
            "Korean women who worked for him.",
            "arrest",
            4,
        ),
    ],
)
def test_people_counted_across_a_list(text: str, event_type: str, expected: int) -> None:
    assert count(text, event_type) == expected


def test_a_we_counted_by_we_were_carries_the_count() -> None:
    text = (
        "My father had died the winter before. We were four: my mother, my cousin, a neighbour "
        "and me. We crossed the Yalu at night in March 2017."
    )
    assert count(text, "escape") == 4


def test_a_they_that_sent_people_back_is_the_force_told_of_before() -> None:
    text = (
        "I was arrested in Dandong in 2015. Chinese police found me at a market stall. "
        "After ten days they drove me across the bridge to Sinuiju."
    )
    assert kinds(text, "repatriation") == {"police"}


def test_a_they_points_back_never_forward() -> None:
    text = (
        "I was arrested in Dandong in 2015 and held for ten days.\n\n"
        "Then they drove us across the bridge to Sinuiju. State security agents were waiting on the other side."
    )
    assert "state_security" not in kinds(text, "repatriation")


def test_a_flight_told_with_they_has_no_doer() -> None:
    text = (
        "Chinese police searched the village in May. Two weeks later they crossed the Mekong into Thailand."
    )
    assert all(not e.perpetrators for e in events_of(text) if e.type == "escape")


def test_one_list_of_kin_words_serves_every_reader() -> None:
    # The members ("his wife") make a list a family; kin taken together ("relatives") do not,
    # but both name people by their tie to someone else.
    members, together = people_words()["kin_nouns"], people_words()["kin_group_nouns"]
    assert "wife" in members and "relatives" in together
    assert not members & together
    assert kin_words() == members | together

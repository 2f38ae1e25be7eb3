"""Whom it happened to (helper session 21): counts of listed people (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def count_of(text: str, event_type: str) -> int | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0].victims.count_min if found[0].victims else None


def test_head_of_a_body_is_a_person_in_a_list() -> None:
    text = "The head of the county food office and three clerks were dismissed in April."
    assert count_of(text, "punishment") == 4


def test_head_of_a_body_alone_is_one_person() -> None:
    assert count_of("The head of the cooperative farm in Unjon was arrested in June.", "arrest") == 1

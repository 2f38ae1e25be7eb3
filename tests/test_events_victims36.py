"""Counts of people told again later in a report (session 36), each on invented text."""

from __future__ import annotations

from test_events_people import counts


def test_they_told_of_to_their_families_are_the_people_not_the_families() -> None:
    text = (
        "Three students were taken away by police in Hyesan on Monday. They are still held at the "
        "police station, and their families have been told they could be sent to a labour camp."
    )
    assert counts(text, "punishment") == [(3, 3)]


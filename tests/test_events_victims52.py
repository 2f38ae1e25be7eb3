"""Whom it happened to (helper vic52): a "we" that tells, comes by or holds news is the
organisation speaking, not the people an event befell (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import victim_counts


@pytest.mark.parametrize(
    "text, event_type",
    [
        (
            "We have reason to believe the teacher remains under watch and may soon be sent to a "
            "labour camp.",
            "punishment",
        ),
        (
            "According to reports we received from a relative, the 17-year-old, from Musan, was "
            "beaten by guards at the holding centre and died days later.",
            "violence",
        ),
    ],
)
def test_the_organisation_speaking_is_not_the_people(text: str, event_type: str) -> None:
    assert victim_counts(text, event_type)[:1] == [1]


def test_we_who_were_caught_are_still_the_people() -> None:
    assert victim_counts("In Laos we were caught by soldiers on the second day.", "arrest")[:1] == [2]

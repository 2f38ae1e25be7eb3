"""Events stage, issue 12: flights told with wording the trigger list did not read as a flight.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, events_of_type

# "across" as a particle, the country gone to or from told by "to", "into" or "from"
ACROSS_FOUND = [
    "Neighbours say the couple slipped across to China during the spring floods.",
    "A teenage boy from Musan got across to China in March, his aunt said.",
    "Nine people were detained in Laos after sneaking across from China's Yunnan province.",
]

ACROSS_NOT_FOUND = [
    # no country at either end: a shortcut, not a flight
    "The children got across to the market before the rain.",
    "The delegation walked over to the exhibition hall after lunch.",
]


@pytest.mark.parametrize("text", ACROSS_FOUND)
def test_across_with_a_country_is_a_flight(text: str) -> None:
    assert events_of_type(text, "escape")


@pytest.mark.parametrize("text", ACROSS_NOT_FOUND)
def test_across_without_a_country_is_no_flight(text: str) -> None:
    assert not events_of_type(text, "escape")


def test_wading_ashore_is_a_flight() -> None:
    text = "A man who waded ashore from the Korean bank on Sunday was held by Chinese police."
    assert events_of_type(text, "escape")


def test_absconding_from_a_work_site_abroad_is_a_flight() -> None:
    text = "Three North Korean welders who absconded from a shipyard in Vladivostok were detained on Friday."
    assert events_of_type(text, "escape")


# following people whose flight the report told: an attempted flight of one's own
FOLLOW_FOUND = [
    "Four soldiers fled across the river in May. A fifth tried to follow them the next night.",
    "My sister crossed the Yalu in 2019. Her son tried to follow her a month later but was caught.",
]


@pytest.mark.parametrize("text", FOLLOW_FOUND)
def test_trying_to_follow_a_flight_is_an_attempt(text: str) -> None:
    statuses = [e.status for e in events_of_type(text, "escape")]
    assert "attempted" in statuses


def test_trying_to_follow_with_no_flight_told_is_no_flight() -> None:
    text = "Two plain-clothes officers tried to follow the reporter through the market."
    assert not events_of_type(text, "escape")


# a verb of belief before the phrase that did the act, which the parser hangs apart from it
BELIEF_SUSPECTED = [
    "Villagers believe two boys from the school who have not been seen since the floods fled across the river.",
    "Local officials suspect the two brothers, both in their thirties, have fled with the help of a broker.",
]


@pytest.mark.parametrize("text", BELIEF_SUSPECTED)
def test_belief_before_the_phrase_makes_the_flight_suspected(text: str) -> None:
    statuses = [e.status for e in events_of_type(text, "escape")]
    assert statuses == ["suspected"]


def test_a_relative_clause_after_a_belief_is_not_believed() -> None:
    text = "Police believe the man who fled in April was later arrested in Yanji."
    escapes = [e for e in events_of(text) if e.type == "escape"]
    assert [e.status for e in escapes] == ["occurred"]


def test_an_attempt_viewed_as_such_is_suspected() -> None:
    text = "Police are treating the cook's absence from the restaurant as an attempt to flee."
    assert [e.status for e in events_of_type(text, "escape")] == ["suspected"]

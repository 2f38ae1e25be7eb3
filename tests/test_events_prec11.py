"""Clauses that judge a kind of act name no event (invented text)."""

from __future__ import annotations

import pytest

from events_helpers import events_of


def test_a_journey_made_riskier_and_costlier_is_no_escape() -> None:
    # the coordinated judgement is parsed as an adverbial clause of "made"
    text = (
        "Police surveillance of bus stations has made the journey to Laos more dangerous and "
        "more costly, with smugglers now asking for more money."
    )
    assert not [e for e in events_of(text) if e.type == "escape"]


def test_a_dated_escape_is_still_an_escape() -> None:
    text = "Two soldiers escaped across the border on Monday and reached a guard post in the South."
    assert [e for e in events_of(text) if e.type == "escape"]


def test_deaths_in_an_accident_are_no_violence() -> None:
    for text in (
        "The army has been building walls along the frontier since spring, and several soldiers "
        "have been killed in mine explosions during the work, officials said.",
        "Two workers were killed in a blast at the quarry last week.",
    ):
        assert not [e for e in events_of(text) if e.type == "violence"], text


def test_deaths_by_people_or_a_shooting_stay_violence() -> None:
    for text in (
        "Two smugglers were killed by border guards near the river last week.",
        "A soldier was killed in a shooting at the border post on Monday.",
    ):
        assert [e for e in events_of(text) if e.type == "violence"], text


RETURNS_WISHED = [
    "Two North Korean sailors rescued at sea last month were sent back to the North through "
    "Panmunjom at their own request.",
    "South Korea on Monday sent three North Korean sailors back across the sea border at their own request.",
    "The two sailors who wished to go home were handed over to a North Korean vessel near the "
    "sea border on Monday.",
    "Seoul sent the two sailors back across the sea border on Monday in accordance with their free will.",
    "Of the four, two asked to be sent home, officials said.",
]


@pytest.mark.parametrize("text", RETURNS_WISHED)
def test_a_return_the_returned_asked_for_is_no_repatriation(text: str) -> None:
    assert not [e for e in events_of(text) if e.type == "repatriation"]


RETURNS_FORCED = [
    "Seoul sent the two sailors back across the sea border on Monday against their will.",
    "The two sailors who wished to stay in the South were handed over to a North Korean vessel "
    "near the sea border on Monday.",
    "China sent the nine defectors back to North Korea at Pyongyang's request last month.",
    "The five refugees who asked not to be sent back were deported to North Korea on Monday.",
    "The five refugees, who had asked to go to South Korea, were deported to North Korea on Monday.",
]


@pytest.mark.parametrize("text", RETURNS_FORCED)
def test_a_return_against_the_wish_or_at_a_states_request_stays(text: str) -> None:
    assert [e for e in events_of(text) if e.type == "repatriation"]

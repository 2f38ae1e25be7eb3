"""Clauses that judge a kind of act name no event (invented text)."""

from __future__ import annotations

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str, published: str | None = "2024-06-01") -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published=published)))


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

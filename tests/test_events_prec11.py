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

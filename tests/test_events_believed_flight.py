"""A flight only believed: a leaving known and a flight suspected, and a verb of belief the parser
takes for a noun. Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def escape_statuses(text: str) -> list[str]:
    return [e.status for e in events_of(text) if e.type == "escape"]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers are searching for a sentry who vanished near Musan on Monday. The sentry, a "
        "20-year-old from Wonsan, left his post near the river with his weapon, a source said. "
        "Commanders suspect he has fled to China.",
        "A welder has been missing from a shipyard in Nakhodka since May. The welder left the "
        "workers' hostel one night and did not come back. His supervisors believe he fled to "
        "South Korea.",
    ],
)
def test_leaving_joined_to_a_believed_flight_is_suspected(text: str) -> None:
    assert escape_statuses(text) == ["suspected"]


def test_a_told_crossing_keeps_the_flight_occurred() -> None:
    text = (
        "A sentry left his post near Musan on Monday and crossed the river into China, a source "
        "said. Commanders suspect he has fled to South Korea by now."
    )
    assert "occurred" in escape_statuses(text)


@pytest.mark.parametrize(
    "text",
    [
        "A nurse has not been seen since March, and the county state security department "
        "suspects she has fled to China, a source said.",
        "A miner who hasn't turned up for his shift since May has disappeared, and his family "
        "suspects he left for China.",
    ],
)
def test_belief_verb_read_as_noun(text: str) -> None:
    assert escape_statuses(text) == ["suspected"]


def test_suspects_as_a_noun_is_no_belief() -> None:
    text = "Police detained the suspects they had tracked to Hyesan, a source said."
    assert all(e.status == "occurred" for e in events_of(text) if e.type == "arrest")


def test_be_to_with_a_passive_infinitive_is_at_risk() -> None:
    text = "Two waitresses caught with phones are to be sent back to North Korea next week, the source said."
    assert [e.status for e in events_of(text) if e.type == "repatriation"] == ["at_risk"]

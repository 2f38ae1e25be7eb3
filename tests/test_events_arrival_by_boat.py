"""North Koreans who arrive by boat, drift or wash ashore have fled by sea; a flight only believed
in a later paragraph is another case. Every sentence here is invented for these tests."""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-10-21")))


def escapes(text: str) -> list[Event]:
    return [e for e in events_of(text) if e.type == "escape"]


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "Three North Korean fishermen arrived in a wooden boat near Baengnyeong Island on Saturday.",
            "arrived in a wooden boat",
        ),
        (
            "The five North Koreans who washed up in Japan's Niigata Prefecture on a small boat last week "
            "are farmers from Kimchaek, officials said.",
            "washed up",
        ),
        (
            "Six North Koreans who drifted ashore in northern Japan last month asked to be sent to Seoul.",
            "drifted ashore",
        ),
        (
            "In early May, two brothers from South Hamgyong reached Japan's west coast in a motor boat after "
            "four days at sea.",
            "reached Japan's west coast in a motor boat",
        ),
    ],
)
def test_arrival_by_boat_is_a_flight(text: str, told: str) -> None:
    found = escapes(text)
    assert len(found) == 1 and found[0].status == "occurred"
    assert any(told in s.text for s in found[0].evidence)


@pytest.mark.parametrize(
    "text",
    [
        "The body of a North Korean soldier washed up on a beach near Gimpo last week.",
        "Wreckage of a North Korean fishing boat washed ashore in Akita on Monday.",
        "Supplies arrived on a boat from Nampo every week, residents said.",
        "The inspectors arrived aboard a coast guard vessel on Monday.",
    ],
)
def test_no_people_arriving_is_no_flight(text: str) -> None:
    assert escapes(text) == []


def test_a_belief_in_a_later_paragraph_is_another_case() -> None:
    text = (
        "Monthly roundup. In early March, five men from South Hamgyong reached Japan's Niigata coast in "
        "a wooden boat, telling officials they had fled the North.\n\n"
        "On March 12, police in Hamhung detained two traders.\n\n"
        "A fishing boat from Sinpo with four crew aboard has been missing since a storm on March 2. "
        "Officials say the men drowned, but some residents believe they may have sailed south."
    )
    found = escapes(text)
    assert sorted(e.status for e in found) == ["occurred", "suspected"]
    done = next(e for e in found if e.status == "occurred")
    assert not any("sailed" in s.text for s in done.evidence)


def test_a_belief_in_the_same_paragraph_still_joins() -> None:
    text = (
        "A sentry left his post near Musan on Monday, a source said. Commanders suspect he has fled to China."
    )
    assert [e.status for e in escapes(text)] == ["suspected"]


def test_a_measure_believed_in_a_later_paragraph_is_the_measure_told() -> None:
    text = (
        "Police in Kimchaek, South Hamgyong Province, have been carrying out a sweeping crackdown "
        "on private grain sales since early May, a source in the city said on Friday.\n\n"
        '"They go from stall to stall with lists of names," the source said.\n\n'
        "Traders believe the crackdown is tied to an order from the central authorities to "
        "stop hoarding before the harvest."
    )
    crackdowns = [e for e in events_of(text) if e.type == "crackdown"]
    assert len(crackdowns) == 1

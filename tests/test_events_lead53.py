"""Events stage, session 53: a lead whose people the parse could not read, retold in the body
with its people, is one event; a body mention set apart or told elsewhere stays another.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-02-09")))


def count_of(text: str, event_type: str) -> int:
    return [e.type for e in events_of(text)].count(event_type)


LEAD = (
    "HARBIN, Feb 9 (Example Wire, invented) -- Russia has returned to North Korea a logger who "
    "fled his camp in the taiga last month and broke into a warehouse in Primorye, a person with "
    "knowledge of the matter said on Friday.\n\n"
)


def test_a_lead_whose_people_are_unread_is_the_act_the_body_retells() -> None:
    text = LEAD + (
        "The man was handed over to North Korean guards at the Khasan crossing on February 2, the "
        "person said."
    )
    assert count_of(text, "repatriation") == 1


def test_a_body_mention_marked_as_another_stays_another() -> None:
    text = (
        LEAD
        + "Another logger was also handed over to North Korean guards at the Khasan crossing, the person said."
    )
    assert count_of(text, "repatriation") == 2


def test_the_body_telling_with_its_people_stands_for_the_joined_act() -> None:
    """The lead's place ("broke into a warehouse in Primorye", another act's) with the body's count
    is a telling no sentence gives; the body's telling names the people, the crossing and the day,
    and stands for the event (the lead's telling cited after it)."""
    from tessera.pipeline import extract_here

    text = LEAD + (
        "The man was handed over to North Korean guards at the Khasan crossing on February 2, the "
        "person said."
    )
    document = Document(id="t", text=text, published="2024-02-09")
    events = [e for _, found in extract_here([document]) for e in found if e.type == "repatriation"]
    assert len(events) == 1
    event = events[0]
    assert event.evidence[0].text.startswith("The man was handed over")
    assert any("has returned to North Korea" in s.text for s in event.evidence[1:])
    assert event.where is not None and event.where.name == "Khasan"

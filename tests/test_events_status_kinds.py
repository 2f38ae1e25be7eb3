"""Events stage, issue 12's status side: hearsay, requests, fears and forecasts.

Acts that have not occurred (at risk, attempted, suspected) and acts that must not become
events (hypotheticals, rules). Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def status_of_type(text: str, event_type: str) -> str | None:
    found = [e.status for e in events_of(text) if e.type == event_type]
    return found[0] if found else None


STATUSES = [
    # hearsay: what rumour says, or a report no one could confirm, is believed, not known
    (
        "Residents of Wonsan are whispering that a smuggler was shot in public last week.",
        "violence",
        "suspected",
    ),
    ("Rumours are spreading in the town that the family fled to China.", "escape", "suspected"),
    ("Traders have been passing around rumours that a bank manager was executed.", "execution", "suspected"),
    ("Residents are circulating reports that two officers were arrested for bribery.", "arrest", "suspected"),
    (
        "We have been unable to verify reports of a public execution in Hyesan in the spring.",
        "execution",
        "suspected",
    ),
    ("Market vendors say word is that the broker was arrested.", "arrest", "suspected"),
    (
        "Neighbours said the teacher had been sent to a labour camp, but no one could confirm it.",
        "punishment",
        "suspected",
    ),
    # a report told plainly keeps its act
    ("A rights group reported that two officers were arrested for bribery.", "arrest", "occurred"),
    ("The monitor cited credible reports that police arrested two officers in May.", "arrest", "occurred"),
    # a fear about a past act (a passive in the past tense) is a belief, not a threat
    ("We fear the two women were returned to North Korea last month.", "repatriation", "suspected"),
]


@pytest.mark.parametrize(("text", "event_type", "status"), STATUSES)
def test_status_kinds(text: str, event_type: str, status: str) -> None:
    assert status_of_type(text, event_type) == status


def test_a_question_left_open_is_no_doubt_about_another_act() -> None:
    # "could not be confirmed whether …" asks about its own content; it doubts no other clause
    text = "Police arrested the two brokers in May, and it could not be confirmed whether they had paid."
    assert status_of_type(text, "arrest") == "occurred"

"""Events stage: word classes news English uses for an event that the trigger lexicon lacked.

A penalty one faces (charges, years in a camp: at risk); property taken from people as their
penalty; being called in or called to a security office (an interrogation); passports taken and
orders to keep away from a river or border (movement restrictions); a way whose goal is a country
of refuge; campaigns told as rooting out a practice. What a class of people face is no event.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

FOUND = [
    # a penalty faced: charges, a stretch of years or months in a camp or unit, prison
    ("The two smugglers face charges of organising illegal crossings.", "punishment"),
    ("The driver could face more than ten years in a labour camp.", "punishment"),
    ("A vendor caught twice could face three months in a labour training unit.", "punishment"),
    # property taken from people as their penalty
    ("Five traders had their goods confiscated by inspectors last week.", "punishment"),
    ("Around thirty fishermen have had their boats seized since March.", "punishment"),
    # called in, or called to a security office
    ("The teacher has also been called in by the district party committee.", "interrogation"),
    ("She was called to the county security bureau in March.", "interrogation"),
    # "called in for questioning": the questioning tells it, also of everyone in a street
    ("Everyone in the street was called in for questioning about the family.", "interrogation"),
    # passports taken, nobody allowed to leave, orders to keep away from a river
    ("Our passports were taken by the manager on arrival.", "movement_restriction"),
    ("The company took away the passports of the crew.", "movement_restriction"),
    (
        "Authorities ordered residents to stay at least two kilometres away from the river.",
        "movement_restriction",
    ),
    ("Villagers were told they may not go to the riverbank at night.", "movement_restriction"),
    # a way whose goal is a country of refuge
    ("The family was caught while on their way to Laos.", "escape"),
    # a campaign told as rooting out a practice
    ("A team arrived in the town to root out smuggling.", "crackdown"),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_found(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_penalty_faced_is_at_risk() -> None:
    statuses = {e.status for e in events_of("The two smugglers face charges of organising crossings.")}
    assert statuses == {"at_risk"}


NOT_FOUND = [
    ("The camp faces the river.", "punishment"),
    ("He called in sick on Monday.", "interrogation"),
    ("She was on her way to work.", "escape"),
    ("He had his hair cut before the wedding.", "punishment"),
    # what a class of people face is a rule, no event (also with the participle read as the verb)
    ("Defectors caught abroad face long spells in labour camps, activists say.", "punishment"),
    (
        "The eight could be sent back to the North, where migrants caught abroad face long terms in camps.",
        "punishment",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND, ids=[t[:40] for t, _ in NOT_FOUND])
def test_not_found(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


def test_the_evidence_holds_the_whole_trigger_phrase() -> None:
    """A phrase whose last word the parser hangs in a clause of its own ("have had their boats
    confiscated") is evidence up to that word, not cut after "had"."""
    text = "On Monday three fishermen in Sinpo have had their boats confiscated by the county."
    found = [e for e in events_of(text) if e.type == "punishment"]
    assert found and all("confiscated" in e.evidence[0].text for e in found)

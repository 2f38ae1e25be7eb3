"""Events stage: triggers found but dropped by a rule too broad for the case (recall21).

Every sentence here is written for these tests. Each narrowed rule has the event it must now
keep and the background it must still drop.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def kinds_of(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.status) for e in events_of(text)}


KEPT = [
    # an event noun with an article under a present verb that tells or judges it: one act
    ("The group condemns the forced return of 30 North Koreans on May 2.", ("repatriation", "occurred")),
    (
        "The report documents the detention of a fish trader by police in Hyesan in March.",
        ("arrest", "occurred"),
    ),
    # a campaign phrase that holds a trigger of its own type needs no crackdown told before it
    (
        "Police in Jilin said a campaign against human trafficking launched in August had led to 40 arrests.",
        ("crackdown", "occurred"),
    ),
    # a condition about particular people before a modal: what looms for them
    (
        "If investigators find that he kept the files, he could be sent to a labour camp, the source said.",
        ("punishment", "at_risk"),
    ),
    (
        "His relatives fear they will be banished to a mountain village if officials conclude the family"
        " has gone to the South.",
        ("punishment", "at_risk"),
    ),
    # a part of people named with "among", and a past act believed of "some"
    (
        "Those among the forty who had tried to reach Seoul are likely to be sent to prison camps.",
        ("punishment", "at_risk"),
    ),
    (
        "Officials said the women were questioned, and that some are believed to have been sent to labour camps.",
        ("punishment", "suspected"),
    ),
    # the officials of the state receiving arrivals question particular people: one questioning
    ("Intelligence officers were questioning the three sailors on Tuesday.", ("interrogation", "occurred")),
]


@pytest.mark.parametrize(("text", "kind"), KEPT)
def test_the_event_is_kept(text: str, kind: tuple[str, str]) -> None:
    assert kind in kinds_of(text)


NO_EVENT = [
    ("China says it sends them back.", "repatriation"),
    ("A campaign launched in May aims to plant trees.", "crackdown"),
    ("Local officials launched a campaign in May to plant trees.", "crackdown"),
    ("If guards catch defectors, they will be sent to prison camps.", "punishment"),
    ("When a worker escapes, his managers will be purged.", "punishment"),
    ("Most are sent back within weeks.", "repatriation"),
    (
        "The man is undergoing the standard investigation by intelligence officials, the ministry said.",
        "interrogation",
    ),
    (
        "Both men said during joint questioning that they wished to go home, the ministry said.",
        "interrogation",
    ),
    ("Rights groups say those returned face interrogation and long terms in labour camps.", "interrogation"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_background_stays_dropped(text: str, event_type: str) -> None:
    assert event_type not in {e.type for e in events_of(text)}


LEXICON_KEPT = [
    # post penalties: suspended from duty
    ("Two port officials have been suspended from duty, the source said.", ("punishment", "occurred")),
    # a ban on any errand near the border is a movement restriction
    (
        "Outsiders are now barred from staying overnight in villages along the river.",
        ("movement_restriction", "occurred"),
    ),
    (
        "Residents of the county were barred from gathering firewood within a kilometre of the river from March.",
        ("movement_restriction", "occurred"),
    ),
    # punishment goals: a penalty's place however far after the verb
    (
        "The new chief sent two of his former deputies to a political prison camp in May.",
        ("punishment", "occurred"),
    ),
    (
        "Four of the women were sent in February to the Chongori reform-through-labour camp in Hoeryong.",
        ("punishment", "occurred"),
    ),
]


@pytest.mark.parametrize(("text", "kind"), LEXICON_KEPT)
def test_word_classes_name_the_event(text: str, kind: tuple[str, str]) -> None:
    assert kind in kinds_of(text)


def test_a_match_suspended_is_no_penalty() -> None:
    assert "punishment" not in {e.type for e in events_of("The match was suspended from Monday.")}

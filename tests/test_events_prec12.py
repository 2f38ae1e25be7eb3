"""Events stage: false alarms by kind (session 12): goods said to be missing, custody named as
what a visit would reach, "catch" said of a thing, controls at a frontier named by the word
before them or by the boats they are over.

Every sentence here is written for these tests; each rule has a negative (no such event, or
not this type) and a positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of
from tessera.events.extract import _end_awaited
from tessera.language import analyse
from tessera.model import Document

NO_EVENT = [
    # goods missing: a loss or a theft, not a disappearance
    (
        "Two storekeepers were fired after inspectors found that several tonnes of maize were missing.",
        "disappearance",
    ),
    ("The guard was beaten by his officers after a quarrel over missing fuel coupons.", "disappearance"),
    # custody named as what a visit would reach
    (
        "The commission urged Hanoi to give diplomats access to its prisons and places of detention.",
        "arrest",
    ),
    ("The agency asked Beijing to grant its staff access to the migrants in detention.", "arrest"),
    # "catch" with a thing for its object: no one is caught
    ("The vans circle the district at night, and when they catch a broadcast they raid the flat.", "arrest"),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event_of_this_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # people missing
    (
        "Two construction workers have been missing from their dormitory in Hunchun since May 3.",
        "disappearance",
    ),
    ("The fisherman's wife and son are also missing, relatives said on Friday.", "disappearance"),
    # custody told by its own verb, beside an access denied
    ("Police detained the two brokers in Dandong on May 2 and denied them access to a lawyer.", "arrest"),
    ("Border guards caught a smuggler near Hyesan on April 9, a source said.", "arrest"),
    ("Soldiers caught three women at the river on Monday night.", "arrest"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_coastal_surveillance_is_a_movement_restriction() -> None:
    """Controls placed at a frontier by the adjective before them restrict movement."""
    types = types_of(
        "Since March the navy has tightened its coastal surveillance around Sinpo, residents said."
    )
    assert "movement_restriction" in types
    assert "crackdown" not in types


def test_control_over_boats_is_a_movement_restriction() -> None:
    """Control over boats (the parser may hang "over" on the verb) says who may sail."""
    events = events_of("Last month the county tightened control over trawlers and seaside villages.")
    assert {e.type for e in events} == {"movement_restriction"}


def test_control_over_trading_stays_a_crackdown() -> None:
    types = types_of("Last month the city tightened control over market traders and money changers.")
    assert "crackdown" in types
    assert "movement_restriction" not in types


@pytest.mark.parametrize(
    ("text", "word", "awaited"),
    [
        ("The boy may be sent home to his aunt once questioning ends.", "questioning", True),
        ("They will be moved to a camp after the interrogation is over.", "interrogation", True),
        ("The group is to be handed on when the questioning has been completed.", "questioning", True),
        ("Agents began questioning the two women on Monday.", "questioning", False),
        ("The interrogation lasted three days, a relative said.", "interrogation", False),
    ],
)
def test_end_awaited(text: str, word: str, awaited: bool) -> None:
    """A clause that waits for an act's end ("once questioning ends") names an act under way."""
    doc = analyse(Document(id="t", text=text, published="2024-06-01")).doc
    trigger = next(t for t in doc if t.lower_ == word)
    assert _end_awaited(trigger) is awaited


def test_end_of_an_act_told_only_there_is_kept() -> None:
    """With no questioning told before, the clause that awaits its end is its one telling."""
    types = types_of(
        "The defectors are being held in Ulaanbaatar and are expected to be flown to Seoul once"
        " Mongolian officials finish their investigation."
    )
    assert "interrogation" in types


def test_back_in_a_phrase_of_circumstance_is_no_return() -> None:
    """ "sent workers abroad under deals dating back decades": the "back" of another phrase makes
    no one sent back."""
    types = types_of(
        "The country has sent loggers to Siberia since the 1970s under deals dating back to the Soviet era."
    )
    assert "repatriation" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Laos sent the nine teenagers who had crossed from China last month back to China on Friday.",
        "Chinese police on May 3 sent about 40 women held in detention centres in Jilin Province back"
        " across the bridge to Sinuiju.",
        "China sent more than 50 defectors back to the North on Tuesday.",
    ],
)
def test_back_in_the_object_is_a_return(text: str) -> None:
    """The parser may hang "back" inside the object of "sent": the people are sent back."""
    assert "repatriation" in types_of(text)

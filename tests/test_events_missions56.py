"""Events stage, issue 12: people sent abroad who leave their embassy or their party, and people
from the North who go into another state's embassy or consulate.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

import tessera
from events_helpers import events_of_type

# leaving one's own embassy, or one's party (or its lodging) abroad
PARTING_FOUND = [
    # a compound of an embassy is no place of confinement
    "A North Korean trade attaché and his wife fled the embassy compound in Bangkok in March.",
    "A counsellor who abandoned the embassy in Vientiane in May was caught a week later, officials said.",
    "A North Korean swimmer who left her team's hotel in Chengdu on Friday was detained in Kunming.",
    "The athlete walked out of her delegation's villa in Shenyang and was caught near the border.",
]

PARTING_NOT_FOUND = [
    # the party itself going on an errand
    "The North Korean delegation left its hotel in Beijing on Monday.",
    "The athletes walked out of the hotel in Shenyang for the opening ceremony.",
]


@pytest.mark.parametrize("text", PARTING_FOUND)
def test_leaving_ones_embassy_or_party_abroad_is_a_flight(text: str) -> None:
    assert events_of_type(text, "escape")


@pytest.mark.parametrize("text", PARTING_NOT_FOUND)
def test_a_party_leaving_its_lodging_is_no_flight(text: str) -> None:
    assert not events_of_type(text, "escape")


# going into the embassy or consulate of a state other than the North
MISSION_FOUND = [
    "A North Korean welder entered the South Korean Consulate General in Shenyang on Friday.",
    "A cook in her forties who walked into a diplomatic mission in Khabarovsk last month is still there.",
    "Two North Korean fishermen ran into a Japanese consulate in Dalian on Tuesday, a source said.",
]

MISSION_NOT_FOUND = [
    # the North's own post, one whose state is not told, or a visit with its purpose
    "A North Korean trade official went into the North Korean embassy in Beijing on Monday.",
    "North Korean officials entered the embassy in Beijing on Monday.",
    "The minister entered the Chinese embassy in Seoul for a reception.",
]


@pytest.mark.parametrize("text", MISSION_FOUND)
def test_going_into_another_states_mission_is_a_flight(text: str) -> None:
    assert events_of_type(text, "escape")


@pytest.mark.parametrize("text", MISSION_NOT_FOUND)
def test_going_into_ones_own_or_an_unnamed_mission_is_no_flight(text: str) -> None:
    assert not events_of_type(text, "escape")


def test_a_flight_into_a_mission_abroad_begins_in_its_town() -> None:
    text = "A North Korean welder entered the South Korean Consulate General in Shenyang on Friday."
    flights = [e for e in tessera.extract(text, published="2024-06-01") if e.type == "escape"]
    assert [f.origin.name if f.origin else None for f in flights] == ["Shenyang"]

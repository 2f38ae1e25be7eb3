"""Events stage: flights lost to a missing word class or a condition too wide.

A worker sent abroad who leaves (quits, walks off, abandons) a work site, a factory or a job the
gazetteer places outside the two Koreas has defected; leaving a job at home, or a factory with no
place abroad, is no flight. A part of a border ("the central section of the zone", "a shallow
stretch of the river") is the border that is crossed. A relative clause on a time noun ("the night
he swam across") dates an act told; it does not describe people. A verb that means flight
("defected", "fled") is no errand, whoever its subject is (a diplomat, an envoy). A campaign goes
"against" whatever its object is, also one the parser reads as a clause ("against what they
described as illegal trading"), and a campaign "to find" or "to hunt" people is a crackdown.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

FOUND = [
    "A welder who walked off his job at a shipyard in Nakhodka last spring was caught in Khabarovsk.",
    "Two cooks who quit a restaurant in Shenyang in June are hiding with relatives, a pastor said.",
    "Three seamstresses who left a garment factory in Dandong without permission were not found.",
    "A private who walked across the eastern section of the DMZ on Friday was taken in by the South's army.",
    "The corporal crossed the central stretch of the inter-Korean border on Tuesday, officials said.",
    "The fisherman still remembers the night he swam across the Tumen River in 2011.",
    "A trade envoy who defected from his consulate in Shenyang last spring is now in Seoul.",
]

CRACKDOWNS = [
    "Officials began a drive in the county against what they described as illegal trading.",
    "Police are running a campaign to find migrants who lack papers.",
]

NOT_FOUND = [
    "She left the factory at six and walked home along the canal.",
    "He left his job in Chongjin to look after his mother.",
    "The engineer walked off the site in Hamhung after an argument with the foreman.",
    "Villagers crossed a stretch of the road to reach the market.",
]


@pytest.mark.parametrize("text", FOUND)
def test_flight_found(text: str) -> None:
    assert "escape" in types_of(text)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_flight(text: str) -> None:
    assert "escape" not in types_of(text)


@pytest.mark.parametrize("text", CRACKDOWNS)
def test_crackdown_found(text: str) -> None:
    assert "crackdown" in types_of(text)


def test_delegation_crossing_stays_an_errand() -> None:
    text = "The delegation crossed the border at Panmunjom on Tuesday for the talks."
    assert "escape" not in types_of(text)

"""Events stage: flights lost to a missing word class or a condition too wide.

A worker sent abroad who leaves (quits, walks off, abandons) a work site, a factory or a job the
gazetteer places outside the two Koreas has defected; leaving a job at home, or a factory with no
place abroad, is no flight. A part of a border ("the central section of the zone", "a shallow
stretch of the river") is the border that is crossed. A relative clause on a time noun ("the night
he swam across") dates an act told; it does not describe people.

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

"""Events stage: boarding a vehicle bound for another town is a trip, not an attempted flight
(session 53).

Reports of arrests at stations often add what the people were doing: "as she tried to board a
train for X". When the vehicle was bound for the border, a third country or the South, the boarding
is the flight cut short; bound home, west or for a town, it is a journey, and the arrest is the
event. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Railway police detained a North Korean woman on Monday as she tried to board a train for Wonsan, "
        "a missionary group said.",
        "Nine labourers were caught at the depot while trying to board a bus home, a source said.",
        "Transport police held two men at the terminal as they tried to board a train heading west.",
    ],
)
def test_boarding_for_a_town_is_no_flight(text: str) -> None:
    types = types_of(text)
    assert "arrest" in types
    assert "escape" not in types


@pytest.mark.parametrize(
    "text",
    [
        "Border police caught three North Koreans as they were about to board a bus toward the Lao border.",
        "The two sisters were arrested as they tried to board a flight to Seoul.",
        "She was caught as she tried to board a boat.",
    ],
)
def test_boarding_toward_a_refuge_stays_an_attempt(text: str) -> None:
    assert "escape" in types_of(text)

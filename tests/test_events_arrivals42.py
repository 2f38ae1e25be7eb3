"""Events stage: a flight told by its end, the arrival at the South's airport (session 42).

Reports of defectors' journeys often end with the landing: "arrived at Incheon International
Airport", "landed in Seoul". The airport of the South names the flight's goal as "Seoul" does.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Seven North Korean defectors who had been held in Vientiane arrived at Incheon International "
        "Airport on Tuesday, the ministry said.",
        "The three sisters landed at Incheon on 4 June after a month in the consulate.",
        "A family of four who crossed the Mekong in March landed in Seoul on Friday.",
    ],
)
def test_arrival_at_the_souths_airport_is_a_flight(text: str) -> None:
    assert "escape" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The cargo plane landing at Incheon was delayed by fog.",
        "A total of 196 North Korean defectors arrived at Incheon last year, up from 175, the ministry said.",
    ],
)
def test_a_plane_or_a_yearly_total_is_no_flight(text: str) -> None:
    assert "escape" not in types_of(text)

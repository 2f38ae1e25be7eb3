"""Events stage: events missed by their telling (session 42): a flight told by its arrival at
the South's airport; control points added beside another restriction.

Reports of defectors' journeys often end with the landing: "arrived at Incheon International
Airport", "landed in Seoul". The airport of the South names the flight's goal as "Seoul" does.
Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of, types_of


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


@pytest.mark.parametrize(
    "text",
    [
        "The county has ordered residents to stay 200 metres from the river and has added checkpoints "
        "on the roads into the town, a source said.",
        "Officials stopped issuing travel permits to traders last week and set up extra checkpoints on "
        "the roads out of Kilju.",
    ],
)
def test_control_points_marked_as_more_beside_a_restriction_are_a_measure_of_their_own(text: str) -> None:
    """Control points told as more of them ("added", "extra") beside another restriction in one
    sentence are a further measure, as they are in the next sentence."""
    assert type_list_of(text) == ["movement_restriction", "movement_restriction"]


def test_control_points_unmarked_beside_a_ban_are_its_means() -> None:
    text = "Authorities have banned residents from leaving the city and set up checkpoints on every road out of it."
    assert type_list_of(text) == ["movement_restriction"]

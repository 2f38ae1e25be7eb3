"""Events stage: travel stops with control points added beside them (session 57, second round).

A stop put to travel permits and control points added "and" beside it are two measures; points
guarding a ban on going near the river, or set up as the manner of a tightening, are its means.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Onsong have stopped issuing travel permits to traders and have set up extra "
        "checkpoints on the roads out of the city.",
        "North Korea has suspended travel permits for its border areas and set up additional checkpoints "
        "on the roads leading to Musan, a source said.",
    ],
)
def test_points_added_beside_a_travel_stop_are_a_second_restriction(text: str) -> None:
    assert type_list_of(text) == ["movement_restriction", "movement_restriction"]


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Manpo have banned residents from approaching the river and set up two new "
        "checkpoints on roads leading to the riverbank.",
        "Authorities have tightened controls on travel into Pyongyang, setting up additional checkpoints "
        "on roads leading to the capital.",
    ],
)
def test_points_guarding_a_ban_or_told_as_its_manner_stay_one(text: str) -> None:
    assert type_list_of(text) == ["movement_restriction"]

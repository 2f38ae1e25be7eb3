"""Frontier controls told in words the lexicon once lacked (invented sentences): a road or path
closed to people, a distance to keep from a river or border;
and a past risk told in reported speech."""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def types_of(text: str) -> set[str]:
    return {e.type for e in find_events(analyse(Document(id="t", text=text)))}


@pytest.mark.parametrize(
    "text",
    [
        "Border police closed the riverside road outside Changbai to pedestrians after dark on Friday.",
        "Police closed the road to the customs bridge to other traffic for three hours on Monday.",
        "Local authorities ordered residents of riverside streets in Manpo to stay at least 200 metres from the river.",
        "Guards were told to keep all civilians at least 50 metres from the riverbank.",
    ],
)
def test_frontier_controls_restrict_movement(text: str) -> None:
    assert "movement_restriction" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The bakery closed to customers at noon on Sunday.",
        "He kept his distance from the others on the walk, never more than ten metres from them.",
    ],
)
def test_closures_and_posts_away_from_any_frontier_are_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Japan's coast guard on Sunday found three North Korean men aboard a wooden boat off Oki Island.",
        "The crew drifted for a week until a South Korean patrol boat spotted them near Baengnyeong.",
    ],
)
def test_people_found_at_sea_by_a_craft_are_no_arrest(text: str) -> None:
    assert "arrest" not in types_of(text)


def test_people_found_by_police_on_land_are_still_arrested() -> None:
    assert "arrest" in types_of("Police found the two men in a guesthouse in Yanji on Friday.")

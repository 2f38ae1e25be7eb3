"""A border area lies on both sides of its country's land borders, and nowhere else."""

from __future__ import annotations

from tessera.merge.places import relate
from tessera.model import Place

DMZ_SOUTH = Place("the Demilitarized Zone", "KR", None, None, 38.3, 127.2, "region")
BORDER_NORTH = Place("the border area", "KP", None, None, None, None, "region")
CHINA = Place("China", "CN", None, None, None, None, "country")
NORTH = Place("North Korea", "KP", None, None, None, None, "country")
RUSSIA = Place("Russia", "RU", None, None, None, None, "country")
THAILAND = Place("Thailand", "TH", None, None, None, None, "country")


def test_a_border_area_lies_in_no_country_beyond_its_neighbours() -> None:
    # "a soldier crossed the Demilitarized Zone" against "she is thought to have fled to China"
    assert relate(DMZ_SOUTH, CHINA).kind == "conflict"
    assert relate(DMZ_SOUTH, NORTH).kind == "vague"  # the North lies on the other side


def test_a_border_area_of_the_north_may_lie_in_any_neighbour() -> None:
    assert relate(BORDER_NORTH, CHINA).kind == "vague"
    assert relate(BORDER_NORTH, RUSSIA).kind == "vague"
    assert relate(BORDER_NORTH, THAILAND).kind == "conflict"

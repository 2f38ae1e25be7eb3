"""Events stage (esc62b): a going back that names only the river crossed or a place with no name
is a return home, not an escape ("the two loggers walked back across the Tumen that night"); a
flight back abroad names where it ends and stays an escape. Every sentence here is invented for
these tests."""

from __future__ import annotations

from events_helpers import events_of_type


def test_walking_back_across_the_river_is_no_escape() -> None:
    text = "Villagers say the two loggers walked back across the Tumen before dawn on Friday."
    assert events_of_type(text, "escape") == []


def test_coming_back_over_the_river_is_no_escape() -> None:
    text = "In March a cousin of mine who had been trading in Yanji came back over the river."
    assert events_of_type(text, "escape") == []


def test_fleeing_back_to_an_unnamed_camp_is_no_escape() -> None:
    text = "The hungry soldiers fled back to their barracks with two stolen pigs on Tuesday night."
    assert events_of_type(text, "escape") == []


def test_slipping_back_into_china_stays_an_escape() -> None:
    text = "After a week at home the young woman slipped back across the river into China in April."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "occurred"


def test_crossing_without_back_stays_an_escape() -> None:
    text = "Two brothers from Hoeryong waded across the Tumen before dawn on Friday."
    assert len(events_of_type(text, "escape")) == 1


def test_back_in_a_year_still_tells_an_escape() -> None:
    text = "Back in 2019, three soldiers from Hyesan fled across the Yalu at night, residents said."
    assert len(events_of_type(text, "escape")) == 1

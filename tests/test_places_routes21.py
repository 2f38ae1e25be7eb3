"""Places (routes21): a place read only as a country the report names for an event is the one
town the report names in that country; a crossing of the sea border told in a named sea lands on
the near shore of the border in that sea."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_flight_from_a_country_is_from_the_one_town_the_report_names_there():
    text = (
        "Two labourers slipped away from a building site in Khabarovsk in May. "
        "The pair fled Russia with the help of a pastor, their relatives said."
    )
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.name == "Khabarovsk"


def test_with_two_towns_of_the_country_named_the_country_stays():
    text = (
        "Workers from Khabarovsk and Vladivostok were moved this spring. "
        "One of them fled Russia in May, his relatives said."
    )
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.precision == "country"


def test_a_destination_read_as_a_country_stays_the_country():
    text = (
        "The woman, who is from Musan, was caught in a raid in Yanji. "
        "She was sent back to North Korea last week."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.destination is None or ev.destination.name != "Musan County"


def test_a_boat_crossing_in_the_east_sea_lands_off_the_souths_east_coast():
    text = "Three fishermen sailed a small boat across the maritime border in the East Sea on Friday and asked to stay in South Korea."
    (ev,) = _place(text, _event(text, "escape", "sailed"))
    place = ev.destination or ev.where
    assert place is not None and place.country == "KR" and place.id == "kr-east-sea-landing"


def test_a_boat_crossing_in_the_yellow_sea_lands_off_the_northwest_islands():
    text = "Two men crossed the sea border in the Yellow Sea aboard a wooden boat and were met by a South Korean navy patrol."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    place = ev.destination or ev.where
    assert place is not None and place.country == "KR" and place.id == "kr-west-sea-landing"


def test_a_land_crossing_keeps_its_place():
    text = "A soldier walked across the heavily fortified border into South Korea on Friday."
    (ev,) = _place(text, _event(text, "escape", "walked"))
    place = ev.destination
    assert place is None or place.id not in ("kr-east-sea-landing", "kr-west-sea-landing")

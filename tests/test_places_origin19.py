"""Places (origin19): a return to the North told as passing through a town abroad starts at that
town; a whole country passed on the way does not place it."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_return_through_a_border_town_abroad_starts_in_that_town():
    text = (
        "Police in Mongolia found four North Koreans near the border last spring. "
        "Activists believe the four were returned to North Korea through Hunchun."
    )
    evs = _place(text, _event(text, "repatriation", "returned"))
    ev = evs[-1]
    assert ev.origin is not None and ev.origin.name == "Hunchun"


def test_a_return_via_a_whole_country_is_not_placed_in_a_town_of_it():
    text = "Activists believe the four were sent back to North Korea via China last month."
    evs = _place(text, _event(text, "repatriation", "sent back"))
    ev = evs[-1]
    assert ev.origin is not None and ev.origin.country == "CN"


def test_a_flight_across_the_demarcation_line_runs_from_the_norths_side_to_the_souths():
    text = "A North Korean soldier crossed the Military Demarcation Line on the eastern front early Monday."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == "KP" and ev.origin.precision == "region"
    assert ev.origin.lat is not None
    assert ev.destination is not None and ev.destination.country == "KR"
    assert ev.destination.precision != "country"


def test_a_flight_across_the_sea_border_is_not_placed_on_the_dmz():
    text = "Two North Korean fishermen crossed the maritime border in a small boat on Monday."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.precision != "region"

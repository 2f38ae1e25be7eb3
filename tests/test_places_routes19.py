"""Places (routes19): a flight from a work site abroad begins in the town the country's name only
locates ("Russia's far eastern city of X"), and ends in the South when its sentence has the workers
there now; "Russia's Far East" is Russia."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_work_site_in_a_countrys_named_city_starts_the_flight_in_that_city():
    text = (
        "Three North Korean welders have fled a shipyard in Russia's far eastern city of Nakhodka, "
        "a monitoring group said on Friday."
    )
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.name == "Nakhodka"


def test_workers_who_left_a_site_abroad_and_arrived_in_the_south_reached_the_south():
    text = (
        "Two North Korean loggers who walked away from a timber camp in Russia's Far East have "
        "arrived in Seoul, officials said on Tuesday."
    )
    (ev,) = _place(text, _event(text, "escape", "walked away"))
    assert ev.origin is not None and ev.origin.country == "RU"
    assert ev.destination is not None and ev.destination.country == "KR"


def test_workers_who_left_a_site_abroad_with_no_goal_stay_in_that_country():
    text = "Two North Korean welders fled their shipyard in Nakhodka last week, a group said."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.destination is not None and ev.destination.country == "RU"

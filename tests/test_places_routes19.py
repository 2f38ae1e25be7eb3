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


def test_a_return_to_the_north_after_a_third_country_handed_people_to_china_starts_in_china():
    text = (
        "Cambodian police caught six North Koreans near Stung Treng on Monday. "
        "On Friday they were handed to Chinese police at the border. "
        "Activists fear the six will be sent on to North Korea."
    )
    ev_hand = _event(text, "repatriation", "handed")
    ev_fear = _event(text, "repatriation", "sent on")
    ev_fear = ev_fear.with_(status="at_risk")
    _, fear = _place(text, ev_hand, ev_fear)
    assert fear.origin is not None and fear.origin.country == "CN"


def test_people_still_held_in_a_third_country_are_returned_from_there():
    text = (
        "Police in northern Laos detained seven North Koreans near Luang Namtha on Monday. "
        "Activists fear the seven could be returned to North Korea."
    )
    ev = _event(text, "repatriation", "returned").with_(status="at_risk")
    (ev,) = _place(text, ev)
    assert ev.origin is not None and ev.origin.country == "LA"


def test_a_return_by_way_of_a_chinese_stop_starts_where_people_are_held():
    text = (
        "Police detained a couple in Helong, Jilin Province, on Monday, a source in Liaoning said. "
        "They are held at a detention centre in Helong. "
        "Activists fear they may be moved to Tumen and handed over to North Korean agents."
    )
    ev = _event(text, "repatriation", "handed over").with_(status="at_risk")
    (ev,) = _place(text, ev)
    assert ev.origin is not None and ev.origin.name == "Helong"


def test_an_attempted_flight_goes_to_its_goal_not_the_places_passed_on_the_way():
    text = (
        "Police in Dalian detained nine North Koreans on Sunday as they were setting out on an "
        "attempt to reach Cambodia through Guangxi and Vietnam."
    )
    ev = _event(text, "escape", "attempt to reach").with_(status="attempted")
    (ev,) = _place(text, ev)
    assert ev.destination is not None and ev.destination.country == "KH"


def test_a_return_from_the_country_of_the_dateline_starts_in_the_dateline_town():
    text = (
        "YANJI, China (Wire) — Police in this border city detained four North Korean women this "
        "month. A pastor said he feared they would be handed over to North Korea within weeks."
    )
    ev = _event(text, "repatriation", "handed over").with_(status="at_risk")
    (ev,) = _place(text, ev)
    assert ev.origin is not None and ev.origin.name == "Yanji"

"""Places (handover25): a return told as passing through, or handed over at, a town of the sending
country starts at that town, not where its people were held before."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_return_through_a_border_town_starts_there():
    text = "Police in Harbin detained the man in March and sent him back through Tumen in May."
    (ev,) = _place(text, _event(text, "repatriation", "sent him back"))
    assert ev.origin is not None and ev.origin.name == "Tumen"


def test_a_return_handed_over_at_a_town_starts_there():
    text = (
        "The woman, who had been held in Shenyang for a month, was handed over to North Korean "
        "border guards at Dandong on June 3."
    )
    (ev,) = _place(text, _event(text, "repatriation", "handed over"))
    assert ev.origin is not None and ev.origin.name == "Dandong"


def test_a_return_from_where_they_were_held_names_no_handover():
    text = "The two men, caught at a bus station in Kunming, were deported to North Korea last week."
    (ev,) = _place(text, _event(text, "repatriation", "deported"))
    assert ev.origin is not None and ev.origin.name == "Kunming"


def test_a_capital_named_after_its_country_is_the_city():
    text = "A North Korean welder walked away from a building project outside Kuwait City in March."
    (ev,) = _place(text, _event(text, "escape", "walked away"))
    assert ev.origin is not None and ev.origin.name == "Kuwait City" and ev.origin.precision == "city"


def test_a_flight_from_a_site_on_the_edge_of_a_town_abroad_starts_in_that_town():
    text = (
        "Three North Korean welders slipped out of a fish processing plant on the edge of Hunchun on March 2."
    )
    (ev,) = _place(text, _event(text, "escape", "slipped"))
    assert ev.origin is not None and ev.origin.name == "Hunchun"


def test_a_flight_from_a_crew_in_the_port_city_of_a_town_starts_there():
    text = (
        "Two North Korean loggers ran away from their work crew in the Russian port city of Nakhodka in May."
    )
    (ev,) = _place(text, _event(text, "escape", "ran away"))
    assert ev.origin is not None and ev.origin.name == "Nakhodka"


def test_a_flight_from_a_home_village_is_not_a_work_site_abroad():
    text = "A young soldier slipped out of his barracks in Onsong and crossed the Tumen into China."
    (ev,) = _place(text, _event(text, "escape", "slipped"))
    assert ev.origin is None or ev.origin.country == "KP"


def test_a_questioning_by_the_souths_intelligence_service_is_in_the_south():
    from tessera.python_api import extract

    text = (
        "Three North Korean sailors crossed the sea border near Baengnyeong Island on Sunday. "
        "They are being questioned by the National Intelligence Service about their voyage."
    )
    (ev,) = [e for e in extract(text) if e.type == "interrogation"]
    assert ev.where is not None and ev.where.country == "KR"


def test_a_questioning_by_the_norths_agents_stays_in_the_north():
    from tessera.python_api import extract

    text = "His parents in Hyesan were questioned by state security agents in April."
    (ev,) = [e for e in extract(text) if e.type == "interrogation"]
    assert ev.where is not None and ev.where.country == "KP"

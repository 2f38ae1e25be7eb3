"""Places of events (session 57): Pyongyang's Hwasong District, the authorities of states beyond
the routes, returns from those states, and a punishment feared at home after a return."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_the_capitals_hwasong_district_is_in_the_gazetteer():
    text = "Police searched the dormitories at a building site in Hwasong District, Pyongyang, on Monday."
    (ev,) = _place(text, _event(text, "search", "searched"))
    assert ev.where is not None and ev.where.country == "KP"
    assert ev.where.lat is not None and abs(ev.where.lat - 39.09) < 0.2  # the capital, not the northeast


def test_a_bare_hwasong_stays_the_county():
    text = "Three families were banished to a farm in Hwasong last month, a source said."
    (ev,) = _place(text, _event(text, "punishment", "banished"))
    assert ev.where is not None and ev.where.name == "Hwasong County"


def test_a_lower_case_county_keeps_the_county():
    text = "A trader from Hwasong county was arrested by state security last week."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Hwasong County"


def test_a_states_own_police_beyond_the_routes_act_at_home():
    text = "Two North Korean welders were detained by Kuwaiti police on Friday after they left their camp."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "KW"


def test_an_adjective_without_authority_names_no_actor():
    text = "Two North Korean welders who had bought Kuwaiti phones were detained on Friday."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is None or ev.where.country != "KW"


def test_a_return_from_the_gulf_leaves_from_the_town_named():
    text = (
        "A North Korean plasterer was beaten by his team leader at a labour camp in Abu Dhabi last "
        "month. Four of his colleagues are to be flown to Pyongyang next week."
    )
    (ev,) = _place(text, _event(text, "repatriation", "flown"))
    assert ev.origin is not None and ev.origin.country == "AE"


def test_a_return_with_a_chinese_town_named_stays_in_china():
    text = (
        "Four North Korean women were caught in Yanji last month. They will be sent back to the North "
        "within weeks, a source in Seoul said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.country == "CN"


def test_a_punishment_feared_at_home_after_a_return_is_in_the_north():
    text = (
        "Two North Korean women were caught by police near Longjing on Monday and sent back across "
        "the Tumen River two days later. They are likely to face severe punishment at home, "
        "villagers said."
    )
    events = _place(
        text,
        _event(text, "repatriation", "sent back"),
        _at_risk(_event(text, "punishment", "punishment")),
    )
    assert events[1].where is not None and events[1].where.country == "KP"


def test_a_helpers_prison_term_after_a_return_stays_abroad():
    text = (
        "Two North Korean women were caught by police near Longjing on Monday and sent back across "
        "the Tumen River two days later. The Chinese broker who hid them is likely to face a prison "
        "term, villagers said."
    )
    events = _place(
        text,
        _event(text, "repatriation", "sent back"),
        _at_risk(_event(text, "punishment", "prison term")),
    )
    assert events[1].where is not None and events[1].where.country == "CN"


def _at_risk(ev):
    return ev.with_(status="at_risk")

"""Places (route42): the last leg of a return from a third country runs through China.

People caught in Laos, Vietnam or Mongolia reach the North overland only through China: a return
to the North whose own sentence tells that leg (a Chinese town passed, a town of the North on the
Chinese border, a crossing of the Tumen or the Yalu) began in China, not in the state where they
were caught. A goal the people meant to reach is never where a return took them, and a teller's
province is no place a return ended."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_return_through_a_chinese_town_begins_there_not_where_they_were_caught():
    text = (
        "Four women who were detained in Laos in May were sent back to North Korea through Tumen "
        "last week, a relief worker said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.origin is not None and ev.origin.name == "Tumen" and ev.origin.country == "CN"


def test_a_return_to_a_border_town_of_the_north_begins_in_the_town_facing_it():
    text = (
        "Six North Koreans who were caught in Vietnam in March were handed over to the North at "
        "Sinuiju on Friday, the group said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "handed"))
    assert ev.destination is not None and ev.destination.name == "Sinuiju"
    assert ev.origin is not None and ev.origin.name == "Dandong"


def test_a_return_across_the_tumen_from_a_third_country_begins_in_china_and_ends_in_the_north():
    text = (
        "Three men who had hoped to reach South Korea by way of Laos were sent back across the "
        "Tumen in April, an activist said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.origin is not None and ev.origin.country == "CN"
    assert ev.destination is not None and ev.destination.country == "KP"


def test_a_return_told_with_no_word_of_china_keeps_the_state_that_sent_them():
    text = "Laos deported nine young North Koreans to Pyongyang on Tuesday, a diplomat said."
    (ev,) = _place(text, _event(text, "repatriation", "deported"))
    assert ev.origin is not None and ev.origin.country == "LA"


def test_a_tellers_province_is_not_where_a_return_ended():
    text = (
        "Two women caught in Vietnam were sent back to North Korea through Dandong, a source in "
        "North Hamgyong Province said. Chinese police handed them to North Korean officers at the "
        "Sinuiju bridge."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.destination is not None and ev.destination.precision != "province"

"""Places (again31): a flight made again ("crossed again", "left the country again") after a return
left the North, not the place abroad the report last had its people in; a crossing made again
that the sentence carries on to the South crossed the border river into China. A town of the
world gazetteer (filed under no province) near a province's centre is in that province; a flight
told by its arrival abroad ended there. (Invented sentences.)"""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


@pytest.mark.parametrize(
    "text, flight",
    [
        (
            "A woman worked in a restaurant in Yanji until police detained her in 2019. She was "
            "handed over at the bridge in Tumen that summer. She was released in 2020 and left the "
            "country again in 2021.",
            "left",
        ),
        (
            "A woman spent three years on a farm in Helong until police picked her up. She was sent "
            "back to North Korea in 2010. She escaped again in 2012, she said, and spent a year in "
            "China before travelling to Seoul.",
            "escaped",
        ),
    ],
)
def test_flight_made_again_after_a_return_left_the_north(text: str, flight: str) -> None:
    _, _, fled = _place(
        text,
        _event(text, "arrest", "detained" if "detained" in text else "picked"),
        _event(text, "repatriation", "handed over" if "handed" in text else "sent back"),
        _event(text, "escape", flight, occurrence=text.count(flight) - 1),
    )
    assert fled.origin is not None and fled.origin.country == "KP"


def test_crossing_made_again_went_into_china_not_the_later_goal() -> None:
    text = (
        "She crossed the Tumen near Musan in 2005 and was caught in Yanji a year later. She was "
        "sent back in 2006. She crossed again in 2008 and reached South Korea in 2010."
    )
    fled = _place(text, _event(text, "escape", "crossed", occurrence=1))[0]
    assert fled.destination is not None and fled.destination.country == "CN"
    assert fled.origin is not None and fled.origin.country == "KP"


def test_world_town_near_the_province_is_in_it() -> None:
    text = (
        "Border police in Vietnam's northern Quang Ninh province detained four North Korean women on "
        "Monday after they crossed a river from China near the town of Mong Cai."
    )
    held = _place(text, _event(text, "arrest", "detained"))[0]
    assert held.where is not None and held.where.precision == "city" and held.where.country == "VN"


@pytest.mark.parametrize(
    "text, flight, country",
    [
        (
            "Police raided a flat in Anshan on Monday. Some of the women had arrived in China in "
            "recent weeks, a pastor said.",
            "arrived",
            "CN",
        ),
        (
            "Three restaurant workers who went missing in Vladivostok in April defected and arrived "
            "in South Korea last month, a lawmaker said.",
            "defected",
            "KR",
        ),
    ],
)
def test_flight_told_by_its_arrival_ended_there(text: str, flight: str, country: str) -> None:
    fled = _place(text, _event(text, "escape", flight))[0]
    assert fled.destination is not None and fled.destination.country == country


def test_place_people_came_back_from_is_not_where_they_are_questioned() -> None:
    text = (
        "State security officials in Hyesan have opened an investigation into traders who recently came "
        "home. More than 20 returnees from Yanji and Tumen have been summoned for questioning since "
        "May, a source said."
    )
    _, asked = _place(
        text, _event(text, "interrogation", "investigation"), _event(text, "interrogation", "questioning")
    )
    assert asked.where is not None and asked.where.name == "Hyesan"


@pytest.mark.parametrize(
    "text, flight, country",
    [
        (
            "Japan's coast guard found four North Korean men aboard a small boat off the Oga Peninsula on "
            "Sunday, and the men said they had left North Korea intending to reach South Korea.",
            "left",
            "JP",
        ),
        (
            "Mongolian border guards detained three North Koreans who crossed the frontier from China on "
            "foot last week. They have asked to go to South Korea.",
            "crossed",
            "MN",
        ),
    ],
)
def test_flight_that_happened_reached_where_it_was_found_not_its_wished_goal(
    text: str, flight: str, country: str
) -> None:
    fled = _place(
        text, _event(text, "escape", flight, also=["go to South Korea"] if "asked" in text else None)
    )[0]
    assert fled.destination is not None and fled.destination.country == country

"""Places (origin34): where a movement began. A return carried first to a town abroad starts there;
a return to the North never starts in the North; a flight stopped on its way to a border makes for
the country beyond it and began where it was stopped."""

from __future__ import annotations

from dataclasses import replace

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


@pytest.mark.parametrize(
    "text, trigger, town",
    [
        (
            "Police pulled a North Korean family out of a rented flat in Harbin in 2020. A month "
            "later the family was driven to Tumen and walked across the bridge into Namyang.",
            "driven",
            "Tumen",
        ),
        (
            "Police arrested five North Koreans in Nanjing in May. They were driven to a holding "
            "centre in Dandong in June and escorted across the bridge to Sinuiju two weeks later.",
            "escorted",
            "Dandong",
        ),
        (
            "Police arrested ten North Koreans in Shenyang last week. They have been transported to "
            "the border city of Dandong and are likely to be sent back to North Korea soon.",
            "sent back",
            "Dandong",
        ),
    ],
)
def test_a_return_carried_to_a_town_abroad_first_starts_there(text: str, trigger: str, town: str) -> None:
    (ev,) = _place(text, _event(text, "repatriation", trigger))
    assert ev.origin is not None and ev.origin.name == town


def test_a_return_told_again_with_its_last_leg_starts_where_that_leg_began() -> None:
    text = (
        "A North Korean logger arrested in Khabarovsk in May has been returned to North Korea, a "
        "source said. Consular officials drove him to Vladivostok and put him on a flight to "
        "Pyongyang last week, the source said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "returned", also=["put him on a flight"]))
    assert ev.origin is not None and ev.origin.name == "Vladivostok"


def test_a_feared_return_by_a_town_abroad_starts_where_they_are_held() -> None:
    text = (
        "Police detained a North Korean man in Wuhan in June. He could be moved to the border "
        "city of Tumen and handed back to the North next week."
    )
    event = _event(text, "repatriation", "handed back")
    (ev,) = _place(text, replace(event, status="at_risk"))
    assert ev.origin is not None and ev.origin.name == "Wuhan"


def test_a_return_sent_to_a_town_and_then_back_keeps_where_they_are_held() -> None:
    text = (
        "Police arrested a North Korean woman in Nanjing on Monday. Police told her family she "
        "would be sent to Tumen and then back to North Korea."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.origin is not None and ev.origin.name == "Nanjing"


@pytest.mark.parametrize(
    "text, trigger",
    [
        (
            "Three soldiers who deserted from a border unit in Hoeryong and were caught in China last "
            "month were handed over to North Korean guards at the Tumen bridge in early May.",
            "handed over",
        ),
        (
            "A North Korean couple were caught by Chinese police last week in Dandong, the border "
            "city across the Yalu from Sinuiju, and could be sent back to the North within days.",
            "sent back",
        ),
    ],
)
def test_a_return_to_the_north_never_starts_in_the_north(text: str, trigger: str) -> None:
    (ev,) = _place(text, _event(text, "repatriation", trigger))
    assert ev.origin is not None and ev.origin.country == "CN"


@pytest.mark.parametrize(
    "text, trigger, start, goal",
    [
        (
            "Police arrested two North Korean women at a checkpoint in Mengla on May 3 as they headed "
            "for the Laos border, a broker said.",
            "headed",
            "CN",
            "LA",
        ),
        (
            "Seven North Koreans were arrested by Lao police in the province of Luang Namtha this "
            "week as they tried to reach the border with Thailand, an aid worker said.",
            "reach",
            "LA",
            "TH",
        ),
    ],
)
def test_a_flight_to_a_border_makes_for_the_country_beyond(
    text: str, trigger: str, start: str, goal: str
) -> None:
    (ev,) = _place(text, _event(text, "escape", trigger))
    assert ev.destination is not None and ev.destination.country == goal
    assert ev.origin is not None and ev.origin.country == start


def test_a_place_near_a_border_is_no_goal() -> None:
    text = "Police arrested two North Korean women near the Laos border in Mengla last week."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "CN"


def test_a_stop_read_in_the_receivers_country_is_no_start() -> None:
    text = (
        "Vietnam deported four North Koreans to China on Monday, a week after they were detained in "
        "Mong Cai. The four were driven to the border crossing at Dongxing and handed to Chinese "
        "police, a source said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "deported", also=["handed"]))
    assert ev.origin is not None and ev.origin.country == "VN"

"""Returns by air: a stop of the flight is neither where the return began nor a hand-back to China."""

from __future__ import annotations

import tessera


def _return(text: str) -> tessera.Event:
    events = [e for e in tessera.extract(text, published="2030-05-20") if e.type == "repatriation"]
    assert events, text
    return events[0]


def test_flight_via_a_chinese_city_starts_where_they_were_held() -> None:
    ev = _return(
        "Lao police detained the cook in Vientiane in March. On April 2 he was put on a flight to "
        "Pyongyang via Beijing with two embassy guards."
    )
    assert ev.origin is not None and ev.origin.country == "LA"
    assert ev.destination is not None and ev.destination.country == "KP"


def test_connecting_flight_through_china_from_cambodia() -> None:
    ev = _return(
        "The cashier, who had worked at a North Korean cafe in Phnom Penh, was escorted to a "
        "connecting flight to Pyongyang via Shenyang by three security men."
    )
    assert ev.origin is not None and ev.origin.country == "KH"


def test_flown_home_through_china_goes_to_the_north() -> None:
    ev = _return(
        "Police in Haiphong arrested the welder in June. He was flown home through Shanghai a week later."
    )
    assert ev.origin is not None and ev.origin.country == "VN"
    assert ev.destination is not None and ev.destination.country == "KP"


def test_overland_return_through_a_chinese_town_still_starts_there() -> None:
    # the look-alike: sent back by land, the Chinese crossing town is where the return began
    ev = _return(
        "Lao police caught the farmer near Luang Namtha. He was sent back to the North through Dandong."
    )
    assert ev.origin is not None and ev.origin.name == "Dandong"


def test_escorted_to_a_connecting_flight_starts_in_the_country_of_the_mission() -> None:
    ev = _return(
        "The clerk who ran from his minders at Hanoi's main airport on Friday had been recalled from "
        "the embassy in Vietnam, an official said.\n\nTwo guards were taking him to a connecting "
        "flight to Pyongyang via Shanghai when he ran, the official said."
    )
    assert ev.origin is not None and ev.origin.country == "VN"

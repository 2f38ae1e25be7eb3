"""Twin towns across a border: a crossing between them begins or ends at the town facing the other
(tessera.places.facing). Every text here is invented."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.model import Event, Place
from tessera.places.facing import across_the_crossing, facing

HYESAN = Place("Hyesan", "KP", lat=41.40, lon=128.18, precision="city")
CHANGBAI = Place("Changbai", "CN", lat=41.42, lon=128.20, precision="city")
YANJI = Place("Yanji", "CN", lat=42.89, lon=129.50, precision="city")
CHINA = Place("China", "CN", precision="country")


def test_the_facing_town_is_the_nearest_one_across_the_border() -> None:
    assert facing(HYESAN, "CN", [YANJI, CHANGBAI, HYESAN]) == CHANGBAI
    assert facing(HYESAN, "CN", [YANJI]) is None  # 180 km off: not the town across the river
    assert facing(HYESAN, "RU", [CHANGBAI]) is None


def test_a_flight_from_a_border_town_into_china_ends_in_the_town_across() -> None:
    text = (
        "Two teenagers waded across the Yalu from Hyesan into China last month, a trader said. "
        "A week later relatives in Changbai sent word that the pair were safe."
    )
    (escape,) = _place(text, _event(text, "escape", "waded"))
    assert escape.origin is not None and escape.origin.name == "Hyesan"
    assert escape.destination is not None and escape.destination.name == "Changbai"


def test_a_flight_into_china_with_no_facing_town_named_stays_in_china() -> None:
    text = (
        "Two teenagers waded across the Yalu from Hyesan into China last month, a trader said. "
        "A week later relatives in Yanji sent word that the pair were safe."
    )
    (escape,) = _place(text, _event(text, "escape", "waded"))
    assert escape.destination is not None and escape.destination.name != "Changbai"


def test_a_return_told_at_the_bridge_begins_in_the_town_facing_it() -> None:
    text = (
        "A miner who fled in March was caught by Chinese police in Tonghua in May. "
        "Three weeks later he was handed to North Korean guards at the bridge at Manpo. "
        "Smugglers in Ji'an say the bridge has been busy with such transfers."
    )
    (ret,) = _place(text, _event(text, "repatriation", "handed"))
    assert ret.destination is not None and ret.destination.name == "Manpo"
    assert ret.origin is not None and ret.origin.name == "Ji'an"


def test_a_return_not_told_at_a_crossing_keeps_the_town_where_people_were_held() -> None:
    ret = Event(
        type="repatriation",
        status="occurred",
        evidence=[],
        sources=[],
        origin=Place("Tonghua", "CN", lat=41.72, lon=125.93, precision="city"),
        destination=Place("Manpo", "KP", lat=41.15, lon=126.29, precision="city"),
    )
    jian = Place("Ji'an", "CN", lat=41.13, lon=126.19, precision="city")
    kept = across_the_crossing(ret, [jian], at_crossing=False)
    assert kept.origin is not None and kept.origin.name == "Tonghua"
    moved = across_the_crossing(ret, [jian], at_crossing=True)
    assert moved.origin == jian
    told = across_the_crossing(ret, [jian], told_from=[ret.origin], at_crossing=True)
    assert told.origin is not None and told.origin.name == "Tonghua"  # "sent from Tonghua to Manpo"


def test_a_return_from_a_province_begins_in_the_facing_town_the_report_names() -> None:
    ret = Event(
        type="repatriation",
        status="occurred",
        evidence=[],
        sources=[],
        origin=Place("Jilin", "CN", lat=43.7, lon=126.2, precision="province"),
        destination=HYESAN,
    )
    moved = across_the_crossing(ret, [CHANGBAI, YANJI])
    assert moved.origin == CHANGBAI


def test_a_return_from_a_border_town_ends_in_the_town_facing_it() -> None:
    ret = Event(
        type="repatriation",
        status="occurred",
        evidence=[],
        sources=[],
        origin=CHANGBAI,
        destination=Place("North Korea", "KP", precision="country"),
    )
    assert across_the_crossing(ret, [HYESAN, CHINA]).destination == HYESAN

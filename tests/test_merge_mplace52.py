"""Merge recall (session 52, places told at different grains): an undated pair's place named as a
city by one report and as its province by the other is the second detail the pair needs.
Invented text."""

from __future__ import annotations

from merge_fixtures import NK, ev
from tessera.merge import compare_events
from tessera.model import Event, Place

SHENYANG = Place("Shenyang", "CN", "Liaoning", None, 41.79, 123.43, "city")
LIAONING = Place("Liaoning", "CN", "Liaoning", None, 41.3, 122.6, "province")
JILIN = Place("Jilin", "CN", "Jilin", None, 43.7, 126.2, "province")


def _fears(count_b: tuple[int | None, int | None] | None, origin_b: Place = LIAONING) -> tuple[Event, Event]:
    city = ev(
        "a",
        "docA",
        "A family of four held by police in Shenyang is in danger of being sent back to the North",
        status="at_risk",
        published="2027-03-02",
        count=(4, 4),
        where=SHENYANG,
        origin=SHENYANG,
        destination=NK,
    )
    province = ev(
        "b",
        "docB",
        "Campaigners urged the authorities in Liaoning not to return the four North Koreans",
        status="at_risk",
        published="2027-03-25",
        count=count_b,
        where=LIAONING,
        origin=origin_b,
        destination=NK,
    )
    return city, province


def test_an_undated_pair_placed_in_a_city_and_its_province_may_merge() -> None:
    r = compare_events(*_fears((4, 4)))
    assert r.dated == 0 and r.strong == 1, r.summary()
    assert r.eligible, r.summary()


def test_a_city_and_its_province_do_not_vouch_for_counts_that_differ() -> None:
    r = compare_events(*_fears((21, None)))
    assert not r.eligible, r.summary()


def test_a_city_and_its_province_do_not_vouch_when_another_role_differs() -> None:
    r = compare_events(*_fears((4, 4), origin_b=JILIN))
    assert not r.eligible, r.summary()

"""Merge rules of issue 13, wave 18: one event's people told by one report as an order of
magnitude ("dozens of North Koreans") and by another as a stated bound ("more than 100").
Every report here is invented."""

from __future__ import annotations

from merge_fixtures import NK, ev
from tessera.merge import compare_events, merge_events
from tessera.merge.text import counts_by_order
from tessera.model import Place, Victims

DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.13, 124.39, "city")


def _return(eid: str, doc: str, text: str, people: str, low: int, published: str):  # type: ignore[no-untyped-def]
    e = ev(
        eid,
        doc,
        text,
        when=("2027-04-01", "2027-04-30"),
        precision="month",
        published=published,
        origin=DANDONG,
        destination=NK,
    )
    e.victims = Victims(people, low, None, "residents")
    return e


def test_an_order_of_magnitude_is_no_stated_bound() -> None:
    assert counts_by_order("dozens of North Koreans") and counts_by_order("hundreds of workers")
    assert counts_by_order("a few dozen women") and counts_by_order("scores of families")
    assert not counts_by_order("more than 100 North Koreans") and not counts_by_order("several people")
    assert not counts_by_order("a dozen men") and not counts_by_order("dozens, perhaps 40, of them")
    assert not counts_by_order(None)


def test_dozens_and_more_than_a_hundred_may_count_one_group() -> None:
    dozens = _return(
        "a",
        "docA",
        "Chinese police drove dozens of North Koreans from Dandong to the bridge last month.",
        "dozens of North Koreans",
        24,
        "2027-05-03",
    )
    hundred = _return(
        "b",
        "docB",
        "More than 100 North Koreans were sent back from Dandong in April, activists said.",
        "More than 100 North Koreans",
        101,
        "2027-04-29",
    )
    thousand = _return(
        "c",
        "docC",
        "More than 1,000 North Koreans were sent back from Dandong in April, activists said.",
        "More than 1,000 North Koreans",
        1001,
        "2027-04-29",
    )
    assert compare_events(dozens, hundred).conflict is None
    assert sorted(m.member_ids for m in merge_events([dozens, hundred]) if len(m.member_ids) > 1) == [
        ["a", "b"]
    ]
    # An order spans about four times its smallest reading, not more: dozens are no thousand.
    assert "lower bounds too far apart" in (compare_events(dozens, thousand).conflict or "")
    # Two stated bounds still tell their own size: "more than 100" is not "more than 1,000".
    assert "lower bounds too far apart" in (compare_events(hundred, thousand).conflict or "")

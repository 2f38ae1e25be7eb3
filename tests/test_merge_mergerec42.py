"""Merge signals from the missed pairs of the development half (issue 13, session 42): details in
common that pairs just under the threshold share across writers. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import CHINA, HYESAN, NK, ev
from tessera.merge import compare_events
from tessera.merge.compare import DOZENS_WEIGHT
from tessera.model import Event, Place, TimeSpan, Victims

TUMEN = Place("Tumen", "CN", "Jilin", None, 42.97, 129.84, "city")
APRIL = TimeSpan(date(2027, 4, 1), date(2027, 4, 30), "month", "in April")


def _two_returns(many: Victims, other: Victims, status: str = "occurred") -> tuple[Event, Event]:
    """A return through Tumen told in April and, five weeks later, one placed only in China."""
    a = ev(
        "a",
        "docA",
        "China sent a group of North Koreans back through Tumen in April",
        published="2027-05-20",
        status=status,
        origin=TUMEN,
        destination=NK,
        where=TUMEN,
    )
    b = ev(
        "b",
        "docB",
        "a group was returned from China in April",
        published="2027-06-25",
        status=status,
        origin=CHINA,
        destination=NK,
        where=CHINA,
    )
    return a.with_(when=APRIL, victims=many), b.with_(when=APRIL, victims=other)


def test_dozens_told_alike_by_two_reports_of_a_month_agree_more_than_a_few() -> None:
    told = compare_events(
        *_two_returns(
            Victims("more than 50 North Koreans", 51, None, "defectors"),
            Victims("dozens of North Koreans", 24, None, "defectors"),
        )
    )
    assert told.eligible, told.summary()
    # A dozen against more than ten is no crowd: the same pair does not merge on it.
    few = compare_events(
        *_two_returns(
            Victims("more than 10 North Koreans", 11, None, "defectors"),
            Victims("a dozen North Koreans", 12, None, "defectors"),
        )
    )
    assert not few.eligible, few.summary()


def test_two_fears_for_dozens_held_are_no_crowd_in_common() -> None:
    # Many groups are held at once: two reports fearing for dozens may fear for two of them.
    many = Victims("more than 50 North Koreans", 51, None, "defectors")
    dozens = Victims("dozens of North Koreans", 24, None, "defectors")
    done = compare_events(*_two_returns(many, dozens))
    fears = compare_events(*_two_returns(many, dozens, status="at_risk"))
    assert "victims 51+ vs 24+ (compatible)" in fears.reasons
    assert not fears.eligible
    # Everything else alike, the fears lack what the dozens added to the deeds (and their date).
    assert done.score - fears.score >= DOZENS_WEIGHT - 1.0


def test_one_number_hedged_by_both_reports_stays_more_than_agreeing_dozens() -> None:
    about = Victims("about 40 North Koreans", 30, 50, "defectors")
    same = compare_events(*_two_returns(about, about))
    overlapping = compare_events(*_two_returns(about, Victims("30 to 60 North Koreans", 30, 60, "defectors")))
    assert abs(same.score - overlapping.score - 0.5) < 1e-9


def test_the_same_telling_kind_of_victims_carries_two_tellings_of_one_flight() -> None:
    # Two soldiers who fled into China, one report of the month, one of the day: the kind of
    # people (soldiers, not just "two people") is the detail that tips the pair.
    soldiers = Victims("two soldiers", 2, 2, "soldiers")
    a = ev(
        "a",
        "docA",
        "Two soldiers crossed the Yalu into China",
        etype="escape",
        published="2027-12-20",
        origin=HYESAN,
        destination=CHINA,
    ).with_(when=TimeSpan(date(2027, 11, 1), date(2027, 11, 30), "month", "in November"), victims=soldiers)
    b = ev(
        "b",
        "docB",
        "the two deserters waded across the river",
        etype="escape",
        published="2028-01-30",
        destination=CHINA,
    ).with_(when=TimeSpan(date(2027, 11, 2), date(2027, 11, 2), "day", "on 2 November"), victims=soldiers)
    told = compare_events(a, b)
    assert "same kind of victims (soldiers)" in told.summary() and told.eligible
    people = Victims("two people", 2, 2, "other")
    assert not compare_events(a.with_(victims=people), b.with_(victims=people)).eligible

"""Merge signals from the missed pairs of the development half (issue 13, session 42): details in
common that pairs just under the threshold share across writers. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import CHINA, HYESAN, NK, ev
from tessera.merge import compare_events
from tessera.merge.compare import DOZENS_WEIGHT, NESTED_PERIOD_WEIGHT, NESTED_STATE_WEIGHT
from tessera.model import Event, Place, TimeSpan, Victims

TUMEN = Place("Tumen", "CN", "Jilin", None, 42.97, 129.84, "city")
APRIL = TimeSpan(date(2027, 4, 1), date(2027, 4, 30), "month", "in April")
MID_APRIL = TimeSpan(date(2027, 4, 11), date(2027, 4, 20), "month_part", "in mid-April")


def _return(eid: str, doc: str, text: str, when: TimeSpan, published: str, origin: Place) -> Event:
    e = ev(eid, doc, text, published=published, origin=origin, destination=NK, where=origin)
    return e.with_(when=when)


def _two_returns() -> tuple[Event, Event]:
    """A return through Tumen told in April and, five weeks later, one placed only in China."""
    a = _return(
        "a",
        "docA",
        "China sent a group of North Koreans back through Tumen in April",
        APRIL,
        "2027-05-20",
        TUMEN,
    )
    b = _return(
        "b",
        "docB",
        "the three women were handed over in the middle of that month",
        MID_APRIL,
        "2027-06-25",
        CHINA,
    )
    return a, b


def test_a_part_of_a_month_inside_the_other_reports_month_carries_a_return() -> None:
    a, b = _two_returns()
    three = Victims("three women", 3, 3, "other")
    a, b = a.with_(victims=three), b.with_(victims=three)
    told = compare_events(a, b)
    assert "inside the other's month or season" in told.summary()
    assert told.eligible
    # The same ten days told as a range computed from other words ("between the 11th and the
    # 20th") is no reading of the month by its part: the pair lacks that detail.
    ranged = b.with_(
        id="c", when=TimeSpan(date(2027, 4, 11), date(2027, 4, 20), "range", "between the 11th and the 20th")
    )
    assert not compare_events(a, ranged).eligible


def test_dozens_told_alike_by_two_reports_of_a_month_agree_more_than_a_few() -> None:
    a, _ = _two_returns()
    b = _return(
        "b",
        "docB",
        "the women were returned from China in April",
        APRIL,
        "2027-06-25",
        CHINA,
    )
    a_many = a.with_(victims=Victims("more than 50 North Koreans", 51, None, "defectors"))
    b_many = b.with_(victims=Victims("dozens of North Koreans", 24, None, "defectors"))
    told = compare_events(a_many, b_many)
    assert told.eligible, told.summary()
    # A dozen against more than ten is no crowd: the same pair does not merge on it.
    a_few = a.with_(victims=Victims("more than 10 North Koreans", 11, None, "defectors"))
    b_few = b.with_(victims=Victims("a dozen North Koreans", 12, None, "defectors"))
    assert not compare_events(a_few, b_few).eligible
    # Nor does a fear for dozens still held agree with the dozens returned as a crowd does.
    fear = b_many.with_(id="e", status="at_risk")
    assert compare_events(a_many, fear).score < told.score


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


def test_two_fears_for_dozens_held_are_no_crowd_in_common() -> None:
    # Many groups are held at once: two reports fearing for dozens may fear for two of them.
    a, _ = _two_returns()
    b = _return("b", "docB", "the women were returned from China in April", APRIL, "2027-06-25", CHINA)
    done = compare_events(
        a.with_(victims=Victims("more than 50 North Koreans", 51, None, "defectors")),
        b.with_(victims=Victims("dozens of North Koreans", 24, None, "defectors")),
    )
    fears = compare_events(
        a.with_(status="at_risk", victims=Victims("more than 50 North Koreans", 51, None, "defectors")),
        b.with_(status="at_risk", victims=Victims("dozens of North Koreans", 24, None, "defectors")),
    )
    count_part = [x for x in done.reasons if x.startswith("victims")]
    assert count_part and count_part == [x for x in fears.reasons if x.startswith("victims")]
    assert done.score - fears.score >= DOZENS_WEIGHT - 1.0


def test_a_lasting_state_nested_in_the_other_reports_month_adds_less() -> None:
    # "Sealed the border in January" and "confined to their homes for about 20 days in January":
    # a lasting state is dated by when each report saw it in force, so the nesting says less.
    def closure(eid: str, doc: str, text: str, when: TimeSpan, published: str) -> Event:
        return ev(eid, doc, text, etype="movement_restriction", published=published, where=HYESAN).with_(
            when=when
        )

    january = TimeSpan(date(2027, 1, 1), date(2027, 1, 31), "month", "in January")
    early = TimeSpan(date(2027, 1, 1), date(2027, 1, 10), "month_part", "in early January")
    ranged = TimeSpan(date(2027, 1, 1), date(2027, 1, 10), "range", "from the 1st to the 10th")
    a = closure("a", "docA", "Hyesan was sealed off in January", january, "2027-01-31")
    nested = compare_events(a, closure("b", "docB", "residents were kept indoors", early, "2027-01-31"))
    apart = compare_events(a, closure("c", "docC", "residents were kept indoors", ranged, "2027-01-31"))
    assert "inside the other's month" in nested.summary()
    assert abs(nested.score - apart.score - NESTED_STATE_WEIGHT) < 1e-9
    assert NESTED_STATE_WEIGHT < NESTED_PERIOD_WEIGHT

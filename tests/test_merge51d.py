"""Merge: a period a retrospective names by the calendar nests a finer date (issue 13, session 51).
Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import HYESAN, ev
from tessera.merge import compare_events
from tessera.model import Event, TimeSpan, Victims


def _execution(eid: str, doc: str, text: str, when: TimeSpan, published: str) -> Event:
    e = ev(eid, doc, text, etype="execution", published=published, where=HYESAN).with_(when=when)
    e.victims = Victims("two men", 2, 2, "individual")
    return e


NESTED = "inside the other's month or season"


def test_a_month_nests_in_a_range_that_closed_before_its_report() -> None:
    # A yearly review tells "late 2026"; a news report had the month: one date read twice.
    in_october = _execution(
        "a",
        "docA",
        "Two men were shot by firing squad outside Hyesan in October",
        TimeSpan(date(2026, 10, 1), date(2026, 10, 31), "month", "in October"),
        "2026-11-20",
    )
    late_year = _execution(
        "b",
        "docB",
        "at least two public executions in the province in late 2026",
        TimeSpan(date(2026, 9, 1), date(2026, 12, 31), "range", "in late 2026"),
        "2027-06-02",
    )
    assert NESTED in compare_events(in_october, late_year).summary()
    # A range running up to its report ("since September") is a state in force, no calendar
    # period told after the fact.
    since = late_year.with_(
        id="c", when=TimeSpan(date(2026, 9, 1), date(2027, 6, 2), "range", "since September")
    )
    assert NESTED not in compare_events(in_october, since).summary()
    # Nor does one exact day nest in the range: a season sees many days' executions.
    one_day = in_october.with_(
        id="d", when=TimeSpan(date(2026, 10, 12), date(2026, 10, 12), "day", "on October 12")
    )
    assert NESTED not in compare_events(one_day, late_year).summary()

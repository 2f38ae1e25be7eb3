"""Merge rules from the missed pairs of the development half (issue 13, session 35), by kind of
miss across writers. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import HYESAN, ev
from tessera.merge import compare_events
from tessera.model import Event, TimeSpan, Victims


def _arrest(eid: str, doc: str, text: str, when: TimeSpan, published: str) -> Event:
    e = ev(eid, doc, text, etype="arrest", published=published, where=HYESAN).with_(when=when)
    e.victims = Victims("a woman", 1, 1, "individual")
    return e


def test_a_part_of_a_month_nests_in_the_month_another_report_names() -> None:
    # One outlet knows only the month, another the part of it: two readings of one date.
    in_march = _arrest(
        "a",
        "docA",
        "A woman who sold Chinese phones was detained in Hyesan in March",
        TimeSpan(date(2027, 3, 1), date(2027, 3, 31), "month", "in March"),
        "2027-04-02",
    )
    mid_march = _arrest(
        "b",
        "docB",
        "agents took her away from the market in mid-March",
        TimeSpan(date(2027, 3, 11), date(2027, 3, 20), "month_part", "in mid-March"),
        "2027-05-10",
    )
    told = compare_events(in_march, mid_march)
    assert "inside the other's month or season" in told.summary() and told.eligible
    # A range computed from other words ("since the 11th") is no reading of a calendar unit.
    since = mid_march.with_(
        id="c", when=TimeSpan(date(2027, 3, 11), date(2027, 3, 20), "range", "since the 11th")
    )
    assert not compare_events(in_march, since).eligible
    # Nor is one exact day: a month holds many days' arrests.
    one_day = mid_march.with_(
        id="d", when=TimeSpan(date(2027, 3, 12), date(2027, 3, 12), "day", "on March 12")
    )
    assert "inside the other's month" not in compare_events(in_march, one_day).summary()

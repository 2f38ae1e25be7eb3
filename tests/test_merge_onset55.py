"""Merge: two reports of one lasting state agree on the day it began (issue 13, session 55).
Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import HYESAN, ev
from tessera.merge import compare_events
from tessera.model import Event, TimeSpan

ONSET = "a lasting state begun within days"


def _closure(eid: str, doc: str, text: str, when: TimeSpan, published: str) -> Event:
    e = ev(eid, doc, text, etype="movement_restriction", published=published, where=HYESAN)
    return e.with_(when=when)


def test_two_closures_begun_within_days_agree_on_their_start() -> None:
    # "Since 20 July" read on the 28th and "since late July" read on 2 August: each period runs
    # to its report, so its width tells how long the closure has lasted, not how unsure its
    # start is; the two starts are a day apart.
    barred = _closure(
        "a",
        "docA",
        "Children in Hyesan have been barred from the riverbank since 20 July",
        TimeSpan(date(2031, 7, 20), date(2031, 7, 28), "range", "since 20 July"),
        "2031-07-28",
    )
    closed = _closure(
        "b",
        "docB",
        "the riverbank at Hyesan has been closed to children since late July",
        TimeSpan(date(2031, 7, 21), date(2031, 7, 31), "month_part", "since late July"),
        "2031-08-02",
    )
    result = compare_events(barred, closed)
    assert ONSET in result.summary()
    assert result.eligible
    # Begun weeks apart, the two are not told as one start.
    later = closed.with_(
        id="c", when=TimeSpan(date(2031, 8, 11), date(2031, 8, 20), "month_part", "since mid-August")
    )
    assert ONSET not in compare_events(barred, later).summary()


def test_only_a_lasting_state_is_dated_by_its_start() -> None:
    # Two arrests dated "since" are no state in force: their periods are compared as they are.
    held = ev(
        "a", "docA", "held in Hyesan since 20 July", etype="arrest", published="2031-07-28", where=HYESAN
    )
    held = held.with_(when=TimeSpan(date(2031, 7, 20), date(2031, 7, 28), "range", "since 20 July"))
    other = ev(
        "b",
        "docB",
        "detained in Hyesan since late July",
        etype="arrest",
        published="2031-08-25",
        where=HYESAN,
    )
    other = other.with_(when=TimeSpan(date(2031, 7, 21), date(2031, 8, 25), "range", "since late July"))
    assert ONSET not in compare_events(held, other).summary()

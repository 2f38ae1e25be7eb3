"""Dating conventions of the when53 round, on invented text (through the whole pipeline): a
follow-up act of an inquiry (a search, a questioning, a ban) told with no time of its own after a
happening dated to the day came some time from that day up to the report, unless the sentence
ties it to that moment."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges

_CROSSING = (
    "A woman and her teenage son crossed the Tumen River near Musan on May 6, a source in the province said."
)


def test_a_search_after_a_dated_crossing_runs_to_the_report() -> None:
    text = f"{_CROSSING} Police searched their house and questioned the neighbours about the broker."
    assert date_ranges(text, "2026-05-20", "search") == [(date(2026, 5, 6), date(2026, 5, 20))]
    assert date_ranges(text, "2026-05-20", "interrogation") == [(date(2026, 5, 6), date(2026, 5, 20))]


def test_a_search_told_the_same_night_keeps_the_day() -> None:
    text = f"{_CROSSING} Police searched their house the same night and questioned the neighbours about the broker."
    assert date_ranges(text, "2026-05-20", "search") == [(date(2026, 5, 6), date(2026, 5, 6))]


def test_a_search_during_the_hunt_keeps_the_day() -> None:
    text = f"{_CROSSING} Soldiers searched farmhouses along the river until dawn."
    assert date_ranges(text, "2026-05-20", "search") == [(date(2026, 5, 6), date(2026, 5, 6))]

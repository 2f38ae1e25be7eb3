"""Dating conventions of the thirteenth round (issue 12: `when` on unseen text), on invented text.

A report tells its story first and its background after: an event told later lends its date to
an undated one only when it can be that happening told again."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event, Span, Victims
from tessera.time import date_events
from test_time_events import _event, _range


def _told(text: str, published: str, events: list[tuple[str, str, str, int | None]]) -> list[Event]:
    """Date events given as (trigger, type, status, number of people)."""
    analysis = analyse(Document("t", text, published=published))
    made = [
        _event(analysis, trig, type_, status).with_(
            victims=Victims(None, count, count, "other") if count is not None else None
        )
        for trig, type_, status, count in events
    ]
    return date_events(made, analysis)


def test_a_later_event_with_fewer_people_lends_no_year() -> None:
    text = (
        "Six fishermen from the North steered their boat across the sea border and asked to stay "
        "in the South, officials said.\n\n"
        "The six, four men and two women, were taken to a naval base for questioning.\n\n"
        "The island has seen several escapes. In 2021 a soldier walked across the tidal flats to it."
    )
    six, soldier = _told(
        text,
        "2027-05-18",
        [("steered", "escape", "occurred", 6), ("walked", "escape", "occurred", 1)],
    )
    assert _range(soldier) == (date(2021, 1, 1), date(2021, 12, 31), "year")
    assert six.when.start is None or six.when.start.year == 2027


def test_a_later_event_with_the_same_people_still_restates_the_date() -> None:
    text = (
        "Six fishermen from the North steered their boat across the sea border, officials said.\n\n"
        "The six crossed the line on the night of May 14."
    )
    six, again = _told(
        text,
        "2027-05-18",
        [("steered", "escape", "occurred", 6), ("crossed", "escape", "occurred", 6)],
    )
    assert _range(again) == (date(2027, 5, 14), date(2027, 5, 14), "day")
    assert _range(six) == (date(2027, 5, 14), date(2027, 5, 14), "day")


def test_a_guess_takes_no_date_from_a_fact_told_after_it() -> None:
    text = (
        "A mother and her son were stopped by police near the border on April 3. We fear they may "
        "have been handed over to the border guards. Officials sent three fishermen back to the North in 2019."
    )
    _stopped, guess, fishermen = _told(
        text,
        "2027-04-20",
        [
            ("stopped", "arrest", "occurred", 2),
            ("handed over to", "repatriation", "suspected", None),
            ("sent three", "repatriation", "occurred", 3),
        ],
    )
    assert _range(fishermen) == (date(2019, 1, 1), date(2019, 12, 31), "year")
    assert guess.when.start is None or guess.when.start.year == 2027


def _joined(text: str, published: str, first: str, again: str, type_: str) -> Event:
    """One event the events stage joined from two tellings (two evidence spans), dated."""
    analysis = analyse(Document("t", text, published=published))
    ev = _event(analysis, first, type_)
    start = text.index(again)
    later = Span("t", start, start + len(again), again)
    (dated,) = date_events([ev.with_(evidence=[*ev.evidence, later])], analysis)
    return dated


def test_a_going_on_dated_by_its_start_in_the_details_runs_to_the_report() -> None:
    text = (
        "Customs officers have been checking every lorry at the Sinuiju freight yard for Chinese "
        "phones, a trader said.\n\n"
        '"They started on the 4th and went through the yard lorry by lorry," the trader said.'
    )
    checks = _joined(text, "2027-09-15", "checking", "went through the yard", "search")
    assert _range(checks) == (date(2027, 9, 4), date(2027, 9, 15), "range")


def test_a_single_act_dated_in_the_details_keeps_its_day() -> None:
    text = (
        "Customs officers have seized a lorry of Chinese phones at the Sinuiju freight yard, a "
        "trader said.\n\n"
        '"They went through it on the 4th," the trader said.'
    )
    seizure = _joined(text, "2027-09-15", "seized", "went through it", "search")
    assert _range(seizure) == (date(2027, 9, 4), date(2027, 9, 4), "day")

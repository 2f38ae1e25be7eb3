"""Dating conventions of the thirteenth round (issue 12: `when` on unseen text), on invented text.

A report tells its story first and its background after: an event told later lends its date to
an undated one only when it can be that happening told again."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event, Victims
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

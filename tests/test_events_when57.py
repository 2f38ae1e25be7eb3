"""Dates of matched events (session 57): "last <weekday>" told the day after that weekday, and
a look-back window of a year or more that must not date the sentences after it.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from tessera.time import from_published, resolve_expression


def _span(phrase: str, published: str) -> tuple[date | None, date | None]:
    report = from_published(published)
    assert report is not None
    span = resolve_expression(phrase, report)
    assert span is not None
    return span.start, span.end


@pytest.mark.parametrize(
    ("phrase", "published", "day"),
    [
        # told on a Wednesday, "last Tuesday" is the Tuesday a week before yesterday
        ("the warehouse was raided last Tuesday", "2026-04-15", date(2026, 4, 7)),
        # told on a Monday, "last Sunday" is the Sunday eight days back
        ("they were caught last Sunday", "2026-04-13", date(2026, 4, 5)),
        # told on the weekday itself: a week back, as before
        ("he was detained last Friday", "2026-04-17", date(2026, 4, 10)),
    ],
)
def test_last_weekday_is_not_yesterday(phrase: str, published: str, day: date) -> None:
    assert _span(phrase, published) == (day, day)


@pytest.mark.parametrize(
    ("phrase", "published", "day"),
    [
        # the look-alikes keep their reading: "on Tuesday" told on Wednesday is yesterday
        ("the warehouse was raided on Tuesday", "2026-04-15", date(2026, 4, 14)),
        # "last Thursday" told on a Monday is four days back
        ("he was detained last Thursday", "2026-04-13", date(2026, 4, 9)),
        # "last Monday" told on a Wednesday is two days back
        ("the market was closed last Monday", "2026-04-15", date(2026, 4, 13)),
    ],
)
def test_other_weekdays_keep_their_reading(phrase: str, published: str, day: date) -> None:
    assert _span(phrase, published) == (day, day)


def test_a_record_window_does_not_date_the_next_sentence() -> None:
    import tessera

    text = (
        "In Kimchaek, inspectors from the provincial prosecutors' office arrived last week and "
        "ordered every cooperative farm to hand in its grain ledgers for the past two years. "
        "Farm managers have been barred from leaving the county while the ledgers are checked."
    )
    events = [e for e in tessera.extract(text, published="2025-03-12") if e.type == "movement_restriction"]
    assert events
    when = events[0].when
    # the bar is dated by the inspectors' arrival last week, not two years back
    assert when.start is not None and when.start >= date(2025, 3, 3)
    assert when.text != "for the past two years"


def test_a_window_of_weeks_still_dates_the_next_sentence() -> None:
    import tessera

    text = (
        "In Kimchaek, inspectors from the provincial prosecutors' office have searched dozens of "
        "homes in the past two weeks. Farm managers have been barred from leaving the county "
        "while the ledgers are checked."
    )
    events = [e for e in tessera.extract(text, published="2025-03-12") if e.type == "movement_restriction"]
    assert events
    when = events[0].when
    assert (when.start, when.end) == (date(2025, 2, 26), date(2025, 3, 12))

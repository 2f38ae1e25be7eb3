"""Calendar arithmetic the time stage needs: month ends, month steps, weeks, seasons.

Month steps use `dateutil.relativedelta`, which clamps to the month's length ("a month before
31 March" is 28 or 29 February) rather than hand-written index arithmetic.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, month: int) -> tuple[date, date]:
    return date(year, month, 1), month_end(year, month)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by `delta` months."""
    moved = date(year, month, 1) + relativedelta(months=delta)
    return moved.year, moved.month


def day_in_month(year: int, month: int, day: int) -> date:
    """Day `day` of the month; a negative day counts from the end (-1 = the last day)."""
    last = calendar.monthrange(year, month)[1]
    if day < 0:
        return date(year, month, last + 1 + day)
    return date(year, month, min(day, last))


def safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def week_of(day: date) -> tuple[date, date]:
    """The Monday-to-Sunday week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def months_back(day: date, months: int) -> date:
    """The same day `months` months earlier (clamped to the month's length)."""
    return day - relativedelta(months=months)


def season_span(year: int, first_month: int, n_months: int) -> tuple[date, date]:
    """The months from `first_month` of `year` on, `n_months` of them (a winter runs into the
    next year)."""
    start = date(year, first_month, 1)
    return start, start + relativedelta(months=n_months) - timedelta(days=1)

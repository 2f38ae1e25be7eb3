"""The report's own date: the day (or the span of days) a report was written.

Relative words ("last month", "two days ago") and dates without a year ("February 19") only mean
something against it. It is given by the document's `published` field when known; otherwise
`tessera.time.infer` bounds it from the text and marks it inferred.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from tessera.time.calendar import month_end


@dataclass(frozen=True)
class ReportDate:
    """The report was written on some day in [earliest, latest] (both None when unknown)."""

    earliest: date | None
    latest: date | None
    precision: str = "unknown"  # day, month, year, range or unknown
    inferred: bool = False
    text: str | None = None  # what it was read from: the published field or a phrase

    @property
    def known(self) -> bool:
        return self.earliest is not None and self.latest is not None

    @staticmethod
    def unknown() -> ReportDate:
        return ReportDate(None, None, "unknown", False, None)


_PUBLISHED = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def from_published(published: str | None) -> ReportDate | None:
    """The report date a `published` field states ("YYYY-MM-DD", "YYYY-MM" or "YYYY"), if any."""
    if not published:
        return None
    m = _PUBLISHED.match(published)
    if not m:
        return None
    year = int(m[1])
    try:
        if m[3]:
            day = date(year, int(m[2]), int(m[3]))
            return ReportDate(day, day, "day", False, published)
        if m[2]:
            month = int(m[2])
            return ReportDate(date(year, month, 1), month_end(year, month), "month", False, published)
    except ValueError:
        return None
    return ReportDate(date(year, 1, 1), date(year, 12, 31), "year", False, published)

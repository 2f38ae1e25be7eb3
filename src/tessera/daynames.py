"""Days a text names by month and day ("October 9", "9 Oct.", "Aug. 30"), as comparable keys.

Two mentions that name different days are different events; two reports that name the same day
likely tell the same one, even when neither says the year. The events stage and the merge both
read these keys, so they live here, outside either stage.
"""

from __future__ import annotations

import re

MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DAY = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
    r"|\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b"
)


def day_keys(text: str) -> frozenset[str]:
    """Month-day keys ("oct-9") of every day the text names; days that cannot exist are skipped."""
    keys = set()
    for m in _DAY.finditer(text.lower()):
        day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        if 1 <= int(day) <= 31:
            keys.add(f"{month}-{int(day)}")
    return frozenset(keys)


def without_days(text: str) -> str:
    """The text (lower-cased) with every month-day it names blanked out: "SEOUL, Aug. 28 -- two
    officials were shot" -> "seoul,   -- two officials were shot" (a day is no count of people)."""
    return _DAY.sub(" ", text.lower())

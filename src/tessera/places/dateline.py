"""The dateline: where the reporter files from, written before the story starts.

Wire and newspaper reports open with the place the story is filed from, in a handful of shapes:

    SEOUL (Reuters) - ...              BANGKOK (AP) — ...           WASHINGTON — ...
    SEOUL, Oct. 24 (Yonhap) -- ...     SEOUL, South Korea – ...     Phnom Penh, May 3 (AFP) - ...
    TOKYO: ...                         ULAANBAATAR, Mongolia (AP) — ...
    (Hanoi, March 2, 2024) – ...       (a rights group's press release)

It is the reporter's seat, not where the event happened; the report's first line may also be its
title, with the dateline opening the next line. `find_dateline` returns the dateline's span so the
places stage can set its names aside (and keep the city only as a weak hint of the country).
"""

from __future__ import annotations

import re

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?"
_NAME = r"[A-Z][A-Za-z'’.\-]*(?:\s+[A-Z][A-Za-z'’.\-]*){0,3}"
_DATELINE = re.compile(
    rf"(?P<place>{_NAME})"
    rf"(?:,\s*(?P<region>{_NAME}))?"
    rf"(?:,?\s*(?P<date>{_MONTH}))?"
    r"\s*(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"\s*(?P<dash>[-–—]{1,2}|:)\s*"
)
# A rights group's press release: "(Hanoi, March 2, 2024) – The authorities must free ...".
_PRESS_RELEASE = re.compile(
    rf"\((?P<place>{_NAME})(?:,\s*(?P<region>{_NAME}))?,\s*(?P<date>{_MONTH})\)\s*(?P<dash>[-–—]{{1,2}}|:)\s*"
)
# The first line is a title (and the dateline opens the next) when it is short and ends without a stop.
_TITLE_MAX = 160


def _is_dateline(m: re.Match[str]) -> bool:
    """A capitalised name before a dash is a dateline only in one of its set shapes: the place in
    capitals ("SEOUL —"), or with a country, a date or an agency after it ("Seoul, South Korea –")."""
    place = m.group("place")
    letters = [c for c in place if c.isalpha()]
    all_caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    if m.group("dash") == ":" and not all_caps:
        return False
    return all_caps or bool(m.group("region") or m.group("date") or m.group("agency"))


def find_dateline(text: str) -> tuple[int, int] | None:
    """The (start, end) of the report's dateline, or None.

    >>> find_dateline("VIENTIANE, Laos (AP) — Police detained two men on Friday.")
    (0, 23)
    """
    starts = [len(text) - len(text.lstrip())]
    first_break = text.find("\n", starts[0])
    if 0 < first_break - starts[0] <= _TITLE_MAX and not text[:first_break].rstrip().endswith("."):
        rest = text[first_break:]
        starts.append(first_break + len(rest) - len(rest.lstrip()))
    for start in starts:
        m = _DATELINE.match(text, start)
        if m and _is_dateline(m):
            return start, m.end()
        m = _PRESS_RELEASE.match(text, start)
        if m:
            return start, m.end()
    return None

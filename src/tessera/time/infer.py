"""The report's date when the document does not state it: bounded from clues in the text.

The clues a careful reader uses, in order of strength:
1. dates that carry a year (a photo caption "taken in February 2019", "on 29 August 2023") set
   the year and a lower bound: a report is written after what it tells;
2. a source's own date ("a source told Daily NK on Feb. 28") or a wire dateline ("SEOUL, Nov. 18
   (Yonhap) --") puts the report just after it;
3. looking ahead ("the upcoming elections on March 10") puts the report before that day;
4. past days without a year ("disappeared on February 19") lower the bound to that day, and a
   duration counted from one ("for more than 10 days") lowers it further;
5. with no upper bound found, a report is taken to follow its latest clue within a month.
Without any year in the text the report date stays unknown: relative words then resolve to
nothing rather than to a guessed year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from tessera.model import Document
from tessera.time.mentions import Mention, find_mentions, is_dateline
from tessera.time.report import ReportDate, from_published
from tessera.time.resolve import looks_ahead, resolve_mention

# How long after its latest clue a report is assumed written, when nothing closes the span.
DEFAULT_LAG = timedelta(days=31)
# How long after a source spoke its report appears.
ATTRIBUTION_LAG = timedelta(days=7)

_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|reported|reports|added|noted|explained|announced|stated|confirmed|wrote)\b"
    r"[^.;:!?\"“”]{0,60}$",
    re.IGNORECASE,
)
_DAY_KINDS = ("date", "days", "occasion")


@dataclass(frozen=True)
class _Clue:
    mention: Mention
    future: bool
    attribution: bool


def report_date(document: Document, text: str | None = None) -> ReportDate:
    """The report's date: from `published` when given, else inferred from title and text."""
    stated = from_published(document.published)
    body = document.text if text is None else text
    if stated is not None and stated.precision == "day":
        return stated
    dateline = dateline_date(body, stated)
    if dateline is not None:
        return dateline
    if stated is not None:
        return spoken_day(body, stated) or stated
    title = document.title or ""
    return infer_report_date(f"{title}\n{body}" if title else body)


def dateline_date(text: str, stated: ReportDate | None = None) -> ReportDate | None:
    """The day a wire dateline gives ("SEOUL, Oct. 24 (Yonhap) --"): the report's own day.

    Its year is the stated month's or year's when the document gives one, else a year the text
    states; a dateline outside the stated span is not taken.
    """
    for m in find_mentions(text[:400]):
        if m.kind != "date" or not is_dateline(text, m):
            continue
        if stated is not None:
            span = resolve_mention(m, stated)
        else:
            inferred = infer_report_date(text)
            span = resolve_mention(m, inferred) if inferred.known else None
        if span is None or span.start is None:
            return None
        if stated is not None and stated.known:
            assert stated.earliest is not None and stated.latest is not None
            if not stated.earliest <= span.start <= stated.latest:
                return None
        return ReportDate(span.start, span.start, "day", True, m.text)
    return None


def spoken_day(text: str, stated: ReportDate) -> ReportDate | None:
    """The day a source spoke, inside a report dated only by its month: what the source told
    ("last week", "since the 2nd") is read from that day.

    "Police have closed the market since the 2nd, a source told the paper on the 10th", in a
    report published in March, reads "the 2nd" as March 2 and "last week" as the week before
    March 10. Only a day the month pins down (a date or "the 10th") counts; with several, the
    latest, since a report is written after every source it quotes has spoken.
    """
    if stated.precision != "month" or not stated.known:
        return None
    assert stated.earliest is not None and stated.latest is not None
    days = []
    for m in find_mentions(text):
        if m.kind not in ("date", "rel_month_day") or m.since or m.day2 or not _spoken_at(text, m):
            continue
        span = resolve_mention(m, stated)
        if span is not None and span.start is not None and stated.earliest <= span.start <= stated.latest:
            days.append((span.start, m.text))
    if not days:
        return None
    day, said = max(days)
    return ReportDate(day, day, "day", True, said)


def _spoken_at(text: str, m: Mention) -> bool:
    """Whether a reporting verb just before the mention dates a telling: "said on the 10th"."""
    sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    return bool(_ATTRIBUTION.search(text[sentence_start : m.start]))


def infer_report_date(text: str) -> ReportDate:
    """Bound the report's date from the clues in `text` (see the module's notes)."""
    clues = [_clue(text, m) for m in find_mentions(text)]
    dated = [c for c in clues if c.mention.is_date and c.mention.has_year and not c.future]
    if not dated:
        return ReportDate.unknown()
    anchors = [resolve_mention(c.mention, ReportDate.unknown()) for c in dated]
    spans = [a for a in anchors if a is not None and a.start is not None]
    if not spans:
        return ReportDate.unknown()
    latest_clue = max(spans, key=lambda s: s.start or date.min)
    assert latest_clue.start is not None and latest_clue.end is not None
    low, high = latest_clue.start, None
    reasons = [latest_clue.text or ""]
    # Provisional span for reading yearless clues: the rest of the year of the latest dated
    # clue ("arrested since January 2024 ... returned on April 26" reads April 26, 2024).
    provisional = ReportDate(
        low, max(latest_clue.end, low + DEFAULT_LAG, date(low.year, 12, 31)), "range", True
    )

    for c in clues:
        if not c.attribution:
            continue
        said = resolve_mention(c.mention, provisional)
        if said is not None and said.start is not None and said.start >= low:
            low, high = said.start, _min(high, said.start + ATTRIBUTION_LAG)
            reasons.append(c.mention.text)

    for c in clues:
        if not c.future:
            continue
        ahead = resolve_mention(c.mention, provisional, future=True)
        if ahead is not None and ahead.start is not None and ahead.start > low:
            high = _min(high, ahead.start - timedelta(days=1))
            reasons.append(c.mention.text)

    last_day: date | None = None
    for c in clues:
        m = c.mention
        if c.future or c.attribution:
            continue
        if m.kind == "duration" and last_day is not None and m.unit in ("day", "week") and m.amount:
            days = m.amount * (7 if m.unit == "week" else 1)
            after = last_day + timedelta(days=days)
            if after > low and (high is None or after <= high):
                low = after
                reasons.append(m.text)
            continue
        if m.kind not in _DAY_KINDS or m.has_year:
            continue
        span = resolve_mention(m, ReportDate(low, high or provisional.latest, "range", True))
        if span is None or span.start is None:
            continue
        last_day = span.start
        if span.start > low and (high is None or span.start <= high):
            low = span.start
            reasons.append(m.text)

    if high is None or high < low:
        high = low + DEFAULT_LAG
    return ReportDate(low, high, "day" if low == high else "range", True, "; ".join(reasons))


def _clue(text: str, m: Mention) -> _Clue:
    sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    before = text[sentence_start : m.start]
    # Only a dated day can place the report; "said Tuesday" needs the report date to mean anything.
    # A wire dateline ("SEOUL, Nov. 18 (Yonhap) --") is the report's own day.
    attribution = m.kind == "date" and (bool(_ATTRIBUTION.search(before)) or is_dateline(text, m))
    return _Clue(m, looks_ahead(before), attribution)


def _min(a: date | None, b: date) -> date:
    return b if a is None else min(a, b)

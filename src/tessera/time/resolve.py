"""Turning a time mention into an inclusive range of days, against the report's date.

Rules a careful coder follows, written once:
- a date without a year takes the latest year that puts it on or before the report (a January
  report's "in December" is the previous December), or the first after it when the sentence
  looks ahead ("the upcoming elections on March 10");
- relative words are read from the report date; when that date is itself a span (a month, or
  days inferred from the text) the answer is the union over the span, and `range` if that is
  wider than the words say;
- vague words ("recently", "these days") are a window ending at the report's latest day;
- durations ("for more than 10 days") are not dates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from tessera.model import TimeSpan
from tessera.time.calendar import (
    add_months,
    day_in_month,
    month_span,
    months_back,
    safe_date,
    season_span,
    week_of,
)
from tessera.time.lexicon import lexicon, occasions
from tessera.time.mentions import Mention, find_mentions
from tessera.time.report import ReportDate

Range = tuple[date, date, str]  # start, end, precision

# A report's metadata date may trail the events it tells of by a day or two (time zones, late
# publication), so a yearless date that far after the report still counts as this year's.
PAST_SLACK = timedelta(days=2)


def _slack(report: ReportDate) -> timedelta:
    """The slack for a report dated to its day; a month or a span already holds its last day
    (a March report's "since the 2nd" is March 2, never April 2)."""
    return PAST_SLACK if report.precision == "day" else timedelta(0)


def resolve_expression(phrase: str, report: ReportDate) -> TimeSpan | None:
    """The span a phrase denotes, read against `report`; None when it gives no date.

    The phrase is searched for its longest time expression; "upcoming" and similar words in the
    phrase make a yearless date look ahead.
    """
    mentions = [m for m in find_mentions(phrase) if m.is_date]
    if not mentions:
        return None
    mention = max(mentions, key=lambda m: m.end - m.start)
    return resolve_mention(mention, report, future=looks_ahead(phrase[: mention.start]))


def looks_ahead(before: str) -> bool:
    """Whether the words just before a date point to the future ("upcoming", "will be held on")."""
    tail = " ".join(before.lower().split()[-6:])
    return any(_has_phrase(tail, cue) for cue in lexicon().future_cues)


def _has_phrase(text: str, phrase: str) -> bool:
    padded = f" {text.strip(' ,;:')} "
    return f" {phrase} " in padded or padded.rstrip().endswith(f" {phrase}")


def resolve_mention(
    mention: Mention,
    report: ReportDate,
    future: bool = False,
    previous: TimeSpan | None = None,
) -> TimeSpan | None:
    """The TimeSpan of one mention; None for durations and for what the report cannot anchor."""
    if not mention.is_date:
        return None
    span = _resolve(mention, report, future, previous)
    if span is None:
        return None
    start, end, precision = span
    if mention.years_back:
        # "Four years ago this week": this week's days, so many years back (not cut at the report)
        return TimeSpan(
            _years_before(start, mention.years_back),
            _years_before(end, mention.years_back),
            precision,
            mention.text,
        )
    if _clipped_at_report(mention, future, report, start, end):
        # "arrested this month", "sent back this week", "searched in the weeks after the
        # trial" (told in early April of a trial in mid-March): what is told as done happened
        # by the report's day, so the part of the span after it is not a candidate.
        assert report.latest is not None
        end, precision = report.latest, "range"
    if mention.since and report.latest is not None and report.latest >= start and report.latest != end:
        # "since early March": from the start of early March up to the report, also when the
        # report comes before that part's end ("since early October" told on October 5).
        end, precision = report.latest, "range"
    return TimeSpan(start, end, precision, mention.text)


def _years_before(day: date, years: int) -> date:
    """The same day so many years before (February 29 becomes the 28th)."""
    return safe_date(day.year - years, day.month, day.day) or date(day.year - years, day.month, 28)


# Units named with "this" ("this week", "this month", "this year", "this spring") that hold the report.
_CURRENT_UNITS = ("week", "month", "year", "season")


def _clipped_at_report(m: Mention, future: bool, report: ReportDate, start: date, end: date) -> bool:
    """Does a span told as done run past the report's day: a unit that holds the report ("this
    month", not "this weekend") or a counted step after a date told before ("days later", "in
    the weeks after the trial")?"""
    if future or report.latest is None or not start <= report.latest < end:
        return False
    current_unit = m.rel == 0 and m.kind in _CURRENT_UNITS and m.unit != "weekend" and m.key != "told"
    return current_unit or m.kind == "later"


def _resolve(m: Mention, report: ReportDate, future: bool, previous: TimeSpan | None) -> Range | None:
    if m.kind == "later":
        if m.key in _SIDES and previous is None:
            # "had been detained earlier in the month", with no date told before: the report's
            # month up to the report, as "earlier this month" says; "later in the month" has
            # nothing to count from
            return (
                _window_or_to_date(replace(m, kind="to_date"), report) if m.key == "within_earlier" else None
            )
        stepped = _later(m, previous)
        fallback = _RELATIVE.get(m.unit or "") if m.rel is not None else None
        if stepped is None and previous is None and fallback is not None and report.known:
            return _over_report(lambda ref: fallback(m, ref), report)
        if stepped is None and previous is None and _day_before_telling(m, report):
            # "an official said on Wednesday that agents had searched homes the previous day":
            # with no day told before, the day before is the telling's (the report's) day before
            assert report.latest is not None
            day = report.latest - timedelta(days=1)
            return day, day, "day"
        return stepped
    if m.kind in ("window", "to_date"):
        # Windows are read at the report's latest day, not joined over the report span.
        return _window_or_to_date(m, report)
    if m.key == "told" and previous is not None and previous.start is not None:
        # "the end of the month" after "in early March": March's end, not the report month's.
        if m.kind == "month_part" and previous.precision in _STEP_FROM["month"]:
            return _part_of_month(previous.start.year, previous.start.month, m.part or (1, -1))
        if m.kind == "year_part" and previous.precision in _STEP_FROM["year"]:
            return _year_part(m, previous.start.year)
    if (
        m.kind in ("month", "month_part")
        and m.unit == "that"
        and previous is not None
        and previous.start is not None
    ):
        # "that May", "late August that year": the month of the year of the date told before
        return _ABSOLUTE[m.kind](m, previous.start.year)
    if (
        m.kind == "year_part"
        and m.unit == "told"
        and m.rel
        and previous is not None
        and previous.start is not None
    ):
        # "early the following year": a part of the year after the date told before
        return _year_part(m, previous.start.year + m.rel)
    if m.kind == "season" and m.unit == "that" and previous is not None and previous.start is not None:
        # "that summer": the summer of the year of the date told before
        return _season(m, previous.start.year)
    if m.kind == "season" and m.unit == "told" and m.rel and previous is not None:
        stepped = _season_from(m, previous)
        if stepped is not None:
            return stepped
    absolute = _ABSOLUTE.get(m.kind)
    if absolute is not None and m.rel is None:
        if m.year is not None:
            return absolute(m, m.year)
        return _fit_year(lambda y: absolute(m, y), report, future)
    if m.kind == "rel_month_day" and m.rel is None:
        first = _fit_month(m.day or 1, report, future)
        if first is None or not m.day2:
            return first
        # "from the 3rd to the 7th": the second day in the first one's month
        last = safe_date(first[0].year, first[0].month, m.day2)
        return (first[0], last, "range") if last is not None and last > first[0] else first
    relative = _RELATIVE.get(m.kind)
    if relative is None or not report.known:
        return None
    return _over_report(lambda ref: relative(m, ref), report)


# --- dates with a calendar position (a year may be missing) -----------------------------------


def _date(m: Mention, year: int) -> Range | None:
    day = safe_date(year, m.month or 0, m.day or 0)
    return (day, day, "day") if day else None


def _days(m: Mention, year: int) -> Range | None:
    first = safe_date(year, m.month or 0, m.day or 0)
    last = safe_date(year, m.month2 or 0, m.day2 or 0)
    if first is None or last is None:
        return None
    if last < first:  # "December 30 to January 2"
        last = safe_date(year + 1, m.month2 or 0, m.day2 or 0) or last
    return first, last, "days"


def _month(m: Mention, year: int) -> Range | None:
    start, end = month_span(year, m.month or 1)
    return start, end, "month"


def _months(m: Mention, year: int) -> Range | None:
    """ "between November and February": the second month rolls into the next year, unless the
    span names its own ("between March 2020 and June 2022")."""
    first, last = m.month or 1, m.month2 or 1
    start = month_span(year, first)[0]
    end = month_span(m.year2 or year + (1 if last < first else 0), last)[1]
    return start, end, "range"


def _month_part(m: Mention, year: int) -> Range | None:
    if m.month2 is not None:
        # "late March or early April": from the first part's start to the second part's end
        first, last = m.part or (1, -1)
        end_year = year + (1 if m.month2 < (m.month or 1) else 0)
        return day_in_month(year, m.month or 1, first), day_in_month(end_year, m.month2, last), "range"
    return _part_of_month(year, m.month or 1, m.part or (1, -1))


def _part_of_month(year: int, month: int, part: tuple[int, int]) -> Range:
    return day_in_month(year, month, part[0]), day_in_month(year, month, part[1]), "month_part"


def _year(m: Mention, year: int) -> Range | None:
    return date(year, 1, 1), date(year, 12, 31), "year"


def _years(m: Mention, year: int) -> Range | None:
    return date(year, 1, 1), date(m.year2 or year, 12, 31), "range"


def _year_part(m: Mention, year: int) -> Range | None:
    first, last = m.part or (1, 12)
    if m.day is not None:  # "the end of last year": its last ten days
        return date(year, first, m.day), month_span(year, last)[1], "month_part"
    return date(year, first, 1), month_span(year, last)[1], "range"


def _season(m: Mention, year: int) -> Range | None:
    first, n_months = lexicon().seasons[m.key or "spring"]
    start, end = season_span(year, first, n_months)
    return start, end, "season"


def _season_from(m: Mention, previous: TimeSpan) -> Range | None:
    """ "the following spring" / "the previous winter" in a story: the first such season after
    the date told before it, or the last one before it ("I was released in the autumn of 2016
    and crossed again the following spring": spring 2017, whatever the report's date)."""
    if previous.start is None or previous.end is None:
        return None
    years = range(previous.start.year - 1, previous.end.year + 2)
    spans = [_season(m, y) for y in years]
    if (m.rel or 0) > 0:
        after = [s for s in spans if s is not None and s[0] > previous.end]
        return after[0] if after else None
    before = [s for s in spans if s is not None and s[1] < previous.start]
    return before[-1] if before else None


# How many days either side of an occasion "around the Lunar New Year" reaches: the run of
# holidays and guard days that surround it.
_AROUND_OCCASION = 3


def _occasion(m: Mention, year: int) -> Range | None:
    day = occasion_date(m.key or "", year)
    if day is None:
        return None
    if m.approx == "about":
        reach = timedelta(days=_AROUND_OCCASION)
        return (day - reach, day + reach, "days")
    return (day, day, "day")


def occasion_date(key: str, year: int) -> date | None:
    """The day an occasion falls on in `year`, from the holiday table; None if it did not occur."""
    for occasion in occasions():
        if occasion.key != key:
            continue
        if occasion.dates:
            iso = occasion.dates.get(year)
            return date.fromisoformat(iso) if iso else None
        for month_day, from_year, until_year in occasion.fixed:
            if (from_year is None or year >= from_year) and (until_year is None or year <= until_year):
                return date.fromisoformat(f"{year:04d}-{month_day}")
    return None


_ABSOLUTE: dict[str, Callable[[Mention, int], Range | None]] = {
    "date": _date,
    "days": _days,
    "month": _month,
    "months": _months,
    "month_part": _month_part,
    "year": _year,
    "years": _years,
    "year_part": _year_part,
    "season": _season,
    "occasion": _occasion,
}


def _fit_year(make: Callable[[int], Range | None], report: ReportDate, future: bool) -> Range | None:
    """The reading of a yearless date nearest the report: latest before it, or first after."""
    if not report.known:
        return None
    assert report.earliest is not None and report.latest is not None
    years = range(report.earliest.year - 1, report.latest.year + 2)
    spans = [s for s in (make(y) for y in years) if s is not None]
    if future:
        ahead = [s for s in spans if s[1] >= report.earliest]
        return ahead[0] if ahead else None
    before = [s for s in spans if s[0] <= report.latest + _slack(report)]
    return before[-1] if before else None


def _fit_month(day: int, report: ReportDate, future: bool) -> Range | None:
    """ "on the 7th": that day of the report's month, or of the month before when the report
    comes earlier in its month; the first one after the report when the sentence looks ahead."""
    if not report.known:
        return None
    assert report.earliest is not None and report.latest is not None
    first = add_months(report.earliest.year, report.earliest.month, -1)
    last = add_months(report.latest.year, report.latest.month, 1)
    days = []
    y, mo = first
    while (y, mo) <= last:
        d = safe_date(y, mo, day)
        if d is not None:
            days.append(d)
        y, mo = add_months(y, mo, 1)
    if future:
        ahead = [d for d in days if d >= report.earliest]
        return (ahead[0], ahead[0], "day") if ahead else None
    before = [d for d in days if d <= report.latest + _slack(report)]
    return (before[-1], before[-1], "day") if before else None


# --- words relative to the report ---------------------------------------------------------


def _over_report(at: Callable[[date], Range | None], report: ReportDate) -> Range | None:
    """Read a relative mention at both ends of the report span and join the two readings."""
    assert report.earliest is not None and report.latest is not None
    a, b = at(report.earliest), at(report.latest)
    if a is None or b is None:
        return a or b
    if a == b:
        return a
    precision = a[2] if a[2] == b[2] and a[2] in ("range", "year") else "range"
    return min(a[0], b[0]), max(a[1], b[1]), precision


def _rel_month(m: Mention, ref: date) -> Range | None:
    y, mo = add_months(ref.year, ref.month, m.rel or 0)
    start, end = month_span(y, mo)
    return start, end, "month"


def _rel_month_part(m: Mention, ref: date) -> Range | None:
    y, mo = add_months(ref.year, ref.month, m.rel or 0)
    return _part_of_month(y, mo, m.part or (1, -1))


def _rel_year(m: Mention, ref: date) -> Range | None:
    return _year(m, ref.year + (m.rel or 0))


def _rel_year_part(m: Mention, ref: date) -> Range | None:
    return _year_part(m, ref.year + (m.rel or 0))


def _rel_season(m: Mention, ref: date) -> Range | None:
    first, n_months = lexicon().seasons[m.key or "spring"]
    # The season's occurrences around the report; "this" is the one holding or last before it.
    spans = [season_span(y, first, n_months) for y in range(ref.year - 2, ref.year + 2)]
    current = [s for s in spans if s[0] <= ref]
    if not current:
        return None
    index = spans.index(current[-1])
    rel = m.rel or 0
    if rel < 0 and current[-1][1] >= ref:  # "last winter" said during a winter
        index -= 1
    elif rel < 0 and current[-1][0].year == ref.year:
        # "last spring" said in June: the spring just ended is "this spring" (of this year),
        # so "last" is the one a year before; "last winter" in April is still the winter
        # begun the December before, which no "this winter" of the year names
        index -= 1
    elif rel > 0:
        index += 1
    start, end = spans[index]
    return start, end, "season"


def _rel_week(m: Mention, ref: date) -> Range | None:
    if m.unit == "weekend":
        return _weekend(m.rel, ref)
    start, end = week_of(ref + timedelta(days=7 * (m.rel or 0)))
    return start, end, "week"


def _weekend(rel: int | None, ref: date) -> Range:
    """Saturday and Sunday. "over the weekend" (rel None) is the latest one begun by the report;
    "last weekend" the one before the report's week, which on a weekday is the same."""
    saturday = ref - timedelta(days=(ref.weekday() - 5) % 7)
    if rel is not None:
        saturday = week_of(ref + timedelta(days=7 * rel))[0] + timedelta(days=5)
    return saturday, saturday + timedelta(days=1), "days"


def _weekday(m: Mention, ref: date) -> Range | None:
    """The weekday named, read back from `ref` ("on Monday": the latest Monday by the report).

    "last Monday" is never the day before the report, which the writer would call "yesterday":
    told on a Tuesday it is the Monday of the week before (a week and a day back), as it is told
    on a Monday (a week back); told on a Thursday it is three days back.
    """
    wanted = m.weekday or 0
    back = (ref.weekday() - wanted) % 7
    if m.rel == -1 and back in (0, 1):
        back += 7
    day = ref - timedelta(days=back)
    if m.rel == 1:
        day = ref + timedelta(days=(wanted - ref.weekday()) % 7 or 7)
    return day, day, "day"


def _ago(m: Mention, ref: date) -> Range | None:
    n = m.amount or 1
    if m.unit in ("day", "week"):
        # "two weeks ago" is about 14 days back, give or take half a week (a calendar week
        # would put the day at its edge); a day count is exact unless loosened ("about 10").
        days = n * (7 if m.unit == "week" else 1)
        first, last = _loose(days, m.approx, 3 if m.unit == "week" else 0)
        start, end = ref - timedelta(days=last), ref - timedelta(days=first)
        return start, end, "day" if start == end else ("week" if m.unit == "week" else "days")
    if m.unit == "month":
        y, mo = add_months(ref.year, ref.month, -n)
        start, end = month_span(y, mo)
        return start, end, "month"
    return date(ref.year - n, 1, 1), date(ref.year - n, 12, 31), "year"


def _rel_day(m: Mention, ref: date) -> Range | None:
    day = ref + timedelta(days=m.amount or 0)
    return day, day, "day"


def _rel_month_day(m: Mention, ref: date) -> Range | None:
    y, mo = add_months(ref.year, ref.month, m.rel or 0)
    day = safe_date(y, mo, m.day or 1)
    if day and m.day2:  # "between the 4th and the 15th of this month"
        last = safe_date(y, mo, m.day2)
        return (day, last, "range") if last and last > day else None
    return (day, day, "day") if day else None


_RELATIVE: dict[str, Callable[[Mention, date], Range | None]] = {
    "month": _rel_month,
    "month_part": _rel_month_part,
    "year": _rel_year,
    "year_part": _rel_year_part,
    "season": _rel_season,
    "week": _rel_week,
    "weekday": _weekday,
    "ago": _ago,
    "rel_day": _rel_day,
    "rel_month_day": _rel_month_day,
}


def _window_or_to_date(m: Mention, report: ReportDate) -> Range | None:
    """Vague windows end at the report's latest possible day (a month's end for "2023-12")."""
    if not report.known:
        return None
    assert report.earliest is not None and report.latest is not None
    end = report.latest
    if m.kind == "window":
        days = m.amount or 30
        start = months_back(end, round(days / 30)) if days % 30 == 0 else end - timedelta(days=days)
        return start, end, "range"
    first = report.earliest
    if m.unit == "week":
        start = week_of(first)[0]
    elif m.unit == "month":
        start = first.replace(day=1)
    else:
        start = date(first.year, 1, 1)
    return start, end, "range"


# "earlier in the month" / "later in the month": which side of the date told before
_SIDES = frozenset({"within_earlier", "within_later"})


def _side_of_unit(m: Mention, previous: TimeSpan) -> Range | None:
    """ "The men had been arrested earlier in the month" after "handed over on May 24": from the
    start of May up to the 24th; "later in the week" after a Tuesday: from then to the week's
    end. The unit is the one holding the date told before; none when that date spans two."""
    assert previous.start is not None and previous.end is not None
    if m.unit == "week":
        first, last = week_of(previous.start)
    elif m.unit == "month":
        first, last = month_span(previous.start.year, previous.start.month)
    else:
        first, last = date(previous.start.year, 1, 1), date(previous.start.year, 12, 31)
    if previous.end > last:
        return None
    if m.key == "within_earlier":
        return (first, previous.start, "range") if first < previous.start else None
    return (previous.end, last, "range") if previous.end < last else None


# How fine the date told before must be for a step of each unit to mean something: "three days
# later" needs a day, "four years later" only a year.
_STEP_FROM: dict[str, tuple[str, ...]] = {
    "hour": ("day",),
    "day": ("day",),
    "week": ("day", "days"),
    "month": ("day", "days", "week", "month_part", "month", "season"),
    "year": ("day", "days", "week", "month_part", "month", "season", "year"),
}


def _day_before_telling(m: Mention, report: ReportDate) -> bool:
    """ "the previous day", "the day before" told with no day before it, in a report of a known
    day."""
    return (
        m.unit == "day"
        and m.amount == -1
        and not m.text.lower().endswith("after")  # "the day after he vanished", counted back
        and m.key is None
        and m.approx is None
        and report.precision == "day"
        and report.latest is not None
    )


def steps_from(unit: str | None, precision: str) -> bool:
    """Whether a date of this precision is fine enough to count a step of `unit` from."""
    return precision in _STEP_FROM.get(unit or "", ())


def _later(m: Mention, previous: TimeSpan | None) -> Range | None:
    """ "three days later", "four years later", "since then": counted from the date told before."""
    if previous is None or previous.start is None or previous.end is None:
        return None
    if m.unit == "then":  # "since then": from the date told before (the end comes from "since")
        return previous.start, previous.end, previous.precision
    if m.key in _SIDES:
        return _side_of_unit(m, previous)
    if m.key == "after":  # "within weeks": from the date told before to some time past it
        return previous.start, previous.end + timedelta(days=m.amount or 0), "range"
    if m.key == "within":  # "later that year": the year (or month) of the date told before
        one_month = (previous.start.year, previous.start.month) == (previous.end.year, previous.end.month)
        if previous.start.year != previous.end.year or (m.unit == "month" and not one_month):
            return None
        if m.unit == "month":
            start, end = month_span(previous.start.year, previous.start.month)
            return start, end, "month"
        return date(previous.start.year, 1, 1), date(previous.start.year, 12, 31), "year"
    n = 1 if m.amount is None else m.amount
    if m.key == "first":
        # "in the first week" of what began then: that many days from its start
        days = n * _STEP_DAYS.get(m.unit or "", 1)
        return previous.start, previous.start + timedelta(days=days - 1), "range"
    if previous.precision not in _STEP_FROM.get(m.unit or "", ()):
        return _coarse_step(m, n, previous)
    if m.unit == "year":
        year = previous.start.year + n
        return date(year, 1, 1), date(year, 12, 31), "year"
    if m.unit == "month" and previous.precision == "season":
        # "in the spring of 2019 … two months later": the season moved on by that many months
        y, mo = add_months(previous.start.year, previous.start.month, n)
        y2, mo2 = add_months(previous.end.year, previous.end.month, n)
        return month_span(y, mo)[0], month_span(y2, mo2)[1], "range"
    if m.unit == "month":
        y, mo = add_months(previous.start.year, previous.start.month, n)
        start, end = month_span(y, mo)
        return start, end, "month"
    if m.unit == "week" and m.key == "calendar":  # "the following week": Monday to Sunday
        start, end = week_of(previous.start + timedelta(days=7 * n))
        return start, end, "week"
    if m.unit == "hour":
        # "a few hours later": the same day or, past midnight, the next.
        first = previous.start + timedelta(days=n // 24)
        return first, first + timedelta(days=1), "days"
    step = {"day": 1, "week": 7}.get(m.unit or "", 0)
    if not step:
        return None
    if m.approx is None:
        day = previous.start + timedelta(days=n * step)
        return day, day, "day"
    # "some 20 days later": a span around the count, backwards for "two weeks earlier"
    first, last = sorted(_loose(abs(n) * step, m.approx, 0))
    sign = 1 if n >= 0 else -1
    a, b = previous.start + timedelta(days=sign * first), previous.start + timedelta(days=sign * last)
    return min(a, b), max(a, b), "days"


# A step in days, to move a coarse date told before ("last week ... the following day").
_STEP_DAYS = {"day": 1, "week": 7, "month": 30}
_YEAR_WIDE = 300


def _coarse_step(m: Mention, n: int, previous: TimeSpan) -> Range | None:
    """A step finer than the date told before it: that date, moved on by the step.

    "detained them last week and handed them back the following day": last week moved one
    day on; "arrested in 2012 and sent back a month later": still 2012, as far as a year
    told tells (a coder keeps the year told, not a span reaching into the next); "in early April
    ... the following week": the calendar weeks after those days.
    """
    assert previous.start is not None and previous.end is not None
    if m.unit == "week" and m.key == "calendar" and (previous.end - previous.start).days < _YEAR_WIDE:
        # "early this month ... two days later ... the following week": the calendar week after
        # any day the date told before may be
        n_days = timedelta(days=7 * n)
        return week_of(previous.start + n_days)[0], week_of(previous.end + n_days)[1], "range"
    step = _STEP_DAYS.get(m.unit or "")
    if not step or m.key is not None:
        return None
    if (previous.end - previous.start).days >= _YEAR_WIDE:
        return previous.start, previous.end, previous.precision
    if m.approx is not None:
        # "In January a woman crossed ... Days later guards fired on three more": January,
        # moved on by one to several days; "left in mid-August and crossed about a week
        # later": mid-August moved on by five to nine days ("about ten days earlier": back).
        first, last = _loose(abs(n) * step, m.approx, 0)
        if n < 0:
            return previous.start - timedelta(days=last), previous.end - timedelta(days=first), "range"
        return previous.start + timedelta(days=first), previous.end + timedelta(days=last), "range"
    shift = timedelta(days=n * step)
    return previous.start + shift, previous.end + shift, "range"


def _loose(days: int, approx: str | None, slack: int) -> tuple[int, int]:
    """How many days a count may mean: "about 20" is 16 to 24 (a fifth either way, at least one
    day), "more than 20" 20 to 24, "nearly 20" 16 to 20; an exact count `slack` days either way."""
    give = max(1, round(days / 5))
    if approx == "several":  # "days later": from one to about a week of days (weeks likewise)
        return days, days * 7
    if approx == "about":
        return max(0, days - give), days + give
    if approx == "more":
        return days, days + give
    if approx == "less":
        return max(0, days - give), days
    return max(0, days - slack), days + slack

"""Finding time expressions in text: what each says, before it is tied to a calendar.

A `Mention` is a phrase and its meaning in calendar terms (a month and day without a year, "two
days ago", "the end of last month", "Chuseok", a duration). `resolve.py` turns a mention into
dates once the report's own date is known. The grammar is a table of regular expressions built
from the word lists in tessera/data/time_lexicon.json and holidays.json; where two readings
overlap, the longest wins ("the end of February 2019" over "February 2019").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date as date_type
from functools import lru_cache

from tessera.time.lexicon import lexicon, occasions

# Kinds of mention, and what their fields mean:
#   date        year?, month, day
#   days        year?, month, day, month2, day2             ("between 15 and 17 July")
#   month       year?, month | rel (month offset)           ("in February", "last month")
#   month_part  year?, month | rel, part, key?, month2?     ("the end of February", "early this month",
#                                                           "the end of the month": key "told";
#                                                           "late March or early April": month2, the
#                                                           part from the first's start to the second's end)
#   months      year?, month, month2, year2?                ("between March and May"; year2:
#                                                           "between March 2020 and June 2022")
#   year        year | rel                                  ("2017", "last year")
#   years       year, year2                                 ("between 2016 and 2018", "the late 1990s")
#   year_part   year | rel, part (first and last month),    ("early 2019", "the end of last year",
#               day?, key?                                  "the end of the year": key "told"; day:
#                                                           the first day when not the 1st)
#   season      year? | rel, key (season name)              ("this spring")
#   occasion    year?, key (holiday key)                    ("the Day of the Sun")
#   ago         amount, unit, approx?                       ("two days ago", "about two weeks ago")
#   week        rel, unit?                                  ("last week"; unit "weekend": "last weekend",
#                                                           "over the weekend" with rel None)
#   weekday     weekday, rel                                ("on Monday")
#   window      amount (days back from the report)          ("recently", "over the past three months")
#   to_date     unit                                        ("earlier this month": unit start to report)
#   rel_day     amount (day offset)                         ("yesterday")
#   rel_month_day  rel, day                                 ("the fourth of last month"; rel None:
#                                                           "on the 7th", the latest 7th by the report)
#   later       amount, unit, key?, rel?                    ("three days later", "two weeks earlier",
#                                                           "on arrival", "since then", "the following
#                                                           week" (key "calendar"): from the date told
#                                                           before; rel reads it against the report
#                                                           when nothing was told before; "later that
#                                                           year" (key "within"): the told date's year;
#                                                           "within weeks" (key "after"): from the told
#                                                           date to `amount` days past its end;
#                                                           "earlier in the month" (key
#                                                           "within_earlier"; "within_later"): that
#                                                           month up to (on from) the told date;
#                                                           approx: "some 20 days later")
#   duration    amount, unit                                ("for more than 10 days": not a date)
KINDS = (
    "date",
    "days",
    "month",
    "month_part",
    "months",
    "year",
    "years",
    "year_part",
    "season",
    "occasion",
    "ago",
    "week",
    "weekday",
    "window",
    "to_date",
    "rel_day",
    "rel_month_day",
    "later",
    "duration",
)


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    month2: int | None = None
    day2: int | None = None
    year2: int | None = None
    rel: int | None = None
    part: tuple[int, int] | None = None
    key: str | None = None
    amount: int | None = None
    unit: str | None = None
    weekday: int | None = None
    since: bool = False  # "since X": from X up to the report
    at_least: bool = False  # "more than 10 days"
    # How loosely a count is given: "about" ("some 20 days later"), "more" ("more than two
    # weeks ago"), "less" ("nearly a month later"), "several" (a bare plural: "days later",
    # "over the following days"); None for an exact count.
    approx: str | None = None
    # "Four years ago this week", "a year ago today": the unit "this" names, that many years
    # before the report's (an anniversary told in a retrospective)
    years_back: int = 0

    @property
    def is_date(self) -> bool:
        """Whether the mention places something in time (durations do not)."""
        return self.kind != "duration"

    @property
    def has_year(self) -> bool:
        return self.year is not None


# --- building blocks ----------------------------------------------------------------------

Builder = Callable[[re.Match[str]], dict[str, object] | None]


def _alt(words: list[str]) -> str:
    """A regex alternation, longest first, words matched literally.

    For speed the words are grouped by their first letter (in their order), behind a look at
    that letter: the engine tries every word of a long list at every word of the text otherwise
    (the 90 holiday names cost a tenth of this stage). Words with different first letters never
    match at one place, so the same word matches as in the plain list, in any case-insensitive
    group too. A list with a word that opens with anything but a letter or digit stays plain."""
    ordered = sorted(words, key=len, reverse=True)
    if len(ordered) < 2 or not all(w[:1].isascii() and w[:1].isalnum() for w in ordered):
        return "|".join(re.escape(w) for w in ordered)
    groups: dict[str, list[str]] = {}
    for w in ordered:
        groups.setdefault(w[0].lower(), []).append(re.escape(w))
    firsts = "".join(sorted({w[0] for w in ordered}))
    return f"(?=[{firsts}])(?:" + "|".join(f"(?:{'|'.join(g)})" for g in groups.values()) + ")"


def _month_re(name: str) -> str:
    """Capitalised month names and abbreviations ("Feb." or "Feb"); "May" as a word only."""
    full = [m.capitalize() for m in lexicon().months if len(m) > 3 or m == "may"]
    abbrev = [m.capitalize() for m in lexicon().months if len(m) <= 4 and m != "may"]
    forms = sorted(
        full + [a + r"\.?" for a in abbrev if a.lower() not in ("june", "july")], key=len, reverse=True
    )
    return rf"(?P<{name}>(?:{'|'.join(forms)}))(?![a-z])"


def _num_word_re(name: str) -> str:
    words = _alt(list(lexicon().numbers))
    return rf"(?P<{name}>\d{{1,3}}|(?i:{words}))"


# Words that loosen a count: the reading becomes a span around it (see resolve.py).
_APPROX = {
    "some": "about",
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "more than": "more",
    "just over": "more",  # not "over" alone: "handed over three days later"
    "nearly": "less",
    "almost": "less",
    "less than": "less",
    "just under": "less",
}

_YEAR = r"(?<![\d/$€£.,-])(?:19[5-9]\d|20[0-4]\d)(?![\d%]|s\b)"
# The second year of a span: a full year, or two digits ("2016-18").
_YEAR_END = r"(?:19[5-9]\d|20[0-4]\d|\d\d)(?![\d%]|s\b)"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
# How far past the date told before "within days", "within weeks", "within the week" reach (days)
_WITHIN_DAYS = {"days": 7, "weeks": 28, "week": 7}


def _month(token: str) -> int:
    return lexicon().months[token.rstrip(".").lower()]


def _number(token: str) -> int:
    token = token.lower().strip()
    if token.isdigit():
        return int(token)
    return lexicon().numbers[token]


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _rel(word: str) -> int:
    word = re.sub(r"\s+", " ", word.lower().strip())
    if word == "this past":  # "this past summer": the latest one, as "this" reads it
        return 0
    if word in ("last", "previous", "the previous", "past", "the past"):
        return -1
    if word in ("next", "the next", "following", "the following", "coming", "the coming"):
        return 1
    return 0


def _part(table: dict[str, tuple[int, ...]], word: str) -> tuple[int, ...]:
    word = re.sub(r"\s+", " ", word.lower().strip())
    word = {"middle": "mid", "the beginning": "beginning"}.get(word, word)
    return table[word]


def _year_part_fields(word: str) -> dict[str, object]:
    """A part of a year: its first and last month, and (in `day`) the first day when not the 1st."""
    part = _part(lexicon().year_parts, word)
    out: dict[str, object] = {"part": (part[0], part[1])}
    if len(part) > 2:
        out["day"] = part[2]
    return out


def _opt_year(m: re.Match[str], group: str = "y") -> int | None:
    value = m.groupdict().get(group)
    return int(value) if value else None


# A month name alone may be a person's name ("Jun Young-su", "Sarah March", "Ms. April"):
# capitalised words or a title beside it tell a name, not a date.
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+$")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w’'-]*)[ \t]+$")
_CAPITALISED_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_NOT_NAMES = frozenset(
    [
        "in",
        "on",
        "at",
        "by",
        "of",
        "for",
        "from",
        "since",
        "until",
        "till",
        "during",
        "through",
        "throughout",
        "before",
        "after",
        "around",
        "last",
        "this",
        "next",
        "early",
        "late",
        "mid",
        "the",
        "and",
        "or",
        "but",
        "as",
        "every",
        "each",
        "that",
    ]
)


# "over the Chuseok holiday", "throughout the New Year holidays": across its days
_ACROSS_BEFORE = re.compile(r"(?i)\b(?:over|throughout)\s+$")


# "One Sunday the police came", "every Monday", "each Friday", "on a Friday" name no particular
# day, so the weekday nearest the report does not date them; the month or the story's time
# around them does.
_ANY_DAY_OF_WEEK = re.compile(r"(?i)\b(?:one|every|each)\s+$")
_A_DAY_OF_WEEK = re.compile(r"(?i)\ban?\s+$")
_PERIOD_AFTER = re.compile(r"(?i),?\s+(?:in|of|during|late|early|mid|last|this|next)\b")


def _any_day_of_week(m: re.Match[str]) -> bool:
    """ "One Sunday", "every Monday", or "on a Friday" with no period after it to pick the day
    from ("on a Friday late last month" is the one Friday in that part of the month)."""
    before = m.string[max(0, m.start() - 8) : m.start()]
    if _ANY_DAY_OF_WEEK.search(before):
        return True
    return bool(_A_DAY_OF_WEEK.search(before)) and not _PERIOD_AFTER.match(m.string, m.end())


def _names_a_person(m: re.Match[str], after_preposition: bool) -> bool:
    """Whether a bare month name reads as (part of) a person's name.

    "Jun" and the other short forms stand for a month only beside a day or a year ("Jun. 4"),
    never alone; a full name is a person's when a title or a capitalised word that is no
    preposition comes before it ("Ms. April", "Sarah March said"), or, with no preposition,
    when a capitalised word follows ("April Kim told reporters").
    """
    word = m["m"].rstrip(".")
    if len(word) <= 4 and word.lower() not in ("june", "july", "may"):
        return True
    text, start = m.string, m.start("m")
    before = text[max(0, start - 30) : start]
    if _TITLE.search(before):
        return True
    prev = _WORD_BEFORE.search(before)
    if prev and prev[1][:1].isupper() and prev[1].lower() not in _NOT_NAMES:
        return True
    return not after_preposition and bool(_CAPITALISED_AFTER.match(text, m.end("m")))


# --- the grammar --------------------------------------------------------------------------


# A figure after a month that is an amount, not a day: a decimal or a thousands separator, or a
# scale or share word ("in August 1.2 million roubles were seized", "in May 3,000 families"). Read
# right after the day's figures.
_AMOUNT_AFTER = r"(?:[.,]\d|\s*(?:%|percent|million|thousand|billion))"
# After a month alone, a figure that can be its day or year (neither an amount as above nor three
# figures: "in May 300 families were evicted" is May, a count of 300).
_DAY_OR_YEAR_AFTER = rf"\s*\d(?!\d*{_AMOUNT_AFTER})(?!\d\d(?!\d))"

# Month names as a reader writes them after "of", for lookaheads ("the first week of March")
_MONTH_NAMES = "(?i:january|february|march|april|may|june|july|august|september|october|november|december)"


def _patterns() -> list[tuple[str, str, Builder]]:
    lx = lexicon()
    M, M2 = _month_re("m"), _month_re("m2")
    Y = rf"(?P<y>{_YEAR})"
    Y_AFTER_HYPHEN = rf"(?P<y>{_YEAR.replace('-])', '])')})"
    D, D2 = rf"(?P<d>{_DAY})", rf"(?P<d2>{_DAY})"
    N = _num_word_re("n")
    S = r"\s+"
    A = rf"(?:(?P<approx>(?i:{_alt(list(_APPROX))})){S})?"
    mparts = _alt([p for p in lx.month_parts if p not in ("early", "mid", "late")])
    yparts = _alt([p for p in lx.year_parts if p not in ("early", "mid", "late")])
    seasons = _alt(list(lx.seasons))
    weekdays = _alt([w.capitalize() for w in lx.weekdays])
    windows = _alt([w for w in lx.windows if w != "now"])
    ordinals = _alt(list(lx.ordinals))
    rel = r"(?P<rel>this\s+past|this|last|next|the\s+previous|the\s+following|the\s+past|the\s+coming|previous|coming)"
    unit = r"(?P<unit>days?|weeks?|fortnights?|months?|years?)(?![a-z])"
    # Names are stored with a straight apostrophe; reports print either ("Kim Il Sung’s birthday").
    occasion_names = _alt([n for o in occasions() for n in o.names]).replace("'", "['’]")

    def date(m: re.Match[str]) -> dict[str, object]:
        return {"year": _opt_year(m), "month": _month(m["m"]), "day": _day(m["d"])}

    def spelled_date(m: re.Match[str]) -> dict[str, object]:
        # "the tenth of January": the day written as an ordinal word
        return {"year": _opt_year(m), "month": _month(m["m"]), "day": lx.ordinals[m["o"].lower()]}

    def numeric_date(m: re.Match[str]) -> dict[str, object]:
        # "since 2025.10.30", "on 2024-03-05", "2023/7/14": year, month, day in figures, as
        # Korean-language press (translated) and official documents write a day
        year, month, day = int(m["ny"]), int(m["nm"]), int(m["nd"])
        date_type(year, month, day)  # a day the calendar has (ValueError: no date)
        return {"year": year, "month": month, "day": day}

    def days(m: re.Match[str]) -> dict[str, object]:
        month2 = _month(m["m2"]) if m.groupdict().get("m2") else _month(m["m"])
        month1 = _month(m["m"]) if m.groupdict().get("m") else month2
        return {
            "year": _opt_year(m),
            "month": month1,
            "day": _day(m["d"]),
            "month2": month2,
            "day2": _day(m["d2"]),
        }

    def month_part(m: re.Match[str]) -> dict[str, object]:
        out: dict[str, object] = {"part": _part(lx.month_parts, m["p"]), "year": _opt_year(m)}
        if m.groupdict().get("m"):
            out["month"] = _month(m["m"])
        else:
            out["rel"] = _rel(m["rel"])
        return out

    def month_parts_pair(m: re.Match[str]) -> dict[str, object]:
        # "in late March or early April", "in late August and early September": the happening
        # falls somewhere between the first part's start and the second's end, one span
        first, last = _part(lx.month_parts, m["p"]), _part(lx.month_parts, m["p2"])
        month, month2, year = _month(m["m"]), _month(m["m2"]), _opt_year(m)
        if year is not None and month2 < month:
            year -= 1  # "late December or early January 2024": the year is the second month's
        return {"part": (first[0], last[1]), "month": month, "month2": month2, "year": year}

    def year_part(m: re.Match[str]) -> dict[str, object]:
        out = _year_part_fields(m["p"])
        if m.groupdict().get("y"):
            out["year"] = int(m["y"])
        else:
            out["rel"] = _rel(m["rel"])
            if re.match(r"(?i)the\s+(?:following|previous|next)$", m["rel"]):
                # "early the following year": after the year of the date told before
                out["unit"] = "told"
        return out

    def years(m: re.Match[str]) -> dict[str, object] | None:
        first, last = int(m["y"]), m["y2"]
        # "2016-18": the second year may give only its last two digits.
        second = int(last) if len(last) == 4 else first // 100 * 100 + int(last)
        return {"year": first, "year2": second} if first < second else None

    def decade(m: re.Match[str]) -> dict[str, object]:
        first = int(m["dec"])
        # early: the first four years, mid: the middle three, late: the last three
        offsets = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}.get((m["p"] or "").lower(), (0, 9))
        return {"year": first + offsets[0], "year2": first + offsets[1]}

    def months(m: re.Match[str]) -> dict[str, object]:
        return {"year": _opt_year(m), "month": _month(m["m"]), "month2": _month(m["m2"])}

    def months_across_years(m: re.Match[str]) -> dict[str, object] | None:
        # "between March 2020 and June 2022": each end has its own year
        first, last = (int(m["y"]), _month(m["m"])), (int(m["y2"]), _month(m["m2"]))
        return (
            {"year": first[0], "month": first[1], "year2": last[0], "month2": last[1]}
            if first < last
            else None
        )

    def month_year(m: re.Match[str]) -> dict[str, object]:
        return {"year": int(m["y"]), "month": _month(m["m"])}

    def month_only(m: re.Match[str]) -> dict[str, object] | None:
        # "May" alone is too often the verb; take it only after a preposition.
        prep_word = (m.groupdict().get("prep") or "").lower()
        if m["m"] == "May" and not prep_word:
            return None
        if _names_a_person(m, bool(prep_word)):
            return None
        # The span is the month name alone, so "on Oct" never hides "Oct. 9".
        return {"month": _month(m["m"]), "since": prep_word in ("since", "from"), "_span": m.span("m")}

    def season(m: re.Match[str]) -> dict[str, object]:
        out: dict[str, object] = {"key": re.sub(r"\s+", " ", m["s"].lower()), "year": _opt_year(m)}
        if m.groupdict().get("rel"):
            out["rel"] = _rel(m["rel"])
            if m["rel"].lower().startswith("the"):
                # "the following spring": the one after the date told before, not the report's
                out["unit"] = "told"
        return out

    def occasion(m: re.Match[str]) -> dict[str, object]:
        name = re.sub(r"\s+", " ", m["o"].lower()).replace("’", "'")
        key = next(o.key for o in occasions() if name in o.names)
        # "around the Lunar New Year", "over the Chuseok holiday": the days either side of it
        # (the run of days off and guard days a holiday is kept with), not the day itself;
        # "during the Chuseok holiday" names the day
        across = bool(m.groupdict().get("days_off")) and bool(
            _ACROSS_BEFORE.search(m.string[max(0, m.start() - 20) : m.start()])
        )
        approx = "about" if m.groupdict().get("around") or across else None
        return {"key": key, "year": _opt_year(m) or _opt_year(m, "y2"), "approx": approx}

    def amount_unit(m: re.Match[str]) -> dict[str, object]:
        unit_word = m["unit"].lower().rstrip("s")
        amount = _number(m["n"]) if m.groupdict().get("n") else 1
        if unit_word == "fortnight":  # two weeks
            unit_word, amount = "week", 2 * amount
        out: dict[str, object] = {"amount": amount, "unit": unit_word}
        approx = re.sub(r"\s+", " ", (m.groupdict().get("approx") or "").lower())
        if approx:
            out["approx"] = _APPROX[approx]
        return out

    def duration(m: re.Match[str]) -> dict[str, object]:
        out = amount_unit(m)
        out["at_least"] = bool(m.groupdict().get("more"))
        return out

    def window_words(m: re.Match[str]) -> dict[str, object]:
        return {"amount": lx.windows[re.sub(r"\s+", " ", m[0].lower())]}

    def past_n(m: re.Match[str]) -> dict[str, object]:
        au = amount_unit(m)
        return {"amount": int(au["amount"]) * lx.units[str(au["unit"])]}

    def rel_unit(m: re.Match[str]) -> dict[str, object]:
        out: dict[str, object] = {"rel": _rel(m["rel"])}
        if m[0].lower().endswith("weekend"):
            out["unit"] = "weekend"  # Saturday and Sunday, not the whole week
        return out

    def step(m: re.Match[str]) -> dict[str, object]:
        # "the following week": the calendar unit after the date told before; without one, the
        # unit after the report's ("the following year" read as "next year").
        amount = _rel(m["rel"])
        return {"amount": amount, "rel": amount, "unit": m["unit"].lower(), "key": "calendar"}

    def earlier(m: re.Match[str]) -> dict[str, object]:
        out = amount_unit(m)
        out["amount"] = -int(out["amount"])  # type: ignore[call-overload]
        return out

    def weekday(m: re.Match[str]) -> dict[str, object] | None:
        rel_word = (m.groupdict().get("rel") or "").lower()
        if not rel_word and _any_day_of_week(m):
            return None  # "one Sunday", "every Monday", "on a Friday": no particular day
        if m.string[m.end() : m.end() + 1].lower() == "s":
            return None  # "met on Sunday evenings", "on Fridays": a habit, no particular day
        return {"weekday": lx.weekdays[m["w"].lower()], "rel": _rel(rel_word) if rel_word else None}

    def rel_month_day(m: re.Match[str]) -> dict[str, object]:
        word = m["o"].lower()
        day = lx.ordinals[word] if word in lx.ordinals else _day(word)
        out: dict[str, object] = {"day": day, "rel": _rel(m["rel"]) if m.groupdict().get("rel") else None}
        if m.groupdict().get("o2"):
            last = m["o2"].lower()
            out["day2"] = lx.ordinals[last] if last in lx.ordinals else _day(last)
        return out

    prep_words = "in|on|since|from|until|till|by|during|through|throughout|of|around|before|after|as\\s+of"
    prep = rf"(?:(?P<prep>(?i:{prep_words}|last|this|next))\s+)?"
    the = r"(?:(?i:the)\s+)?"
    return [
        # spans of days
        ("days", rf"(?i:between){S}{D}{S}(?i:and){S}{D2}{S}{M2}(?:,?{S}{Y})?", days),
        ("days", rf"{D}\s*(?:-|–|(?i:to)\s)\s*{D2}{S}{M2}(?:,?{S}{Y})?", days),
        (
            "days",
            rf"(?i:between|from)?\s*{M}{S}{D}\s*(?:-|–|(?i:and|to)\s)\s*(?:{M2}{S})?{D2}(?:,?{S}{Y})?",
            days,
        ),
        # full and partial dates
        (
            "date",
            r"(?<![\d.])(?P<ny>19[5-9]\d|20[0-4]\d)(?P<sep>[./-])\s?(?P<nm>0?[1-9]|1[0-2])(?P=sep)\s?"
            r"(?P<nd>0?[1-9]|[12]\d|3[01])(?![\d])",
            numeric_date,
        ),
        ("date", rf"{D}{S}{M},?{S}{Y}", date),
        ("date", rf"{M}{S}{D},?{S}{Y}", date),
        ("date", rf"{the}{D}{S}(?i:of){S}{M}(?:,?{S}{Y})?", date),
        ("date", rf"(?i:the){S}(?P<o>(?i:{ordinals})){S}(?i:of){S}{M}(?:,?{S}{Y})?", spelled_date),
        # "between the 4th and the 15th of this month": the days from one to the other
        (
            "rel_month_day",
            rf"(?i:between|from){S}(?i:the){S}(?P<o>{ordinals}|\d{{1,2}}(?:st|nd|rd|th)){S}(?i:and|to|until|through)"
            rf"{S}(?i:the){S}(?P<o2>{ordinals}|\d{{1,2}}(?:st|nd|rd|th)){S}(?i:of){S}{rel}{S}(?i:month)",
            rel_month_day,
        ),
        (
            "rel_month_day",
            rf"(?i:the){S}(?P<o>{ordinals}|\d{{1,2}}(?:st|nd|rd|th)){S}(?i:of){S}{rel}{S}(?i:month)",
            rel_month_day,
        ),
        ("date", rf"{M}{S}{D}(?![\d,]*\s*(?:19|20)\d\d)(?!{_AMOUNT_AFTER})", date),
        ("date", rf"(?<![\d.])(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?![\d\w]){S}(?:(?i:of){S})?{M}", date),
        # parts of months
        (
            "month_part",
            rf"(?i:(?P<p>early|mid|late))(?:-|\s+)(?:(?i:in){S})?{M}{S}(?i:or|and|to|through){S}"
            rf"(?:(?i:in){S})?(?i:(?P<p2>early|mid|late))(?:-|\s+){M2}(?:,?{S}{Y})?",
            month_parts_pair,
        ),
        ("month_part", rf"(?i:(?P<p>early|mid|late))(?:-|\s+)(?:(?i:in){S})?{M}(?:,?{S}{Y})?", month_part),
        ("month_part", rf"{the}(?i:(?P<p>{mparts})){S}(?i:of){S}{M}(?:,?{S}{Y})?", month_part),
        ("month_part", rf"{the}(?i:(?P<p>{mparts})){S}(?i:of){S}(?i:{rel}){S}(?i:month)", month_part),
        ("month_part", rf"(?i:(?P<p>early|mid|late))(?:-|\s+)(?i:{rel}){S}(?i:month)", month_part),
        # "the start of the month": the month of the date told before, else the report's (key "told")
        (
            "month_part",
            rf"(?i:the){S}(?i:(?P<p>{mparts})){S}(?i:of){S}(?i:the){S}(?i:month)(?![a-z'’])",
            lambda m: {"part": _part(lx.month_parts, m["p"]), "rel": 0, "key": "told"},
        ),
        # "late in the month", "early in the month": the same, said the other way round
        (
            "month_part",
            rf"(?i:(?P<p>early|late)){S}(?i:in){S}(?i:the){S}(?i:month)(?![a-z'’])",
            lambda m: {"part": _part(lx.month_parts, m["p"]), "rel": 0, "key": "told"},
        ),
        # parts of years
        # "mid-2024": the hyphen the year's own guard refuses (it keeps "2016-2018" whole) is
        # part of the phrase here.
        ("year_part", rf"(?i:(?P<p>early|mid|late))(?:-|\s+)(?:(?i:in){S})?{Y_AFTER_HYPHEN}", year_part),
        ("year_part", rf"{the}(?i:(?P<p>{yparts})){S}(?i:of){S}{Y}", year_part),
        # "the first quarter of this year", also without "of"
        ("year_part", rf"{the}(?i:(?P<p>{yparts})){S}(?:(?i:of){S})?(?i:{rel}){S}(?i:year)", year_part),
        ("year_part", rf"(?i:(?P<p>early|mid|late))(?:-|\s+)(?i:{rel}){S}(?i:year)", year_part),
        (
            "year_part",
            rf"(?i:the){S}(?i:(?P<p>{yparts})){S}(?i:of){S}(?i:the){S}(?i:year)(?![a-z'’])",
            lambda m: _year_part_fields(m["p"]) | {"rel": 0, "key": "told"},
        ),
        # spans of whole years
        (
            "years",
            rf"(?i:between|from){S}{Y}{S}(?i:and|to|until|till|through){S}(?P<y2>{_YEAR_END})",
            years,
        ),
        ("years", rf"{Y}\s*(?:-|–|—)\s*(?P<y2>{_YEAR_END})", years),
        # decades: "in the 1990s", "the late 1990s", "the mid-2000s"
        (
            "years",
            r"(?i:the\s+)(?:(?i:(?P<p>early|mid|late))(?:-|\s+))?(?P<dec>(?:19[5-9]|20[0-4])0)(?:'|’)?s\b",
            decade,
        ),
        # spans of months with a year at each end: "between March 2020 and June 2022", "from
        # August 2024 to July 2025"
        (
            "months",
            rf"(?i:between|from){S}{M},?{S}{Y}{S}(?i:and|to|until|till|through){S}{M2},?{S}(?P<y2>{_YEAR})",
            months_across_years,
        ),
        # spans of whole months: "between March and May", "from March to May 2019"
        (
            "months",
            rf"(?i:between|from){S}{M}{S}(?i:and|to|until|till|through){S}{M2}(?:,?{S}{Y})?(?!\s*\d)",
            months,
        ),
        # a span of months written with a dash: "in the July-September period", "April–June
        # 2024": both months and those between them, as "from July to September" is
        (
            "months",
            rf"{M}\s*(?:-|–|—)\s*{M2}(?:,?{S}{Y})?(?![\w-]*\d)",
            months,
        ),
        # two months named together: "detained in February and March", "in July or August
        # 2019": the happenings fall in either, so both make the span
        (
            "months",
            rf"(?i:in|during){S}{M}{S}(?i:and|or){S}{M2}(?:,?{S}{Y})?(?!\s*\d)",
            months,
        ),
        # months and years
        ("month", rf"{M},?{S}(?:(?i:of){S})?{Y}", month_year),
        (
            "to_date",
            r"(?i:earlier\s+(?P<unit>this\s+(?:week|month|year)))",
            lambda m: {"unit": m["unit"].split()[-1].lower()},
        ),
        (
            "later",
            r"(?i:the\s+(?P<rel>following|next|previous|preceding)\s+(?P<unit>week|month|year)(?![a-z']))",
            step,
        ),
        ("month", rf"(?i:{rel}){S}(?i:month)(?!s)", rel_unit),
        ("week", rf"(?i:{rel}){S}(?i:week(?:end)?)(?!s)", rel_unit),
        ("year", rf"(?i:{rel}){S}(?i:year)(?!s)", rel_unit),
        ("year", rf"(?i:{rel}){S}(?i:year(?:'|’)s)", rel_unit),
        # "over the weekend": the latest Saturday and Sunday up to the report
        # "since the weekend": from that Saturday up to the report
        ("week", r"(?i:(?:over|at|on|during|since)\s+the\s+weekend)", lambda m: {"unit": "weekend"}),
        ("month", rf"{prep}{M}(?!{_DAY_OR_YEAR_AFTER})", month_only),
        ("year", rf"(?:(?i:the){S}(?i:year){S})?{Y}", lambda m: {"year": int(m["y"])}),
        # seasons and occasions
        ("season", rf"(?i:{rel}){S}(?i:(?P<s>{seasons}))(?:{S}(?:(?i:of){S})?{Y})?", season),
        # "we were caught the next spring": as "the following spring", the one after the date
        # told before ("next spring" alone looks ahead from the report)
        ("season", rf"(?i:(?P<rel>the\s+next)){S}(?i:(?P<s>{seasons}))(?![a-z])", season),
        (
            "season",
            rf"(?:(?i:the|in|during|early|late)){S}(?:(?i:early|late){S})?(?i:(?P<s>{seasons}))(?:{S}(?:(?i:of){S})?{Y})?",
            season,
        ),
        ("season", rf"(?i:(?P<s>{seasons})){S}(?:(?i:of){S})?{Y}", season),
        # "that summer", "in that same winter": the season of the year the story is in
        (
            "season",
            rf"(?:(?i:in|during){S})?(?i:that){S}(?:(?i:same){S})?(?i:(?P<s>{seasons}))(?![a-z'’])",
            lambda m: season(m) | {"unit": "that"},
        ),
        # "sent back that May", "in that same December": the month of the year the story is in
        (
            "month",
            rf"(?:(?i:in|during){S})?(?i:that){S}(?:(?i:same){S})?{M}(?![a-z'’]|\s*\d)",
            lambda m: {"month": _month(m["m"]), "unit": "that"},
        ),
        # "in May that year", "in December of the same year": as "that May"
        (
            "month",
            rf"(?:(?i:in|during){S})?{M}{S}(?:(?i:of){S})?(?i:that|the{S}same){S}(?i:year)(?![a-z'’])",
            lambda m: {"month": _month(m["m"]), "unit": "that"},
        ),
        # "in late August that year", "early May of the same year"
        (
            "month_part",
            rf"(?i:(?P<p>early|mid|late))(?:-|\s+)(?:(?i:in){S})?{M}{S}(?:(?i:of){S})?"
            rf"(?i:that|the{S}same){S}(?i:year)(?![a-z'’])",
            lambda m: month_part(m) | {"unit": "that"},
        ),
        # "in the autumn of that year", "the spring of the same year": as "that autumn"
        (
            "season",
            rf"(?:(?i:in|during){S})?(?i:the){S}(?:(?i:early|late){S})?(?i:(?P<s>{seasons})){S}(?i:of){S}"
            rf"(?i:that|the{S}same){S}(?i:year)(?![a-z'’])",
            lambda m: season(m) | {"unit": "that"},
        ),
        ("season", rf"{Y}{S}(?i:(?P<s>{seasons}))", season),
        (
            "occasion",
            rf"(?:(?P<around>(?i:around|about|near){S}))?(?:(?P<y2>{_YEAR}){S})?{the}(?i:(?P<o>{occasion_names}))(?:{S}(?i:of|in){S}{Y})?(?P<days_off>{S}(?i:holidays?|break|festivities|celebrations)(?![a-z]))?",
            occasion,
        ),
        # "at the turn of the year", "around the turn of the year 2023": the days either side
        # of New Year's Day, like "around New Year"
        (
            "occasion",
            rf"(?i:the){S}(?i:turn){S}(?i:of){S}(?i:the){S}(?i:year)(?:{S}{Y})?",
            lambda m: {"key": "new_year", "year": _opt_year(m), "approx": "about"},
        ),
        # relative days and weeks
        ("ago", rf"{A}{N}{S}{unit}{S}(?i:ago)", amount_unit),
        ("ago", rf"{A}(?i:(?:a|one){S}){unit}{S}(?i:ago)", amount_unit),
        ("later", rf"{A}{N}{S}{unit}{S}(?i:later|after(?:wards)?)", amount_unit),
        # "two weeks earlier": back from the date told before; "before" only where it ends the
        # phrase ("two days before the election" counts from the election, not from a date)
        ("later", rf"{A}{N}{S}{unit}{S}(?i:earlier|before(?=\s*[,.;:)]))", earlier),
        # "later that year", "that same month": within the year or month of the date told before
        (
            "later",
            r"(?i:(?:(?P<side>later|earlier)\s+(?:in\s+)?|in\s+)?that\s+(?:same\s+)?(?P<unit>year|month)(?![a-z'’]))",
            lambda m: {"amount": 0, "unit": m["unit"].lower(), "key": "within"},
        ),
        # "earlier in the month", "later in the week": the part of the month (week, year) of
        # the date told before that comes before (after) it; with none told, the report's
        (
            "later",
            r"(?i:(?P<side>earlier|later)\s+in\s+the\s+(?P<unit>week|month|year)(?![a-z'’]))",
            lambda m: {
                "amount": 0,
                "unit": m["unit"].lower(),
                "key": f"within_{m['side'].lower()}",
                "rel": 0,
            },
        ),
        # "in the first week", "during the first ten days" with no month named: the first days
        # of what the story told last began ("The campaign began on January 8 ... three mothers
        # were called in in the first week": January 8 to 14); "the first week of March" is a
        # part of that month
        (
            "later",
            rf"(?i:(?:in|during|within|over)\s+the\s+first\s+(?:{N}\s+(?P<unit>days?|weeks?|months?)|(?P<one>day|week|month)))(?![a-z])"
            rf"(?!\s+of\s+(?:(?:{_MONTH_NAMES})\b|(?:the|this|that|last|next)\s+(?:month|year)\b|\d{{4}}))",
            lambda m: {
                "amount": _number(m["n"]) if m["n"] else 1,
                "unit": (m["unit"] or m["one"]).lower().rstrip("s"),
                "key": "first",
            },
        ),
        # "from the 3rd to the 7th", "between the 4th and the 9th": the days from one to the
        # other, in the month left to the reader as "on the 7th" leaves it
        (
            "rel_month_day",
            r"(?i:(?:from|between)\s+the\s+)(?P<o>[0-3]?\d(?:st|nd|rd|th))(?i:\s+(?:to|and|until|till|through)\s+the\s+)"
            r"(?P<o2>[0-3]?\d(?:st|nd|rd|th))(?![\w-]|\s+(?i:of)\b)",
            rel_month_day,
        ),
        # "on the 7th", "on the evening of the 27th": a day of the month, the month left to the
        # reader (the report's, as Korean-language reporting writes it); also a day given
        # loosely ("went missing around the 18th", "on or about the 3rd")
        (
            "rel_month_day",
            r"(?i:(?:on|since|from|by|until|till|before|after|around|about|on\s+or\s+(?:about|around))\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?)"
            r"(?P<o>[0-3]?\d(?:st|nd|rd|th))"
            # ("since the 1st of the month": the month is the one the reader is left to)
            r"(?:(?i:\s+of\s+the\s+month)(?![\w-])"
            r"|(?=\s*(?:[,.;:)\"”’]|$)|\s+(?i:and|as|when|while|after|before|at|in|on|to|but|or|with|by|for|from|that|which|who|around|about|during|near|outside|inside|following|amid|under|despite|the|they|he|she|we|was|were|is|are|has|have|had)\b))",
            rel_month_day,
        ),
        # "on the fourth, checking every flat", "Since the seventh the gates have been locked",
        # "on the night of the eleventh near the market", "from the tenth to the seventeenth",
        # "since the first of the month": the day of the month spelled as an ordinal word, as
        # translated testimony writes it. A word after it other than those below makes it a
        # rank ("on the second night", "the first bus", "on the fourth floor"), not a day.
        (
            "rel_month_day",
            rf"(?i:(?:on|since|from|by|until|till|before|after|around|between)\s+the\s+(?:(?:morning|afternoon|evening|night)\s+of\s+the\s+)?)"
            rf"(?P<o>(?i:{ordinals}))"
            rf"(?:(?i:\s+(?:to|and|until|through)\s+the\s+)(?P<o2>(?i:{ordinals}))(?![\w-])"
            r"(?!\s+(?i:floor|day|night|week|month|year|time|round|stage|grade|man|woman|person|place)s?\b)"
            r"|(?i:\s+of\s+the\s+month)(?![\w-])"
            r"|(?=\s*[,.;:)\"”’]|\s+(?i:the|at|in|when|while|as|near|outside|inside|nobody|no\s+one|they|he|she|we)\b))",
            rel_month_day,
        ),
        # "ended on Wednesday the 10th": a weekday told with its day of the month is that day
        # (the weekday alone would be read as the last one before the report)
        (
            "rel_month_day",
            rf"(?<![\w-])(?:{weekdays}){S}(?i:the){S}(?P<o>[0-3]?\d(?:st|nd|rd|th))(?![\w-]|\s+(?i:of)\b)",
            rel_month_day,
        ),
        # "days later", "over the following days", "in the weeks that followed": some of
        # that unit after the date told before, not one counted step (approx "several")
        (
            "later",
            r"(?i:(?:(?:over|in|during)\s+)?the\s+(?:following|next|ensuing|subsequent)\s+(?:few\s+)?(?P<unit>days|weeks)(?![a-z]))",
            lambda m: {"amount": 1, "unit": m["unit"].lower().rstrip("s"), "approx": "several"},
        ),
        (
            "later",
            r"(?i:(?:in\s+)?the\s+(?P<unit>days|weeks)\s+(?:that\s+)?(?:followed|after(?:wards)?))(?![a-z])",
            lambda m: {"amount": 1, "unit": m["unit"].lower().rstrip("s"), "approx": "several"},
        ),
        (
            "later",
            r"(?<![\w-])(?i:(?P<unit>days|weeks)\s+later)(?![a-z])",
            lambda m: {"amount": 1, "unit": m["unit"].lower().rstrip("s"), "approx": "several"},
        ),
        # "Within days, ...", "Within weeks, ...", "within the week": from
        # the date told before to some time after it (key "after": that many days past its end)
        (
            "later",
            # (told as past, opening its sentence; "could be sent back within days" looks ahead
            # from the report, and "within days of his release" counts from a happening, not
            # from the date told before: both are left alone)
            r"(?<![\w-])(?:Within\s+(?:(?P<bare>days|weeks)|(?P<one>a\s+week))(?=,|\s+(?!of\b))"
            r"|within\s+(?P<the>the\s+week)(?![a-z]))",
            lambda m: {
                "amount": _WITHIN_DAYS[next(w for w in m.group("bare", "one", "the") if w).split()[-1]],
                "unit": "day",
                "key": "after",
            },
        ),
        # "Weeks earlier, ...", "had learned days earlier": some of that unit back from the
        # date told before, as "days later" runs on from it
        (
            "later",
            r"(?<![\w-])(?i:(?P<unit>days|weeks)\s+earlier)(?![a-z])",
            lambda m: {"amount": -1, "unit": m["unit"].lower().rstrip("s"), "approx": "several"},
        ),
        # "two nights later", "three nights earlier": nights counted as days
        (
            "later",
            rf"{N}{S}(?i:nights?){S}(?i:(?P<side>later|earlier))(?![a-z])",
            lambda m: {
                "amount": _number(m["n"]) * (-1 if m["side"].lower() == "earlier" else 1),
                "unit": "day",
            },
        ),
        # "detained hours later", "caught minutes later": the day told before, or the next
        (
            "later",
            r"(?<![\w-])(?<!few\s)(?<!several\s)(?i:(?:hours|minutes)\s+later)(?![a-z])",
            lambda m: {"amount": 1, "unit": "hour"},
        ),
        # "since then": from the date told before up to the report
        ("later", r"(?i:since\s+then)(?![a-z])", lambda m: {"amount": 0, "unit": "then"}),
        # hours after the date told just before: that day or the next
        ("later", rf"{N}{S}(?P<unit>hours?)(?![a-z]){S}(?i:later|after(?:wards)?)", amount_unit),
        # "on arrival", "upon their return": the day of the movement told just before
        (
            "later",
            r"(?i:(?:on|upon)\s+(?:(?:their|his|her|its)\s+)?(?:arrival|return))",
            lambda m: {"amount": 0, "unit": "day"},
        ),
        # the day after or before the date told just before
        (
            "later",
            r"(?i:the\s+(?:next|following)\s+(?:day|morning|night)|the\s+day\s+after(?!\s+tomorrow))",
            lambda m: {"amount": 1, "unit": "day"},
        ),
        (
            "later",
            r"(?i:the\s+(?:previous|preceding)\s+(?:day|night)|the\s+day\s+before(?!\s+yesterday))",
            lambda m: {"amount": -1, "unit": "day"},
        ),
        ("rel_day", r"(?i:the\s+day\s+before\s+yesterday)", lambda m: {"amount": -2}),
        ("rel_day", r"(?i:yesterday|last\s+night)", lambda m: {"amount": -1}),
        (
            "rel_day",
            r"(?i:today|tonight|this\s+morning|this\s+afternoon|this\s+evening)",
            lambda m: {"amount": 0},
        ),
        (
            "weekday",
            rf"(?:(?i:(?P<rel>last|this|next|the\s+previous|the\s+following)){S})?(?P<w>{weekdays})(?:{S}(?i:morning|afternoon|evening|night))?",
            weekday,
        ),
        # vague windows ending at the report
        (
            "window",
            rf"(?i:(?:over|in|during|for|within)\s+)?(?i:the\s+(?:past|last)){S}(?:{N}{S})?(?i:{unit}){_NOT_PART_OF}",
            past_n,
        ),
        # (not "in the last days of 2018": a part of that year or month)
        ("window", rf"(?i:{windows}){_NOT_PART_OF}", window_words),
        # "The woman, now 37, ...", "now in his 50s", "now aged 40": a person's present age, not a time.
        (
            "window",
            r"(?<![A-Za-z])now(?![A-Za-z-])(?!,?\s+(?:\d|aged?\b|in\s+(?:his|her|their)\s+(?:early\s+|mid-?|late\s+)?\d))",
            lambda m: {"amount": lx.windows["now"]},
        ),
        # durations: how long, not when
        (
            "duration",
            rf"(?i:(?:for|over|lasting|after|in)\s+)?(?i:(?P<more>more\s+than|over|at\s+least|nearly|almost|about|around|some|roughly)\s+)?{N}{S}{unit}(?![\s-]*(?i:ago|later|old|-old|after|earlier|before))",
            duration,
        ),
        # "held for three weeks before they were handed over": after "for", a length, not a
        # count back ("three weeks before the handover")
        (
            "duration",
            rf"(?i:for\s+)(?i:(?P<more>more\s+than|over|at\s+least|nearly|almost|about|around|some|roughly)\s+)?{N}{S}{unit}(?=\s+(?i:before)\b)",
            duration,
        ),
        # "continued for a month afterwards", "under lockdown for roughly ten days after an
        # outbreak": how long after, not when
        (
            "duration",
            rf"(?i:for){S}(?:(?i:another|a\s+further){S})?(?:(?i:more\s+than|over|at\s+least|nearly|almost|about|around|some|roughly){S})?{N}{S}{unit}{S}(?i:after(?:wards?)?|thereafter)(?![a-z])",
            amount_unit,
        ),
        (
            "duration",
            r"(?i:for\s+(?:some\s+time|a\s+long\s+time|a\s+while|years|months|weeks|days|decades))",
            lambda m: {},
        ),
    ]


@lru_cache(maxsize=1)
def _compiled() -> list[tuple[str, re.Pattern[str], Builder]]:
    # Every expression starts a word: the leading \b lets the engine skip the positions inside
    # words at once (a third of this stage's time, with the same mentions found).
    return [(kind, re.compile(r"\b(?:" + rx + ")"), build) for kind, rx, build in _patterns()]


@lru_cache(maxsize=1)
def _needed_words() -> list[tuple[frozenset[str], ...]]:
    """For each expression of `_compiled`, the literal strings a match must hold (lower case):
    every match holds one string of each set. A text that lacks them all is not scanned for the
    expression ("in the spring" needs a season word): the full scans were most of this stage's
    time, and a substring test costs next to nothing."""
    return [_literal_clauses(pattern) for _kind, pattern, _build in _compiled()]


_REPEATS = (re._constants.MAX_REPEAT, re._constants.MIN_REPEAT, re._constants.POSSESSIVE_REPEAT)  # type: ignore[attr-defined]


def _literal_clauses(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    clauses = set(_clauses(list(re._parser.parse(pattern.pattern, pattern.flags))))  # type: ignore[attr-defined]
    # the rarest first: long strings, few of them
    return tuple(sorted(clauses, key=lambda c: (-min(map(len, c)), len(c), sorted(c))))


def _clauses(items: list[tuple[object, object]]) -> list[frozenset[str]]:
    """What a parsed sequence must hold: runs of ASCII literals, and what its groups, branches
    (any one branch's) and repeats of at least one must hold. Lookarounds, classes and optional
    parts hold nothing for sure. Literals are lowered: matching them against the lowered text
    finds at least what the expression can match, case-insensitive or not."""
    c = re._constants  # type: ignore[attr-defined]
    out: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in items:
        if op is c.LITERAL and isinstance(av, int) and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            out.append(frozenset({"".join(run)}))
            run = []
        if op is c.SUBPATTERN:
            out.extend(_clauses(list(av[3])))  # type: ignore[index]
        elif op is c.BRANCH:
            branches = [_clauses(list(branch)) for branch in av[1]]  # type: ignore[index]
            if all(branches):
                out.append(frozenset().union(*(_rarest(b) for b in branches)))
        elif op in _REPEATS and av[0] >= 1:  # type: ignore[index]
            out.extend(_clauses(list(av[2])))  # type: ignore[index]
    if run:
        out.append(frozenset({"".join(run)}))
    return out


def _rarest(clauses: list[frozenset[str]]) -> frozenset[str]:
    return max(clauses, key=lambda c: (min(map(len, c)), -len(c), sorted(c)))


# Characters a case-insensitive expression matches to an ASCII letter that lowering does not make
# that letter (dotted and dotless I, long s): a text holding one is scanned in full.
_FOLDS_APART = re.compile("[\u0130\u0131\u017f]")


def _holds(lowered: str, clauses: tuple[frozenset[str], ...], seen: dict[str, bool] | None = None) -> bool:
    """Does the lowered text hold a string of each clause? (`seen`: the strings already looked
    for in this text; the month names and units are asked by many expressions.)"""
    seen = {} if seen is None else seen
    for clause in clauses:
        for word in clause:
            held = seen.get(word)
            if held is None:
                held = seen[word] = word in lowered
            if held:
                break
        else:
            return False
    return True


# "the last days of 2018", "the last weeks of March": a part of that year or month, not a window
# ending at the report
_NOT_PART_OF = r"(?!\s+of\s+(?:\d{4}|(?:the|this|last|that)\s+(?:year|month)|[A-Z][a-z]+))"

_SINCE = re.compile(r"(?i:\b(?:since|from))\s+$")


def find_mentions(text: str) -> list[Mention]:
    """Every time expression in `text`, in order, none overlapping (longest reading wins)."""
    return list(_mentions_in(text))


@lru_cache(maxsize=16)
def _mentions_in(text: str) -> tuple[Mention, ...]:
    """`find_mentions`, kept for the last texts read: a report with no stated day has its date
    inferred from its text twice (for dating, and for the learned filter's features), each
    scanning the text the dating stage scans too (three scans of one text: in a run of such
    reports, about a seventh of the rules' time). Mentions are frozen, so the callers share
    them; each caller gets its own list."""
    found: list[tuple[int, int, int, Mention]] = []
    lowered = text.lower() if _FOLDS_APART.search(text) is None else None
    needed = _needed_words()
    seen: dict[str, bool] = {}
    for rank, (kind, pattern, build) in enumerate(_compiled()):
        if lowered is not None and not _holds(lowered, needed[rank], seen):
            continue
        for m in pattern.finditer(text):
            if m.end() == m.start():
                continue
            try:
                fields = build(m)
            except (KeyError, ValueError):
                continue
            if fields is None:
                continue
            start, end = fields.pop("_span", None) or m.span()  # type: ignore[misc]
            phrase = text[start:end]
            found.append((start, -(end - start), rank, Mention(start, end, phrase, kind, **fields)))
    found.sort(key=lambda f: (f[0], f[1], f[2]))
    chosen: list[Mention] = []
    taken_until = -1
    for start, _neg_len, _rank, mention in found:
        if start < taken_until:
            continue
        if not _valid(mention):
            continue
        decade = mention.kind == "years" and mention.text[:3].lower() == "the"
        if decade or mention.kind not in ("duration", "window", "later", "ago", "years", "months"):
            since = _SINCE.search(text, max(0, start - 8), start)
            if since is not None:
                # The mention opens at "since" itself: at a paragraph's start ("... on
                # Thursday.\n\nSince early October, ...") the space before it is the last one.
                cut = since.start()
                mention = replace(mention, since=True, start=cut, text=text[cut : mention.end])
        if (
            re.match(r"(?i)(since|from)\s", mention.text)
            and mention.kind not in ("duration", "window", "days", "months", "years")
            and mention.day2 is None  # "from the 3rd to the 7th" gives its own end
        ):
            mention = replace(mention, since=True)
        chosen.append(mention)
        taken_until = mention.end
    return tuple(_anniversaries(text, chosen))


# "this week", "this month", "this spring", "today": the unit that holds the report
_THIS_UNIT = re.compile(r"(?i:this\s+(?:week|month|spring|summer|autumn|fall|winter|year)|today)$")


def _anniversaries(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "Four years ago this week", "Ten years ago today", "Two years ago this spring": the week,
    day or season that holds the report, so many whole years before it, as one mention (an
    anniversary, not "four years ago" and "this week" apart)."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == "ago"
            and prev.unit == "year"
            and prev.approx is None
            and not prev.years_back
            and m.kind in ("week", "month", "season", "year", "rel_day")
            and (m.rel == 0 or (m.kind == "rel_day" and m.amount == 0))
            and _THIS_UNIT.match(m.text)
            and re.fullmatch(r"[ \t]*,?[ \t]*", text[prev.end : m.start])
        ):
            out[-1] = replace(m, start=prev.start, text=text[prev.start : m.end], years_back=prev.amount or 1)
            continue
        out.append(m)
    return out


def _valid(m: Mention) -> bool:
    if m.day is not None and not 1 <= m.day <= 31:
        return False
    return not (m.day2 is not None and not 1 <= m.day2 <= 31)


# A wire dateline opens a report: "SEOUL, Nov. 18 (Yonhap) --". Its date is the report's.
# Rights groups' releases put it in brackets: "(Geneva, March 3, 2024) –".
# The place may name its country or province after it: "CHIANG MAI, Thailand, May 2 --".
_DATELINE_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*(?P<bracket>\()?[A-Z][A-Za-z .'’-]{1,40},(?:[ \t]*[A-Z][A-Za-z .'’-]{1,30},)?[ \t]*$"
)
_DATELINE_AFTER = re.compile(r"[ \t,]*(?:\d{4}[ \t]*)?(?:\([^()\n]{1,40}\)[ \t]*)?(?:--|—|–|-[ \t])")
_BRACKETED_AFTER = re.compile(r"[ \t,]*(?:\d{4}[ \t]*)?\)[ \t]*(?:--|—|–|-[ \t])")
# A press release's dateline puts the date in brackets after the place: "VIENNA (3 May 2030) –"
_PLACE_BEFORE_BRACKET = re.compile(r"(?:^|\n)[ \t]*[A-Z][A-Za-z .'’-]{1,40}[ \t]*\($")


def is_dateline(text: str, mention: Mention) -> bool:
    """Whether a mention is the date of a wire dateline: it dates the report, not an event."""
    if mention.kind not in ("date", "weekday", "month"):
        return False
    line_start = text.rfind("\n", 0, mention.start) + 1
    before = text[max(0, line_start - 1) : mention.start]
    # The place may be left out when the date opens the report: "Nov. 21 (UPI) --".
    opens = not text[: mention.start].strip()
    place = _DATELINE_BEFORE.search(before)
    if (place is not None and place["bracket"]) or _PLACE_BEFORE_BRACKET.search(before):
        return bool(_BRACKETED_AFTER.match(text, mention.end))
    placed = opens or place is not None
    return placed and bool(_DATELINE_AFTER.match(text, mention.end))

"""Dates read once, and parts of a year counted in weeks or months (session 58).

`time.attach` judges whether a phrase before a participle's second time names a date from the
mentions the dating stage already read (no second reading of the phrase's words); "the first
weeks of this year", "the last three months of last year" are parts of a year, as "the first
quarter of this year" is. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract
from tessera.language.analysis import load_nlp
from tessera.time.attach import _has_time
from tessera.time.mentions import find_mentions
from tessera.time.report import from_published
from tessera.time.resolve import resolve_mention


def _dates(text: str, kind: str, published: str = "2024-04-09") -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published=published) if e.type == kind and e.when
    ]


def _span(phrase: str, published: str = "2024-04-09") -> tuple[date | None, date | None] | None:
    report = from_published(published)
    assert report is not None
    found = [m for m in find_mentions(phrase) if m.is_date]
    if len(found) != 1:
        return None
    span = resolve_mention(found[0], report)
    return (span.start, span.end) if span is not None else None


def test_phrase_time_read_from_the_reports_mentions() -> None:
    text = "Guards who caught the two men in Dalian in March handed them over in mid-April."
    doc = load_nlp()(text)
    found = find_mentions(text)
    phrase = next(t for t in doc if t.lower_ == "in" and t.nbor(1).text == "March")
    place = next(t for t in doc if t.lower_ == "in" and t.nbor(1).text == "Dalian")
    assert _has_time(phrase, found)
    # the look-alike: a phrase of place holds no date
    assert not _has_time(place, found)
    # and a phrase is judged only by the mentions it is given
    assert not _has_time(phrase, [])


def test_second_time_on_a_participle_still_dates_the_main_verb() -> None:
    text = "China sent four women caught near Tumen in February back to North Korea in late March, a source said."
    assert _dates(text, "repatriation") == [(date(2024, 3, 21), date(2024, 3, 31))]


def test_first_weeks_of_this_year() -> None:
    assert _span("in the first weeks of this year") == (date(2024, 1, 1), date(2024, 2, 29))
    text = "More than 20 prisoners died of hunger at the camp in the first weeks of this year, a former inmate said."
    assert _dates(text, "violence") == [(date(2024, 1, 1), date(2024, 2, 29))]


def test_months_of_a_named_or_relative_year() -> None:
    assert _span("during the first three months of 2023") == (date(2023, 1, 1), date(2023, 3, 31))
    assert _span("in the last few months of last year") == (date(2023, 10, 1), date(2023, 12, 31))
    assert _span("the first six months of the year") == (date(2024, 1, 1), date(2024, 6, 30))


def test_months_of_something_else_stay_a_length() -> None:
    # the look-alikes: months of a sentence or of a war are no part of a year
    assert _span("for the first three months of his sentence") is None
    assert _span("in the first months of the war") is None


def test_year_named_after_a_month_dates_nothing_of_its_own() -> None:
    # "In June this year": the year only places June; the arrest told in the same sentence
    # is June's, not the whole year's
    text = (
        "In June this year a smuggler drove five of us to the Lao border, and we crossed into "
        "Thailand, where the police detained us for illegal entry."
    )
    assert _dates(text, "arrest", published="2023-11-20") == [(date(2023, 6, 1), date(2023, 6, 30))]


def test_year_told_alone_keeps_dating_its_act() -> None:
    # the look-alike: "last year" told on its own dates its own verb
    text = "Police detained two traders last year and sent them to a labour camp in March this year."
    assert _dates(text, "arrest", published="2023-11-20") == [(date(2022, 1, 1), date(2022, 12, 31))]
    assert _dates(text, "punishment", published="2023-11-20") == [(date(2023, 3, 1), date(2023, 3, 31))]

"""The report's own date: stated by `published`, or bounded from the text and marked inferred."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tessera.model import Document
from tessera.time import report_date

SAMPLE = Path(__file__).parent / "fixtures" / "sample_report.txt"


@pytest.mark.parametrize(
    ("published", "earliest", "latest", "precision"),
    [
        ("2023-12-21", date(2023, 12, 21), date(2023, 12, 21), "day"),
        ("2023-12", date(2023, 12, 1), date(2023, 12, 31), "month"),
        ("2014", date(2014, 1, 1), date(2014, 12, 31), "year"),
    ],
)
def test_published_field_is_the_report_date(
    published: str, earliest: date, latest: date, precision: str
) -> None:
    report = report_date(Document("d", "Taken in May 2001.", published=published))
    assert (report.earliest, report.latest, report.precision, report.inferred) == (
        earliest,
        latest,
        precision,
        False,
    )


def test_sample_report_is_dated_between_its_clues() -> None:
    # Caption "taken in February 2019" gives the year; "February 19" plus "more than 10 days"
    # puts the report after March 1; "the upcoming SPA elections" (March 10) before it.
    report = report_date(Document("seed", SAMPLE.read_text(encoding="utf-8")))
    assert report.inferred
    assert report.precision == "range"
    assert (report.earliest, report.latest) == (date(2019, 3, 1), date(2019, 3, 9))


def test_a_sources_dated_word_places_the_report_just_after() -> None:
    text = "A source told Daily NK on March 3, 2021 that two smugglers had been arrested."
    report = report_date(Document("d", text))
    assert report.inferred
    assert report.earliest == date(2021, 3, 3)
    assert report.latest == date(2021, 3, 10)


def test_upcoming_occasion_closes_the_span() -> None:
    text = (
        "The photo was taken in January 2019. Border guards were ordered to tighten patrols "
        "ahead of the upcoming Day of the Shining Star."
    )
    report = report_date(Document("d", text))
    assert (report.earliest, report.latest) == (date(2019, 1, 1), date(2019, 2, 15))


def test_title_year_counts() -> None:
    report = report_date(Document("d", "Hundreds were sent back on 9 October.", title="China - October 2023"))
    assert report.earliest is not None and report.earliest.year == 2023


def test_no_year_anywhere_leaves_the_report_date_unknown() -> None:
    text = "A source told Daily NK on Monday that eight students were arrested last month."
    report = report_date(Document("d", text))
    assert not report.known
    assert report.precision == "unknown"


def test_a_wire_dateline_places_the_report() -> None:
    text = (
        "SEOUL, Nov. 18 (Newswire) -- Two officials who fled in 2019 were executed in October, "
        "lawmakers were told."
    )
    report = report_date(Document("d", text))
    assert report.inferred
    # the dateline is the report's own day
    assert report.earliest == report.latest == date(2019, 11, 18)


def test_a_dateline_narrows_a_published_month_to_its_day() -> None:
    text = "BANGKOK, March 12 (Newswire) -- Police said on Tuesday they had detained 40 people."
    report = report_date(Document("d", text, published="2013-03"))
    assert (report.earliest, report.latest) == (date(2013, 3, 12), date(2013, 3, 12))


def test_a_dateline_outside_the_published_month_is_not_taken() -> None:
    text = "BANGKOK, March 12 (Newswire) -- Police said on Tuesday they had detained 40 people."
    report = report_date(Document("d", text, published="2013-05"))
    assert (report.earliest, report.latest) == (date(2013, 5, 1), date(2013, 5, 31))


def test_a_yearless_day_reads_in_the_year_of_the_latest_dated_clue() -> None:
    text = (
        "Police have detained at least 40 people since February 2022. "
        "Nine of them were sent back on June 30, an activist said."
    )
    report = report_date(Document("d", text))
    assert report.inferred
    assert report.earliest == date(2022, 6, 30)

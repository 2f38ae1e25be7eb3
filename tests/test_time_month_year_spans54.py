"""A span of months with a year at each end ("between March 2020 and June 2022") runs from the
first month to the last, not only the first month. Invented phrases."""

from __future__ import annotations

from datetime import date

import pytest

from tessera.time import find_mentions, from_published, resolve_expression


@pytest.mark.parametrize(
    ("phrase", "start", "end"),
    [
        ("between March 2020 and June 2022", date(2020, 3, 1), date(2022, 6, 30)),
        ("from August 2023 to July 2024", date(2023, 8, 1), date(2024, 7, 31)),
        ("between November, 2019 and February, 2020", date(2019, 11, 1), date(2020, 2, 29)),
    ],
)
def test_a_span_of_months_across_years_runs_to_its_last_month(phrase: str, start: date, end: date) -> None:
    report = from_published("2024-09-20")
    assert report is not None
    span = resolve_expression(phrase, report)
    assert span is not None and (span.start, span.end) == (start, end), phrase


def test_a_backwards_span_of_months_is_two_months() -> None:
    assert [m.kind for m in find_mentions("between June 2022 and March 2020")] == ["month", "month"]

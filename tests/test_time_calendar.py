"""Month arithmetic of the time stage (dateutil.relativedelta underneath)."""

from __future__ import annotations

from datetime import date

from tessera.time.calendar import add_months, months_back, season_span


def test_month_steps_cross_years() -> None:
    assert add_months(2024, 1, -1) == (2023, 12)
    assert add_months(2024, 12, 1) == (2025, 1)
    assert add_months(2024, 3, -14) == (2023, 1)


def test_a_month_back_is_clamped_to_the_shorter_month() -> None:
    assert months_back(date(2024, 3, 31), 1) == date(2024, 2, 29)  # leap year
    assert months_back(date(2023, 3, 31), 1) == date(2023, 2, 28)
    assert months_back(date(2024, 5, 15), 12) == date(2023, 5, 15)


def test_a_winter_runs_into_the_next_year() -> None:
    assert season_span(2023, 12, 3) == (date(2023, 12, 1), date(2024, 2, 29))
    assert season_span(2024, 6, 3) == (date(2024, 6, 1), date(2024, 8, 31))

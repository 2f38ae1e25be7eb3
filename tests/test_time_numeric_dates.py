"""Days written in figures, year first ("2025.10.30", "2024-03-05", "2023/7/14"), as translated
Korean-language press and official documents write them: one day, not the year alone."""

from __future__ import annotations

from datetime import date

import pytest

from tessera.time import find_mentions, from_published, resolve_mention


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("went missing on 2025.10.30, a source said", date(2025, 10, 30)),
        ("two traders were detained on 2024-03-05 in the market", date(2024, 3, 5)),
        ("the order dated 2023/7/14 bans travel", date(2023, 7, 14)),
    ],
)
def test_a_day_in_figures_is_one_day(text: str, day: date) -> None:
    dated = [m for m in find_mentions(text) if m.kind == "date"]
    assert len(dated) == 1
    span = resolve_mention(dated[0], from_published("2025-11-05"))
    assert (span.start, span.end, span.precision) == (day, day, "day")


def test_figures_that_are_no_calendar_day_stay_a_year() -> None:
    # (30 February does not exist; two figures joined by a slash are no date either)
    assert not [m for m in find_mentions("sentenced on 2024/2/30 to ten years") if m.kind == "date"]
    assert not [m for m in find_mentions("a 2024/25 season of arrests") if m.kind == "date"]

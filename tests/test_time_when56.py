"""Dating convention of the when56 round, on invented text (through the whole pipeline): "the
same week/day/night" takes the last date told before it that is fine enough (a month wide at
most), passing over a season or decade told in between as background; "the same week" after a
day told is that day's Monday-to-Sunday week."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_same_week_passes_over_a_season_told_aside() -> None:
    text = (
        "A former trading official was shot by firing squad in Kanggye last Friday, a source "
        "said.\n\nThe man, called back from Dalian in the spring, was accused of selling coal "
        "abroad. About 300 people were made to watch.\n\nHis wife and daughter were banished to "
        "a mountain farm in Jagang the same week."
    )
    assert date_ranges(text, "2026-10-14", "punishment") == [(date(2026, 10, 5), date(2026, 10, 11))]


def test_same_night_passes_over_a_decade_told_aside() -> None:
    text = (
        "A retired teacher in Wonsan was detained by state security on June 3 after a neighbour "
        "reported a radio in his flat. He taught in Chongjin in the 1990s, a relative said. "
        "His house was searched the same night."
    )
    assert date_ranges(text, "2026-06-20", "search") == [(date(2026, 6, 3), date(2026, 6, 3))]

"""Misreadings that cost dates and counts: a figure after a month that is an amount (not a day),
and a crowd summoned to watch counted as the people questioned."""

from __future__ import annotations

import datetime as dt

import tessera

PUBLISHED = "2025-06-10"


def _events(text: str, kind: str) -> list[tessera.Event]:
    return [e for e in tessera.extract(text, published=PUBLISHED) if e.type == kind]


def test_decimal_amount_after_a_month_is_no_day() -> None:
    text = "In August 2.4 million yuan was confiscated from a trader who was arrested in Hyesan."
    (event,) = _events(text, "arrest")
    assert event.when.start == dt.date(2024, 8, 1)
    assert event.when.end == dt.date(2024, 8, 31)


def test_three_figure_count_after_a_month_keeps_the_month() -> None:
    (event,) = _events("In May 400 families were evicted from Musan.", "punishment")
    assert (event.when.start, event.when.end) == (dt.date(2025, 5, 1), dt.date(2025, 5, 31))
    assert event.victims is not None and event.victims.count_min == 400


def test_day_after_a_month_stays_a_day() -> None:
    # The look-alike: a day, then a count in words.
    (event,) = _events("On August 1 twelve people were arrested in Hyesan.", "arrest")
    assert (event.when.start, event.when.end) == (dt.date(2024, 8, 1), dt.date(2024, 8, 1))
    assert event.victims is not None and event.victims.count_min == 12


def test_day_and_year_after_a_month_stay_a_date() -> None:
    (event,) = _events("Police arrested 30 traders in Hyesan on March 7, 2024.", "arrest")
    assert event.when.start == event.when.end == dt.date(2024, 3, 7)


def test_a_summons_to_watch_questions_no_one() -> None:
    text = (
        "A smuggler was executed in Hyesan in April. About 400 cadres were summoned to watch. "
        "His bookkeeper is still being interrogated by state security."
    )
    counts = [e.victims.count_min if e.victims else None for e in _events(text, "interrogation")]
    assert counts == [1]


def test_a_summons_to_be_questioned_stays_an_interrogation() -> None:
    text = "A trader was summoned to the security office in Hyesan and questioned for two days."
    assert _events(text, "interrogation")


def test_the_executed_not_the_onlookers_are_counted() -> None:
    (event,) = _events(
        "Three residents were executed before 1,000 onlookers in Hyesan last month.", "execution"
    )
    assert event.victims is not None and event.victims.count_min == 3

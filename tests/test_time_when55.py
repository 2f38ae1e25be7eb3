"""Dating conventions of the when55 round, on invented text (through the whole pipeline): a step
counted after a coarse date told before ("about a week later" after "in mid-August", "a few days
after the crossing" after "last month", "in the weeks after the trial" after "in mid-March") is
that date moved on by the step, as "days later" already was; a step told as done ends by the
report's day."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_about_a_week_after_a_part_of_a_month() -> None:
    text = (
        "The family left their village near Musan in mid-August and crossed the Tumen River "
        "into China about a week later, a relative said."
    )
    ((start, end),) = date_ranges(text, "2025-02-10", "escape")
    assert date(2024, 8, 15) <= start <= date(2024, 8, 18)
    assert date(2024, 8, 27) <= end <= date(2024, 8, 30)


def test_days_after_a_named_happening_dated_by_its_month() -> None:
    text = (
        "Relatives of three fishermen who sailed to the South last month were arrested by "
        "state security a few days after the crossing, a source said."
    )
    assert date_ranges(text, "2025-09-02", "arrest") == [(date(2025, 8, 4), date(2025, 9, 2))]


def test_weeks_after_a_trial_end_by_the_report() -> None:
    text = (
        "A man was executed in Hyesan in mid-March for selling foreign films. At least 40 "
        "households were searched in the weeks after the trial."
    )
    assert date_ranges(text, "2027-04-07", "search") == [(date(2027, 3, 18), date(2027, 4, 7))]

"""Dating convention of the when66 round, on invented text (through the whole pipeline): what
is still going on at the report runs up to it."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_campaign_within_its_term_runs_to_the_report() -> None:
    # a 100-day campaign opened 17 days before the report is still running at it
    text = "Police in Kilju launched a 100-day campaign against fortune-telling on March 2, sources say."
    assert date_ranges(text, "2028-03-19", "crackdown") == [(date(2028, 3, 2), date(2028, 3, 19))]


def test_campaign_of_a_month_within_its_term_runs_to_the_report() -> None:
    text = "Police in Kilju launched a month-long crackdown on smuggling on March 2, sources say."
    assert date_ranges(text, "2028-03-19", "crackdown") == [(date(2028, 3, 2), date(2028, 3, 19))]


def test_campaign_whose_term_is_over_keeps_its_day() -> None:
    # the look-alike: a ten-day campaign of March 2 was over before a report of March 19
    text = "Police in Kilju launched a ten-day campaign against smuggling on March 2, sources say."
    assert date_ranges(text, "2028-03-19", "crackdown") == [(date(2028, 3, 2), date(2028, 3, 2))]

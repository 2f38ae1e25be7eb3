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


def test_guessed_detention_in_the_perfect_runs_to_the_report() -> None:
    text = (
        "A trader from Dandong went to Sinuiju on April 3 to collect a debt. His family fears "
        "he has been detained by North Korean state security, a source said."
    )
    assert date_ranges(text, "2027-04-23", "arrest") == [(date(2027, 4, 3), date(2027, 4, 23))]


def test_guessed_detention_in_the_perfect_infinitive_runs_to_the_report() -> None:
    text = (
        "A construction worker from Hoeryong was sent home from Russia in February. Two of his "
        "co-workers are believed to have been detained by state security, a source said."
    )
    assert date_ranges(text, "2027-04-23", "arrest") == [(date(2027, 2, 1), date(2027, 4, 23))]


def test_guessed_detention_in_the_past_keeps_its_day() -> None:
    # the look-alike: a guess in the past tells how the vanishing came about, on its day
    text = (
        "A trader from Dandong went to Sinuiju on April 3. His family believes he was detained "
        "by state security that night."
    )
    assert date_ranges(text, "2027-04-23", "arrest") == [(date(2027, 4, 3), date(2027, 4, 3))]


def test_guess_with_a_modal_keeps_its_day() -> None:
    # the look-alike: "may have been" weighs whether the act told on its occasion happened
    text = (
        "About forty North Koreans held in Dandong may have been sent back to Sinuiju on Monday, "
        "a rights group said."
    )
    assert date_ranges(text, "2027-04-23", "repatriation") == [(date(2027, 4, 19), date(2027, 4, 19))]


def test_restriction_in_the_perfect_dated_elsewhere_runs_to_the_report() -> None:
    text = (
        "Police in Wonsan have set up checkpoints on the roads leading to the fishing harbour, a "
        "source said. The checkpoints appeared in mid-July."
    )
    assert date_ranges(text, "2026-07-30", "movement_restriction") == [(date(2026, 7, 11), date(2026, 7, 30))]


def test_restriction_in_the_past_keeps_its_day() -> None:
    # the look-alike: told in the past with its day, the checkpoints are dated by that day
    text = "Police in Wonsan set up checkpoints on the roads leading to the fishing harbour on July 12, a source said."
    assert date_ranges(text, "2026-07-30", "movement_restriction") == [(date(2026, 7, 12), date(2026, 7, 12))]


def test_campaign_mounted_on_a_day_runs_to_the_report() -> None:
    text = "Police in Sinuiju mounted a crackdown on mobile phones on July 2, a source said."
    assert date_ranges(text, "2026-07-29", "crackdown") == [(date(2026, 7, 2), date(2026, 7, 29))]


def test_inspection_team_dispatched_on_a_day_runs_to_the_report() -> None:
    text = "An inspection team dispatched to Hoeryong on July 2 to root out smuggling has detained twenty people, a source said."
    assert date_ranges(text, "2026-07-29", "crackdown") == [(date(2026, 7, 2), date(2026, 7, 29))]

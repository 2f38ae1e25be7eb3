"""Dating conventions of the when34 round, on invented text.

A period that runs up to the report ("since 2021", "for the past three years") dates what its
own sentence tells as now; told of another time or thing (a noun's extent, a past or past-perfect
clause, a comparison) it sets no time for the events around it."""

from __future__ import annotations

from datetime import date

from test_time_wave17 import _told


def test_a_past_perfect_period_in_the_sentence_before_does_not_date_a_present_perfect() -> None:
    text = (
        "A logger vanished from a camp near Tynda in mid-June, a source said. He had been "
        "working at the camp since 2023. His co-workers have since been forbidden from leaving "
        "the camp."
    )
    (forbidden,) = _told(text, "2027-07-05", [("forbidden", "movement_restriction", "occurred")])
    assert forbidden.when.start == date(2027, 6, 11)


def test_a_present_period_in_the_sentence_before_still_dates_a_present_perfect() -> None:
    text = (
        "Since early March, police in the county have been checking travellers at the bridge. "
        "At least five traders have been detained."
    )
    (detained,) = _told(text, "2027-04-10", [("detained", "arrest", "occurred")])
    assert (detained.when.start, detained.when.end) == (date(2027, 3, 1), date(2027, 4, 10))


def test_a_from_date_on_a_past_happening_dates_that_happening() -> None:
    text = "From mid-July, inspectors from the county went through the stalls of the market."
    (went,) = _told(text, "2027-09-30", [("went", "crackdown", "occurred")])
    assert (went.when.start, went.when.end) == (date(2027, 7, 11), date(2027, 7, 20))


def test_a_case_from_a_month_is_dated_by_that_month() -> None:
    text = "He described one case from October 2019, when police arrested a teacher in the county."
    (arrested,) = _told(text, "2027-03-10", [("arrested", "arrest", "occurred")])
    assert (arrested.when.start, arrested.when.end) == (date(2019, 10, 1), date(2019, 10, 31))


def test_a_from_date_on_a_ban_told_in_the_present_perfect_runs_to_the_report() -> None:
    text = "From the 20th, the authorities have barred anyone without a pass from travelling to the city."
    (barred,) = _told(text, "2027-06-25", [("barred", "movement_restriction", "occurred")])
    assert (barred.when.start, barred.when.end) == (date(2027, 6, 20), date(2027, 6, 25))


def test_a_from_date_leaves_another_verbs_event_its_run_to_the_report() -> None:
    text = (
        "From mid-July, inspectors went through the stalls of the market, and at least eight "
        "vendors were detained in the sweep."
    )
    _went, detained = _told(
        text, "2027-09-30", [("went", "crackdown", "occurred"), ("detained", "arrest", "occurred")]
    )
    assert (detained.when.start, detained.when.end) == (date(2027, 7, 11), date(2027, 9, 30))

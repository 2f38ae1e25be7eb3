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

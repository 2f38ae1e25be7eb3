"""Yearless dates in a story told years back keep the story's year (issue 12, `when`).

Invented text only. A paragraph whose story a past date set at a sentence's opening stays in
that time for the yearless dates after it; an opening quote does not hide that date; a report
dated by its year alone reads its months in the year its account opened with.
"""

from __future__ import annotations

from datetime import date

from test_time_events import _range
from test_time_story import _dated


def test_a_story_paragraph_keeps_its_year_after_a_month_read_in_it() -> None:
    text = (
        "In the autumn of 2016 soldiers closed the market in her town. "
        "A cousin of hers was detained in November for selling cloth, and he was sentenced "
        "in the spring to four years in a camp."
    )
    _, arrest, sentence = _dated(
        text,
        "2027-05-18",
        [("closed", "movement_restriction"), ("detained", "arrest"), ("sentenced", "punishment")],
    )
    assert _range(arrest) == (date(2016, 11, 1), date(2016, 11, 30), "month")
    # the spring after that November, not the spring before the report
    assert _range(sentence)[:2] == (date(2017, 3, 1), date(2017, 5, 31))


def test_a_quoted_sentence_opening_with_its_date_sets_the_story() -> None:
    text = (
        "A farmer's memoir covers the famine of 2011. \"That winter the police sealed our "
        'village," he writes. His uncle was caught by guards in December as he tried to reach the river.'
    )
    *_, arrest = _dated(text, "2027-03-09", [("sealed", "movement_restriction"), ("caught", "arrest")])
    assert _range(arrest) == (date(2011, 12, 1), date(2011, 12, 31), "month")


def test_a_report_dated_by_its_year_reads_its_months_in_the_year_it_opened_with() -> None:
    text = (
        "In 2026 our monitors logged 90 cases of forced labour.\n\n"
        "Among them: in October a teacher was beaten by guards at a camp in Kilju."
    )
    (beating,) = _dated(text, "2027", [("beaten", "violence")])
    assert _range(beating) == (date(2026, 10, 1), date(2026, 10, 31), "month")


def test_a_report_dated_by_its_day_still_reads_a_later_paragraph_in_its_own_year() -> None:
    text = (
        "In 2019 she crossed the river with her son.\n\n"
        "In March police in the city detained a broker who had helped dozens of families."
    )
    _, arrest = _dated(text, "2027-05-02", [("crossed", "escape"), ("detained", "arrest")])
    assert _range(arrest) == (date(2027, 3, 1), date(2027, 3, 31), "month")


def test_a_since_weekday_of_last_week_starts_in_the_week_before() -> None:
    # 2027-05-14 is a Friday: the Monday of the week before is May 3, not May 10
    text = (
        "Market officials in the port have banned the sale of maize since Monday of last week, a trader said."
    )
    (ban,) = _dated(text, "2027-05-14", [("banned", "crackdown")])
    assert ban.when.start == date(2027, 5, 3)


def test_both_weekdays_of_a_span_are_placed_by_the_period_after_them() -> None:
    text = "Police sealed off the market from Monday to Wednesday of last week, residents said."
    (closure,) = _dated(text, "2027-05-14", [("sealed", "movement_restriction")])
    assert closure.when.start == date(2027, 5, 3)


def test_a_weekday_told_with_its_day_of_the_month_is_that_day() -> None:
    text = "The raid on the village ended on Tuesday the 4th with the detention of nine traders."
    (arrest,) = _dated(text, "2027-05-14", [("detention", "arrest")])
    assert _range(arrest) == (date(2027, 5, 4), date(2027, 5, 4), "day")

"""Dating conventions of the when45 round, on invented text (through the whole pipeline): "earlier
in the month" counts back within the month of the date told before; a date right after a
participle on the subject dates that participle, also where the parser made the participle the
sentence's main verb; a bare gerund charged ("convicted of smuggling") is a trade like one with an
object."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges
from tessera.time import find_mentions


def test_earlier_in_the_month_is_a_time_expression() -> None:
    texts = [m.text for m in find_mentions("They had been detained earlier in the month near the river.")]
    assert texts == ["earlier in the month"]
    assert [m.text for m in find_mentions("He crossed later in the week.")] == ["later in the week"]


def test_earlier_in_the_month_runs_from_the_month_start_to_the_date_told_before() -> None:
    text = (
        "Chinese guards handed three women over to North Korean soldiers at the bridge on April 22. "
        "The women had been arrested by police in Tumen earlier in the month, a source said."
    )
    assert date_ranges(text, "2027-05-03", "arrest") == [(date(2027, 4, 1), date(2027, 4, 22))]


def test_later_in_the_week_runs_from_the_date_told_before_to_the_weeks_end() -> None:
    text = (
        "Police in Hyesan searched the house of a trader on Tuesday, March 9. "
        "Her brother was detained later in the week, a source said."
    )
    assert date_ranges(text, "2027-03-20", "arrest") == [(date(2027, 3, 9), date(2027, 3, 14))]


def test_earlier_in_the_month_with_no_date_before_is_the_report_month_so_far() -> None:
    text = "Police in Hoeryong arrested two traders earlier in the month, a source said."
    assert date_ranges(text, "2027-06-10", "arrest") == [(date(2027, 6, 1), date(2027, 6, 10))]


def test_a_date_after_a_participle_misread_as_the_main_verb_dates_the_participle() -> None:
    text = (
        "Seven North Koreans detained in Dandong earlier this month were handed over to North "
        "Korean guards on Friday."
    )
    assert date_ranges(text, "2027-06-28", "arrest") == [(date(2027, 6, 1), date(2027, 6, 28))]
    assert date_ranges(text, "2027-06-28", "repatriation") == [(date(2027, 6, 25), date(2027, 6, 25))]


def test_a_date_after_a_participle_under_a_trailing_source_dates_the_participle() -> None:
    text = (
        "The eleven workers detained in Khabarovsk last month were deported by air to Pyongyang on "
        "June 2 and handed over to security officers, a source told the paper."
    )
    assert date_ranges(text, "2027-06-14", "arrest") == [(date(2027, 5, 1), date(2027, 5, 31))]
    assert date_ranges(text, "2027-06-14", "repatriation") == [(date(2027, 6, 2), date(2027, 6, 2))]


def test_a_main_verb_with_its_own_subject_keeps_its_date() -> None:
    # "detained" is the main verb here and "were searching" its second clause: Monday is the
    # detention's
    text = "Police detained five people in Hyesan on Monday and were searching for others."
    assert date_ranges(text, "2027-06-30", "arrest") == [(date(2027, 6, 28), date(2027, 6, 28))]


def test_a_date_after_a_bare_gerund_charged_dates_the_execution() -> None:
    text = "Authorities in Hyesan publicly executed a man convicted of smuggling on March 2, a source said."
    assert date_ranges(text, "2027-03-15", "execution") == [(date(2027, 3, 2), date(2027, 3, 2))]


def test_a_date_after_a_bare_gerund_suspected_dates_the_detention() -> None:
    text = "Police detained six people suspected of smuggling in an operation on Tuesday."
    assert date_ranges(text, "2027-03-12", "arrest") == [(date(2027, 3, 9), date(2027, 3, 9))]


def test_a_detention_told_by_its_length_before_a_dated_end_began_that_long_before() -> None:
    text = (
        "The former official was held for about two months in a state security facility before "
        "being shot at the end of May, the report says."
    )
    assert date_ranges(text, "2027-07-10", "arrest") == [(date(2027, 3, 21), date(2027, 3, 31))]


def test_a_detention_counted_back_in_weeks_from_the_day_it_ended() -> None:
    text = (
        "The two women were held by border police for three weeks before they were handed over to "
        "North Korean guards on June 24, a source said."
    )
    assert date_ranges(text, "2027-07-02", "arrest") == [(date(2027, 6, 3), date(2027, 6, 3))]


def test_a_detention_dated_by_its_own_start_keeps_it() -> None:
    text = "Police detained two traders on May 4. They were held for two weeks before being released."
    assert (date(2027, 5, 4), date(2027, 5, 4)) in date_ranges(text, "2027-05-30", "arrest")

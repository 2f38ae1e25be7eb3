"""Dating conventions of the when39 round, on invented text (through the whole pipeline, so
that the events stage quotes the sentence as it does in reports)."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_a_vague_date_lent_by_the_main_clause_yields_to_the_retelling_with_its_own_date() -> None:
    text = (
        "A fisherman detained for selling squid to Chinese boats died last week in a police cell in "
        "Kimchaek, a source in the city said.\n\n"
        "The man, in his fifties, had been arrested in early February while unloading his catch, "
        "the source said."
    )
    assert date_ranges(text, "2027-03-10", "arrest") == [(date(2027, 2, 1), date(2027, 2, 10))]


def test_an_event_told_weeks_before_the_main_clause_takes_its_retelling_s_date() -> None:
    text = (
        "A manager of a state fishing company in Wonsan died in the custody of state security in "
        "September, weeks after he was detained on suspicion of selling fuel, a source said.\n\n"
        "He was arrested at his home in early August, the source said."
    )
    assert date_ranges(text, "2027-10-05", "arrest") == [(date(2027, 8, 1), date(2027, 8, 10))]


def test_the_same_day_reads_the_date_told_earlier_in_its_own_sentence() -> None:
    text = (
        "A trader from Hyesan died in police custody in June, a source said.\n\n"
        "She was arrested at the market in early May, and her house was searched the same day, the "
        "source said."
    )
    assert date_ranges(text, "2027-07-20", "search") == [(date(2027, 5, 1), date(2027, 5, 10))]


def test_a_reduced_relative_on_the_subject_of_another_event_is_not_dated_by_its_details() -> None:
    text = (
        "More than ten North Koreans arrested by Chinese police in Yanji earlier this month have been "
        "sent back to North Korea, an activist said.\n\n"
        "The group was handed over to North Korean guards at the Tumen crossing on Saturday, the "
        "activist said."
    )
    assert date_ranges(text, "2027-04-21", "arrest") == [(date(2027, 4, 1), date(2027, 4, 21))]


def test_a_lede_s_next_sentence_told_as_what_someone_said_dates_a_vague_lede() -> None:
    text = (
        "SEOUL, May 12 (Invented Wire) -- China sent back about 30 North Korean defectors last week, "
        "a Seoul-based rights group said Tuesday. The group said the defectors were driven to the "
        "border crossing at Tumen on May 8."
    )
    assert date_ranges(text, "2027-05-12", "repatriation") == [(date(2027, 5, 8), date(2027, 5, 8))]

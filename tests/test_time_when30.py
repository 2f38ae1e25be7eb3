"""Dating conventions of round when30, on invented text: spans given by their two ends, the
first days or weeks of a month or of what began, terms of punishment that are no dates, a count
"after" that opens a clause, and acts told with how long they lasted."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document
from tessera.time import date_events, find_mentions, resolve_expression
from tessera.time.report import from_published
from test_time_events import _event
from test_time_unseen import _dated


def _span(event):  # noqa: ANN001, ANN202
    return event.when.start, event.when.end


def _resolved(phrase: str, published: str) -> tuple[date | None, date | None]:
    span = resolve_expression(phrase, from_published(published))
    assert span is not None, phrase
    return span.start, span.end


# --- spans given by their two ends -----------------------------------------------------------


def test_two_parts_of_months_joined_by_or_make_one_span() -> None:
    assert _resolved("late June or early July", "2023-08-02") == (date(2023, 6, 21), date(2023, 7, 10))
    assert _resolved("late October and early November", "2023-12-01") == (
        date(2023, 10, 21),
        date(2023, 11, 10),
    )
    # the year named after the second month is that month's
    assert _resolved("late December or early January 2022", "2022-03-01") == (
        date(2021, 12, 21),
        date(2022, 1, 10),
    )


def test_two_days_of_an_unnamed_month_make_one_span_not_one_up_to_the_report() -> None:
    text = (
        "The county security office held the two traders from the 4th to the 9th, a source said on the 12th."
    )
    (held,) = [m for m in find_mentions(text) if "4th" in m.text]
    assert not held.since
    assert _resolved(held.text, "2022-10-13") == (date(2022, 10, 4), date(2022, 10, 9))


# --- the first days or weeks -----------------------------------------------------------------


def test_the_first_days_or_weeks_of_a_month_are_a_part_of_it() -> None:
    assert _resolved("the first two weeks of June", "2023-07-01") == (date(2023, 6, 1), date(2023, 6, 14))
    assert _resolved("the first days of May", "2023-07-01") == (date(2023, 5, 1), date(2023, 5, 10))


def test_the_first_week_of_what_began_counts_from_its_start() -> None:
    text = (
        "Police in Kimchaek began a sweep of the fish market on October 3. "
        "At least nine vendors were detained in the first week, a resident said."
    )
    (detained,) = _dated(text, "2022-10-21", [("detained", "arrest")])
    assert _span(detained) == (date(2022, 10, 3), date(2022, 10, 9))


def test_the_first_week_counts_from_a_since_phrase_too() -> None:
    text = (
        "Since early March, travellers to Manpo have needed a stamped pass. "
        "Two carpenters were detained at a roadblock in the first week, a source said."
    )
    (detained,) = _dated(text, "2021-04-02", [("detained", "arrest")])
    assert _span(detained) == (date(2021, 3, 1), date(2021, 3, 7))


# --- terms of punishment ---------------------------------------------------------------------


def test_a_term_given_in_the_present_perfect_is_no_time_since_the_sending() -> None:
    text = (
        "Inspectors arrived in Kanggye in the second week of May. "
        "Three of the traders have already been sent to a labour training unit for six months."
    )
    (sent,) = _dated(text, "2023-06-02", [("sent", "punishment")])
    assert sent.when.start is None or sent.when.start >= date(2023, 5, 1)


def test_the_length_of_a_sentence_is_no_stay_from_the_day_told() -> None:
    text = (
        "Hundreds of people were made to watch earlier this month as two dock workers in Nampho were "
        "handed sentences of between 8 and 12 years in a camp."
    )
    (handed,) = _dated(text, "2022-09-20", [("sentences", "punishment")])
    assert handed.when.end is None or handed.when.end <= date(2022, 9, 20)


# --- a count "after" that opens a clause -----------------------------------------------------


def test_a_count_after_opening_a_clause_dates_that_clause_before_the_main_date() -> None:
    text = "A logger died in a police cell in Kilju on the 14th, four days after he was detained for selling timber."
    (detained,) = _dated(text, "2024-06-20", [("detained", "arrest")])
    assert _span(detained) == (date(2024, 6, 10), date(2024, 6, 10))
    text = "A woman died in a holding centre in mid-May, two weeks after being sent back from China."
    (sent,) = _dated(text, "2024-06-20", [("sent", "repatriation")])
    assert _span(sent) == (date(2024, 4, 27), date(2024, 5, 6))


def test_a_count_after_a_named_happening_still_counts_from_it() -> None:
    text = "The trader was detained on March 2. He was released two weeks after his arrest."
    (released,) = [m for m in find_mentions(text) if "weeks" in m.text]
    assert released.amount == 2


# --- acts told with how long they lasted ------------------------------------------------------


def test_an_act_told_with_its_length_runs_from_the_day_it_began() -> None:
    text = (
        "A teacher from Kowon was detained in the autumn of 2015. "
        "Investigators questioned him for 50 days at the county office."
    )
    (questioned,) = _dated(text, "2023-01-10", [("questioned", "interrogation")])
    assert _span(questioned) == (date(2015, 9, 1), date(2016, 1, 19))


def test_a_stay_told_with_spent_lasts_that_long() -> None:
    text = "A miner was caught in 2012 and spent three years in a reeducation camp in Jagang."
    (spent,) = _dated(text, "2021-05-04", [("spent", "punishment")])
    assert _span(spent) == (date(2012, 1, 1), date(2015, 12, 31))


def test_what_is_done_during_a_counted_act_lasts_as_long() -> None:
    text = (
        "A bus driver was arrested in the winter of 2016. "
        "During two months of questioning he was beaten with a shovel handle."
    )
    (beaten,) = _dated(text, "2020-02-11", [("beaten", "violence")])
    assert _span(beaten) == (date(2016, 12, 1), date(2017, 4, 29))


def test_an_act_dated_in_its_own_clause_keeps_that_date() -> None:
    text = "The farmer was questioned for ten days in August by the county security office."
    (questioned,) = _dated(text, "2022-12-01", [("questioned", "interrogation")])
    assert _span(questioned) == (date(2022, 8, 1), date(2022, 8, 31))


def test_a_term_given_is_not_how_long_an_act_lasted() -> None:
    text = "The smuggler was caught in March 2019. He was sent to a labour camp for two years."
    (sent,) = _dated(text, "2022-04-01", [("sent", "punishment")])
    assert sent.when.end is None or sent.when.end <= date(2019, 12, 31)


# --- done by the report, and found that day --------------------------------------------------


def test_an_event_told_in_the_present_perfect_after_the_story_time_runs_to_the_report() -> None:
    text = (
        "Six fishermen were handed over to the North at Sinuiju in March. "
        "They have been sentenced to five years in a labour camp, a source said."
    )
    (sentenced,) = _dated(text, "2023-05-20", [("sentenced", "punishment")])
    assert _span(sentenced) == (date(2023, 3, 1), date(2023, 5, 20))


def test_a_guess_in_the_present_perfect_keeps_the_vanishing_date() -> None:
    text = (
        "A cook failed to return to a restaurant in Dandong on May 4. Her managers believe she has defected."
    )
    analysis = analyse(Document("t", text, published="2023-05-20"))
    (guess,) = date_events([_event(analysis, "defected", "escape", status="suspected")], analysis)
    assert guess.when.end is not None and guess.when.end < date(2023, 5, 20)


def test_a_past_perfect_reported_after_a_dated_clause_takes_that_day() -> None:
    text = "Villagers heard shouting near the ferry late on Tuesday; a source said soldiers had beaten a smuggler."
    (beaten,) = _dated(text, "2023-09-08", [("beaten", "violence")])
    assert _span(beaten) == (date(2023, 9, 5), date(2023, 9, 5))
    text = "A fishing crew found two men adrift on Sunday, and the men told the crew they had fled Chongjin."
    (fled,) = _dated(text, "2023-09-08", [("fled", "escape")])
    assert _span(fled) == (date(2023, 9, 3), date(2023, 9, 3))


# --- the same afternoon, the previous day ------------------------------------------------------


def test_that_same_afternoon_is_the_day_told_before() -> None:
    text = (
        "Two loggers were shot at the stadium in Kanggye on the 9th, a day before the Party's founding day. "
        "The men had been arrested in August. That evening their wives were taken away in a truck."
    )
    (taken,) = _dated(text, "2023-10-12", [("taken", "arrest")])
    assert _span(taken) == (date(2023, 10, 9), date(2023, 10, 9))


def test_the_previous_day_with_no_day_told_is_the_day_before_the_report() -> None:
    text = "An official said agents had searched homes near the bridge the previous day."
    (searched,) = _dated(text, "2023-03-15", [("searched", "search")])
    assert _span(searched) == (date(2023, 3, 14), date(2023, 3, 14))

"""Dating conventions of round when31, on invented text: a day on a verb of public reaction is
when the reaction was voiced, and the one date of a sentence dates what the sentence reports
when the parse left it on another word."""

from __future__ import annotations

from datetime import date

from test_time_events import _dated


def _span(event):  # noqa: ANN001, ANN202
    return event.when.start, event.when.end


# --- a day on a verb of public reaction --------------------------------------------------------


def test_a_day_on_a_verb_of_reaction_is_when_it_was_voiced_not_the_event() -> None:
    text = "A rights group on Friday condemned the execution of two women in Chongjin last month."
    (executed,) = _dated(text, "2024-05-17", [("execution", "execution")])
    assert _span(executed) == (date(2024, 4, 1), date(2024, 4, 30))


def test_a_date_of_the_event_noun_under_a_reaction_verb_stays_the_events() -> None:
    text = (
        "The rights group strongly condemns the forced return of 40 North Koreans through Dandong on Tuesday."
    )
    (returned,) = _dated(text, "2024-05-17", [("return", "repatriation")])
    assert _span(returned) == (date(2024, 5, 14), date(2024, 5, 14))


# --- the one date of a sentence ----------------------------------------------------------------


def test_the_one_date_of_a_sentence_dates_the_event_the_parse_left_undated() -> None:
    text = (
        "Two men convicted of smuggling copper were shot by firing squad in front of a crowd on a "
        "riverbank in Hyesan on May 3, a source in the province said."
    )
    (executed,) = _dated(text, "2024-05-20", [("convicted", "execution")])
    assert _span(executed) == (date(2024, 5, 3), date(2024, 5, 3))

"""Dating conventions of round when31, on invented text: a day on a verb of public reaction is
when the reaction was voiced, and the one date of a sentence dates what the sentence reports
when the parse left it on another word."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document
from tessera.time import date_events
from test_time_events import _dated, _event


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


# --- what stopped an attempt happened when it was made -------------------------------------------


def _told(text: str, published: str, triggers: list[tuple[str, str, str]]):  # noqa: ANN202
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, t, ty, st) for t, ty, st in triggers], analysis)


def test_an_arrest_that_stopped_an_attempt_takes_the_attempts_date() -> None:
    text = (
        "Six fishermen from Sinpo tried to reach South Korea by boat in early May but were "
        "caught by a navy patrol before dawn, a source said."
    )
    _tried, caught = _told(
        text, "2024-05-29", [("reach", "escape", "attempted"), ("caught", "arrest", "occurred")]
    )
    assert _span(caught) == (date(2024, 5, 1), date(2024, 5, 10))


def test_a_shooting_told_right_after_a_dated_attempt_takes_its_date() -> None:
    text = (
        "A young man chose the night of April 9 to try to cross the Tumen into China. Border "
        "guards opened fire as he waded toward the far bank, wounding him in the leg."
    )
    _tried, shot = _told(
        text, "2024-04-25", [("try", "escape", "attempted"), ("wounding", "violence", "occurred")]
    )
    assert _span(shot) == (date(2024, 4, 9), date(2024, 4, 9))

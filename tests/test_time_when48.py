"""A present-perfect act dated only by the "after" clause of its cause (round when48)."""

from __future__ import annotations

from datetime import date

from test_time_events import _range
from test_time_story import _dated


def test_a_present_perfect_arrest_after_a_dated_crossing_runs_to_the_report() -> None:
    text = (
        "The commander of a border guard company in Musan has been arrested after a family of "
        "three crossed the Tumen River from his sector late last month, a source said."
    )
    arrest, escape = _dated(text, "2027-05-13", [("arrested", "arrest"), ("crossed", "escape")])
    assert _range(arrest) == (date(2027, 4, 21), date(2027, 5, 13), "range")
    # the cause keeps its own date
    assert _range(escape) == (date(2027, 4, 21), date(2027, 4, 30), "month_part")


def test_an_active_present_perfect_dismissal_after_a_dated_vanishing_runs_to_the_report() -> None:
    text = (
        "North Korea has dismissed the head of a neighbourhood unit in Hyesan after two women "
        "under his watch went missing in early March, a source said."
    )
    (dismissal,) = _dated(text, "2027-04-08", [("dismissed", "punishment")])
    assert _range(dismissal) == (date(2027, 3, 1), date(2027, 4, 8), "range")


def test_a_past_tense_act_after_a_dated_cause_keeps_that_date() -> None:
    # "was arrested after ..." tells the story's next step, not news up to the report
    text = "A trader was arrested after she crossed the river on March 3, a source said."
    (arrest,) = _dated(text, "2027-04-08", [("arrested", "arrest")])
    assert _range(arrest) == (date(2027, 3, 3), date(2027, 3, 3), "day")


def test_a_present_perfect_act_with_its_own_date_keeps_it() -> None:
    # the date is the act's own, not in the "after" clause
    text = "Police have detained a trader on March 3 after a raid on her stall, a source said."
    (arrest,) = _dated(text, "2027-04-08", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 3, 3), date(2027, 3, 3), "day")


def test_the_cause_itself_in_the_after_phrase_keeps_its_date() -> None:
    text = (
        "Authorities have launched a crackdown on smuggling after publicly executing a "
        "ringleader in Sinuiju late last month, a source said."
    )
    (execution,) = _dated(text, "2027-06-10", [("executing", "execution")])
    assert _range(execution) == (date(2027, 5, 21), date(2027, 5, 31), "month_part")

"""A count "after" a clause runs on from that clause's happening when its sentence dates
nothing else (issue 12, `when`).

Invented text only. "died on the 2nd, three days after he was arrested" counts back from the
date its sentence tells; "Her house was searched two days after she disappeared", in a sentence
with no date of its own, counts on from the disappearance told before.
"""

from __future__ import annotations

from datetime import date

from test_time_events import _range
from test_time_story import _dated


def test_a_count_after_a_clause_in_an_undated_sentence_runs_on_from_it() -> None:
    text = (
        "A seamstress in Musan vanished on March 11, her sister said. "
        "Her flat was searched two days after she vanished, and officers took away a phone."
    )
    _, search = _dated(text, "2027-04-02", [("vanished", "disappearance"), ("searched", "search")])
    assert _range(search)[:2] == (date(2027, 3, 13), date(2027, 3, 13))


def test_a_count_opening_a_sentence_runs_on_from_the_happening_it_names() -> None:
    text = (
        "An inspection team from the capital reached the border post on June 3. "
        "Three days after the team arrived, two guards were detained by military security officers."
    )
    (arrest,) = _dated(text, "2027-06-20", [("detained", "arrest")])
    assert _range(arrest)[:2] == (date(2027, 6, 6), date(2027, 6, 6))


def test_a_count_after_a_clause_still_runs_back_from_its_sentence_date() -> None:
    text = "A carpenter died in a cell in Kilju on May 20, four days after he was detained for theft."
    _, arrest = _dated(text, "2027-06-01", [("died", "violence"), ("detained", "arrest")])
    assert _range(arrest)[:2] == (date(2027, 5, 16), date(2027, 5, 16))


def test_a_weekday_told_with_its_date_is_that_date() -> None:
    text = "A cook disappeared from a restaurant's dormitory in Vladivostok on Sunday, March 2, a colleague said."
    (vanishing,) = _dated(text, "2027-03-30", [("disappeared", "disappearance")])
    assert _range(vanishing)[:2] == (date(2027, 3, 2), date(2027, 3, 2))

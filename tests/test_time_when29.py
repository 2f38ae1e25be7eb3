"""Dating conventions of round when29, on invented text: what the victim (or the doer) was
trying or doing, told in a relative clause on the act's object or agent, dates the act."""

from __future__ import annotations

from datetime import date

from test_time_unseen import _dated


def _span(event):  # noqa: ANN001, ANN202
    return event.when.start, event.when.end


def test_a_verb_of_trying_on_the_object_dates_the_shooting() -> None:
    text = "Coast guards shot and wounded a fisherman who tried to row across the estuary on the 9th, a source said."
    (shot,) = _dated(text, "2024-03-15", [("shot", "violence")])
    assert _span(shot) == (date(2024, 3, 9), date(2024, 3, 9))


def test_an_infinitive_under_a_progressive_relative_clause_dates_the_act() -> None:
    text = "Guards opened fire on a boy who was trying to swim toward the far bank near Sakju late on Sunday, residents said."
    (fire,) = _dated(text, "2023-07-20", [("fire", "violence")])
    assert _span(fire) == (date(2023, 7, 16), date(2023, 7, 16))


def test_a_progressive_clause_on_the_agent_dates_the_beating() -> None:
    text = "A ferry keeper was beaten by militiamen who were hunting for smuggled tobacco in his shed last month."
    (beaten,) = _dated(text, "2022-11-04", [("beaten", "violence")])
    assert _span(beaten) == (date(2022, 10, 1), date(2022, 10, 31))


def test_trying_on_the_subject_does_not_date_a_later_punishment() -> None:
    text = "A deckhand who tried to sail south in March was executed in Sinpo last week."
    (executed,) = _dated(text, "2021-09-22", [("executed", "execution")])
    assert _span(executed) == (date(2021, 9, 13), date(2021, 9, 19))


def test_a_past_perfect_step_takes_the_time_the_story_set() -> None:
    text = (
        "A welder at a shipyard near Nakhodka was beaten by a minder in late March after a radio "
        "was found under his bed. The minder had searched the dormitory while the crew was at work."
    )
    (searched,) = _dated(text, "2024-04-12", [("searched", "search")])
    assert _span(searched) == (date(2024, 3, 21), date(2024, 3, 31))


def test_a_past_perfect_with_nothing_told_before_stays_undated() -> None:
    text = "The minder had searched the dormitory while the crew was at work."
    (searched,) = _dated(text, "2024-04-12", [("searched", "search")])
    assert _span(searched) == (None, None)


def test_what_is_going_on_at_the_report_runs_from_its_date_to_the_report() -> None:
    text = "Dozens of women handed over by China at Sinuiju in early May are being interrogated at a detention centre in the city, a source said."
    (questioned,) = _dated(text, "2022-06-24", [("interrogated", "interrogation")])
    assert _span(questioned) == (date(2022, 5, 1), date(2022, 6, 24))
    text = "Four fishermen caught off Sinpo last week are being held by state security in Hamhung."
    (held,) = _dated(text, "2022-06-24", [("held", "arrest")])
    assert _span(held) == (date(2022, 6, 13), date(2022, 6, 24))

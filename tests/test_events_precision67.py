"""False events (session 67, precision): a choice to stay in the South told after the crossing
of the same report is that defection told again (`joining._choice_to_stay_after_a_crossing`), as
is an undated crossing told after the arrival of the same people (`joining._crossing_and_arrival`);
harm after an attempt imagined in an "if" clause is no event (`background._keeps_by_itself`); the
shooting of one foretold with a purpose is an execution awaited (`retyping.shooting_of_one_foretold`)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted_types

_types = partial(extracted_types, published="2031-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "One of the two fishermen who sailed across the eastern sea border last week has said he "
        "wants to go home, an official said. The other man has asked to stay in the South.",
        "One of the three North Koreans who rowed across the western sea border near Yeonpyeong "
        "Island on Sunday is a former teacher, an official said. They are being questioned. Seoul "
        "will tell Pyongyang through the UN Command that the three wish to stay in the South.",
    ],
)
def test_choice_to_stay_after_the_crossing_is_no_second_escape(text: str) -> None:
    assert _types(text).count("escape") == 1


@pytest.mark.parametrize(
    "text",
    [
        # no crossing told before: the choice is how the defection is told
        "Two fishermen rescued off Goseong last week have asked to stay in the South, an official said.",
        # a failed crossing told before: the choice of others is a defection of its own
        "A soldier was caught as he tried to cross the Tumen on Monday. Separately, two fishermen "
        "rescued at sea have asked to stay in the South, an official said.",
    ],
)
def test_choice_to_stay_with_no_crossing_told_before_stays_an_escape(text: str) -> None:
    assert "escape" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "If he tried to swim the river tonight, he could be shot by border guards before he "
        "reached the middle, a relative said.",
        "If they try to reach the river tonight, they could be beaten by the patrols before they "
        "get there, a smuggler said.",
    ],
)
def test_harm_after_an_imagined_attempt_is_no_event(text: str) -> None:
    # "tried to swim" is an attempt imagined, not a trial ("if he is tried")
    assert "violence" not in _types(text)


def test_harm_after_a_trial_still_looms() -> None:
    text = "If he is tried by a military court next month, he could be beaten in custody, relatives fear."
    assert "violence" in _types(text) or "punishment" in _types(text)


def test_penalty_after_a_decision_of_investigators_still_looms() -> None:
    text = "He could be sent to a labour camp if investigators decide he helped the two leave, a source said."
    assert "punishment" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Five county officials were detained last week. 'People say the chairman will be shot to "
        "show that the Party cares about the flood victims,' the source said.",
        "Four workers were held after the strike. 'Some say one of them could be shot,' a trader said.",
    ],
)
def test_shooting_of_one_foretold_is_an_execution_awaited(text: str) -> None:
    types = _types(text)
    assert "execution" in types
    assert "violence" not in types


def test_shooting_of_whoever_tries_is_no_execution() -> None:
    text = "Villagers say one of those who try the river will be shot, a source said."
    assert "execution" not in _types(text)


def test_undated_leg_told_of_the_people_just_named_joins_their_journey() -> None:
    text = (
        "A woman and her two teenage sons who slipped out of Musan in early May have reached "
        "Thailand after a long trek through China and Laos, relatives said on Wednesday. The three "
        "waded across the Tumen at night, a relative said, and were moved south by brokers."
    )
    assert _types(text).count("escape") == 1


def test_dated_crossing_after_an_arrival_stays_another_leg() -> None:
    text = (
        "A woman who reached South Korea last autumn told her story to reporters. In August 2019 "
        "she waded across the Tumen near Musan."
    )
    assert _types(text).count("escape") == 2


def test_arrival_told_after_the_crossing_stays_the_later_leg() -> None:
    text = (
        "The second man was convicted of helping two of his nephews cross the Yalu River into "
        "China in 2021. The nephews later reached South Korea through Thailand, one resident said."
    )
    assert _types(text).count("escape") == 2

"""Events stage: false alarms of the wrong type or of no event (session 51).

A shooting staged as an example or with companions is an execution; "held responsible" is blame,
not custody; "the shots were fired" dismisses no one; a checkpoint naming the post of those who
beat or held someone is no restriction. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Relatives fear he will be shot as an example.",
        "Villagers expect at least one of the guards to be shot as an example.",
        "The former secretary was shot together with two subordinates in May.",
        "A broker who had worked with the unit was shot alongside him.",
    ],
)
def test_a_shooting_as_an_example_or_with_companions_is_an_execution(text: str) -> None:
    found = types_of(text)
    assert "execution" in found and "violence" not in found


@pytest.mark.parametrize(
    "text",
    [
        "A smuggler was shot with a rifle on Monday.",
        "A smuggler was shot by guards with their dogs.",
    ],
)
def test_a_shooting_with_an_instrument_or_a_shooter_stays_violence(text: str) -> None:
    found = types_of(text)
    assert "violence" in found and "execution" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The manager had been held responsible for the losses at the mine.",
        "Officials said the captain would be held accountable.",
    ],
)
def test_held_responsible_is_no_custody(text: str) -> None:
    assert "arrest" not in types_of(text)


def test_held_in_a_cell_stays_custody() -> None:
    assert "arrest" in types_of("She was held in a police cell for a week.")


def test_shots_fired_dismiss_no_one() -> None:
    assert "punishment" not in types_of("The man was detained before the shots were fired.")
    assert "punishment" in types_of("A teacher at the school was fired last month.")


@pytest.mark.parametrize(
    "text",
    [
        "A trader was badly beaten by guards at the checkpoint at the edge of the town last week.",
        "A vendor was kicked and beaten by checkpoint soldiers outside the city.",
        "Police at a checkpoint near the bridge held him for three hours on Monday.",
    ],
)
def test_a_checkpoint_placing_those_who_beat_or_held_is_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police officers at street checkpoints have been checking phones since March.",
        "Checkpoint guards have been told to turn back anyone without a permit.",
    ],
)
def test_a_checkpoint_at_work_stays_a_restriction(text: str) -> None:
    assert "movement_restriction" in types_of(text)

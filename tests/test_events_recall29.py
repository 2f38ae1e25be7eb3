"""Events stage: missed events of three kinds that recur across writers.

A shooting before the public ("at a public rally", "in public") or after a trial, and a shooting
of people told as accused or convicted of a deed, is an execution, not an assault. Barriers that
are built, laid, strung, set up or multiplied along a border or a road (fences, walls, mines,
roadblocks, guard posts) restrict movement. People named by what befell them or what they had
done ("those suspected of meeting missionaries", "those who had attended church"), whose fate is
told in prospect ("are likely to be sent") or with a modal, are people of the story for whom a
penalty looms, not whoever fits a rule ("those who bring in films can face death" stays a rule).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

EXECUTIONS = [
    "Three farmers accused of hoarding maize were shot at a public rally in Kimchaek last week.",
    "Two clerks were shot in early May after a short public trial in the county town.",
    "Four men charged with selling copper wire were shot in Hyesan last month, a source said.",
]

ASSAULTS = [
    "Two smugglers accused of crossing the river were shot by border guards last week.",
    "A woman was shot in the leg as she waded across the Tumen, a relative said.",
]

RESTRICTIONS = [
    "Soldiers have been laying new coils of wire fencing along the Yalu near Manpo since March.",
    "Police in Tumen set up roadblocks on the roads out of the city after the two men fled.",
    "Border guards have doubled the sentry posts along the river near Musan this winter.",
    "Engineers have laid new minefields along the eastern stretch of the border, officials said.",
]

NO_RESTRICTION = [
    "The farmer mended the fence around his plot before the rains.",
    "The zone is lined with minefields, wire fences and guard posts on both sides.",
]


@pytest.mark.parametrize("text", EXECUTIONS)
def test_shooting_by_decision_is_an_execution(text: str) -> None:
    assert "execution" in types_of(text)


@pytest.mark.parametrize("text", ASSAULTS)
def test_shooting_at_the_scene_stays_an_assault(text: str) -> None:
    assert "execution" not in types_of(text)


@pytest.mark.parametrize("text", RESTRICTIONS)
def test_barriers_built_restrict_movement(text: str) -> None:
    assert "movement_restriction" in types_of(text)


@pytest.mark.parametrize("text", NO_RESTRICTION)
def test_barriers_described_are_no_measure(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


def test_penalty_looms_for_people_named_by_a_past_act() -> None:
    text = (
        "Eleven women were handed back at Namyang in June. Those who had attended church in China "
        "will be sent to a political prison camp, a source in the city said."
    )
    assert any(e.type == "punishment" and e.status == "at_risk" for e in events_of(text))


def test_penalty_in_prospect_for_people_named_by_their_fate() -> None:
    text = (
        "Nine men were returned to the North in May. Once back, those suspected of meeting "
        "missionaries are likely to be sent to political prison camps."
    )
    assert any(e.type == "punishment" and e.status == "at_risk" for e in events_of(text))


def test_penalty_for_whoever_does_something_stays_a_rule() -> None:
    text = "Those who bring in foreign films can face the death penalty under the new law."
    assert not events_of(text)

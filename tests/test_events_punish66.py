"""Punishments and executions told without their usual words: banishment by an order to leave a
town, terms given by a court or counted in days, dismissals by firing or removal,
public shaming and unpaid labour, commitment to a psychiatric ward (triggers.json); penalties
looming for people counted or paired ("the pair will be sent to a camp") or expected for those
the report told of (background.py, status.py); shootings before a unit or a village, for an
offence, or likely for one person, as executions (retyping.py, background.json)."""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of


def _statuses(text: str, event_type: str) -> set[str]:
    return {e.status for e in events_of(text, published="2030-05-20") if e.type == event_type}


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # banishment told by an order to leave the town
        ("The three households were ordered to leave the town by the end of the month.", "occurred"),
        ("The two families have been told to get ready to leave the city.", "at_risk"),
        # terms given by a court, or counted in days at a labour unit
        ("Last month a court in Kanggye gave the ferryman six years in a reform camp.", "occurred"),
        ("Five vendors got ten days each at the district labour training unit.", "occurred"),
        # dismissals
        ("Pyongyang has fired the party secretary of Musan County.", "occurred"),
        ("The director of the power station was removed over repeated blackouts.", "occurred"),
        # public shaming and unpaid labour
        (
            "The boy was made to stand in front of his whole class while the teacher read out his offence.",
            "occurred",
        ),
        ("Two clerks were made to stand at the factory gate with placards for a day.", "occurred"),
        ("Three cooks are facing a public criticism session next week.", "at_risk"),
        ("The widow was made to work without pay at a brickworks for a month.", "occurred"),
        (
            "A retired teacher who wrote to the county office was forcibly committed to a psychiatric hospital.",
            "occurred",
        ),
        # a penalty looming for people counted or paired, or expected for those told of
        ("Rights groups fear the pair will be sent to a political prison camp.", "at_risk"),
        ("Police detained eleven traders. Those caught are expected to be sent to labour camps.", "at_risk"),
    ],
)
def test_punishment_told(text: str, status: str) -> None:
    assert status in _statuses(text, "punishment")


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("A platoon leader was shot in front of his whole battalion in Kusong last month.", "occurred"),
        ("The boatman was shot in front of the whole village that autumn.", "occurred"),
        ("In 2027 a bank clerk was shot for a similar offence.", "occurred"),
        ("A herdsman was shot at the same riverbank for selling a stolen ox.", "occurred"),
        ("Residents say the mine's chief engineer is likely to be shot.", "at_risk"),
    ],
)
def test_shooting_read_as_execution(text: str, status: str) -> None:
    assert status in _statuses(text, "execution")


@pytest.mark.parametrize(
    "text",
    [
        "Collective punishment of relatives is forbidden under international law.",
        "Smuggling of scrap copper may be punished with death.",
        "Flights to Vladivostok were suspended last week.",
        "The old footbridge was removed over safety concerns.",
    ],
)
def test_no_punishment(text: str) -> None:
    assert "punishment" not in types_of(text, published="2030-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "A smuggler was shot in the leg for trying to cross the river.",
        "Anyone who approaches the fence is likely to be shot.",
    ],
)
def test_shooting_stays_no_execution(text: str) -> None:
    assert "execution" not in types_of(text, published="2030-05-20")


def test_term_given_in_a_participle_is_the_sentence_told() -> None:
    text = "The court sentenced six members of the gang last week, giving its leader nine years."
    assert [e.type for e in events_of(text, published="2030-05-20")].count("punishment") == 1

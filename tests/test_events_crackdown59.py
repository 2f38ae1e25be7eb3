"""Campaigns the lexicon used to miss: campaign nouns of struggle ("a 60-day battle against
timber theft"), sweeps named by their target ("the winter radio sweep"), patrols of a policing
body at work, and an inspecting team whose arrival a "since" clause tells (teams.py, status.py)."""

from __future__ import annotations

import pytest

import tessera


def _types(text: str) -> list[str]:
    return [e.type for e in tessera.extract(text, published="2025-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        "The county police have opened what residents call a 60-day battle against timber theft in the "
        "hills above Musan, a source said.",
        "Since April the provincial committee has been waging a struggle against bribery among the managers of "
        "every factory in Tanchon, a source said.",
        "At least nine traders were detained in Manpo during the winter radio sweep, a source said.",
        "Police patrols have been combing the markets of Sunam district since March for traders selling "
        "Chinese phones, a source in Chongjin said.",
        "Youth league patrols have been out in force in Kimchaek since early April, a resident said.",
        "Six clerks have been held in Kilju since a joint inspection group from the Central Committee "
        "arrived in late March, a source said.",
    ],
)
def test_campaign_is_a_crackdown(text: str) -> None:
    assert "crackdown" in _types(text)


def test_border_patrol_catching_someone_is_no_campaign() -> None:
    # (a patrol named by the border it guards is a guard's routine, not a campaign at work)
    text = "Border patrols stopped a woman on the riverbank near Hyesan last week, a source said."
    assert "crackdown" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # (a battle with nothing it is fought against is no campaign of control)
        "Veterans of the battle of Taejon gathered in Pyongyang last week, state media said.",
        # (nor one fought against a disease: no practice or people are its target)
        "Provinces have been waging a fierce struggle against the epidemic since January, state media said.",
    ],
)
def test_battle_against_no_practice_is_no_campaign(text: str) -> None:
    assert "crackdown" not in _types(text)


def test_team_arrival_dating_nothing_going_on_stays_background() -> None:
    # (the team's arrival only times what followed "after" it)
    text = (
        "After a detection team from Pyongyang arrived in Hoeryong, two brokers were dismissed from their "
        "posts, a source said."
    )
    assert "crackdown" not in _types(text)

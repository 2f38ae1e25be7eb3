"""Events stage: crackdowns told by the inspection team at work, and travel stops with control
points added beside them (session 57, second round).

Reports tell a campaign by the body sent to run it: "an inspection team from Pyongyang arrived in
Hyesan", "inspection squads have been combing the market". What such a team comes to
investigate is its campaign, not a questioning. A stop put to travel permits and control points
added "and" beside it are two measures; points guarding a ban on going near the river are its means.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of, types_of


@pytest.mark.parametrize(
    "text",
    [
        "A joint inspection team from the party Central Committee and the Central Public Prosecutors "
        "Office arrived in Kanggye last week, a source said.",
        "Another team of inspectors from Pyongyang has arrived in Musan, a trader said.",
        "A second inspection team from Pyongyang has been in Kilju since mid-April, a source said.",
        "An inspection group from the provincial party committee began auditing factories in Tanchon this month.",
        "Inspection squads from the city party committee have been combing the Pohang market since Monday.",
        "An inspection group from the provincial party committee has been going through the books of "
        "factories in Kaechon.",
    ],
)
def test_an_inspection_team_at_work_is_a_crackdown(text: str) -> None:
    assert "crackdown" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A trade delegation from Dandong arrived in Sinuiju last week, a source said.",
        "His brother has been in Kilju since mid-April, a source said.",
        "Inspection teams arrive in the county every spring, defectors say.",
        "A joint inspection team searched homes in Kilju for three days. The inspectors arrived without "
        "warning after dark.",
    ],
)
def test_a_visitor_or_a_habit_is_no_crackdown(text: str) -> None:
    assert "crackdown" not in types_of(text)


def test_inspectors_going_through_warehouses_search_them() -> None:
    types = types_of(
        "Inspectors went through the warehouses, nets and boats of every cooperative in the town."
    )
    assert "search" in types and "crackdown" not in types


def test_what_an_inspection_team_comes_to_investigate_is_its_crackdown() -> None:
    text = (
        "A joint inspection team from the party Central Committee arrived in Kanggye last week to "
        "investigate officials suspected of taking bribes."
    )
    assert type_list_of(text) == ["crackdown"]


def test_police_come_to_investigate_a_theft_is_a_questioning() -> None:
    assert "interrogation" in types_of(
        "Police arrived in Musan on Monday to investigate the theft of copper wire."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Onsong have stopped issuing travel permits to traders and have set up extra "
        "checkpoints on the roads out of the city.",
        "North Korea has suspended travel permits for its border areas and set up additional checkpoints "
        "on the roads leading to Musan, a source said.",
    ],
)
def test_points_added_beside_a_travel_stop_are_a_second_restriction(text: str) -> None:
    assert type_list_of(text) == ["movement_restriction", "movement_restriction"]


@pytest.mark.parametrize(
    "text",
    [
        "Authorities in Manpo have banned residents from approaching the river and set up two new "
        "checkpoints on roads leading to the riverbank.",
        "Authorities have tightened controls on travel into Pyongyang, setting up additional checkpoints "
        "on roads leading to the capital.",
    ],
)
def test_points_guarding_a_ban_or_told_as_its_manner_stay_one(text: str) -> None:
    assert type_list_of(text) == ["movement_restriction"]

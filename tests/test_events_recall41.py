"""Events stage: missed events by kind (recall, 2026-12-05): people taken by the police, or taken
off a train by officers, are arrested; a campaign launched against something is a crackdown;
people returned by a state from China are repatriated; a tribunal, discipline or dismissal faced
looms; people consigned to a camp are punished. Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, type_list_of


@pytest.mark.parametrize(
    "text",
    [
        "Traders believe the three men were taken by the Ministry of State Security last week.",
        "Officers took seven passengers without valid permits off a train near Hamhung.",
    ],
)
def test_people_taken_by_the_authorities_are_arrested(text: str) -> None:
    assert "arrest" in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "He took the children off the bus at the school gate.",
        "The photographs were taken by soldiers during the parade.",
    ],
)
def test_taken_by_no_authority_or_nothing_of_people_is_no_arrest(text: str) -> None:
    assert "arrest" not in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police in Hyesan have launched a campaign this month against smartphones, a source said.",
        "The provincial security bureau began a 100-day drive in February against foreign films.",
    ],
)
def test_a_campaign_launched_against_something_is_a_crackdown(text: str) -> None:
    assert "crackdown" in type_list_of(text)


def test_people_returned_from_china_by_a_state_are_repatriated() -> None:
    text = (
        "In April Chinese authorities returned a large group of North Koreans from detention "
        "facilities in Jilin, a rights group said."
    )
    assert "repatriation" in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She returned the money from China to her brother.",
        "The traders returned from China in May with their goods.",
    ],
)
def test_things_or_people_coming_back_are_no_repatriation(text: str) -> None:
    assert "repatriation" not in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Two border guards were detained last week. Both are expected to face a military "
        "tribunal, the source said.",
        "The company commander faces dismissal over the crossing, a source said.",
    ],
)
def test_a_tribunal_or_dismissal_faced_looms(text: str) -> None:
    penalties = [e for e in events_of(text) if e.type == "punishment"]
    assert penalties and all(e.status == "at_risk" for e in penalties)


def test_people_consigned_to_a_camp_are_punished() -> None:
    text = "Two of the men were consigned to a political prison camp in North Hamgyong in March."
    assert "punishment" in type_list_of(text)

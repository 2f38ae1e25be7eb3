"""Events stage (measures53): restrictions and campaigns told in ways the rules missed.

"Residents have been told they may not walk on the beach after dark", "the workers were told
they could no longer leave the dormitory": people told they may not go somewhere are under the
restriction (triggers.json, movement_restriction, a passive "told" with "not" or "no longer"
and a verb of going); "he told reporters he would not go back" is no restriction.

"Police have been running a campaign since early March to find migrants without papers", "the
league conducted a campaign in the universities targeting students' clothing", "a campaign to
clear beggars from the markets": a campaign run, conducted or waged with an aim of catching,
finding or clearing is a crackdown (triggers.json, crackdown).

"Households in the riverside villages are being inspected for foreign media", "homes with
teenage children were inspected at night": homes, flats or rooms that were inspected or checked
are searched (triggers.json, search, a passive verb after the dwelling, as "bags … opened"
already was); "the new flats were inspected by the building commission" is the same words of a
building's acceptance, which the keeping model and the gold leave aside rarely enough to test only
the search.

"Police have begun checking permits on the buses to the county", "officers check the passes of
everyone entering the district", "to check every passenger's travel documents": a check of the
papers that say where their holder may go controls who may travel, a movement restriction
(retyping.py, `travel_papers_checked`; "permit", "permits" and "passes" join the objects of the
check verbs in triggers.json); "checking permits and luggage" goes through belongings, a search.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

TOLD_NOT_TO_GO = [
    "Residents of the fishing village have been told they may not walk on the beach after dark.",
    "The remaining cooks were told they could no longer leave the hostel except for work.",
    "His mother has been told she may not leave the town until the inquiry ends, a relative said.",
]


@pytest.mark.parametrize("text", TOLD_NOT_TO_GO)
def test_told_they_may_not_go_is_a_restriction(text: str) -> None:
    assert "movement_restriction" in types_of(text)


NOT_TOLD_OF_A_RESTRICTION = [
    "He told reporters that he would not go back to the factory.",
    "She told her brother she could not leave her sick mother alone.",
]


@pytest.mark.parametrize("text", NOT_TOLD_OF_A_RESTRICTION)
def test_telling_ones_own_plan_is_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


CAMPAIGNS_WITH_AN_AIM = [
    "Police in the prefecture have been running a campaign since early May to find migrants "
    "living without papers, church workers said.",
    "In April the youth league conducted a campaign in the city's colleges targeting students' "
    "hairstyles and slang.",
    "The raids were part of a campaign to clear homeless children from the stations that the city "
    "launched in October.",
]


@pytest.mark.parametrize("text", CAMPAIGNS_WITH_AN_AIM)
def test_campaign_run_with_an_aim_is_a_crackdown(text: str) -> None:
    assert "crackdown" in types_of(text)


HOMES_INSPECTED = [
    "Households in villages near Manpo are being inspected for foreign media, a source said.",
    "In one district of Hyesan, homes with teenage children were inspected at night last week.",
]


@pytest.mark.parametrize("text", HOMES_INSPECTED)
def test_homes_inspected_are_searched(text: str) -> None:
    assert "search" in types_of(text)


TRAVEL_PAPERS_CHECKED = [
    "Police have begun checking permits on the buses that run between Hyesan and Kapsan, a source said.",
    "Guards at the gate are checking the passes of everyone entering the mining district.",
    "Police have posted officers at the bus station to check every passenger's travel documents.",
]


@pytest.mark.parametrize("text", TRAVEL_PAPERS_CHECKED)
def test_travel_papers_checked_are_a_restriction(text: str) -> None:
    assert "movement_restriction" in types_of(text)
    assert "search" not in types_of(text)


def test_papers_checked_with_belongings_stay_a_search() -> None:
    text = "Railway police went through the train, checking permits and luggage carriage by carriage."
    assert "search" in types_of(text)


def test_travel_papers_checked_whatever_the_parse_hangs_them_on() -> None:
    text = (
        "During the week of the evictions, police set up checkpoints on every road out of the "
        "town and checked the travel permits of anyone leaving, a source said."
    )
    assert "search" not in types_of(text)

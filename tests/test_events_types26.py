"""Events stage: the type a class of words around the trigger decides (type26).

Every sentence here is written for these tests. Being held in a camp where a term is served is a
punishment, held in a cell or a prison it stays an arrest; stepped-up checks on passenger
transport, or of every vehicle on the roads, restrict movement, while a truck or a train searched
for goods stays a search; facing the death penalty is an execution at risk.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

HELD_IN_A_CAMP = [
    "The farmer's brother was held at the Chongori prison camp in North Hamgyong from 2010 to 2014.",
    "He spent two years in a labour-training camp after he was caught.",
    "She spent eight months in a labour training unit in Musan after her return.",
]

HELD_IN_CUSTODY = [
    "The women were held in a police cell in Tumen for a week.",
    "The two men are being held at a prison in Dalian awaiting deportation.",
]

CHECKS_OF_TRAFFIC = [
    "Police have stepped up checks of minibuses on the highway to Kunming.",
    "Guards have stepped up checks on trains leaving Dandong.",
    "Since then, inspection teams have been checking every vehicle on roads leading to the river.",
]

CHECKS_FOR_GOODS = [
    "Police have begun checking every truck returning from China.",
    "Trains passing through the county are being searched carriage by carriage.",
    "Agents searched the house of a smuggler in Hyesan on Friday.",
]

DEATH_PENALTY_FACED = [
    "A second suspect is awaiting trial and could face the death penalty.",
    "Officials expect the broker to face the death penalty at a public trial.",
]


@pytest.mark.parametrize("text", HELD_IN_A_CAMP)
def test_held_in_a_camp_is_a_punishment(text: str) -> None:
    types = types_of(text)
    assert "punishment" in types
    assert not any(e.type == "arrest" and "camp" in e.evidence[0].text for e in events_of(text))


@pytest.mark.parametrize("text", HELD_IN_CUSTODY)
def test_held_in_custody_stays_an_arrest(text: str) -> None:
    types = types_of(text)
    assert "arrest" in types
    assert "punishment" not in types


@pytest.mark.parametrize("text", CHECKS_OF_TRAFFIC)
def test_checks_of_traffic_restrict_movement(text: str) -> None:
    types = types_of(text)
    assert "movement_restriction" in types
    assert not types & {"crackdown", "search"}


@pytest.mark.parametrize("text", CHECKS_FOR_GOODS)
def test_checks_for_goods_stay_searches(text: str) -> None:
    types = types_of(text)
    assert "search" in types
    assert "movement_restriction" not in types


@pytest.mark.parametrize("text", DEATH_PENALTY_FACED)
def test_death_penalty_faced_is_an_execution_at_risk(text: str) -> None:
    events = [e for e in events_of(text) if e.type == "execution"]
    assert events
    assert events[0].status == "at_risk"


PEOPLE_PURGED = [
    "Five officials in the North Korean city of Kanggye were purged in June.",
    "The party purged three senior officials of the railway ministry last month.",
]


@pytest.mark.parametrize("text", PEOPLE_PURGED)
def test_people_purged_are_punished(text: str) -> None:
    types = types_of(text)
    assert "punishment" in types
    assert "crackdown" not in types


def test_a_purge_of_a_body_stays_a_campaign() -> None:
    assert "crackdown" in types_of(
        "The arrest appears to be part of a wider purge of customs officials in Sinuiju."
    )


MOVEMENT_REFUSED = [
    "Since the incident, no boat in the cooperative has been allowed to leave port without a police officer on board.",
    "For two weeks nobody was allowed to leave the town without a permit signed by the police.",
    "Residents are now barred from the river after dark.",
]


@pytest.mark.parametrize("text", MOVEMENT_REFUSED)
def test_movement_refused_to_all_is_a_restriction(text: str) -> None:
    assert "movement_restriction" in types_of(text)


def test_barred_from_a_market_is_no_restriction_of_movement() -> None:
    assert "movement_restriction" not in types_of("Smugglers were banned from the market in April.")


def test_one_inspection_on_a_train_stays_a_search() -> None:
    text = "He was arrested after police found a foreign film on his phone during an inspection on a train."
    types = types_of(text)
    assert "movement_restriction" not in types


def test_kept_at_a_gathering_is_no_restriction_of_movement() -> None:
    text = "Residents were made to watch the trial, and nobody was allowed to leave until it was over."
    assert "movement_restriction" not in types_of(text)


def test_handed_over_in_the_coming_months_is_a_return_not_a_term() -> None:
    text = (
        "Activists say several hundred more remain in Chinese detention facilities in Jilin and "
        "could be handed over in the coming months."
    )
    types = types_of(text)
    assert "repatriation" in types
    assert "punishment" not in types


def test_a_term_given_stays_a_punishment() -> None:
    assert "punishment" in types_of(
        "Two of the students received eight years at a trial in Hamhung last week."
    )


FINES_FACED = [
    "She was questioned about the couple who sheltered her, who may now face fines.",
    "The two guards are expected to face a court-martial next month.",
]


@pytest.mark.parametrize("text", FINES_FACED)
def test_fines_and_court_martial_faced_are_punishments_at_risk(text: str) -> None:
    assert any(e.type == "punishment" and e.status == "at_risk" for e in events_of(text))


def test_body_searches_on_people_are_searches() -> None:
    text = "Chinese police carried out body searches on North Korean women working at fish plants in Hunchun last week."
    types = types_of(text)
    assert "search" in types
    assert "crackdown" not in types


def test_identity_checks_on_people_stay_a_crackdown() -> None:
    assert "crackdown" in types_of(
        "Police in Yanji have stepped up identity checks on women of North Korean origin this year."
    )


def test_raid_as_the_occasion_of_an_arrest_is_no_part_of_the_charge() -> None:
    text = (
        "Police in Hunchun detained four North Korean women and a Chinese man accused of sheltering "
        "them during a raid on an apartment on June 2, a missionary said."
    )
    types = types_of(text)
    assert {"arrest", "search"} <= types


def test_papers_checked_at_a_stop_of_buses_restrict_movement() -> None:
    text = (
        "On the morning of the rally, police stopped buses and trucks at the entrances to Musan and "
        "checked passengers' travel documents."
    )
    types = types_of(text)
    assert "movement_restriction" in types
    assert "search" not in types


def test_belongings_checked_at_a_stop_stay_a_search() -> None:
    assert "search" in types_of("Patrols stopped students on the street and checked their phones and bags.")


def test_papers_checked_on_one_stopped_train_stay_a_search() -> None:
    text = "Police stopped a train at Tumen station and checked the papers of every passenger."
    assert "movement_restriction" not in types_of(text)

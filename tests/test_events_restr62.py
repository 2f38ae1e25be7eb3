"""Events stage, movement restrictions (session 62): a restriction told by its grammar, an
authority limiting where people may go, told as done or in force. A date after a fronted "since"
dates the measure; a prohibition in the present passive is in force; "everyone" is the whole group
a restriction binds; a post named by its checking is a checkpoint; a no-approach zone and an order
not to sail or put out are restrictions. Every sentence here is invented for
these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, type_list_of


def _restrictions(text: str) -> list[str]:
    return [e.status for e in events_of(text) if e.type == "movement_restriction"]


@pytest.mark.parametrize(
    "text",
    [
        "Since March farmers along the Yalu in Sakchu have been forbidden to cross the dyke.",
        "Since the fifth of the month nobody without a district pass has been let through.",
    ],
)
def test_a_measure_dated_by_a_fronted_since_is_told(text: str) -> None:
    assert _restrictions(text) == ["occurred"]


def test_a_measure_under_a_since_clause_still_dates_another_act() -> None:
    assert _restrictions("Since guards sealed the bridge, prices in the market have doubled.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Fishermen are banned from going onto the pier after 7 p.m., a source said.",
        "Pupils are not allowed to leave the school grounds without a teacher, a source said.",
    ],
)
def test_a_prohibition_in_the_present_passive_is_in_force(text: str) -> None:
    assert _restrictions(text) == ["occurred"]


def test_a_kind_of_people_told_in_the_present_stays_a_general_truth() -> None:
    assert "arrest" not in type_list_of("Smugglers who are caught face long prison terms.")


def test_everyone_in_a_group_is_who_a_restriction_binds() -> None:
    assert _restrictions("Everyone in the brigade was forbidden to leave the barracks on holidays.") == [
        "occurred"
    ]


def test_anyone_stays_no_one_in_particular() -> None:
    assert "arrest" not in type_list_of("Anyone who is caught will be detained.")


def test_a_post_named_by_its_checking_is_a_checkpoint() -> None:
    assert _restrictions("Police put up control posts on the roads out of Kimchaek last week.") == [
        "occurred"
    ]


def test_a_checking_post_that_only_places_an_arrest_is_no_restriction() -> None:
    text = "The two women were arrested at an inspection post outside Hyesan."
    assert type_list_of(text) == ["arrest"]


@pytest.mark.parametrize(
    "text",
    [
        "The no-entry strip along the coast near Chongjin has been widened to two kilometres.",
        "Fishermen in Sinpo were told not to sail beyond the harbour wall this month.",
        "Boat owners in the county have been ordered not to put out at night.",
    ],
)
def test_a_zone_and_an_order_not_to_sail_are_restrictions(text: str) -> None:
    assert _restrictions(text) == ["occurred"]


def test_a_question_of_a_fractional_share_stays_a_survey_figure() -> None:
    text = "A third of the respondents said a relative had been sent to a labour camp."
    assert "punishment" not in type_list_of(text)


def test_households_named_by_living_at_a_river_ordered_out_are_a_restriction() -> None:
    text = (
        "Some 80 households living along the Yalu in Sakchu have been ordered to leave their homes by June."
    )
    assert type_list_of(text) == ["movement_restriction"]


def test_families_named_by_a_tie_ordered_out_are_banished() -> None:
    text = "Families of defectors living along the border were ordered to leave their homes last month."
    assert "movement_restriction" not in type_list_of(text)


def test_identity_cards_checked_at_stations_control_travel() -> None:
    text = "Police in Tumen have been checking identity cards at the bus and railway stations since May."
    assert type_list_of(text) == ["movement_restriction"]


def test_one_bank_card_checked_stays_a_search() -> None:
    assert "movement_restriction" not in type_list_of("Police checked her bank card at the station in May.")


def test_controls_along_a_border_named_by_two_countries_restrict_movement() -> None:
    text = "Chinese authorities have tightened controls along the Yunnan–Myanmar border since March."
    assert type_list_of(text) == ["movement_restriction"]

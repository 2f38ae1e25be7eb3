"""Events stage: types told inside North Korea (2026-12-02): years spent doing something are no
prison term; what people named only by a return "face" is a rule about whoever is returned,
even when the parser takes the participle for the main verb; a requirement told with "now" is
a restriction in force; boats kept from going out to sea are a restriction. Every sentence here
is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, type_list_of


def test_years_spent_on_a_project_are_no_prison_term() -> None:
    text = "Satellite photos show that the army has spent the last three years turning the coast into a fortress."
    assert "punishment" not in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She spent two years in a kyohwaso in South Pyongan Province after she was caught in 2018.",
        "He served three years for selling copper wire, a source said.",
    ],
)
def test_years_in_a_prison_or_served_are_a_punishment(text: str) -> None:
    assert "punishment" in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "China sent back some 300 people in May. Those returned face interrogation, beatings and "
        "long terms in labour camps.",
        "North Koreans forcibly returned from Russia face questioning and long terms in political "
        "prison camps, according to defectors.",
    ],
)
def test_what_people_returned_face_as_a_rule_is_no_event(text: str) -> None:
    assert not {"interrogation", "punishment"} & set(type_list_of(text))


def test_what_particular_returned_people_face_looms() -> None:
    text = "China repatriated six women last week. The women face interrogation and beatings, activists said."
    events = [e for e in events_of(text) if e.type == "interrogation"]
    assert [e.status for e in events] == ["at_risk"]


def test_a_permit_now_required_is_a_restriction() -> None:
    text = "Officials in Musan now require a travel permit for any trip outside the county, the source said."
    assert "movement_restriction" in type_list_of(text)


def test_a_permit_required_as_a_standing_rule_is_no_event() -> None:
    text = "The county requires travel permits for trips outside its borders."
    assert "movement_restriction" not in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Boats in Haeju harbour have not been allowed to put out to sea since the defection of a fishing crew in May.",
        "The authorities banned fishing boats in Sinpo from heading out to sea after the incident.",
    ],
)
def test_boats_kept_from_going_out_to_sea_are_a_restriction(text: str) -> None:
    assert "movement_restriction" in type_list_of(text)

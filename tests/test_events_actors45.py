"""Perpetrators of session 45: an arrest with no force named, carried or holding the people is
the police's (told by no word, so carried to no later act); the Organisation and Guidance
Department spelled the British way is the party's."""

from __future__ import annotations

from events_helpers import events_of, perpetrator_kinds


def test_an_arrest_with_no_force_named_is_the_polices() -> None:
    text = "Four North Korean women were detained at the bus station on March 14."
    assert perpetrator_kinds(text, "arrest") == {"police"}


def test_an_arrest_keeps_the_force_the_report_told_before() -> None:
    text = "State security agents raided the market in Hyesan. A merchant was also detained."
    assert perpetrator_kinds(text, "arrest") == {"state_security"}


def test_the_default_arrester_is_not_carried_to_a_later_act() -> None:
    text = "Three women were detained at the bus station on March 14. They were questioned for days."
    assert perpetrator_kinds(text, "arrest") == {"police"}
    assert [e.perpetrators for e in events_of(text) if e.type == "interrogation"] == [[]]


def test_the_organisation_and_guidance_department_spelled_british_is_the_partys() -> None:
    text = "Officials from the Organisation and Guidance Department searched the homes of three cadres in Hyesan."
    assert perpetrator_kinds(text, "search") == {"party"}


def test_the_default_arrester_yields_to_the_force_another_telling_names() -> None:
    text = (
        "Three women were detained in Hyesan on May 2. "
        "The three women were detained by state security agents on May 2, a source said."
    )
    assert perpetrator_kinds(text, "arrest") == {"state_security"}

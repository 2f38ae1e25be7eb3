"""An inspection that goes through no home, belongings or vehicle is a campaign, not a search."""

from __future__ import annotations

from events_helpers import types_of


def test_inspection_of_a_province_is_a_crackdown() -> None:
    types = types_of("A customs official was detained in May during a central inspection of the province.")
    assert "crackdown" in types
    assert "search" not in types


def test_inspection_told_by_its_course_is_a_crackdown() -> None:
    text = (
        "Six officials of a trading company in Kanggye were dismissed last week. "
        "The inspection, carried out by a team from the provincial prosecutors office, began in April."
    )
    types = types_of(text)
    assert "crackdown" in types
    assert "search" not in types


def test_audit_of_a_practice_is_a_crackdown() -> None:
    types = types_of("Two farm managers were arrested in October during an inspection of rice distribution.")
    assert "crackdown" in types
    assert "search" not in types


def test_inspection_of_homes_stays_a_search() -> None:
    assert "search" in types_of(
        "Police carried out an inspection of homes in the riverside district on Monday."
    )


def test_surprise_inspection_stays_a_search() -> None:
    assert "search" in types_of(
        "A student was caught with a memory card during a surprise inspection on Friday."
    )

"""False alarms of session 57: rumours and reports rejected as untrue by those who would know."""

from __future__ import annotations

from events_helpers import types_of


def test_rumour_rejected_by_a_resident_is_no_event() -> None:
    text = (
        "A third rumour, that the bridge at Manpo would be shut to all lorries from March, "
        "was denied by a trader in the town."
    )
    assert "movement_restriction" not in types_of(text)


def test_report_rejected_by_a_source_is_no_event() -> None:
    text = (
        "A report that the Kowon county police chief had been detained was denied by a source "
        "in the county office, who said he was on leave."
    )
    assert "arrest" not in types_of(text)


def test_rumour_read_as_relative_clause_called_false_is_no_event() -> None:
    text = (
        "A rumour that a noodle seller at the Sunam market had been arrested for lending out "
        "foreign films turned out to be false, a source said."
    )
    assert "arrest" not in types_of(text)


def test_rejection_by_the_accused_of_a_particular_report_keeps_the_act() -> None:
    text = "Pyongyang dismissed reports that four traders were shot in Hyesan in April."
    assert "execution" in types_of(text)


def test_rumour_not_rejected_keeps_its_act() -> None:
    text = (
        "A rumour that a noodle seller at the Sunam market had been arrested spread quickly, a source said."
    )
    assert "arrest" in types_of(text)

"""Events stage, movement restrictions (session 65): restrictions told without a verb of setting
anything up. A group kept or confined inside a hotel, a compound, a hostel or shelters; visits or
entry barred, banned or suspended; a rule that people be home by an hour; people not allowed past
a gate or back; nobody let into a place; men who may not leave a work site; people stopped from
boarding or leaving. And the false alarms beside them: things kept in a room, a single person
held in a cell, quarantine (told as often of returnees in custody), a stop told only as a purpose,
and "taken charge of" read as a charge. Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type


def _restrictions(text: str) -> int:
    return len(events_of_type(text, "movement_restriction"))


@pytest.mark.parametrize(
    "text",
    [
        "The rest of the troupe was kept inside the embassy compound until Thursday, a diplomat said.",
        "The wrestlers' team was kept inside the Almaty hotel all week.",
        "Families whose homes were washed away have been kept in school shelters outside Hamhung.",
        "Forty dock workers back from Vladivostok have been kept in a hostel by the port.",
        "Since the theft, the remaining workers at the plant have been confined at the compound.",
    ],
)
def test_a_group_kept_inside_a_stay_is_a_restriction(text: str) -> None:
    assert _restrictions(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The seized radios were kept in the dormitory office.",
        "A smuggler from Musan was kept in a police cell for two weeks.",
        "Seventy returnees handed back at Namyang were kept for a month in a quarantine facility.",
        "The nine returnees were taken straight to a quarantine facility in Sinuiju.",
    ],
)
def test_things_a_cell_or_quarantine_are_no_restriction_of_a_stay(text: str) -> None:
    assert _restrictions(text) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Relatives' visits to inmates of the Kaechon prison were barred in March.",
        "After the riot the warders banned all family visits to the prison.",
        "After the riot, every visit to inmates held in the county's jails was suspended.",
        "Entry to Nampo by outsiders was suspended for the week of the launch.",
    ],
)
def test_visits_or_entry_withheld_are_a_restriction(text: str) -> None:
    assert _restrictions(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Pardoned convicts were told to stay home after nine at night.",
        "Beggars near the station were told not to appear in the square during the parade.",
        "No trader has been let into Rason since the fire.",
        "The miners' children have not been allowed to return to their school in the city.",
        "Inmates' relatives are not allowed past the outer fence of the camp.",
        "After the brawl, the bricklayers may not leave the building site at weekends.",
        "Railway police stopped dozens of traders from boarding the Pyongyang express on Friday.",
    ],
)
def test_rules_that_keep_people_in_or_out_are_a_restriction(text: str) -> None:
    assert _restrictions(text) == 1


def test_a_stop_told_only_as_a_purpose_is_no_restriction() -> None:
    assert _restrictions("The new wall is meant to stop people from crossing the river.") == 0


def test_taking_charge_of_people_is_no_charge_that_undoes_their_confinement() -> None:
    text = "A new foreman took charge of the crew, who were confined to their barracks after the fight."
    assert _restrictions(text) == 1


def test_charged_with_helping_people_cross_stays_a_charge() -> None:
    assert _restrictions("He was charged with helping people leave the town without permission.") == 0

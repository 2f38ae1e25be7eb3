"""Events stage (session 44, missed events): an act that says who was charged is no charge, a
present perfect under "after" is no rule, a phrasal verb's particle read as a preposition, and
people taken into custody with the object between.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of


def _of_type(text: str, event_type: str) -> list:
    return [e for e in events_of(text) if e.type == event_type]


# An act in the subject of "charged" or "convicted" tells who was charged, not the charge.
@pytest.mark.parametrize(
    "text",
    [
        "Three fishermen detained in Yanji in early May for carrying phones have been formally charged "
        "with espionage, a relative said.",
        "The manager, who had been arrested in March on charges of selling fuel, was convicted by a "
        "provincial court last week.",
        "The clerk, arrested in June during an audit of the county warehouse, was convicted of theft.",
    ],
)
def test_an_act_describing_those_charged_is_told(text: str) -> None:
    assert len(_of_type(text, "arrest")) == 1


def test_the_content_of_a_charge_is_still_no_event() -> None:
    assert "escape" not in types_of("He was sentenced on charges of organising defections.")


def test_a_present_perfect_under_after_is_no_rule() -> None:
    text = (
        "A logger who was sent back from Russia after a failed escape attempt in March has been sentenced "
        "to eight years of reform through labour, a source said."
    )
    assert len(_of_type(text, "punishment")) == 1


def test_a_general_case_in_the_present_stays_a_rule() -> None:
    assert "punishment" not in types_of("When a worker escapes, his managers are summoned and purged.")


@pytest.mark.parametrize(
    "text",
    [
        "In May the police called in the widow and her two brothers.",
        "State Security in Musan has started calling in relatives of people who went to the South for "
        "questioning, a resident said.",
    ],
)
def test_people_called_in_are_questioned(text: str) -> None:
    found = _of_type(text, "interrogation")
    assert len(found) == 1 and found[0].victims is not None


def test_a_place_after_in_is_not_whom_an_act_befell() -> None:
    found = _of_type("Police arrested two traders in the market in Hyesan.", "arrest")
    assert [e.victims.count_min for e in found if e.victims] == [2]


def test_people_taken_into_custody_with_the_object_between() -> None:
    found = _of_type(
        "Chinese police took the two women into custody at the Hekou crossing on Monday.", "arrest"
    )
    assert len(found) == 1 and found[0].victims.count_min == 2

"""Events stage, missed events (session 47): a post's holder dismissed by an active verb, youth
league patrols stopping young people, a death at a place of custody named with "of" or a number or of one among
the detainees.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

DISMISSED = [
    "On 3 May the county party committee dismissed the head of the local farm administration.",
    "Pyongyang dismissed the commander of a coastal brigade in May.",
]


@pytest.mark.parametrize("text", DISMISSED, ids=[t[:40] for t in DISMISSED])
def test_active_dismissal_of_a_post_holder_is_a_punishment(text: str) -> None:
    assert "punishment" in types_of(text)


def test_dismissing_a_claim_is_no_punishment() -> None:
    assert "punishment" not in types_of("The ministry dismissed the report as a fabrication on Monday.")


PATROLS = [
    "Inspection squads of the youth league have been stopping young people on the streets of Kanggye since April.",
    "Patrols of the youth league in Wonsan have been stopping students at the market gate since early June.",
]


@pytest.mark.parametrize("text", PATROLS, ids=[t[:40] for t in PATROLS])
def test_patrols_stopping_young_people_are_a_crackdown(text: str) -> None:
    assert "crackdown" in types_of(text)


def test_inspectors_stopping_young_people_to_check_phones_are_no_crackdown() -> None:
    # (the phones checked are the search; the stopping is how it is done)
    text = "Inspectors in Kanggye have been stopping young people on the streets and checking their phones."
    assert "crackdown" not in types_of(text)


def test_young_people_stopping_work_is_no_crackdown() -> None:
    assert "crackdown" not in types_of("Many young people stopped going to the cinema in Kanggye last year.")


DIED_HELD = [
    "Her cousin died last month at the Ministry of State Security's detention centre in Hyesan.",
    "An old farmer who died at Kwalliso No. 14 in the winter of 2019 was buried in the hills.",
    "A woman in her fifties among the detainees died there in early May.",
]


@pytest.mark.parametrize("text", DIED_HELD, ids=[t[:40] for t in DIED_HELD])
def test_death_in_custody_named_by_its_place_or_group_is_violence(text: str) -> None:
    assert "violence" in types_of(text)


DIED_ELSEWHERE = [
    "His mother died at the Ministry of Public Health's hospital in Pyongyang in 2018.",
    "A woman in her fifties among the passengers died there in early May.",
]


@pytest.mark.parametrize("text", DIED_ELSEWHERE, ids=[t[:40] for t in DIED_ELSEWHERE])
def test_death_elsewhere_is_no_event(text: str) -> None:
    assert "violence" not in types_of(text)

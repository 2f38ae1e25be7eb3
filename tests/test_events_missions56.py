"""Events stage, issue 12: people sent abroad who leave their embassy or their party.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type

# leaving one's own embassy, or one's party (or its lodging) abroad
PARTING_FOUND = [
    # a compound of an embassy is no place of confinement
    "A North Korean trade attaché and his wife fled the embassy compound in Bangkok in March.",
    "A counsellor who abandoned the embassy in Vientiane in May was caught a week later, officials said.",
    "A North Korean swimmer who left her team's hotel in Chengdu on Friday was detained in Kunming.",
    "The athlete walked out of her delegation's villa in Shenyang and was caught near the border.",
]

PARTING_NOT_FOUND = [
    # the party itself going on an errand
    "The North Korean delegation left its hotel in Beijing on Monday.",
    "The athletes walked out of the hotel in Shenyang for the opening ceremony.",
]


@pytest.mark.parametrize("text", PARTING_FOUND)
def test_leaving_ones_embassy_or_party_abroad_is_a_flight(text: str) -> None:
    assert events_of_type(text, "escape")


@pytest.mark.parametrize("text", PARTING_NOT_FOUND)
def test_a_party_leaving_its_lodging_is_no_flight(text: str) -> None:
    assert not events_of_type(text, "escape")

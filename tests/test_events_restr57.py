"""Events stage (restr57): restrictions on movement told as standing orders without the usual
words: a curfew told by who may not go out after an hour, guards sending back whoever lacks a
pass or permit, people placed in isolation, bans on boats, boats hauled ashore for the night,
wire strung or fencing along the water (triggers.json, movement_restriction).

Their look-alikes stay silent: going out after dark told as what someone did, people sent back
without a word of a pass (a return, not a rule), a prisoner held in isolation (custody), nets
hauled up, a ban on something other than boats, a farmer's fence, wire that only guards a
building.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

RESTRICTIONS = [
    # a curfew told by who may not go out after an hour
    "Since the fever cases, villagers on the island may not go out after nine in the evening, a source said.",
    "Workers at the mine have been told they can no longer go out after dark, a relative said.",
    # guards sending back whoever lacks a pass
    "Soldiers on the county road have been sending travellers back since early May unless they carry a permit.",
    # people put in isolation
    "Passengers arriving from the border this month have been placed in isolation for three weeks.",
    # bans on boats, boats hauled ashore
    "The port office has banned night fishing by small boats since the start of March, fishermen said.",
    "The county ordered every rowing boat to be hauled up the beach at sunset, a villager said.",
    # wire strung, fencing along the water
    "Soldiers were seen on Tuesday stringing new coils of razor wire along the shoreline, the ministry said.",
    "The county has begun fencing the whole length of the riverbank through the town, a source said.",
]


@pytest.mark.parametrize("text", RESTRICTIONS)
def test_a_restriction_told_as_a_standing_order_is_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


def test_a_curfew_told_by_an_hour_is_one_occurred_restriction() -> None:
    found = events_of_type(
        "Since late May the people of the fishing village may not go out after eight at night.",
        "movement_restriction",
    )
    assert len(found) == 1
    assert found[0].status == "occurred"


LOOK_ALIKES = [
    "Not long after dark, the two brothers went out to check the nets.",
    "The boy was sent back to the classroom without his homework.",
    "China has sent people back without hearing their claims, the group said.",
    "She was held in isolation for two months at the detention centre before her trial.",
    "Fishermen hauled up their nets after dark and sold the catch at dawn.",
    "The ban on smoking in the factory offices was lifted in the spring.",
    "The farmer fenced his goats into the yard behind the house.",
    "The old embassy is protected by coils of barbed wire.",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_is_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)

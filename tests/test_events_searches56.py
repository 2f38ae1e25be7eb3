"""Events stage (searches56): searches told by what was done to things, restrictions told by posts.

A search is often told not by "searched" or "raided" but by what the searchers did to the
things they went through: bags and lockers "emptied onto the floor", people "patted down",
phones "scrolled through", a flat "turned inside out", barracks "turned out", homes "combed",
"checks of pupils' bags", people "made to unlock their phones" or "ordered to show their phones"
(triggers.json, search). The same verbs with other objects ("emptied
the water tanks", "looked through the window", "combed her hair", "turned out to be false",
"went through a difficult year") name no search.

A restriction is told by guards "posted at every bridge" and by an office that "stopped granting
travel certificates" (triggers.json, movement_restriction). An order to "stop anyone walking
along the river" stays a restriction after an arrest told before: only a visit by the
authorities retells that arrest (extract.py, `_read_event`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

TOLD_SEARCHES = [
    "Security agents emptied the travellers' suitcases onto a table at the Namyang station on Monday.",
    "At the factory gate the workers' bags were emptied onto the ground by guards on Tuesday.",
    "Since March, guards at the dormitory have patted down every worker coming back from the site.",
    "Police officers stopped students outside the school and scrolled through their photo albums.",
    "Agents of the state security department read through every notebook in the teacher's flat.",
    "The youth league squad turned the family's rooms inside out on Thursday night, a source said.",
    "Military inspectors turned out the barracks of the border company at dawn on Sunday.",
    "Police combed every house in the village for the two escaped prisoners last week.",
    "Since May, police squads have been stopping young people in the streets and demanding to see their phones.",
    "In March the college ordered every student to hand in their phone for checking.",
    "The youth league carried out checks of pupils' bags and phones at every school in the town in May.",
]


@pytest.mark.parametrize("text", TOLD_SEARCHES)
def test_a_search_told_by_what_was_done_to_things_is_found(text: str) -> None:
    assert "search" in types_of(text)


NO_SEARCH = [
    "Workers emptied the water tanks of the boiler house before the winter.",
    "She looked through the window at the river and saw nobody on the ice.",
    "The rumour that the market would close turned out to be false.",
    "The family went through a difficult year after the flood destroyed their house.",
    "Two workers who refused to hand over their phones to the inspectors were beaten in front of others.",
    "The hairdresser combed her hair before the wedding photograph was taken.",
]


@pytest.mark.parametrize("text", NO_SEARCH)
def test_the_same_verbs_with_other_objects_name_no_search(text: str) -> None:
    assert "search" not in types_of(text)


TOLD_RESTRICTIONS = [
    "Since the escape, soldiers have been posted at every bridge over the river in the county.",
    "The provincial security bureau stopped granting travel certificates to traders in early May.",
]


@pytest.mark.parametrize("text", TOLD_RESTRICTIONS)
def test_a_restriction_told_by_posts_or_a_halted_grant_is_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


ORDERS_TO_STOP_AFTER_AN_ARREST = [
    "Two smugglers were arrested at the river last week. Since then, guards have been ordered to stop "
    "anyone walking along the bank after dark.",
    "Police detained a trader in Hyesan in May. Soldiers at the bridge now stop everyone heading toward "
    "the river at night.",
]


@pytest.mark.parametrize("text", ORDERS_TO_STOP_AFTER_AN_ARREST)
def test_an_order_to_stop_anyone_after_an_arrest_is_still_a_restriction(text: str) -> None:
    # (only a visit by the authorities retells an arrest told before; an order to stop whoever
    # walks somewhere is the restriction in force)
    assert "movement_restriction" in types_of(text)

"""Events stage (fn50a): house searches told by going through quarters or by homes turned over;
penalties foretold under a condition for the people a story is about.

Inspectors who "went through the tents" or "have gone through the barracks" searched them, as
they search the rooms, sheds and dormitories already listed; homes "turned over" (with no "to"
after it, which hands something over) were searched ("Their flats were turned over the same
day", "saw her house turned over by police"). The words are lexicon entries (triggers.json,
search).

"If investigators conclude that she meant to go south, she faces a long term": what one faces
under a condition about particular people looms (at_risk), as under a modal; so does what a
modal main clause foretells for people it names itself ("both could be sent to a camp", "fears
the two sailors will be sent to a camp if investigators decide that they met missionaries")
when the condition befalls no one indefinite ("if a soldier is caught, he will be sent": a rule)
(status.py, `_foretold_for_one`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

SEARCHED = [
    "Last month security officers went through the tents of the flood victims one by one.",
    "Military police have gone through the barracks of the unit looking for foreign leaflets.",
    "Inspectors went through the warehouses of every fishing cooperative in the port.",
    "Their flats were turned over the same evening, a neighbour said.",
    "The teacher saw her house turned over by police last week.",
]


@pytest.mark.parametrize("text", SEARCHED)
def test_quarters_gone_through_or_homes_turned_over_are_searched(text: str) -> None:
    assert "search" in types_of(text)


NOT_SEARCHED = [
    "The old house was turned over to the county last year.",
    "The convoy went through the town at night.",
    "The cake was turned over onto a plate.",
]


@pytest.mark.parametrize("text", NOT_SEARCHED)
def test_a_handover_or_a_passage_is_no_search(text: str) -> None:
    assert "search" not in types_of(text)


# A condition about what investigators find, before a clause with a modal or "faces", is what
# looms for the people the story is about, whether the condition or the main clause names them;
# a condition that befalls someone indefinite states a rule.
LOOMING = [
    "Two cooks from the hotel were detained on Monday. If messages of that kind are found, both could be "
    "sent to a political prison camp, a source warned.",
    "His brother fears that the two sailors will be sent to a labour camp if investigators decide that they "
    "met missionaries in Dalian.",
    "A teacher was caught near the river last week. If investigators conclude that she meant to go south, "
    "she faces a long term in a kyohwaso, the source said.",
]


@pytest.mark.parametrize("text", LOOMING)
def test_a_penalty_foretold_for_people_told_looms(text: str) -> None:
    assert [e.status for e in events_of_type(text, "punishment")] == ["at_risk"]


RULES = [
    "If a soldier is caught, he will be sent to a labour camp.",
    "If anyone is found to have spoken to foreigners, he could be sent to a labour camp, the source said.",
    "If officials find that workers met missionaries, the families will be sent to a camp.",
]


@pytest.mark.parametrize("text", RULES)
def test_a_penalty_for_whoever_is_caught_is_a_rule(text: str) -> None:
    assert events_of_type(text, "punishment") == []

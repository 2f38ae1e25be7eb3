"""Events stage (fn50a): house searches told by going through quarters or by homes turned over.

Inspectors who "went through the tents" or "have gone through the barracks" searched them, as
they search the rooms, sheds and dormitories already listed; homes "turned over" (with no "to"
after it, which hands something over) were searched ("Their flats were turned over the same
day", "saw her house turned over by police"). The words are lexicon entries (triggers.json,
search).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

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

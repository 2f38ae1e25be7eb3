"""Events stage (fn51a): sweeps told by an authority going "through" a place.

"An inspection team from the provincial party has been combing through the county offices
since May", "police swept through the bus station on Friday": an authority that combs, sweeps
or scours through a town, a market or an institution carries out a crackdown there, though the
sentence names no "against" and no goods sought. Without an acting authority the words tell
no measure ("a storm swept through the valley"). The words are a lexicon entry (triggers.json,
crackdown, `needs_actor`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

SWEPT_THROUGH = [
    "An inspection team from the provincial party has been combing through the county offices since May.",
    "Police swept through the bus station in Kilju on Friday, residents said.",
    "Security agents have been scouring through the villages along the river since early April.",
]


@pytest.mark.parametrize("text", SWEPT_THROUGH)
def test_an_authority_sweeping_through_a_place_is_a_crackdown(text: str) -> None:
    assert "crackdown" in types_of(text)


NO_AUTHORITY = [
    "A storm swept through the valley last week, flattening the maize.",
    "Rumours swept through the market that the rice price would double.",
]


@pytest.mark.parametrize("text", NO_AUTHORITY)
def test_sweeping_through_without_an_authority_is_no_crackdown(text: str) -> None:
    assert "crackdown" not in types_of(text)

"""Events stage: a death in a place where people are held (a cell, a prison, a holding centre),
or of people told as being in one, is a death in custody; a death in a hospital or a village is
no event.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

IN_CUSTODY = [
    "Two women in her cell died within a week in 2021.",
    "The trader was believed to have died in a holding centre near the border.",
    "A young miner died at a labour camp in the north last spring.",
]


@pytest.mark.parametrize("text", IN_CUSTODY, ids=[t[:40] for t in IN_CUSTODY])
def test_death_in_a_place_of_custody_is_violence(text: str) -> None:
    assert "violence" in types_of(text)


NOT_IN_CUSTODY = [
    "Her father died in hospital in 2019.",
    "His grandmother died in a remote village last winter.",
    "Her uncle died of cancer in Seoul.",
]


@pytest.mark.parametrize("text", NOT_IN_CUSTODY, ids=[t[:40] for t in NOT_IN_CUSTODY])
def test_death_elsewhere_is_no_event(text: str) -> None:
    assert "violence" not in types_of(text)

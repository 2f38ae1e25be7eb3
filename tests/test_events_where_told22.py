"""Events stage: an act told in a "where" clause on a place of custody (type22).

Every sentence here is written for these tests. A clause opened by "where" that describes a
place by what happens there to anyone stays background; one whose subject is the act itself,
told in the past ("where interrogations began that night"), tells an event of its own beside
the taking there.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of, types_of

TOLD = [
    "The detainees were driven to the police station in Musan, where interrogations started that evening.",
    "The ten were taken to the county security office, where questioning began the next morning.",
]

BACKGROUND = [
    "She was sent to a camp where beatings are common.",
    "Defectors describe camps where inmates are beaten.",
]


@pytest.mark.parametrize("text", TOLD)
def test_act_told_in_where_clause_is_an_event(text: str) -> None:
    assert "interrogation" in types_of(text)
    assert "arrest" in type_list_of(text)


@pytest.mark.parametrize("text", BACKGROUND)
def test_place_described_by_what_happens_there_stays_background(text: str) -> None:
    assert "violence" not in types_of(text)

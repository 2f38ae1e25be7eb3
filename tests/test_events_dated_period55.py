"""Events stage: an act told in a "when" clause that dates a "since" phrase. A date finer than a
year dates an act the report tells as news ("since mid-May, when police began a sweep"); a bare
year or decade names an era, background ("since 2020, when the North sealed its border").

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def types_of(text: str) -> set[str]:
    return {e.type for e in find_events(analyse(Document(id="t", text=text, published="2024-06-01")))}


TOLD = [
    (
        "Both men were among more than twenty people detained in the town since mid-May, when police "
        "began a sweep against smuggled radios.",
        "crackdown",
    ),
    (
        "Fewer traders have crossed the river since early March, when two smugglers were shot on the "
        "bank near the bridge.",
        "execution",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), TOLD)
def test_act_dating_a_recent_period_is_told(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


ERA = [
    ("Few have arrived since 2020, when the North sealed its border with China.", "movement_restriction"),
    (
        "Smuggling has shrunk since the late 1990s, when guards were ordered to shoot at the river.",
        "violence",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), ERA)
def test_act_dating_an_era_is_background(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)

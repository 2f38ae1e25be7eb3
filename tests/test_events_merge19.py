"""Events stage, issue 13 (merge19): events whose other reports could not be joined because one
side was not found as its type: a shooting at a public trial (an execution, not an assault) and a
crossing of a desert or a steppe from a neighbouring country (a flight).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def types_of(text: str) -> set[str]:
    return {e.type for e in find_events(analyse(Document(id="t", text=text, published="2027-06-01")))}


@pytest.mark.parametrize(
    "text",
    [
        "Two farm managers were shot at a public trial held in the stadium of Kilju in early May.",
        "A former party secretary was shot at a mass trial on the riverbank in March, a source said.",
    ],
)
def test_a_shooting_at_a_trial_is_an_execution(text: str) -> None:
    found = types_of(text)
    assert "execution" in found and "violence" not in found


def test_a_shooting_at_the_border_stays_an_assault() -> None:
    assert "execution" not in types_of("Border guards shot a man at the river near Hyesan on Monday night.")


@pytest.mark.parametrize(
    "text",
    [
        "Seven North Koreans were detained by Mongolian border guards after crossing the steppe from China.",
        "The six had crossed the Gobi desert from Inner Mongolia before they were found by herders.",
    ],
)
def test_a_crossing_of_a_desert_or_a_steppe_is_a_flight(text: str) -> None:
    assert "escape" in types_of(text)

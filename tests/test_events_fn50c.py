"""Events stage, issue 12: a punishment told as a lost post or a forced move to a farm.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def types_of(text: str) -> list[str]:
    document = Document(id="t", text=text, published="2024-08-10")
    return sorted(e.type for e in find_events(analyse(document)))


FOUND = [
    # the loss of a post told by a noun, with the official in its 'of' phrase
    "The March 3 dismissal of Kangwon's party secretary surprised diplomats.",
    # dispatched or packed off to a farm or a mine, as sent there is
    "A theatre director was dispatched to a farm in Ryanggang for revolutionization in May.",
    "Four students were packed off to cooperative farms in the countryside last month.",
]

NOT_FOUND = [
    # a dismissal of charges takes no one's post
    "The court ordered the dismissal of the charges against the director.",
    # people sent to a farm on an errand are not banished
    "Inspectors were dispatched to the farm to check the harvest.",
]


@pytest.mark.parametrize("text", FOUND)
def test_a_lost_post_or_forced_move_is_a_punishment(text: str) -> None:
    assert "punishment" in types_of(text)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_dismissals_and_dispatches_are_no_punishment(text: str) -> None:
    assert "punishment" not in types_of(text)

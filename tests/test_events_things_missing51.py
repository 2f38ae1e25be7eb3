"""Events stage, issue 12: a thing that disappeared or went missing is no one's disappearance.

A boat, a crop or a sum of money gone missing is told as a sign of what people did (a flight, a
theft), not as people whose fate is unknown; a craft counts only with the people it carries.
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


NOT_FOUND = [
    # a craft alone, gone from its mooring: the sign of a flight
    "A small wooden boat belonging to a cooperative in Sinpo was found to be missing the next morning.",
    "A fishing boat's dinghy disappeared from the harbour in Sinpo the same night, a source said.",
    # crops gone: a theft, at most
    "The farm's guards were questioned after maize went missing from the plots in Hwangju.",
]

FOUND = [
    # people whose fate is unknown, named or carried by the craft
    "A fishing boat from Sinpo with seven men aboard has been missing since a storm on May 3.",
    "A boat carrying nine fishermen from Sinpo went missing on May 3.",
    "Her son went missing in Hyesan in March.",
    "Two traders from Musan vanished in May.",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_a_thing_gone_missing_is_no_disappearance(text: str) -> None:
    assert "disappearance" not in types_of(text)


@pytest.mark.parametrize("text", FOUND)
def test_people_gone_missing_are_a_disappearance(text: str) -> None:
    assert "disappearance" in types_of(text)

"""Whom it happened to (helper who50a): a hyphened kin noun ("sister-in-law") is one word, so a
family told by its members counts each of them (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of
from tessera.language import analyse
from tessera.model import Document


def count_of(text: str, event_type: str) -> int | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0].victims.count_min if found[0].victims else None


@pytest.mark.parametrize(
    "text, event_type, count",
    [
        (
            "The uncle, sister-in-law and young niece of a defector now in Busan were taken away "
            "by state security agents last month.",
            "arrest",
            3,
        ),
        ("His father, brother-in-law and two cousins were arrested by police in Musan.", "arrest", 4),
        ("Her daughter-in-law was detained by police in Onsong in March.", "arrest", 1),
    ],
)
def test_family_told_by_its_members(text: str, event_type: str, count: int) -> None:
    assert count_of(text, event_type) == count


def test_hyphened_kin_noun_is_one_word() -> None:
    doc = analyse(Document(id="d", text="Sister-in-law Pak and his mother-in-law's son were held.")).doc
    words = [t.text for t in doc]
    assert "Sister-in-law" in words and "mother-in-law" in words

"""Whom it happened to (helper who51b): a restriction that takes people's passports befalls
their owners (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import victim_counts


@pytest.mark.parametrize(
    "text, count",
    [
        ("The manager took the passports of the nine workers on arrival.", 9),
        ("The manager seized the passports of all 12 of the workers in May.", 12),
        (
            "The company confiscated the passports of the 20 remaining workers and banned them "
            "from leaving the site.",
            20,
        ),
    ],
)
def test_a_restriction_on_owned_passports_befalls_their_owners(text: str, count: int) -> None:
    assert victim_counts(text, "movement_restriction")[:1] == [count]


def test_passports_held_are_no_arrest() -> None:
    assert victim_counts("Their passports are held by managers.", "arrest") == []

"""Whom it happened to (helper who51b): a giving verb ("handed", "gave") whose object is a thing,
a term or a sentence, acts on the counted people after "to" (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import victim_counts


@pytest.mark.parametrize(
    "text, count",
    [
        ("A provincial court handed down a 12-year prison term to a taxi driver in March.", 1),
        ("The court handed down sentences to six people accused of selling films.", 6),
        ("A people's court handed three-year labour camp terms to two farmers who had hidden grain.", 2),
        ("A court in Wonsan handed a six-year sentence of reform through labour to a teacher.", 1),
    ],
)
def test_the_people_given_a_penalty_are_counted(text: str, count: int) -> None:
    assert victim_counts(text, "punishment") == [count]


def test_a_tally_of_sentences_to_uncounted_people_names_no_group() -> None:
    text = "Courts handed down at least 60 sentences of ten years or more to people under 30."
    assert all(c is None for c in victim_counts(text, "punishment"))


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

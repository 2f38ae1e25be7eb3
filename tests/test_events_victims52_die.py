"""Whom it happened to (helper vic52): the one who died in custody is the subject of "died",
whatever group the noun names (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import victim_counts


@pytest.mark.parametrize(
    "text",
    [
        "A party official in charge of a trading office in Hyesan died in the custody of state security "
        "in August, a source said.",
        "A fish trader who had been detained in a raid on smugglers died in custody in March.",
    ],
)
def test_the_one_who_died_in_custody_is_one_person(text: str) -> None:
    assert victim_counts(text, "violence")[:1] == [1]

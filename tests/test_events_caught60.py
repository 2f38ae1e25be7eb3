"""A catching in the act told only as the time ("after") of the penalty its sentence reports
names the offence, not an arrest of its own; a catching joined to the penalty, a catcher named,
or an attempted crossing still tell an arrest (background.caught_in_the_act_before_a_penalty)."""

from __future__ import annotations

import pytest

import tessera


def _types(text: str) -> list[str]:
    return sorted(e.type for e in tessera.extract(text, published="2025-06-10"))


@pytest.mark.parametrize(
    "text",
    [
        "Two nurses at the Kilju county hospital were sent to a labour training unit for two months after "
        "being caught selling medicine to patients, a source said.",
        "A bus driver from Tanchon was fined 80,000 won last week after he was caught carrying rice "
        "without a permit, a source said.",
    ],
)
def test_catching_as_the_time_of_a_penalty_is_no_arrest(text: str) -> None:
    types = _types(text)
    assert "punishment" in types
    assert "arrest" not in types


def test_catching_joined_to_the_penalty_keeps_both() -> None:
    types = _types(
        "A bus driver from Tanchon was arrested by the police on Monday for carrying rice without a permit "
        "and sent to a labour training unit for three months, a source said."
    )
    assert "arrest" in types and "punishment" in types


def test_catching_while_crossing_before_a_penalty_keeps_both() -> None:
    types = _types(
        "A woman from Musan was sent to a labour training camp after she was caught by border guards "
        "trying to wade across the Tumen River on 3 May, a source said."
    )
    assert "arrest" in types and "punishment" in types

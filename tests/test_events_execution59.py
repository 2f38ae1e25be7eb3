"""Public shootings before the victim's own workmates (retyping.public_shooting with the
background lexicon's audience_nouns): "shot in front of his colleagues" is a public execution."""

from __future__ import annotations

import pytest

import tessera


def _types(text: str) -> list[str]:
    return [e.type for e in tessera.extract(text, published="2025-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        "A warehouse clerk in Kanggye was shot in front of his colleagues in May, a source said.",
        "A supply officer in Hyesan was shot before his comrades last month, a source said.",
        "The accountant of a Chongjin mine was shot in front of his co-workers in April, a source said.",
    ],
)
def test_shooting_before_workmates_is_an_execution(text: str) -> None:
    types = _types(text)
    assert "execution" in types
    assert "violence" not in types


def test_shooting_near_colleagues_is_no_execution() -> None:
    # Colleagues who are only beside the victim watch nothing staged: the shooting stays violence.
    types = _types(
        "A guard in Musan was shot by a smuggler while patrolling with his colleagues in May, a source said."
    )
    assert "execution" not in types


def test_purge_of_one_official_is_a_punishment() -> None:
    types = _types(
        "The purge of the vice-minister of railways in March shocked officials in Pyongyang, a source said."
    )
    assert "punishment" in types
    assert "crackdown" not in types


def test_purge_of_a_unit_stays_a_crackdown() -> None:
    types = _types("A purge of the border guard unit in Musan began in March, a source said.")
    assert "crackdown" in types
    assert "punishment" not in types

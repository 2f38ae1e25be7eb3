"""An inspection team told at work by its own verb in a main clause is a crackdown (teams.py)."""

from __future__ import annotations

import pytest

import tessera


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.evidence[0].text) for e in tessera.extract(text, published="2025-06-10")]


@pytest.mark.parametrize(
    "text",
    [
        "A joint inspection team from the party Central Committee and the Central Public Prosecutors "
        "Office arrived in Kimchaek last week, a source in the province said.",
        "An inspection group sent from Pyongyang has been combing through the ledgers of every collective "
        "farm in Kilju county since March, a source said.",
        "A source in Musan said a detection squad from the state security ministry had been working in "
        "the town since early May.",
        "Another team of inspectors from the capital has arrived in Tanchon, residents said.",
    ],
)
def test_team_at_work_is_a_crackdown(text: str) -> None:
    assert "crackdown" in [t for t, _ in _types(text)]


def test_team_told_as_background_stays_unread() -> None:
    # (the team only times the dismissals: its work is told in a clause of "after")
    text = (
        "After an inspection team from Pyongyang found unpaid fees in the books of the Kilju trading "
        "office, three managers were dismissed last month, a source said."
    )
    assert "crackdown" not in [t for t, _ in _types(text)]


def test_a_group_of_traders_is_no_team() -> None:
    text = "A group of traders from Hyesan arrived in the county town last week to buy grain, a source said."
    assert "crackdown" not in [t for t, _ in _types(text)]


def test_team_evidence_holds_the_team() -> None:
    text = "An audit team from the Central Committee arrived in Hamhung on May 3, a source said."
    found = [ev for t, ev in _types(text) if t == "crackdown"]
    assert found and "arrived" in found[0]


def test_team_known_only_by_its_sender_stays_unread() -> None:
    # (a team named only by who sent it may have come to escort or question someone)
    text = "A team from the consulate in Dalian arrived at the factory last week, a worker said."
    assert "crackdown" not in [t for t, _ in _types(text)]

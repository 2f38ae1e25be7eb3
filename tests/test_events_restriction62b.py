"""Movement restrictions told as closures and confinement, and quarantine told as custody.

Sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

import tessera


def _types(text: str) -> list[str]:
    return [event.type for event in tessera.extract(text, published="2031-06-20")]


@pytest.mark.parametrize(
    "text",
    [
        "Since 4 April no fishing boat has been allowed to leave Sinpo port.",
        "Not one boat has gone out since the end of April, a fisherman in Haeju said.",
        "Since the start of May not a single boat has left the harbour in Haeju.",
        "Travel between counties has been heavily restricted across the province since August.",
        "The province has been closed to travellers from other provinces since 2 May.",
        "Our passports were locked in the manager's safe when we arrived in Kazan.",
        "Residents of the district have been shut in their homes since early May.",
        "The cooks were locked into the flat every night by the manager.",
    ],
)
def test_closure_is_a_restriction(text: str) -> None:
    assert "movement_restriction" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The returnees were kept in quarantine in Hyesan for a month before questioning.",
        "Officials let the traders out of quarantine early on Friday.",
        "Officially the group of nine is serving a 40-day quarantine in Onsong.",
    ],
)
def test_people_held_in_quarantine_are_no_restriction(text: str) -> None:
    assert "movement_restriction" not in _types(text)


def test_place_put_under_quarantine_stays_a_restriction() -> None:
    assert "movement_restriction" in _types("The town of Kilju was placed under quarantine on Saturday.")


@pytest.mark.parametrize(
    "text",
    [
        "The boat was allowed to leave Sinpo on Monday after an inspection.",
        "Not one of the workers has been punished, the manager said.",
        "He shut the door of his house and went to bed.",
    ],
)
def test_look_alikes_stay_unread(text: str) -> None:
    assert "movement_restriction" not in _types(text)

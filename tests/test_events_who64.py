"""Whom an event befell and who did it, told across a clause: a fine paid to end someone's
custody (victims.py _released_on_payment)."""

from __future__ import annotations

import pytest

import tessera


def _events(text: str) -> list[tessera.Event]:
    return tessera.extract(text, published="2031-09-14")


def _count(text: str, event_type: str) -> int | None:
    event = next(e for e in _events(text) if e.type == event_type)
    return event.victims.count_min if event.victims else None


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Two of the porters were freed on Friday after their sons paid fines.", 2),
        ("The remaining four were released after their families paid fines.", 4),
        ("Two pedlars were kept in a cell overnight and released after paying a fine.", 2),
        ("The driver was let go after his parents paid a fine of 3,000 yuan.", 1),
    ],
)
def test_fine_paid_for_a_release_befalls_the_released(text: str, count: int) -> None:
    assert _count(text, "punishment") == count


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Four vendors paid a fine of 5,000 won each, a trader said.", 4),
        ("A woman who sold the phones paid a fine of 2,000 yuan.", 1),
    ],
)
def test_the_payer_who_is_no_kin_keeps_the_fine(text: str, count: int) -> None:
    assert _count(text, "punishment") == count

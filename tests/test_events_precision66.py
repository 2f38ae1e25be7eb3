"""False events (session 66, precision): boats seized as property, with no crew or owner named
(`extract._craft_taken_as_property`), and flights that may come rather than ones feared or
expected of particular people (`extract._flight_feared`)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted_types

_types = partial(extracted_types, published="2031-05-20")


def test_boats_seized_as_property_are_no_arrest() -> None:
    text = (
        "Officials in Chongjin have begun a drive against private fishing, seizing dozens of small "
        "vessels that were registered to state farms, a source said."
    )
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy seized two Chinese trawlers and their 15 crew off Cholsan on Sunday.",
        "The navy seized four of the boats and their crews off Cholsan on Sunday.",
        "Border guards detained a wooden fishing boat off Rason on Sunday.",
    ],
)
def test_craft_taken_with_its_people_stays_an_arrest(text: str) -> None:
    assert "arrest" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        '"I think my cousin might try to cross," the woman said.',
        "If the dam gives way, some families will try to cross the river to China.",
        "If he crosses the river on his own, the guards might shoot, his mother said.",
    ],
)
def test_a_flight_that_may_come_is_no_event(text: str) -> None:
    assert "escape" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers fear the private may try to cross the Tumen, which is close to his post.",
        "A trawler captain and his crew who failed to come back on the 3rd are being investigated as possible defectors.",
    ],
)
def test_a_flight_feared_of_particular_people_stays(text: str) -> None:
    assert "escape" in _types(text)

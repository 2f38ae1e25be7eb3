"""Events stage (fn48): crossings of the inter-Korean line told by its sector or its estuary.

Seoul's military names the sectors of the demarcation line "the eastern front", "the central
front" and "the western front"; a soldier who walks across one of them has crossed the line.
A part of the estuary ("the tidal flats of the Han estuary") is the estuary crossed, as a
stretch of a river is the river (border_crossings and part_nouns of cues.json).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

# Crossings of the inter-Korean line told by the sector Seoul's military names ("the eastern
# front"), by a part of the estuary ("the tidal flats of the Han estuary"): flights to the South
# (border_crossings and part_nouns of cues.json).
CROSSINGS = [
    "A North Korean soldier walked across the western front and surrendered to South Korean marines on Friday.",
    "A North Korean fisherman walked across the tidal flats of the Han estuary to Gyodong Island on Monday night.",
]


@pytest.mark.parametrize("text", CROSSINGS)
def test_crossing_of_the_line_told_by_its_sector_is_an_escape(text: str) -> None:
    assert "escape" in types_of(text)


NO_CROSSINGS = [
    "Activists said they would float 20 balloons carrying leaflets across the border from Paju this week.",
    "Police officers came through the front door of the house at midnight.",
    "She walked across the flat to open the window.",
]


@pytest.mark.parametrize("text", NO_CROSSINGS)
def test_things_and_rooms_crossed_are_no_escape(text: str) -> None:
    assert "escape" not in types_of(text)

"""False events (session 67, precision): a choice to stay in the South told after the crossing
of the same report is that defection told again, not a second escape
(`joining._choice_to_stay_after_a_crossing`)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted_types

_types = partial(extracted_types, published="2031-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "One of the two fishermen who sailed across the eastern sea border last week has said he "
        "wants to go home, an official said. The other man has asked to stay in the South.",
        "One of the three North Koreans who rowed across the western sea border near Yeonpyeong "
        "Island on Sunday is a former teacher, an official said. They are being questioned. Seoul "
        "will tell Pyongyang through the UN Command that the three wish to stay in the South.",
    ],
)
def test_choice_to_stay_after_the_crossing_is_no_second_escape(text: str) -> None:
    assert _types(text).count("escape") == 1


@pytest.mark.parametrize(
    "text",
    [
        # no crossing told before: the choice is how the defection is told
        "Two fishermen rescued off Goseong last week have asked to stay in the South, an official said.",
        # a failed crossing told before: the choice of others is a defection of its own
        "A soldier was caught as he tried to cross the Tumen on Monday. Separately, two fishermen "
        "rescued at sea have asked to stay in the South, an official said.",
    ],
)
def test_choice_to_stay_with_no_crossing_told_before_stays_an_escape(text: str) -> None:
    assert "escape" in _types(text)

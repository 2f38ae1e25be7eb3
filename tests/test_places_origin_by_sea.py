"""A flight told by where a boat came to land began at the North's port it left from, else in
the North; never in the country where it landed. Every sentence here is invented."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


@pytest.mark.parametrize(
    ("text", "trigger", "name"),
    [
        (
            "Nine people who said they were North Koreans arrived in Japan by boat on Tuesday, officials said.",
            "arrived",
            "North Korea",
        ),
        (
            "Six North Koreans who drifted ashore in northern Japan last month asked to be sent to Seoul.",
            "drifted",
            "North Korea",
        ),
        (
            "Three North Korean men washed up on Sado island in a wooden boat on Friday.",
            "washed",
            "North Korea",
        ),
        (
            "Two North Korean fishermen arrived in a small wooden boat near Sokcho on Sunday.",
            "arrived",
            "North Korea",
        ),
        (
            "Four North Koreans who drifted ashore in northern Japan last week had set sail from near "
            "Kimchaek, police said.",
            "drifted",
            "Kimchaek",
        ),
        (
            "Four North Koreans reached Japan by boat from Chongjin on Monday.",
            "reached",
            "Chongjin",
        ),
    ],
)
def test_a_flight_told_by_its_landing_starts_in_the_north(text: str, trigger: str, name: str) -> None:
    (ev,) = _place(text, _event(text, "escape", trigger))
    assert ev.origin is not None and ev.origin.country == "KP" and ev.origin.name == name


def test_a_river_crossed_by_boat_still_starts_on_its_far_bank() -> None:
    text = "Thai police arrested six North Koreans who came ashore after crossing the Mekong River from Laos by boat."
    (ev,) = _place(text, _event(text, "escape", "crossing"))
    assert ev.origin is not None and ev.origin.country == "LA"

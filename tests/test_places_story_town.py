"""An origin read only as a province takes the one town of that province the report names."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_province_origin_is_the_one_town_of_it_the_report_names() -> None:
    text = (
        "Two women who had worked for years at a restaurant in Harbin were detained by police. "
        "They had set off from Heilongjiang province by bus hoping to reach Laos."
    )
    (escape,) = _place(text, _event(text, "escape", "set off"))
    assert escape.origin is not None and escape.origin.name == "Harbin"


def test_with_two_towns_of_the_province_named_the_province_stays() -> None:
    text = (
        "Two women who had worked in Harbin and Jixi were detained by police. "
        "They had set off from Heilongjiang province by bus hoping to reach Laos."
    )
    (escape,) = _place(text, _event(text, "escape", "set off"))
    assert escape.origin is not None and escape.origin.precision == "province"

"""A movement's origin that its own sentence names as a province after its country's possessive
("from China's Yunnan province") stays that province: the town of it named elsewhere in the report
is another act's (session 51)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_province_introduced_by_its_country_stays_the_origin() -> None:
    text = (
        "Police in northern Laos have detained six North Koreans who entered the country from "
        "China's Yunnan province on foot. They had earlier been held for a week in Kunming."
    )
    escape = next(e for e in _place(text, _event(text, "escape", "entered")) if e.type == "escape")
    assert escape.origin is not None and escape.origin.precision == "province"
    assert escape.origin.name == "Yunnan"


def test_a_bare_province_still_takes_the_one_town_of_it_named() -> None:
    text = (
        "Two women who had worked for years at a restaurant in Harbin were detained by police. "
        "They had set off from Heilongjiang province by bus hoping to reach Laos."
    )
    (escape,) = _place(text, _event(text, "escape", "set off"))
    assert escape.origin is not None and escape.origin.name == "Harbin"


def test_a_retelling_that_names_the_town_still_gives_the_town() -> None:
    text = (
        "A North Korean welder who ran away from a shipyard in Russia's Primorsky Krai was detained "
        "last week. He walked away from the yard near Nakhodka in March, a source said."
    )
    escape = next(
        e
        for e in _place(text, _event(text, "escape", "ran away", also=["walked away"]))
        if e.type == "escape"
    )
    assert escape.origin is not None and escape.origin.name == "Nakhodka"

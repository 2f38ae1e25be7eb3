"""Places conventions found failing, by kind, on the open development sets of session 47: a province
named right after a town of it ("in Musan county, North Hamgyong") only locates the town and sets
no scene of its own; a flight into Mongolia, Laos, Vietnam or Myanmar leaves China, not the North's
town its people came from.

Every test reads invented text; each failed before the rule it names was added (but the guards,
which held before too).
"""

from __future__ import annotations

import tessera
from places_helpers import wheres_found

PUBLISHED = "2024-06-20"


def test_a_province_that_only_locates_a_town_sets_no_scene() -> None:
    text = (
        "A family of three in Musan county, North Hamgyong, has not been seen since around May 15, "
        "days after the father was summoned by the county state security department over a Chinese "
        "mobile phone, a source in the area said.\n\nThe father, a mine worker in his forties, had "
        "been questioned for two days about calls he had made to a cousin in Yanji and was told to "
        "report again the following week. When he failed to appear, agents went to the house and found "
        'it empty. "Security officials are treating it as a defection," the source said.'
    )
    assert wheres_found(text, "escape", PUBLISHED) == ["Musan County"]


def test_a_province_told_on_its_own_is_still_a_place() -> None:
    # guard: a province named for itself, not after a town of it, stays the place
    text = "Security officials in North Hamgyong Province arrested 20 people in May, a source said."
    assert wheres_found(text, "arrest", PUBLISHED) == ["North Hamgyong Province"]


def _origins(text: str) -> list[str | None]:
    flights = [e for e in tessera.extract(text, published=PUBLISHED) if e.type == "escape"]
    return [e.origin.name if e.origin else None for e in flights]


def test_a_flight_into_mongolia_leaves_china_not_the_home_town() -> None:
    text = (
        "A North Korean woman from Hoeryong crossed into Mongolia on foot in March, a ministry official "
        "said. She had hidden for a year near Erenhot before the crossing."
    )
    assert "Erenhot" in _origins(text)


def test_a_flight_into_laos_with_no_chinese_town_leaves_china() -> None:
    text = "A North Korean man from Musan crossed into Laos last month, an activist said on Monday."
    assert _origins(text) == ["China"]


def test_a_flight_into_laos_that_names_its_start_keeps_it() -> None:
    # guard: the flight's own sentence names where it began
    text = "A North Korean man walked from Mengla into Laos last month, an activist said on Monday."
    assert _origins(text) == ["Mengla"]

"""Places conventions found failing, by kind, on the open development sets of session 40: a
town's or county's name before "River" or "Mountain" names the river or the mountain, not the unit.

Every test reads invented text; each failed before the rule it names was added.
"""

from __future__ import annotations

import tessera
from tessera.places.gazetteer import load
from tessera.places.mentions import find_mentions


def _names(text: str) -> list[str]:
    return [c.name for m in find_mentions(text, None, load()) for c in m.candidates]


def test_a_county_name_before_river_names_the_river() -> None:
    assert "Songchon" not in _names("Crowds gathered on the bank of the Songchon River at dawn.")
    assert "Taedong" not in _names("The boat capsized on the Taedong River.")
    # the unit with its own word, or alone, is still the unit
    assert "Songchon" in _names("He was arrested in Songchon County last month.")
    assert "Taedong" in _names("Officials in Taedong said the road was closed.")


def test_a_town_name_before_mountain_names_the_mountain() -> None:
    assert "Changbai" not in _names("Tourists climbed Changbai Mountain in July.")


def test_an_execution_by_a_river_in_a_city_happened_in_the_city() -> None:
    text = (
        "A trader was executed by firing squad on the bank of the Songchon River in Hamhung on "
        "15 May, a source in South Hamgyong Province said."
    )
    (ev,) = [e for e in tessera.extract(text, published="2024-05-20") if e.type == "execution"]
    assert ev.where is not None and ev.where.name == "Hamhung"

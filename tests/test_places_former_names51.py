"""Former names of the North's units that reports still use resolve to the unit (session 51)."""

from __future__ import annotations

import pytest

from tessera.places.gazetteer import load
from tessera.places.mentions import find_mentions
from tessera.places.resolve import resolve


@pytest.mark.parametrize(
    ("spelling", "expected"),
    [
        # Kyongwon County was Saeppyol (새별) for decades; English reports spell it "Saebyol"
        ("Saebyol County", "kp-north-hamgyong-kyongwon"),
        ("Saebyol", "kp-north-hamgyong-kyongwon"),
    ],
)
def test_former_name_resolves(spelling: str, expected: str) -> None:
    gaz = load()
    text = f"A trader was held by state security in {spelling} last month."
    mentions = resolve(text, find_mentions(text, None, gaz), gaz)
    assert [m.text for m in mentions] == [spelling]
    assert mentions[0].chosen is not None and mentions[0].chosen.id == expected

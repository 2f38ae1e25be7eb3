"""A place read only as a country, told near that country's border with another or the line
between the Koreas, is the country's stretch along that border (invented sentences)."""

from __future__ import annotations

import pytest

from tessera.places.border_areas import areas, other_countries
from tessera.places.gazetteer import load
from tessera.python_api import extract


def _places(text: str, route: str = "where") -> list[tuple[str | None, str | None]]:
    out = []
    for e in extract(text, published="2025-05-01"):
        p = getattr(e, route)
        out.append((p.country, p.name) if p is not None else (None, None))
    return out


def test_every_area_is_a_gazetteer_row_of_its_country():
    gaz = load()
    for (country, _other), area_id in areas().items():
        entry = gaz.get(area_id)
        assert entry is not None, area_id
        assert entry.country == country and entry.lat is not None


@pytest.mark.parametrize(
    ("sentence", "country", "expected"),
    [
        ("They were held near the Chinese border.", "VN", ["CN"]),
        ("They were held near the Lao-Chinese border.", "LA", ["CN"]),
        ("A patrol stopped them close to the border with Thailand.", "LA", ["TH"]),
        # the country's own border guards name no other country
        ("Chinese border guards caught them in a village.", "CN", []),
        ("North Korean border guards fired at the men.", "CN", []),
    ],
)
def test_other_countries(sentence, country, expected):
    assert other_countries(sentence, country, load()) == expected


def test_arrest_in_a_country_near_a_named_border():
    # invented: a family stopped in Vietnam near the Chinese border
    got = _places(
        "Police in Vietnam detained a North Korean family of three near the Chinese border on Monday."
    )
    assert ("VN", "Vietnam's border area with China") in got


def test_soldiers_on_their_side_of_the_line():
    # invented: the North's works along the demarcation line, told with no town of the North
    text = (
        "North Korean troops have been planting mines along their side of the Military Demarcation "
        "Line since March. Soldiers were ordered to shoot anyone trying to cross southward."
    )
    got = _places(text)
    assert got and all(p == ("KP", "the northern side of the Demilitarized Zone") for p in got)


def test_a_town_named_keeps_the_country_rule():
    # invented: with a town of the North named, the line's side is not taken for the report
    text = (
        "A former guard said he served near the Military Demarcation Line. "
        "He was later arrested in Hyesan for selling phones."
    )
    got = _places(text)
    assert ("KP", "the northern side of the Demilitarized Zone") not in got

"""Places (session 61, second helper): China's border cities by the spellings reports written from
the Korean side use ("Tandong" for Dandong, "Yenji" for Yanji) are those cities. Every sentence here
is invented for these tests; the first two failed before the spellings were added.
"""

from __future__ import annotations

from places_helpers import wheres_found

PUBLISHED = "2024-06-20"


def test_tandong_is_dandong() -> None:
    text = "Chinese police raided a warehouse in Tandong on Tuesday and arrested two traders."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Dandong"]


def test_yenji_is_yanji() -> None:
    text = "A woman from Musan was arrested by public security officers in Yenji last week."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Yanji"]


def test_a_north_korean_town_nearby_stays_itself() -> None:
    # the look-alike: the North's bank of the river is not read as the Chinese city
    text = "Two traders were arrested in Sinuiju on Tuesday after returning from a trip."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Sinuiju"]

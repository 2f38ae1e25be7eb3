"""Places conventions found failing, by kind, on the development half of session 53.

- The Tumen towns facing the North's (Nanping facing Musan, Sanhe facing Hoeryong) lie on the
  river, at GeoNames' points; Jingxin is Hunchun's town by the river mouth, not a village in
  Guangdong.
- A place that describes the subject of a clause timing or explaining an act ("arrested after a
  smuggler caught in Kanggye named them") is that other person's case: neither the act's place
  nor the scene of the acts told after it.

Every test reads invented text; each failed before the change it names was made (but the guards,
which held before too).
"""

from __future__ import annotations

import math

import tessera
from places_helpers import wheres_found
from tessera.places.gazetteer import load

PUBLISHED = "2024-06-20"


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    (lat1, lon1), (lat2, lon2) = a, b
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    return 6371 * math.hypot(x, math.radians(lat2 - lat1))


def test_the_tumen_towns_stand_across_the_river_from_their_north_korean_twins() -> None:
    gaz = load()
    nanping, musan = gaz.get("cn-nanping-helong"), gaz.get("kp-north-hamgyong-musan")
    sanhe, hoeryong = gaz.get("cn-sanhe-longjing"), gaz.get("kp-north-hamgyong-hoeryong")
    assert _km((nanping.lat, nanping.lon), (musan.lat, musan.lon)) < 10
    assert _km((sanhe.lat, sanhe.lon), (hoeryong.lat, hoeryong.lon)) < 10


def test_jingxin_is_hunchuns_town() -> None:
    text = "Chinese border police detained two North Korean women in Jingxin on Monday, a villager said."
    arrests = [e for e in tessera.extract(text, published=PUBLISHED) if e.type == "arrest"]
    assert [(e.where.country, e.where.admin1) for e in arrests] == [("CN", "Jilin")]


_NAMED_BY_ANOTHER = (
    "Three border guards in Hyesan have been jailed for taking bribes from smugglers, a source "
    "said.\n\nThe three were arrested in early December after a trader caught in Kanggye gave "
    "their names. Their captain was dismissed."
)


def test_the_place_of_whoever_named_them_is_not_the_arrests() -> None:
    assert wheres_found(_NAMED_BY_ANOTHER, "arrest", PUBLISHED) == ["Hyesan", "Kanggye"]


def test_the_place_of_whoever_named_them_sets_no_scene() -> None:
    assert wheres_found(_NAMED_BY_ANOTHER, "punishment", PUBLISHED) == ["Hyesan", "Hyesan"]


def test_a_place_in_the_timing_clauses_own_words_still_counts() -> None:
    # (a guard: the place hangs on the clause's verb, not on its subject)
    text = "Police searched homes in the village after a man who had fled from Musan was caught near Hyesan."
    assert wheres_found(text, "search", PUBLISHED) == ["Hyesan"]


def test_the_place_of_whoever_named_them_is_not_the_scene_named_before() -> None:
    text = (
        "Security officers have arrested a border guard officer and two of his men in Hyesan for "
        "letting smugglers cross their stretch of the Yalu, sources said.\n\nThe three were "
        "detained in early May after a trader caught in Kanggye named them during questioning. The "
        "officer has already been stripped of his rank and expelled from the party, one source said."
    )
    assert wheres_found(text, "punishment", PUBLISHED) == ["Hyesan"]


def test_a_punishment_feared_after_the_return_is_at_the_returns_end() -> None:
    text = (
        "A rights group condemned China's return of a North Korean soldier last month. The deserter, "
        "who had been hiding in Ji'an, was handed to North Korean guards at the Manpo crossing and "
        "now faces a term in a political prison camp."
    )
    assert wheres_found(text, "punishment", PUBLISHED) == ["Manpo"]


def test_a_prison_term_feared_abroad_stays_abroad() -> None:
    # (a guard: a prison term names no institution of the North's own)
    text = (
        "Chinese police handed seven North Korean women to the North's border guards on the bridge "
        "from Dandong to Sinuiju last week, activists said. The Chinese broker who guided them was "
        "held at a detention centre in Dandong and faces a prison term of up to five years."
    )
    assert wheres_found(text, "punishment", PUBLISHED) == ["Dandong"]

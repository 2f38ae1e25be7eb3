"""A country's stretch along a border it shares: where an event told "near the Chinese border" was.

A report that places an event only in a country and says it happened near that country's border
with another ("a family arrested in Vietnam near the Chinese border", "detained along the Lao-
Chinese border", "caught near the border with Thailand") tells where in the country: on the stretch
of that border, which for the routes out of the North is short (the crossings the routes use).
Likewise an act of the North's soldiers in a report about the demarcation line between the Koreas
("guards fired at him as he ran for the line") happened on the North's side of it. The pairs of
countries and the gazetteer row of each stretch are data (`data/places/border_areas.tsv`; the
rows are in `data/gazetteer/sources/other.tsv`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from tessera.data import data_path
from tessera.model import Event, Place
from tessera.places.actors import actors
from tessera.places.gazetteer import Gazetteer
from tessera.places.resolve import entry_place

AREAS = data_path("places", "border_areas.tsv")
ROUTES = ("where", "origin", "destination")
# the demarcation line between the Koreas (gazetteer row), whose sides are areas of their own
LINE_ID = "kr-dmz"
# adjectives of the Koreas, which actors.tsv leaves out (their authorities are the story's own)
_KOREAN = {"north korean": "KP", "north korea": "KP", "the north": "KP", "dprk": "KP",
           "south korean": "KR", "south korea": "KR", "the south": "KR"}  # fmt: skip


@lru_cache(maxsize=1)
def areas() -> dict[tuple[str, str], str]:
    """(country, other country) → gazetteer id of the country's stretch along their border."""
    out = {}
    for line in AREAS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("country\t"):
            continue
        country, other, area = line.split("\t")[:3]
        out[(country, other)] = area
    return out


@lru_cache(maxsize=2)
def _matchers(gaz: Gazetteer) -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """The country words (the gazetteer's demonyms and names, and the Koreas') and the two
    patterns that find a border named by them; built once per gazetteer, not per event."""
    words = dict(actors(gaz).country_of)
    words.update(_KOREAN)
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    # "the Chinese border", "the Lao-Chinese border", "the China-Vietnam frontier"
    adjective = re.compile(
        rf"\b(?P<a>{alt})(?:\s*[-–/]\s*(?P<b>{alt}))?\s+(?:border|frontier)s?\b(?!\s+(?:guards?|police|troops|soldiers|officers|officials|patrols?)\b)",
        re.I,
    )
    # "the border with China", "its frontier with Laos"
    with_country = re.compile(rf"\b(?:border|frontier)s?\s+with\s+(?:the\s+)?(?P<a>{alt})\b", re.I)
    return words, adjective, with_country


def other_countries(sentence: str, country: str, gaz: Gazetteer) -> list[str]:
    """The countries other than `country` whose border with it the sentence names, in order."""
    words, adjective, with_country = _matchers(gaz)
    found = []
    for pat in (adjective, with_country):
        for m in pat.finditer(sentence):
            for g in ("a", "b"):
                w = m.groupdict().get(g)
                code = words.get(w.lower()) if w else None
                if code and code != country and code not in found:
                    found.append(code)
    return found


def _area(country: str, other: str, gaz: Gazetteer) -> Place | None:
    area_id = areas().get((country, other))
    entry = gaz.get(area_id) if area_id else None
    return entry_place(entry) if entry is not None else None


def near_the_border(ev: Event, sentence: str, sentence_names_line: bool, report_names_line: bool,
                    country_has_town: set[str], gaz: Gazetteer) -> Event:  # fmt: skip
    """A place read only as a country, in a sentence that names that country's border with another
    ("Police arrested a family of four in Vietnam near the Chinese border") or the line between
    the Koreas, is the country's stretch along that border. A place in the North read only as the
    country, in a report that names the line and no town of the North, is the North's side of
    the line ("North Korean troops have been laying mines along their side of the line")."""
    changes = {}
    for route in ROUTES:
        place = getattr(ev, route)
        if place is None or place.precision != "country" or not place.country:
            continue
        others = other_countries(sentence, place.country, gaz)
        if not others and place.country in ("KP", "KR") and sentence_names_line:
            others = ["KR" if place.country == "KP" else "KP"]
        if not others and place.country == "KP" and report_names_line and "KP" not in country_has_town:
            others = ["KR"]
        for other in others:
            area = _area(place.country, other, gaz)
            if area is not None:
                changes[route] = area
                break
    return ev.with_(**changes) if changes else ev

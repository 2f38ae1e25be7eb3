"""The near shore of a sea border: where a crossing by sea into (or back out of) a country lands.

A sea border is crossed somewhere along hundreds of kilometres of water, but the reports that
tell such a crossing name the sea, and the coast of each sea where the border meets the country
is short: a boat that "crossed the maritime border in the East Sea" into the South is met off the
South's northernmost east-coast county, one that crossed "in the Yellow Sea" off the northwest
islands. The seas, the words that name them and the place of each near shore are data
(`data/places/borders.json`, a feature's `landings`; the places are gazetteer rows).
"""

from __future__ import annotations

import re

from tessera.model import Event
from tessera.places.borders import Border, borders, by_id, named_in
from tessera.places.gazetteer import Gazetteer
from tessera.places.resolve import entry_place

# words that tell a journey made by water, when the sentence names no sea border
_BY_WATER = re.compile(
    r"\b(?:boats?|vessels?|ships?|sail(?:ed|ing)?|drift(?:ed|ing)|by\s+sea|at\s+sea)\b", re.I
)
ROUTES = ("where", "origin", "destination")


def _sea_border(sentence: str, ids_here: list[str]) -> Border | None:
    """The sea border with landings the sentence names (by its words or a gazetteer row), or the
    one sea border with landings when the sentence tells a journey by water."""
    with_landings = [b for b in borders() if b.landings]
    for b in named_in(sentence) + [f for i in ids_here if (f := by_id(i)) is not None]:
        if b.landings:
            return b
    if _BY_WATER.search(sentence) and len(with_landings) == 1:
        return with_landings[0]
    return None


def near_shore(ev: Event, sentence: str, ids_here: list[str], gaz: Gazetteer) -> Event:
    """A movement's place read only as a country on one side of a sea border, told as a crossing
    of that border in a sea the sentence names, is that country's near shore of the border in
    that sea: "Three fishermen sailed across the maritime border in the East Sea on Friday and
    asked to stay in the South" reached the South off its northernmost east-coast county."""
    border = _sea_border(sentence, ids_here)
    if border is None:
        return ev
    changes = {}
    for route in ROUTES:
        place = getattr(ev, route)
        if place is None or place.precision != "country":
            continue
        for landing in border.landings:
            if landing.side == place.country and landing.words.search(sentence):
                entry = gaz.get(landing.place)
                if entry is not None:
                    changes[route] = entry_place(entry)
                break
    return ev.with_(**changes) if changes else ev

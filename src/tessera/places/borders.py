"""Border features and the two countries on either side: a flight across one ends on the far side.

"Two fishermen crossed the maritime border on a wooden boat" left the North for the South; "a
soldier waded across the Yalu" left it for China; "they slipped over the Mekong from Laos" reached
Thailand. The features, the words that name them and their sides are data
(`data/places/borders.json`); the gazetteer's rows for the rivers and lines are tied to them by id.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

BORDERS = Path(__file__).resolve().parent.parent / "data" / "places" / "borders.json"

# "the river" with no name: in a report that has named a border river, it is that river ("A
# patrol caught two men wading across the river near the mine" after "homes along the Tumen").
NORTH_RIVER_ID = "kp-tumen-river"  # the Tumen and the Yalu both have China on their far bank
_BARE_RIVER = re.compile(r"\bthe\s+river\b(?!\s+(?:of|in|at)\b)", re.I)


# A river's name before a noun of land names the land, not the river: "a sawmill in the Amur region",
# "migrants in the Mekong region", "the Mekong Delta"; and a border "with" a country is that
# country's ("the heavily fortified border with China" is not the line between the Koreas).
_NOT_LAND = r"(?!\s+(?:region|regions|oblast|province|krai|district|subregion|delta|basin|with)\b)"


@dataclass(frozen=True)
class Landing:
    """Where a crossing of a sea border lands on one side, when the sentence names that sea."""

    side: str  # the country whose shore it is
    words: re.Pattern[str]  # words naming the sea (or that stretch of coast)
    place: str  # gazetteer id of the near shore


@dataclass(frozen=True)
class Border:
    name: str
    sides: tuple[str, str]
    ids: frozenset[str]  # gazetteer rows naming it
    phrases: re.Pattern[str] | None  # words naming it where the gazetteer has no row
    landings: tuple[Landing, ...] = ()

    def far_side(self, country: str | None) -> str | None:
        """The country across the feature from `country`; None when `country` is on neither side."""
        if country == self.sides[0]:
            return self.sides[1]
        if country == self.sides[1]:
            return self.sides[0]
        return None


@lru_cache(maxsize=1)
def borders() -> tuple[Border, ...]:
    data = json.loads(BORDERS.read_text(encoding="utf-8"))
    out = []
    for f in data["features"]:
        words = sorted(f.get("phrases") or [], key=len, reverse=True)
        pattern = (
            re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b" + _NOT_LAND, re.I)
            if words
            else None
        )
        a, b = f["sides"]
        landings = tuple(
            Landing(
                x["side"],
                re.compile(r"\b(?:" + "|".join(re.escape(w) for w in x["words"]) + r")\b", re.I),
                x["place"],
            )
            for x in f.get("landings") or []
        )
        out.append(Border(f["name"], (a, b), frozenset(f.get("gazetteer") or []), pattern, landings))
    return tuple(out)


def by_id(entry_id: str | None) -> Border | None:
    """The feature a gazetteer row names, if it is one."""
    if entry_id is None:
        return None
    return next((b for b in borders() if entry_id in b.ids), None)


def named_in(text: str) -> list[Border]:
    """Features named by a phrase of their own in `text` ("the maritime border", "the Mekong")."""
    return list(_named_in(text))


@lru_cache(maxsize=256)
def _named_in(text: str) -> tuple[Border, ...]:
    # (searched once per text: the roles ask again for every event of a sentence)
    return tuple(b for b in borders() if b.phrases is not None and b.phrases.search(text))


def bare_river(text: str, earlier_ids: Iterable[str]) -> Border | None:
    """ "the river" in `text`, standing for the last border river the report named before it
    (`earlier_ids`: gazetteer ids of the places named before, in the report's order)."""
    if not _BARE_RIVER.search(text):
        return None
    for entry_id in reversed(list(earlier_ids)):
        found = by_id(entry_id)
        if found is not None and "river" in found.name.lower():
            return found
    return None


def river_meant(
    text: str, earlier_ids: Iterable[str], earlier_text: str, from_north: bool = False
) -> Border | None:
    """The border river "the river" in `text` stands for: the last one the report named before it,
    by a gazetteer row (`earlier_ids`, in the report's order) or by its own words in `earlier_text`
    ("crossed the Mekong at night ... they had left the Lao side of the river"); for a crossing
    from the North (`from_north`) in a report that names no border river, the North's border with
    China, the river its people cross ("She crossed the river again in 2021 and reached Seoul a
    year later", invented: the Tumen or the Yalu, and China across either)."""
    if not _BARE_RIVER.search(text):
        return None
    found = bare_river(text, earlier_ids)
    if found is not None:
        return found
    rivers = [
        (m.start(), b)
        for b in borders()
        if b.phrases is not None and "river" in b.name.lower()
        for m in b.phrases.finditer(earlier_text)
    ]
    if rivers:
        return max(rivers, key=lambda sb: sb[0])[1]
    return by_id(NORTH_RIVER_ID) if from_north else None


def far_side(features: Iterable[Border], origin_country: str | None) -> str | None:
    """The one country the features lead to from `origin_country` (None when they disagree)."""
    sides = {s for f in features if (s := f.far_side(origin_country)) is not None}
    return sides.pop() if len(sides) == 1 else None

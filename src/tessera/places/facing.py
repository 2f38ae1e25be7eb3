"""Twin towns across a border: where a crossing between two towns begins or ends.

The towns that face each other across the border rivers (Hyesan and Changbai, Sinuiju and
Dandong, Namyang and Tumen, Manpo and Ji'an, Huay Xai and Chiang Khong) stand a few kilometres
apart; the bridges and fords people are sent back over, and the places they cross at, join them.
So a flight from a border town that ended only "in China" ended in the town across from it when
the report names that town, and a return that ends at a border town began in the town facing it.
The facts are the gazetteer's coordinates: no list of pairs to keep.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from tessera.geo import distance_km
from tessera.model import Event, Place
from tessera.places.gazetteer import load
from tessera.places.resolve import entry_place

# Twin towns across the Yalu and the Tumen stand 1–12 km apart (Namyang–Tumen 1 km, Hyesan–
# Changbai 2, Sinuiju–Dandong 3, Onsong's seat–Tumen 12); towns 30 km apart are not one crossing.
FACING_KM = 15.0
_TOWN = ("city", "county", "point")
# words that put a return at the crossing itself ("handed over at the Manpo bridge")
CROSSING_WORDS = re.compile(
    r"\b(?:bridges?|crossings?|checkpoints?|customs|border\s+posts?|border\s+gates?)\b", re.I
)


def _town(p: Place | None) -> bool:
    return p is not None and p.precision in _TOWN and p.lat is not None and p.lon is not None


def facing(town: Place, country: str | None, named: Iterable[Place]) -> Place | None:
    """The nearest town of `country` (any country but the town's own, when None) among the places the
    report names, within FACING_KM of `town`: "Police in Changbai ..." faces Hyesan."""
    if not _town(town):
        return None
    best: tuple[float, Place] | None = None
    for p in named:
        if not _town(p) or p.country in (None, town.country):
            continue
        if country is not None and p.country != country:
            continue
        km = distance_km(town.lat, town.lon, p.lat, p.lon)  # type: ignore[arg-type]
        if km <= FACING_KM and (best is None or km < best[0]):
            best = (km, p)
    return best[1] if best else None


@lru_cache(maxsize=16)
def _gazetteer_towns(country: str) -> tuple[Place, ...]:
    """Every town, county seat and crossing point of `country` the curated gazetteer places."""
    return tuple(
        entry_place(e)
        for e in load().entries.values()
        if e.country == country and e.precision in _TOWN and e.lat is not None and e.lon is not None
    )


def twin_town(town: Place, country: str, named: Iterable[Place] = ()) -> Place | None:
    """The town of `country` facing `town` across the border: one the report names, else the
    gazetteer's nearest within FACING_KM. Twin towns are a fact of geography, and reports that
    name one end of a crossing seldom name the other: "they were returned to North Korea through
    Ji'an" (invented) ended in Manpo, across the bridge, though the report never names Manpo."""
    return facing(town, country, named) or _facing_in_gazetteer(town, country)


# (town's country, lat, lon, country sought) → the gazetteer's town facing it: the gazetteer is
# read once per process, and the same border towns are asked of report after report.
_FACING_IN_GAZETTEER: dict[tuple[str | None, float, float, str], Place | None] = {}


def _facing_in_gazetteer(town: Place, country: str) -> Place | None:
    """`facing` among all the gazetteer's towns of `country`, worked out once per town."""
    if not _town(town):
        return None
    key = (town.country, town.lat, town.lon, country)  # (all `facing` reads of a town)
    if key not in _FACING_IN_GAZETTEER:
        _FACING_IN_GAZETTEER[key] = facing(town, country, _gazetteer_towns(country))
    return _FACING_IN_GAZETTEER[key]


def across_the_crossing(
    ev: Event, named: list[Place], told_from: Iterable[Place] = (), at_crossing: bool = False
) -> Event:
    """A movement between twin towns, made as fine as the report allows.

    - A flight from a border town read to end only in the country across: "A soldier crossed the
      Yalu from Hyesan into China on Sunday. ... He was later seen in Changbai" → Changbai.
    - A return that ends at a border town, read to begin only in a country or province abroad:
      "Eight women held in Liaoning were sent back to Sinuiju. ... Police in Dandong said ..." →
      Dandong (the handing over is where a return begins). Read to begin in a farther town where
      the people were held, only when the return is told at the crossing itself (`at_crossing`:
      "were caught in Tonghua ... handed over at the Manpo bridge" → the town facing Manpo), and
      never when the report says they left from that farther town (`told_from`: places named
      after "from"); "detained near Harbin and sent back to Sinuiju" stays Harbin.
    - A return from a border town read to end only in the North, or in the province of the town
      across: "They were driven back from Tumen on Friday ... and held at the Namyang security
      office" → Namyang; "sent back from Dandong ... held by the North Pyongan provincial police,
      ... at the Sinuiju end of the bridge" → Sinuiju.
    """
    if ev.type == "escape":
        origin, dest = ev.origin, ev.destination
        if (
            _town(origin)
            and dest is not None
            and dest.precision == "country"
            and dest.country != origin.country
        ):  # type: ignore[union-attr]
            found = facing(origin, dest.country, named)  # type: ignore[arg-type]
            # "fled across the river from Hyesan into China" (invented) landed in Changbai, the
            # town facing it, though the report never names Changbai
            found = found or twin_town(origin, dest.country)  # type: ignore[arg-type]
            if found is not None:
                return ev.with_(destination=found)
        return ev
    if ev.type != "repatriation":
        return ev
    origin, dest = ev.origin, ev.destination
    if _town(dest) and origin is not None and origin.country != dest.country:  # type: ignore[union-attr]
        told = origin in told_from and _town(origin)
        near = _town(origin) and distance_km(dest.lat, dest.lon, origin.lat, origin.lon) <= FACING_KM  # type: ignore[union-attr,arg-type]
        if not told and not near and (at_crossing or not _town(origin)):
            found = facing(dest, origin.country, named)  # type: ignore[arg-type]
            if found is None and origin.precision == "country":
                found = twin_town(dest, origin.country)  # type: ignore[arg-type]
            if found is not None:
                return ev.with_(origin=found)
    if _town(origin) and _coarse(dest) and dest.country != origin.country:  # type: ignore[union-attr]
        found = facing(origin, dest.country, named)  # type: ignore[union-attr,arg-type]
        if found is None and dest.precision == "country":  # type: ignore[union-attr]
            found = twin_town(origin, dest.country)  # type: ignore[union-attr,arg-type]
        if found is not None and _within(found, dest):  # type: ignore[arg-type]
            return ev.with_(destination=found)
    return ev


def _coarse(p: Place | None) -> bool:
    return p is not None and p.precision in ("country", "province")


def _within(town: Place, area: Place) -> bool:
    """Is the town inside the country or province: a return from Dandong read to end in North
    Pyongan (its holding centre's province) ended in Sinuiju, the town across, which lies in it."""
    return area.precision == "country" or (area.admin1 is not None and town.admin1 == area.admin1)

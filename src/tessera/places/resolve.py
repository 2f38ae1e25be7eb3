"""Choose one gazetteer entry per mention, using the hierarchy the text gives and the report's region.

- Hierarchy: "X County, Y Province", "X (Y Province)", "Y Province's city of X", "X in Y",
  "Country's Y":
  when one reading of X lies under one reading of Y, both readings are fixed and Y is absorbed
  into X (the event is placed at the finest level the text gives).
- Otherwise the report's region decides: each country weighs by how often the report names it
  unambiguously, on top of a prior for the region these reports are about (North Korea first,
  then China), so Pochon is North Korea's county, not South Korea's Pocheon.
- Where a province and a city share a name (Jilin), the city: the finer reading, and the
  text says "Province" when it means the province.
"""

from __future__ import annotations

import re
from collections import Counter

import pycountry
from spacy.tokens import Doc

from tessera.geo import distance_km
from tessera.language.table import expanded_span
from tessera.model import Place
from tessera.places.gazetteer import UNIT_WORDS, Entry, Gazetteer
from tessera.places.mentions import Mention
from tessera.places.variants import key_tokens

# How far from a province's centre its towns may lie (the biggest on the routes, Yunnan or
# Heilongjiang, reach about 500 km from their middle).
PROVINCE_REACH_KM = 600
COUNTRY_PRIOR = {"KP": 3.0, "CN": 2.0, "KR": 0.5, "RU": 0.5}
KIND_BONUS = {
    "special_city": 0.6, "city": 0.5, "county": 0.45, "province": 0.4, "country": 0.6,
    "prefecture": 0.3, "region": 0.2, "district": 0.2, "town": 0.1, "workers_district": 0.2,
    "crossing": 0.1, "point": 0.1,
}  # fmt: skip
# What may stand between a child and its parent: ", ", " (", " in ", "'s city of" (parent first).
_CHILD_THEN_PARENT = re.compile(r"^\s*(,|\(|in|of|,\s*in)\s*$", re.I)
_PARENT_THEN_CHILD = re.compile(r"^['’]s\s+(city|county|town|district|village)\s+of\s*$", re.I)
# A country's possessive before a unit of it: "China's Jilin province", "South Korea's Ulleung Island".
_COUNTRY_THEN_CHILD = re.compile(r"^['’]s\s+$")
# A region word describing the unit after it: "the northern border county of Musan".
_REGION_THEN_UNIT = re.compile(r"^\s+(city|county|town|district|village|area)\s+of\s*$", re.I)
# The text spelling the canonical name of one candidate (Gangwon, not Kangwon) leans to it: enough
# to outweigh the North's prior when the report also names the South, not on its own.
EXACT_NAME_BONUS = 2.0
_THE_BEFORE = re.compile(r"\bthe\s+$")
# "the frozen Tumen", "the swollen, muddy Yalu": describing words between the article and the name
_THE_DESCRIBED_BEFORE = re.compile(r"\bthe\s+((?:[a-z][a-z-]*,?\s+){1,2})$")
_NEXT_WORD = re.compile(r"^[\s\-‐–]+([A-Za-z]+)")
# Nouns a place name modifies ("the Tumen crossing", "the Tumen customs house"): the name is the town.
# A second name joined by a dash, then the word both names modify: "the Hyesan–Changbai bridge".
_TWIN_THEN_WORD = re.compile(r"^\s*[\-‐–]\s*[A-Z][A-Za-z'’]+(?:\s+[A-Z][A-Za-z'’]+)?\s+([A-Za-z]+)")
_NAME_MODIFIES = frozenset(
    {"crossing", "bridge", "customs", "port", "city", "county", "area", "border", "detention", "holding",
     "station", "prefecture", "road", "railway", "checkpoint", "district", "office", "centre", "center",
     "police", "public", "security", "region", "market", "side"}
)  # fmt: skip


def _under(child: Entry, parent: Entry, gaz: Gazetteer) -> bool:
    if child.id == parent.id:
        return False
    if parent.kind == "country":
        return child.country == parent.country
    if any(p.id == parent.id for p in gaz.parent_chain(child)):
        return True
    if child.id.startswith("gn:") and parent.kind in ("province", "special_city"):
        # the world index knows no provinces: a town lies in one when it is of that country and near
        # enough its centre ("Hekou in Yunnan" is the border town, not Shandong's Hekou)
        return (
            child.country == parent.country
            and None not in (child.lat, child.lon, parent.lat, parent.lon)
            and distance_km(child.lat, child.lon, parent.lat, parent.lon) <= PROVINCE_REACH_KM  # type: ignore[arg-type]
        )
    return (
        parent.kind in ("province", "special_city")
        and child.admin1 == parent.admin1
        and child.country == parent.country
    )


def _link(child: Mention, parent: Mention, gaz: Gazetteer) -> bool:
    if not parent.known:
        return False
    if not child.known:  # unknown name under a known one: keeps its text, placed at the parent
        child.parent = parent
        parent.absorbed = True
        return True
    pairs = [(c, p) for c in child.candidates for p in parent.candidates if _under(c, p, gaz)]
    if not pairs:
        return False
    # Two countries' units paired alike ("Goseong, Gangwon" and "Kosong, Kangwon" are both the
    # South's county in its province and the North's in its own): the pair the text spells by both
    # canonical names is the one meant, the spelling being that country's romanization.
    spelled = [(_bare(c.name) == _bare(child.text)) + (_bare(p.name) == _bare(parent.text)) for c, p in pairs]
    if max(spelled) == 2:
        pairs = [pair for pair, n in zip(pairs, spelled, strict=True) if n == 2]
    child.candidates = list(dict.fromkeys(c for c, _ in pairs))
    parent.candidates = list(dict.fromkeys(p for _, p in pairs))
    child.parent = parent
    parent.absorbed = True
    return True


def apply_hierarchy(text: str, mentions: list[Mention], gaz: Gazetteer) -> None:
    # A country's possessive ("China's Yunnan province") is absorbed first, so the unit it qualifies
    # can be tied to what comes before it: "Hekou in China's Yunnan province".
    starts: dict[int, int] = {}
    for a, b in zip(mentions, mentions[1:], strict=False):
        if (
            _COUNTRY_THEN_CHILD.match(text[a.end : b.start])
            and a.known
            and all(c.kind == "country" for c in a.candidates)
            and b.known
            and any(c.kind != "country" for c in b.candidates)
            and _link(b, a, gaz)
        ):
            starts[id(b)] = a.start  # the country only says whose the unit is
    mentions = [m for m in mentions if not m.absorbed]
    for a, b in zip(mentions, mentions[1:], strict=False):
        between = text[a.end : starts.get(id(b), b.start)]
        if _CHILD_THEN_PARENT.match(between):
            _link(a, b, gaz)
        elif _PARENT_THEN_CHILD.match(between):
            _link(b, a, gaz)

        elif _REGION_THEN_UNIT.match(between) and a.known and all(c.kind == "region" for c in a.candidates):
            a.absorbed = True  # the unit named after it is the place; the region only describes it


def country_weights(mentions: list[Mention]) -> Counter[str]:
    weights: Counter[str] = Counter(COUNTRY_PRIOR)
    for m in mentions:
        countries = {c.country for c in m.candidates}
        if len(countries) == 1:
            weights[countries.pop()] += 1.0
    return weights


def _bare(name: str) -> tuple[str, ...]:
    """A name's folded words without a trailing unit word: "Gangwon Province" → ("gangwon",)."""
    toks = key_tokens(name)
    return toks[:-1] if len(toks) > 1 and toks[-1] in UNIT_WORDS else toks


def choose(mentions: list[Mention], weights: Counter[str]) -> None:
    for m in mentions:
        if not m.candidates:
            continue
        text = _bare(m.text)
        m.chosen = max(
            m.candidates,
            key=lambda e: (
                weights[e.country]
                + KIND_BONUS.get(e.kind, 0.0)
                + (EXACT_NAME_BONUS if _bare(e.name) == text else 0.0)
            ),
        )


def _after_the(text: str, m: Mention, doc: Doc | None) -> bool:
    """Does "the" stand before the name, alone or with describing words between ("the frozen
    Tumen"; with the parse at hand, only adjectives: "the bridge linking Tumen" is the city)?"""
    before = text[max(0, m.start - 40) : m.start]
    if _THE_BEFORE.search(before):
        return True
    described = _THE_DESCRIBED_BEFORE.search(before)
    if described is None or doc is None:
        return False
    span = expanded_span(doc, m.start - len(described.group(1)), m.start)
    return span is not None and all(t.pos_ in ("ADJ", "PUNCT") or t.is_space for t in span if t.idx < m.start)


def rivers_by_article(text: str, mentions: list[Mention], gaz: Gazetteer, doc: Doc | None = None) -> None:
    """ "the Tumen" is the river, "Tumen" or "the Tumen crossing" the city: a bare name after "the"
    (and any adjectives: "the frozen Tumen") that some river is named after ("X River") reads as
    that river."""
    for m in mentions:
        if not _after_the(text, m, doc):
            continue
        if any(c.kind == "river" for c in m.candidates):
            continue
        follower = _NEXT_WORD.match(text[m.end : m.end + 30])
        if follower and follower.group(1).lower() in _NAME_MODIFIES:
            continue
        twin = _TWIN_THEN_WORD.match(text[m.end : m.end + 50])
        if twin and twin.group(1).lower() in _NAME_MODIFIES:
            continue  # "the Tumen–Namyang crossing": the two towns the crossing joins
        rivers = [
            k.entry for k in gaz.index.get((*key_tokens(m.text), "river"), []) if k.entry.kind == "river"
        ]
        if rivers:
            m.candidates = rivers


# A unit noun and "of" before a name says which of its namesakes it is: "the province of Lao Cai".
_UNIT_OF_BEFORE = re.compile(r"\b(province|city|town)\s+of\s+$", re.I)
_UNIT_OF_KINDS = {
    "province": ("province",),
    "city": ("city", "special_city", "town"),
    "town": ("city", "town"),
}


def units_named_before(text: str, mentions: list[Mention]) -> None:
    """Keep, of a name's namesakes, those of the unit the words before it name: "the province of
    Lao Cai" is the Vietnamese province, "the border city of Lao Cai" its capital (invented); a
    province and its capital share the name in much of the region. No such namesake: all stay."""
    for m in mentions:
        if len({e.kind for e in m.candidates}) < 2:
            continue
        cue = _UNIT_OF_BEFORE.search(text[max(0, m.start - 20) : m.start])
        if cue is None:
            continue
        kinds = _UNIT_OF_KINDS[cue.group(1).lower()]
        kept = [e for e in m.candidates if e.kind in kinds]
        if kept:
            m.candidates = kept


def resolve(text: str, mentions: list[Mention], gaz: Gazetteer, doc: Doc | None = None) -> list[Mention]:
    rivers_by_article(text, mentions, gaz, doc)
    units_named_before(text, mentions)
    apply_hierarchy(text, mentions, gaz)
    choose(mentions, country_weights(mentions))
    return mentions


def entry_place(e: Entry, text: str | None = None) -> Place:
    """The Place of one gazetteer entry, with the words that named it (None when none did)."""
    return Place(
        name=e.display_name,
        country=e.country or None,
        admin1=e.admin1 or None,
        admin2=e.admin2 or None,
        lat=e.lat,
        lon=e.lon,
        precision=e.precision,
        text=text,
        id=e.id,
    )


def to_place(m: Mention) -> Place | None:
    """The Place a mention names; an unknown name keeps its text at its parent's point and precision."""
    if m.chosen is not None:
        return entry_place(m.chosen, m.text)
    if m.parent is not None and m.parent.chosen is not None:
        p = m.parent.chosen
        return Place(
            name=m.text,
            country=p.country or None,
            admin1=p.admin1 or None,
            admin2=(p.admin2 or p.name) if p.precision in ("city", "county") else None,
            lat=p.lat,
            lon=p.lon,
            precision=p.precision,
            text=m.text,
            id=None,
        )
    return None


def country_place(gaz: Gazetteer, code: str, text: str | None = None) -> Place | None:
    e = gaz.country(code)
    if e is not None:
        return Place(name=e.name, country=e.country, precision="country", text=text, id=e.id)
    iso = pycountry.countries.get(alpha_2=code)  # a country the curated gazetteer has no row for
    if iso is None:
        return None
    name = getattr(iso, "common_name", iso.name)
    return Place(name=name, country=code, precision="country", text=text, id=code.lower())

"""Place mentions in a text: the gazetteer's own matcher plus the language model's entities.

The matcher finds every indexed spelling (longest first), so places the model does not tag
(Kimjongsuk, Pochon-gun) are still found; entities the gazetteer does not know keep their text,
to be placed under the finest parent the text gives ("Yonbong-dong, Hyesan").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from tessera.places.actors import POSTED_ABROAD, authorities_named
from tessera.places.gazetteer import PERSON_NAME_START, Entry, Gazetteer
from tessera.places.variants import fold
from tessera.places.world import match_world

_WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*", re.UNICODE)
# Only these may sit between the words of one name: "Pochon-gun", "Kim Jong Suk", "P'yŏngan".
_JOINERS = re.compile(r"^(?:['’ʼ]s)?[\s\-‐–'’]*$")  # "People's Republic": the 's stays in the name
_ENTITY_LABELS = ("GPE", "LOC", "FAC")
# An unknown name is still a place when it carries a unit word: "Yonbong-dong", "Masan-ri".
_UNIT_TAIL = re.compile(r"[-\s](dong|ri|ni|li|gu|gun|ku|up|eup|county|district|village|town|city)$", re.I)


@dataclass
class Mention:
    start: int
    end: int
    text: str
    candidates: list[Entry]
    chosen: Entry | None = None
    parent: Mention | None = None  # the coarser place the text attaches it to ("X, Y Province")
    absorbed: bool = False  # a parent mention folded into its child ("Ryanggang" in "Pochon, Ryanggang")
    notes: list[str] = field(default_factory=list)

    @property
    def known(self) -> bool:
        return bool(self.candidates)


def _words(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _WORD.finditer(text):
        folded = fold(m.group())
        # a possessive 's ends the name: "Jilin's", "Hyesan’s"
        if folded.endswith("s") and m.group()[-2:-1] in ("'", "’", "ʼ"):
            out.append((m.start(), m.end() - 2, folded[:-1]))
        else:
            out.append((m.start(), m.end(), folded))
    return out


def _span_key(text: str, span: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The folded words of a span; a possessive inside it is part of the name ("Democratic People's
    Republic of Korea"), only the last word's ends it ("Jilin's")."""
    keys = []
    for n, (_start, end, folded) in enumerate(span):
        if n < len(span) - 1 and text[end : end + 1] in ("'", "’", "ʼ") and text[end + 1 : end + 2] == "s":
            folded += "s"
        keys.append(folded)
    return tuple(keys)


_NEXT_CAPITALISED = re.compile(r"^ ([A-Z][a-z]+)\b")
_DAYS_MONTHS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
     "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}
)  # fmt: skip


def _inside_longer_name(text: str, end: int, entries: list[Entry]) -> bool:
    """A country or region followed by a capitalised word is part of a longer name: "the South Korean
    videos", "North Korea Strategy Center"; a city is not ("Dandong Customs House")."""
    if any(e.kind not in ("country", "region") for e in entries):
        return False
    rest = text[end : end + 2]
    if not (len(rest) == 2 and rest[0] == " " and rest[1].isupper()):
        return False
    nxt = _NEXT_CAPITALISED.match(text[end : end + 20])
    return not (nxt and nxt.group(1).lower() in _DAYS_MONTHS)  # "sent back to China Monday"


# Nouns an area's name may describe: "Chinese border guards", "the border region police", "a
# border city": then the name is no place of its own (the guards' country, or the city named next, is).
_DESCRIBED_NOUNS = frozenset(
    {"guard", "guards", "police", "patrol", "patrols", "security", "troops", "soldiers", "officials",
     "authorities", "city", "cities", "town", "towns", "county", "village", "crossing", "trade", "traders",
     "forces", "units", "unit"}
)  # fmt: skip
_NEXT = re.compile(r"^[ \t]+([a-z]+)\b")


def _describes_a_noun(text: str, end: int, entries: list[Entry]) -> bool:
    """A region's name before a noun it describes: "Chinese border guards", "a border city"."""
    if any(e.kind != "region" for e in entries):
        return False
    nxt = _NEXT.match(text[end : end + 20])
    return bool(nxt) and nxt.group(1) in _DESCRIBED_NOUNS


# Capitalised nouns that make a town's or county's name the name of a river, lake or mountain
# near or through it: "executed on the bank of the Songchon River in Hamhung" (invented) happened
# in Hamhung, not in Songchon County; "the Taedong River", "Changbai Mountain". (The two border
# rivers have spellings of their own, "Tumen River", "Yalu River", which the longest match takes.)
_LANDFORM_NOUNS = frozenset(
    {"river", "rivers", "stream", "creek", "lake", "reservoir", "mountain", "mountains", "range"}
)
_NEXT_WORD = re.compile(r"^[ \t]+([A-Z][a-z]+)\b")
# Kinds of entry that are administrative units: their name before such a noun is the landform's.
_UNIT_KINDS = frozenset(
    {"city", "county", "district", "town", "workers_district", "province", "special_city", "prefecture"}
)


def _names_a_landform(text: str, end: int, entries: list[Entry]) -> bool:
    """A unit's name followed by a capitalised landform noun names the landform ("the Songchon
    River"), not the unit. Not for rivers, regions or countries, whose own spellings carry the
    noun."""
    if any(e.kind not in _UNIT_KINDS for e in entries):
        return False
    nxt = _NEXT_WORD.match(text[end : end + 20])
    return bool(nxt) and nxt.group(1).lower() in _LANDFORM_NOUNS


# A town's name that only says where a train or vehicle goes or starts: "a Musan-bound truck", "the
# Pyongyang–Hyesan express" (invented). The event happens on board, at a stop or at the far end, not
# in the town the service is bound for or leaves from. (Roads keep both ends: a checkpoint "on the
# Musan–Chongjin road" stands by the first town, and a "Pyongyang–Sinuiju line" is the whole track,
# so only a train or express drops its first end.)
_BOUND_FOR = re.compile(r"^[-‐–]bound\b")
_RAIL_SERVICE_FROM = re.compile(
    r"^[-‐–—][A-Z][\w'’]+(?:[ \t]+[A-Z][\w'’]+)?[ \t]+"
    r"(?:(?:international|passenger|freight|night|express)[ \t]+)*(?:trains?|express)\b"
)


def _names_a_service_end(text: str, end: int, entries: list[Entry]) -> bool:
    """A unit's name that a vehicle is bound for ("Pyongyang-bound") or a railway service leaves
    from ("the Pyongyang–Sinuiju express") names the service, not the place of what befell people
    on it: "crew of the Pyongyang–Sinuiju express were arrested" is read at Sinuiju or elsewhere."""
    if any(e.kind not in _UNIT_KINDS for e in entries):
        return False
    rest = text[end : end + 60]
    return bool(_BOUND_FOR.match(rest) or _RAIL_SERVICE_FROM.match(rest))


# Korean unit suffixes that are also English words: "Yunnan-to" is the province, "from Yunnan to Tumen"
# is not.
_SUFFIX_WORDS = frozenset({"to", "do"})


def _english_word_as_suffix(text: str, span: list[tuple[int, int, str]]) -> bool:
    """Is the span's last word a Korean unit suffix written as a separate lower-case English word
    ("driven from Yunnan to Tumen", "what they do")? Hyphenated ("Chagang-do") or capitalised
    ("Chagang Do") it is the suffix."""
    start, end, folded = span[-1]
    gap = text[span[-2][1] : start]
    return folded in _SUFFIX_WORDS and gap.isspace() and text[start:end].islower()


def _match_at(
    text: str, words: list[tuple[int, int, str]], i: int, gaz: Gazetteer
) -> tuple[int, list[Entry]] | None:
    """The longest gazetteer spelling starting at word i: (its number of words, its entries)."""
    longest = min(gaz.max_len, len(words) - i)
    # (a span is tried only when every gap inside it joins a name's words: the run of joined
    # words from i is measured once, not again for each length tried)
    for n in range(min(longest, _joined_run(text, words, i, longest)), 0, -1):
        span = words[i : i + n]
        keys = gaz.index.get(_span_key(text, span))
        if not keys:
            continue
        if n > 1 and _english_word_as_suffix(text, span):
            continue
        capitals = [text[w[0]].isupper() or not text[w[0]].isascii() for w in span]
        entries = [
            k.entry for k in keys if all(c or not need for c, need in zip(capitals, k.caps, strict=False))
        ]
        if entries and (
            _inside_longer_name(text, span[-1][1], entries)
            or _describes_a_noun(text, span[-1][1], entries)
            or _names_a_landform(text, span[-1][1], entries)
            or _names_a_service_end(text, span[-1][1], entries)
        ):
            entries = []
        if entries:
            return n, entries
    return None


def _joined_run(text: str, words: list[tuple[int, int, str]], i: int, most: int) -> int:
    """How many words from word i (at most `most`) follow each other with only what joins a
    name's words between them ("People's Republic", "Hoe-ryong"; not "Hyesan, Musan")."""
    run = 1
    while run < most and _JOINERS.match(text[words[i + run - 1][1] : words[i + run][0]]):
        run += 1
    return run


# A Korean name written syllable by syllable: "Hoe-ryong", "Hye San", "Chong-jin".
_SYLLABLE = re.compile(r"^[a-z]{1,5}$")
_SYLLABLE_JOINER = re.compile(r"^(?:-|‐|–| )$")
MAX_SYLLABLES = 3


SURNAMES = Path(__file__).resolve().parent.parent / "data" / "places" / "korean_surnames.txt"


@lru_cache(maxsize=1)
def _surnames() -> frozenset[str]:
    lines = SURNAMES.read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _syllables_at(
    text: str, words: list[tuple[int, int, str]], i: int, gaz: Gazetteer
) -> tuple[int, list[Entry]] | None:
    """A place name split into its syllables ("Hoe-ryong", "Hye San city"): the syllables joined are
    a spelling the gazetteer knows. Each syllable is a short word; spaced ones are all capitalised
    (a hyphen binds a lower-case one: "Chong-jin"); a personal name ("Kim Jong Suk") is no place."""
    if not text[words[i][0]].isupper() or words[i][2] in PERSON_NAME_START:
        return None
    if i > 0 and words[i - 1][2] in _surnames() and text[words[i - 1][0]].isupper():
        return None  # "Lee Sang Won": a given name after the family name
    for k in range(min(MAX_SYLLABLES, len(words) - i), 1, -1):
        run = words[i : i + k]
        if not all(_SYLLABLE.match(w[2]) for w in run):
            continue
        joins = [text[a[1] : b[0]] for a, b in zip(run, run[1:], strict=False)]
        if not all(_SYLLABLE_JOINER.match(j) for j in joins):
            continue
        if any(j == " " and not text[b[0]].isupper() for j, b in zip(joins, run[1:], strict=False)):
            continue
        merged = (run[0][0], run[-1][1], "".join(w[2] for w in run))
        if merged[2] not in gaz.first_words:
            continue
        hit = _match_at(text, [merged, *words[i + k : i + k + gaz.max_len]], 0, gaz)
        if hit is not None:
            return hit[0] + k - 1, hit[1]
    return None


def match_gazetteer(
    text: str, gaz: Gazetteer, words: list[tuple[int, int, str]] | None = None
) -> list[Mention]:
    """Every gazetteer spelling in the text, longest match first, no overlaps (`words`: the
    text's `_words`, when the caller has them)."""
    words = _words(text) if words is None else words
    found: list[Mention] = []
    i = 0
    first_words = gaz.first_words
    while i < len(words):
        hit = _match_at(text, words, i, gaz) if words[i][2] in first_words else None
        if hit is None and len(words[i][2]) <= 5:
            hit = _syllables_at(text, words, i, gaz)
        if hit is None:
            i += 1
            continue
        n, entries = hit
        start, end = words[i][0], words[i + n - 1][1]
        found.append(Mention(start, end, text[start:end], entries))
        i += n
    return found


def unknown_entities(doc: Doc, known: list[Mention]) -> list[Mention]:
    """Entities the model tags as places that no gazetteer mention covers, with a unit word."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in _ENTITY_LABELS:
            continue
        if any(m.start < ent.end_char and ent.start_char < m.end for m in known):
            continue
        text = ent.text.strip()
        if _UNIT_TAIL.search(text):
            out.append(Mention(ent.start_char, ent.start_char + len(text), text, []))
    return out


def _as_unit(entry: Entry, unit: str, said: str) -> Entry:
    """A town read as the province or county it is the seat (or namesake) of, placed at the town:
    "Oudomxay province" is named after its seat, "Yinan County" as written (GeoNames files some
    towns under their county's name)."""
    base = entry.name if unit == "province" else said
    return replace(entry, kind=unit, precision=unit, name=f"{base} {unit.title()}")


def _countries_named(found: list[tuple[int, int, list[Entry], str | None]]) -> set[str]:
    """The countries the world index's matches name as countries ("Kuwait", "Angola")."""
    return {entries[0].country for _, _, entries, _ in found if entries and entries[0].kind == "country"}


def world_mentions(
    text: str,
    doc: Doc | None,
    known: list[Mention],
    words: list[tuple[int, int, str]] | None = None,
    acting: frozenset[str] = frozenset(),
) -> list[Mention]:
    """Places the curated gazetteer does not know, from the world index (see tessera.places.world):
    "detained in Tachileik", "the Vietnamese border city of Mong Cai", "Oudomxay province"."""
    named = {m.candidates[0].country for m in known if len({c.country for c in m.candidates}) == 1}
    named |= acting
    words = _words(text) if words is None else words
    covered = [(m.start, m.end) for m in known]
    # (a report of the North's people posted abroad, not one set in the North: "a teachers' college
    # in Chongjin ... the dormitory" names no town abroad by its small names)
    posted = POSTED_ABROAD.search(text) is not None and not any(
        m.candidates and m.candidates[0].country == "KP" and m.candidates[0].kind != "country" for m in known
    )
    found = match_world(text, words, covered, doc, named, posted)
    abroad = _countries_named(found) - named
    if abroad:
        # A country only the world index knows names the country of the report's small towns as a
        # curated one does: "workers in Kuwait … a camp in Fahaheel" (read again, now knowing it).
        found = match_world(text, words, covered, doc, named | abroad, posted)
    out = []
    for start, end, entries, unit in found:
        if unit in ("province", "county"):
            entries = [_as_unit(e, unit, text[start:end]) if e.kind == "city" else e for e in entries]
        out.append(Mention(start, end, text[start:end], entries))
    return out


def find_mentions(text: str, doc: Doc | None, gaz: Gazetteer) -> list[Mention]:
    words = _words(text)  # (one reading of the words for both indexes)
    mentions = match_gazetteer(text, gaz, words)
    mentions += world_mentions(text, doc, mentions, words, authorities_named(gaz, text))
    if doc is not None:
        mentions += unknown_entities(doc, mentions)
    return sorted(mentions, key=lambda m: m.start)

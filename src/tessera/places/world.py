"""The world beyond the curated gazetteer: GeoNames towns and countries, matched only where the text
says a place is meant.

The curated gazetteer (places.tsv) knows North Korea's units, the border and the usual transit cities;
reports also name towns in Laos, Myanmar, Vietnam or the Russian Far East ("detained in Tachileik",
"the border city of Mong Cai"). world.tsv.gz (built by tessera.places.build from GeoNames) holds every
town of 500 people or more in the countries those routes cross and every town of 5,000 elsewhere,
under all their Latin-script names. Because that many names include common words and personal names
("Police", "Kim", "Reading"), a name is taken from it only:
- where the curated gazetteer found nothing;
- when every word of it is capitalised;
- when a locative word governs it ("in", "to", "from", "near", "the town of") or a unit word follows
  it ("Oudomxay province", "Yinan County") or the town's own authority does ("Nong Khai immigration
  police"); never a date, and after "to" or "from" never what the language model
  reads as a person or group ("a letter to Kim");
- when it is not a surname or word listed in sources/world_not_places.txt;
- as a town of the region these reports cover (China, Russia, Mongolia, South-East Asia, Japan), of
  a country the report names (a country of the curated gazetteer or of this index, "Kuwait", or one
  whose authorities it names, "Qatari police": tessera.places.mentions), or a city of 100,000 or
  more elsewhere by its own name (of a million by any): the one in a named country first, then the
  most populous.
The file is read once, at the first name that passes those tests (about 0.15 s).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from tessera.language.table import expanded_span
from tessera.places.actors import authority_nouns, town_modifiers
from tessera.places.gazetteer import DATA, Entry
from tessera.places.variants import key_tokens

WORLD = DATA / "world.tsv.gz"
NOT_PLACES = DATA / "sources" / "world_not_places.txt"
# Countries whose towns these reports name: any of their places may be meant. Elsewhere only a city
# this big, or one in a country the report names, is worth the risk of a common word.
FOCUS = frozenset({"CN", "RU", "MN", "LA", "TH", "MM", "VN", "KH", "JP"})
MIN_POPULATION_ELSEWHERE = 100_000
# Elsewhere, a town answers to any of its names (not only GeoNames' own: "Fahaheel" for "Al Fahahil")
# in a country the report names; without it, only a city this big does (the index holds every name of
# every town of 5,000, and the alternate names of small towns abroad include common words: GeoNames
# lists "Thai" among Alor Setar's).
ALTERNATES_MIN_POPULATION_ELSEWHERE = 1_000_000
MAX_WORDS = 4
# How many other towns of one name a mention keeps for the text's hierarchy to choose from.
MAX_NAMESAKES = 8
# Words after which a capitalised name is a place: "in Tachileik", "the frontier town of Tachileik".
LOCATIVE = frozenset(
    {"in", "at", "to", "from", "near", "into", "via", "through", "outside", "across", "toward", "towards",
     "inside", "around", "reach", "reached", "reaching", "entered", "entering"}
)  # fmt: skip
# "the town of X": the noun before "of" says a place follows.
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "settlement", "township", "province", "county", "district", "region",
     "capital", "port", "state",
     "prefecture", "outskirts", "suburbs", "area", "island", "border"}
)  # fmt: skip
# After these a capitalised name is as often a person as a place: "a letter to Kim", "a call from Lee".
WEAK_LOCATIVE = frozenset({"to", "from", "toward", "towards", "reach", "reached", "reaching"})
# Unit words after a name: "Oudomxay province", "Luang Namtha Province", "Khabarovsk Krai".
# (Not "district": GeoNames files a city's urban districts as towns of their own, and "the Huanggu
# district of Shenyang" names Shenyang, not a town called Huanggu.)
# "Yinan County": China names a county by its seat, the town GeoNames has under that name.
UNIT_AFTER = {"province": "province", "state": "province", "region": "province", "krai": "province",
              "oblast": "province", "prefecture": "province", "city": "city", "town": "city",
              "county": "county"}  # fmt: skip
# Words after a name that make it a border post's town: "the Mohan checkpoint", "at the Dong Dang
# border gate", "the Huay Xai crossing".
CROSSING_AFTER = frozenset({"border", "crossing", "checkpoint", "customs"})
# Words after a name that make it the town of a transport hub: "caught at the Chegdomyn station",
# "the Tynda airport" (a person's name does not stand before these).
HUB_AFTER = frozenset({"station", "airport"})
# Words between a locative and a name that say which part of the town or area: "a cafe in central
# Blagoveshchensk", "a camp in northern Tynda" (invented) — the name is still governed by "in".
PART_WORDS = frozenset(
    {"central", "downtown", "northern", "southern", "eastern", "western", "northeastern", "northwestern",
     "southeastern", "southwestern", "suburban", "rural", "outer", "inner"}
)  # fmt: skip
# How many lower-case words may stand between a town's name and the authority it names: "Nong Khai
# immigration police", "the Mukdahan provincial court" (invented).
AUTHORITY_BETWEEN = 2
# The parts of speech of the words of "Nong Khai immigration police" after the name.
AUTHORITY_PHRASE_POS = frozenset({"NOUN", "ADJ", "PROPN"})
# The model's readings that say a capitalised name is not a place.
NOT_PLACE_LABELS = frozenset({"PERSON", "DATE", "TIME", "ORG", "NORP", "EVENT", "WORK_OF_ART", "LAW"})
_MONTHS_DAYS = frozenset(
    {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)  # fmt: skip
_JOIN = re.compile(r"^[ \-‐]$")
# Lower-case words that sit inside a place's name between capitalised ones, in the languages whose
# names English keeps as they are: "Dar es Salaam", "Rio de Janeiro", "Frankfurt am Main".
_NAME_PARTICLES = frozenset(
    {"es", "de", "del", "da", "do", "dos", "das", "la", "el", "al", "am", "an", "sur"}
)
# An abbreviated word of a name and the word it stands for: "St Petersburg" is the city's own name
# as much as "Saint Petersburg" (GeoNames gives Russia's city the long form, Florida's the short).
SPELLED_OUT = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort", "pt": "port"}
# Words a place's name abbreviates with a full stop ("St. Petersburg", "Mt. Paektu", "Ft. Worth"): the
# stop and space after one join the name's words as a space does (the index spells them "St Petersburg").
ABBREVIATIONS = frozenset(SPELLED_OUT)
_ABBREVIATED_JOIN = re.compile(r"^\. $")
PRECISION = {"country": "country", "province": "province", "city": "city"}


@dataclass(frozen=True)
class WorldIndex:
    rows: list[str]
    keys: dict[str, str]

    def entries(self, key: str) -> list[Entry]:
        found = self.keys.get(key)
        if found is None:
            return []
        out = []
        for n in found.split(","):
            gid, name, cc, kind, lat, lon, pop = self.rows[int(n)].split("\t")
            out.append(
                Entry(
                    id=f"gn:{gid}",
                    name=name,
                    kind=kind,
                    parent=cc.lower(),
                    country=cc,
                    admin1="",
                    admin2=name if kind == "city" else "",
                    lat=float(lat) if lat else None,
                    lon=float(lon) if lon else None,
                    precision=PRECISION[kind],
                    source=f"geonames:{gid}|pop:{pop}",
                )  # fmt: skip
            )
        return out


@lru_cache(maxsize=1)
def load_world() -> WorldIndex:
    with gzip.open(WORLD, "rt", encoding="utf-8") as f:
        lines = f.read().split("\n")
    head = 0
    while lines[head].startswith("#") and not lines[head].startswith("#places"):
        head += 1
    count = int(lines[head].split("\t")[1])
    rows = lines[head + 1 : head + 1 + count]
    keys = dict(line.split("\t", 1) for line in lines[head + 1 + count :] if line)
    return WorldIndex(rows, keys)


@lru_cache(maxsize=1)
def not_places() -> frozenset[str]:
    return frozenset(
        " ".join(key_tokens(line))
        for line in NOT_PLACES.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    )


def population(e: Entry) -> int:
    _, _, pop = e.source.partition("|pop:")
    return int(pop) if pop.isdigit() else 0


def plausible(e: Entry, key: str, named_countries: set[str]) -> bool:
    """A country, a town of the region these reports cover or of a country the report names, or a
    big city: not a hamlet abroad that shares its name with an English word. A place GeoNames knows
    no population of is taken only by its own name, in a country the report names."""
    if e.kind != "city":
        return True
    if population(e) == 0:
        return e.country in named_countries and _primary(e, key)
    if e.country in FOCUS or e.country in named_countries:
        return True
    if population(e) >= ALTERNATES_MIN_POPULATION_ELSEWHERE:
        return True
    return population(e) >= MIN_POPULATION_ELSEWHERE and _primary(e, key)


def _primary(e: Entry, key: str) -> bool:
    return _spelled_out(key_tokens(e.name)) == _spelled_out(tuple(key.split()))


def _spelled_out(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(SPELLED_OUT.get(w, w) for w in words)


def best_entry(entries: list[Entry], named_countries: set[str], key: str = "") -> Entry | None:
    """The place of a country the report names, then the one so named (not by an alternate name:
    "Chiang Saen" is the town, not the district seat that also answers to it), then the most
    populous plausible one."""
    fit = [e for e in entries if plausible(e, key, named_countries)]
    return max(
        fit,
        key=lambda e: (e.country in named_countries, e.kind == "country", _primary(e, key), population(e)),
        default=None,
    )


# The words that put people in a town: "a camp in Fahaheel", "the dormitory at Al Khor".
_PUT_IN = frozenset({"in", "at", "near", "outside", "inside", "around"})


def _put_in(text: str, words: list[tuple[int, int, str]], i: int) -> bool:
    """Does a lower-case locative that puts people somewhere stand right before word `i` ("in",
    "at", "near"), not a capitalised word or an authority after it ("Transport police")?"""
    if i == 0 or text[words[i - 1][1] : words[i][0]].strip():
        return False
    prev = words[i - 1]
    return prev[2] in _PUT_IN and text[prev[0]].islower()


def _posted_town(entries: list[Entry], named_countries: set[str], key: str) -> Entry | None:
    """A town the report plainly puts its people in ("a labour camp in Fahaheel", "the crew's
    dormitory at Al Khor"), in a report of the North's people posted abroad: the North sends work
    crews and missions to small towns of countries the report may never name, so a town of any
    country is plausible there, by any of its names, the most populous first."""
    return best_entry(entries, named_countries | {e.country for e in entries if e.kind == "city"}, key)


def namesakes(entries: list[Entry], best: Entry, named_countries: set[str], key: str) -> list[Entry]:
    """The other plausible towns of the best one's country that go by the same name, most populous
    first: "Hekou" is a town in Yunnan and another in Shandong, and only the text's hierarchy ("Hekou in
    Yunnan") tells which (tessera.places.resolve)."""
    same = [
        e
        for e in entries
        if e.id != best.id
        and e.country == best.country
        and e.kind == best.kind
        and _primary(e, key)
        and plausible(e, key, named_countries)
    ]
    return sorted(same, key=population, reverse=True)[:MAX_NAMESAKES]


def _cue(text: str, words: list[tuple[int, int, str]], i: int, n: int, doc: Doc | None = None) -> str:
    """How strongly the text says a place is meant: "strong" (a unit word after it, "the town of",
    "in", "near", a border post after it: "the Mohan checkpoint"), "weak" ("to", "from": people
    are written there too) or "" (no cue)."""
    if i + n < len(words) and words[i + n][2] in UNIT_AFTER:
        return "strong"
    if i + n < len(words) and words[i + n][2] in CROSSING_AFTER:
        return "strong"
    if i + n < len(words) and words[i + n][2] in HUB_AFTER and i > 0 and words[i - 1][2] == "the":
        return "strong"
    if _authority_after(text, words, i, n, doc):
        return "strong"
    if (
        i > 1
        and words[i - 1][2] in PART_WORDS
        and text[words[i - 1][0]].islower()
        and words[i - 2][2] in LOCATIVE
        and not text[words[i - 2][1] : words[i][0]].replace(words[i - 1][2], "", 1).strip()
    ):
        # "in central Blagoveshchensk": the locative before the part word governs the name
        return "weak" if words[i - 2][2] in WEAK_LOCATIVE else "strong"
    if i > 0 and not text[words[i - 1][1] : words[i][0]].strip():
        prev = words[i - 1][2]
        if _capitalised_inside_sentence(text, words[i - 1][0]):
            # "sources told Inside Line", "a film called Across the River": a capitalised word
            # inside a sentence is part of a title or a name, not the preposition that cues a place
            return ""
        if prev == "of" and i > 1 and words[i - 2][2] in PLACE_NOUNS:
            return "strong"
        if prev in LOCATIVE:
            return "weak" if prev in WEAK_LOCATIVE else "strong"
    return ""


def _authority_after(text: str, words: list[tuple[int, int, str]], i: int, n: int, doc: Doc | None) -> bool:
    """Does a town's own authority follow the name, "Nong Khai immigration police arrested two
    women", "the Mukdahan provincial court fined them" (invented)? A local police force or court is
    named after the town it sits in; a person's name does not stand before "police" so. Only nouns
    and adjectives between, in lower case (not "She told investigators", not "Kim Jong Un
    government"), or the lexicon's capitalised town modifiers ("the Suwon District Court"), the name
    no pronoun, and the authority nouns of actors.tsv (those the actors' own town pattern reads)."""
    if doc is None:
        return False
    name = expanded_span(doc, words[i][0], words[i + n - 1][1])
    if name is None or any(t.pos_ in ("PRON", "DET", "VERB", "AUX") for t in name):
        return False
    nouns, modifiers = authority_nouns(), town_modifiers()
    for k in range(i + n, min(i + n + AUTHORITY_BETWEEN + 1, len(words))):
        # (a capitalised word only of the lexicon's: "the Suwon District Court", "Dandong Police")
        if not (text[words[k][0]].islower() or words[k][2] in modifiers or words[k][2] in nouns):
            return False
        if not _JOIN.match(text[words[k - 1][1] : words[k][0]]):
            return False
        span = expanded_span(doc, words[k][0], words[k][1])
        if span is None or any(t.pos_ not in AUTHORITY_PHRASE_POS for t in span):
            return False
        if words[k][2] in nouns:
            return True
    return False


_SENTENCE_OPENERS = frozenset(".!?:;\"“”‘’'(—–-\n")


def _capitalised_inside_sentence(text: str, at: int) -> bool:
    """Whether the word at `at` is capitalised where a sentence does not start."""
    if not text[at].isupper():
        return False
    before = text[:at].rstrip(" \t")
    return bool(before) and before[-1] not in _SENTENCE_OPENERS


def _capitalised_name(text: str, span: list[tuple[int, int, str]]) -> bool:
    """Are the span's words capitalised, but for a particle inside it ("Dar es Salaam")?"""
    return all(
        text[w[0]].isupper() or (0 < k < len(span) - 1 and w[2] in _NAME_PARTICLES)
        for k, w in enumerate(span)
    )


def _name_goes_on(text: str, words: list[tuple[int, int, str]], nxt: int) -> bool:
    """Does a capitalised word (not a unit word) continue the name past the match?"""
    if nxt >= len(words) or words[nxt][2] in UNIT_AFTER:
        return False
    gap = text[words[nxt - 1][1] : words[nxt][0]]
    return bool(_JOIN.match(gap)) and text[words[nxt][0]].isupper()


def _model_says_not_a_place(doc: Doc | None, start: int, end: int, cue: str) -> bool:
    """A date or time is never a place; after a weak cue, neither is a person or a group. (The model
    tags many foreign towns it does not know as people or organisations, so a strong cue wins.)"""
    if doc is None:
        return False
    span = expanded_span(doc, start, end)
    if span is None:
        return False
    labels = {t.ent_type_ for t in span}
    return bool(labels & {"DATE", "TIME"}) or (cue == "weak" and bool(labels & NOT_PLACE_LABELS))


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    """Do two words stand in one name: a space or hyphen between them, or an abbreviation's stop
    ("St. Petersburg")?"""
    between = text[a[1] : b[0]]
    return bool(_JOIN.match(between)) or (a[2] in ABBREVIATIONS and bool(_ABBREVIATED_JOIN.match(between)))


def match_world(
    text: str,
    words: list[tuple[int, int, str]],
    covered: list[tuple[int, int]],
    doc: Doc | None,
    named_countries: set[str],
    posted: bool = False,
) -> list[tuple[int, int, list[Entry], str | None]]:
    """(start, end, entries, unit) of each world place the text names where the curated gazetteer did
    not (the best entry first, then its namesakes); `unit` is the precision a following unit word
    gives ("Oudomxay province" → province). In a report of the North's people `posted` abroad, a
    town put "in" or "at" is read in any country (see _posted_town)."""
    out: list[tuple[int, int, list[Entry], str | None]] = []
    taken = sorted(covered)
    i = 0
    while i < len(words):
        start = words[i][0]
        if not text[start].isupper() or any(a <= start < b for a, b in taken):
            i += 1
            continue
        hit = None
        for n in range(min(MAX_WORDS, len(words) - i), 0, -1):
            span = words[i : i + n]
            if not all(_joined(text, a, b) for a, b in zip(span, span[1:], strict=False)):
                continue
            if not _capitalised_name(text, span) or any(w[2] in _MONTHS_DAYS for w in span):
                continue
            if any(a < span[-1][1] and span[0][0] < b for a, b in taken):
                continue
            cue = _cue(text, words, i, n, doc)
            key = " ".join(w[2] for w in span)
            if not cue or key in not_places():
                continue
            if _name_goes_on(text, words, i + n) and not _authority_after(text, words, i, n, doc):
                # "the town of Mai Sai": "Mai" alone is another place (but "the Mukdahan District
                # Court": the capitalised words of a town's court or force do not go on its name)
                continue
            found = load_world().entries(key)
            entry = best_entry(found, named_countries, key) or (
                _posted_town(found, named_countries, key) if posted and _put_in(text, words, i) else None
            )
            if entry is None or _model_says_not_a_place(doc, span[0][0], span[-1][1], cue):
                continue
            unit = UNIT_AFTER.get(words[i + n][2]) if i + n < len(words) else None
            hit = (n, [entry, *namesakes(found, entry, named_countries, key)], unit)
            break
        if hit is None:
            i += 1
            continue
        n, entries, unit = hit
        out.append((words[i][0], words[i + n - 1][1], entries, unit))
        i += n
    return out

"""Whose authorities acted: "Lao police", "Chinese border security forces", "Thailand's immigration".

A state's police, courts and soldiers act on its own soil, so when a sentence names no place, the
country of the authorities in it says where an arrest, search or trial happened ("Vietnamese police
searched the bus" → Vietnam). The adjectives and authority nouns are data (actors.tsv).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from tessera.places.gazetteer import DATA, Gazetteer
from tessera.places.variants import key_tokens

ACTORS = DATA / "actors.tsv"
# Words between the adjective and the noun: "Chinese border security forces", "Lao provincial police".
MAX_BETWEEN = 2
# Words that end the phrase: "Chinese phones and police" names no Chinese police.
_NOT_BETWEEN = ("and", "or", "but", "with", "by", "from", "to", "the", "a", "an", "of", "in", "at", "for",
                "was", "were", "had", "have", "has", "who", "which", "that", "as")  # fmt: skip


# A town's own courts, police and prosecutors: "a Seoul court", "the Suwon District Court", "Dandong
# police", "the Seoul Metropolitan Police Agency", "Seoul's prosecutors". A town's authorities act in
# that town's country. The words after the town are the lexicon's (actors.tsv: its capitalised
# modifiers, then the authority nouns), read by the same pattern as the gazetteer's own reading of
# a name before its authority (tessera.places.world).
_TOWN_NAME = r"\b(?P<town>[A-Z][a-z]+(?:-[a-z]+)?)(?:['’]s)?"
# Kinds of gazetteer entries whose name may lead such a phrase (not a country: "China's police"
# is the adjective pattern's).
_TOWN_KINDS = frozenset({"city", "county", "province"})

# The North's officers stationed abroad act where they are posted: "the crew's minder searched the
# dormitory", "a state security officer attached to the workforce".
POSTED_ABROAD = re.compile(
    r"(?i)\b(?:minders?|attached|dispatched|overseas|dormitor(?:y|ies)|consulates?|embass(?:y|ies)"
    r"|trade mission|representative office|workforce|crew)\b"
)


@dataclass(frozen=True)
class ActorPattern:
    pattern: re.Pattern[str]
    country_of: dict[str, str]  # folded adjective or country name → ISO code


@lru_cache(maxsize=4)
def _pattern(country_names: tuple[tuple[str, str], ...]) -> ActorPattern:
    country_of: dict[str, str] = {}
    nouns: list[str] = []
    for line in ACTORS.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("country\t"):
            continue
        code, words = line.split("\t", 1)
        if code == "nouns":
            nouns = [w for w in words.split(";") if w]
            continue
        if code in _WORD_LISTS:
            continue
        for w in words.split(";"):
            if w:
                country_of[w.lower()] = code
    for code, name in country_names:
        if code in set(country_of.values()):
            country_of.setdefault(name.lower(), code)
    adjs = "|".join(re.escape(a) for a in sorted(country_of, key=len, reverse=True))
    noun_alt = "|".join(re.escape(n) for n in sorted(nouns, key=len, reverse=True))
    between = rf"(?:(?!(?:{'|'.join(_NOT_BETWEEN)})\b)[a-z][\w-]*\s+)"
    pattern = re.compile(
        rf"\b(?P<adj>{adjs})(?:['’]s?)?\s+{between}{{0,{MAX_BETWEEN}}}?(?:{noun_alt})\b",
        re.I,
    )
    return ActorPattern(pattern, country_of)


def actors(gaz: Gazetteer) -> ActorPattern:
    return _pattern(_country_names(gaz))


@lru_cache(maxsize=4)
def _country_names(gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """The gazetteer's countries, listed once per gazetteer (a gazetteer is not changed after it
    is built): the pattern is asked for per sentence, and walking every entry each time cost
    more than the search."""
    return tuple(sorted((e.country, e.name) for e in gaz.entries.values() if e.kind == "country"))


# The South, whose own authorities act at home but whose government's words in these reports are
# mostly about acts abroad ("South Korean authorities were urged to seek their release"): named by
# the sentence as acting only where the caller asks for it.
SOUTH = "KR"


def acting_country(gaz: Gazetteer, sentence: str, at: int | None = None, south: bool = False) -> str | None:
    """The country whose authorities the sentence names, the one nearest offset `at` when several
    (the South's only when `south`).

    "Two men were detained by Lao police near the river." → "LA"; "Chinese phones" names no one.
    """
    found = [
        (0 if at is None else abs(start - at), country)
        for start, country in _named_actors(gaz, sentence)
        if south or country != SOUTH
    ]
    return min(found)[1] if found else None


# How far from the act its doers may be named in the act's own clause: "Chinese police last Monday
# arrested", "was arrested on 23 January by the Seoul Metropolitan Police Agency".
ACT_REACH = 60
# What ends a clause between doers and an act: "Chinese police sent them back, and they were jailed".
_CLAUSE_BREAK = re.compile(r"[,;:()\u2014\u2013]|\s(?:and|but|after|before|when|while|where|who)\s")


# The word that makes doers named after the act its agent: "was arrested by the Seoul Metropolitan Police".
_BY = re.compile(r"\bby\s+(?:the\s+|a\s+)?$", re.I)


# Where a clause's subject may start: the sentence's start or a clause break, then an article.
_SUBJECT_START = re.compile(r"(?:^|[,;:]\s*|\b(?:and|then)\s+)(?:the\s+|a\s+|an\s+)?$", re.I)


def acting_in_clause(gaz: Gazetteer, sentence: str, at: int) -> str | None:
    """The country whose authorities the act at offset `at` names in its own clause, near it:
    "Chinese police last Monday arrested two soldiers who deserted their post in Hoeryong" → "CN";
    "Chinese police sent them back, and they were jailed in Onsong" names none for "jailed"."""
    near = []
    for start, country in _named_actors(gaz, sentence):
        lo, hi = sorted((start, at))
        if start > at and not _BY.search(sentence[:start]):
            continue  # after the act, only its agent: not "questioned about their time in Russian custody"
        if start < at and not _SUBJECT_START.search(sentence[:start]):
            continue  # before it, only its subject: not "Families who met South Korean officials were held"
        if hi - lo <= ACT_REACH and not _CLAUSE_BREAK.search(sentence, lo, hi):
            near.append((hi - lo, country))
    return min(near)[1] if near else None


@lru_cache(maxsize=256)
def _named_actors(gaz: Gazetteer, sentence: str) -> tuple[tuple[int, str], ...]:
    """Where the sentence names a country's authorities, and which: searched once per sentence
    (the roles ask again for every place and event of it, each from its own offset)."""
    ap = actors(gaz)
    named = [
        (m.start(), ap.country_of[m.group("adj").lower()])
        for m in ap.pattern.finditer(sentence)
        # "chinese" in a URL or a lower-case word is not the adjective
        if m.group("adj")[:1].isupper()
    ]
    covered = set(ap.country_of.values())
    for m in _town_authority().finditer(sentence):
        country = town_country(gaz, m.group("town"))
        if country in covered:
            named.append((m.start(), country))
    return tuple(sorted(named))


def authorities_named(gaz: Gazetteer, text: str) -> frozenset[str]:
    """Every country whose authorities the text names anywhere, the South's too ("Qatari police",
    "Kuwait's interior ministry", "a Seoul court")."""
    return frozenset(country for _, country in _named_actors(gaz, text))


def names_authorities_of(gaz: Gazetteer, text: str, country: str) -> bool:
    """Does the text name `country`'s own authorities anywhere ("South Korean troops escorted
    him", "the South's navy", "a Seoul court" → "KR")?"""
    return any(named == country for _, named in _named_actors(gaz, text))


def town_country(gaz: Gazetteer, name: str) -> str | None:
    """The one country every town, county or province the gazetteer knows as `name` lies in, None
    when there is none or they lie in several ("Seoul" → "KR"; "Dandong" → "CN")."""
    countries = {k.entry.country for k in gaz.index.get(key_tokens(name), []) if k.entry.kind in _TOWN_KINDS}
    return countries.pop() if len(countries) == 1 else None


def people_country(gaz: Gazetteer, phrase: str) -> str | None:
    """The state a people's name stands for at the start of `phrase`: "the Chinese", "the
    Russians", "the Lao side" ("handed back to the Chinese" is to China's authorities)."""
    m = re.match(r"\s*the\s+(?P<adj>[A-Z][a-z]+?)(?:s)?(?:\s+side)?\b", phrase)
    if m is None:
        return None
    return actors(gaz).country_of.get(m.group("adj").lower())


# The lines of actors.tsv that list words, not a country's adjectives.
_WORD_LISTS = frozenset({"nouns", "town_modifiers"})


@lru_cache(maxsize=4)
def _word_list(kind: str) -> tuple[str, ...]:
    """One word list of actors.tsv (`nouns`, `town_modifiers`), as written."""
    for line in ACTORS.read_text(encoding="utf-8").splitlines():
        if line.startswith(kind + "\t"):
            return tuple(w for w in line.split("\t", 1)[1].split(";") if w)
    return ()


@lru_cache(maxsize=1)
def authority_nouns() -> frozenset[str]:
    """The authority nouns of actors.tsv ("police", "court", "immigration"), lower case: the words
    that name a state's or a town's own police, courts and soldiers."""
    return frozenset(w.lower() for w in _word_list("nouns"))


@lru_cache(maxsize=1)
def town_modifiers() -> frozenset[str]:
    """The capitalised words of actors.tsv that may stand in a town's court's or force's own name
    between the town and the noun ("District", "Metropolitan": "the Suwon District Court"), lower
    case; a two-word one ("Central District") gives each of its words."""
    return frozenset(w.lower() for m in _word_list("town_modifiers") for w in m.split())


@lru_cache(maxsize=1)
def _town_authority() -> re.Pattern[str]:
    """A town's name and its authority after it, from the lexicon: "Dandong police", "the Suwon
    District Court", "Seoul's prosecutors" (the noun in any case, the modifiers capitalised)."""
    mods = "|".join(
        re.escape(m).replace(r"\ ", r"\s+")
        for m in sorted(_word_list("town_modifiers"), key=len, reverse=True)
    )
    nouns = "|".join(
        re.escape(n).replace(r"\ ", r"\s+") for n in sorted(_word_list("nouns"), key=len, reverse=True)
    )
    return re.compile(rf"{_TOWN_NAME}\s+(?:(?:{mods})\s+)?(?i:{nouns})\b")

"""Who did it, and who helped: actor mentions named by the lexicon, with their kind and country."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from tessera.events.lexicon import ActorEntry, lexicon
from tessera.model import Actor

CHINA_WORDS = frozenset({"china", "chinese", "china's", "beijing"})
NORTH_KOREA_WORDS = frozenset({"north", "korean", "dprk", "pyongyang", "korea"})


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int  # token index
    end: int


def find_actors(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """Actor mentions in tokens [start, end), longest first where they overlap."""
    cache = doc.user_data.setdefault("tessera_actors", {})
    if (start, end) not in cache:
        cache[(start, end)] = _find_actors(doc, start, end)
    return cache[(start, end)]


def _find_actors(doc: Doc, start: int, end: int) -> list[ActorMention]:
    matches = sorted(lexicon().actors.find(doc, start, end), key=lambda m: (m.start, -(m.end - m.start)))
    mentions: list[ActorMention] = []
    last_end = -1
    for match in matches:
        if match.start < last_end:
            continue
        entry: ActorEntry = match.entry
        # Acronyms such as MSS count only when written in capitals.
        if _is_acronym(entry) and not doc[match.start].text.isupper():
            continue
        country = entry.country or _country_from_context(doc, match.start)
        mentions.append(ActorMention(Actor(entry.name, country, entry.kind), match.start, match.end))
        last_end = match.end
    return mentions


def _is_acronym(entry: ActorEntry) -> bool:
    words = entry.phrase.words
    return (
        len(words) == 1
        and entry.name.lower() not in (words[0] or ())
        and all(len(w) <= 4 for w in words[0] or ())
    )


def _country_from_context(doc: Doc, start: int) -> str | None:
    """'China's Ministry of State Security', 'Chinese public security officials'."""
    window = doc[max(0, start - 4) : start]
    words = {t.lower_ for t in window} | {t.lower_.replace("’s", "").replace("'s", "") for t in window}
    if words & CHINA_WORDS:
        return "CN"
    if words & NORTH_KOREA_WORDS:
        return "KP"
    return None

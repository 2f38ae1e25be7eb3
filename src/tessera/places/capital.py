""" "The capital" in a report about the North is Pyongyang.

Reports from inside North Korea name Pyongyang as "the capital" as often as by its name: "a source
in the capital said", "people staying in the capital without registration", "trains bound for the
capital" (all invented). The phrase names no place by itself, so it is read by the story around
it: the last town or province the report named before it (else the first after) lies in the
North. A report set in another country ("moved to an immigration facility in the capital"
after a story in Thailand) is left alone: its capital is that country's, which the report's own
places decide. A phrase that another name completes ("the capital Pyongyang", "the capital of
Ryanggang", "Pyongyang, the capital") is that name's, and needs nothing more.
"""

from __future__ import annotations

import re

from tessera.places.gazetteer import Gazetteer
from tessera.places.mentions import Mention

NORTH = "KP"
NORTH_CAPITAL_ID = "kp-pyongyang"
# "the capital", "the North Korean capital", "the North's capital", "the country's capital"; not "the
# provincial capital" (a province's seat) nor "the capital of X" / "the capital city of X".
_CAPITAL = re.compile(
    r"\b[Tt]he\s+(?:(?:North\s+Korean|North['’]s|country['’]s|nation['’]s|DPRK)\s+)?capital\b"
    r"(?!\s+(?:city\s+)?of\b)(?!\s*,?\s*[A-Z])"
)
# A name right before the phrase that it stands beside: "Pyongyang, the capital".
_NAMED_BEFORE = re.compile(r"[A-Za-z]\s*,\s*$")


def _country_of(m: Mention) -> str | None:
    """The country of a town or province the mention names (a country's own name says less: a
    report set in Laos names "North Korean" people's country as often as the North's own)."""
    if m.chosen is None or m.chosen.kind in ("country", "region"):
        return None
    return m.chosen.country


def _story_country(mentions: list[Mention], at: int) -> str | None:
    """The country of the last place named before `at` (else of the first after)."""
    before = [m for m in mentions if m.end <= at and _country_of(m)]
    if before:
        return _country_of(max(before, key=lambda m: m.start))
    after = [m for m in mentions if m.start >= at and _country_of(m)]
    return _country_of(min(after, key=lambda m: m.start)) if after else None


def capital_mentions(text: str, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """The mentions with one more for each "the capital" that a report about the North means as
    Pyongyang, in text order."""
    entry = gaz.get(NORTH_CAPITAL_ID)
    if entry is None or "capital" not in text:
        return mentions
    added = []
    for match in _CAPITAL.finditer(text):
        start, end = match.start(), match.end()
        if _NAMED_BEFORE.search(text, max(0, start - 3), start):
            continue
        if any(m.start < end and start < m.end for m in mentions):
            continue  # (inside a name the gazetteer already found)
        if _story_country(mentions, start) != NORTH:
            continue
        added.append(Mention(start, end, match.group(0), [entry], chosen=entry))
    if not added:
        return mentions
    return sorted([*mentions, *added], key=lambda m: m.start)

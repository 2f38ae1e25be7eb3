"""The time stage's word lists and holiday table, read once from tessera/data/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from tessera.numbers import cardinal_words


def _load(name: str) -> dict[str, Any]:
    text = resources.files("tessera.data").joinpath(name).read_text(encoding="utf-8")
    return json.loads(text)


def _public(table: dict[str, Any]) -> dict[str, Any]:
    """A table without its '_doc' notes."""
    return {k: v for k, v in table.items() if not k.startswith("_")}


@dataclass(frozen=True)
class Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, ...]]  # first month, last month, first day if not the 1st
    seasons: dict[str, tuple[int, int]]
    windows: dict[str, int]
    units: dict[str, int]
    future_cues: tuple[str, ...]
    reporting_verbs: frozenset[str]
    speaking_verbs: frozenset[str]
    reaction_verbs: frozenset[str]
    reporting_nouns: frozenset[str]
    occasion_nouns: frozenset[str]
    same_time_marks: frozenset[str]
    attempt_verbs: frozenset[str]
    gatherings: frozenset[str]
    gathering_preps: frozenset[str]
    onset_states: frozenset[str]
    sequence_words: frozenset[str]
    onset_verbs: frozenset[str]
    campaign_openers: frozenset[str]
    standing_orders: frozenset[str]
    light_verbs: frozenset[str]
    associate_nouns: frozenset[str]
    lasting_bans: frozenset[str]
    term_verbs: frozenset[str]
    durative_acts: frozenset[str]
    permissions: frozenset[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = _load("time_lexicon.json")
    return Lexicon(
        months=_public(raw["months"]),
        weekdays=_public(raw["weekdays"]),
        # every cardinal word up to ninety-nine ("for forty days", "fifty years ago"), from the
        # one list of number words, then the lexicon's own counts ("several", "a few")
        numbers=cardinal_words() | _public(raw["numbers"]),
        ordinals=_public(raw["ordinals"]),
        month_parts={k: tuple(v) for k, v in _public(raw["month_parts"]).items()},
        year_parts={k: tuple(v) for k, v in _public(raw["year_parts"]).items()},
        seasons={k: tuple(v) for k, v in _public(raw["seasons"]).items()},
        windows=_public(raw["windows"]),
        units=_public(raw["units"]),
        future_cues=tuple(raw["future_cues"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        speaking_verbs=frozenset(raw["speaking_verbs"]),
        reaction_verbs=frozenset(raw["reaction_verbs"]),
        reporting_nouns=frozenset(raw["reporting_nouns"]),
        occasion_nouns=frozenset(raw["occasion_nouns"]),
        same_time_marks=frozenset(raw["same_time_marks"]),
        attempt_verbs=frozenset(raw["attempt_verbs"]),
        gatherings=frozenset(w.split()[-1] for w in raw["gatherings"]),
        gathering_preps=frozenset(raw["gathering_preps"]),
        onset_states=frozenset(raw["onset_states"]),
        sequence_words=frozenset(raw["sequence_words"]),
        onset_verbs=frozenset(raw["onset_verbs"]),
        campaign_openers=frozenset(raw["campaign_openers"]),
        standing_orders=frozenset(raw["standing_orders"]),
        light_verbs=frozenset(raw["light_verbs"]),
        associate_nouns=frozenset(raw["associate_nouns"]),
        lasting_bans=frozenset(raw["lasting_bans"]),
        term_verbs=frozenset(raw["term_verbs"]),
        durative_acts=frozenset(raw["durative_acts"]),
        permissions=frozenset(raw["permissions"]),
    )


@dataclass(frozen=True)
class Occasion:
    """A holiday or recurring occasion: fixed month-day rules, or a table of dates by year."""

    key: str
    names: tuple[str, ...]
    fixed: tuple[tuple[str, int | None, int | None], ...]  # (MM-DD, from_year, until_year)
    dates: dict[int, str]  # year -> ISO date


@lru_cache(maxsize=1)
def occasions() -> tuple[Occasion, ...]:
    raw = _load("holidays.json")
    out = []
    for o in raw["occasions"]:
        fixed = tuple((f["date"], f.get("from_year"), f.get("until_year")) for f in o.get("fixed", []))
        dates = {int(y): d for y, d in o.get("dates", {}).items()}
        out.append(Occasion(o["key"], tuple(o["names"]), fixed, dates))
    return tuple(out)

"""Names a user types, resolved to the canonical values the store keeps.

A researcher filtering events writes a province or a country as they know it: "Yanggang",
"Ryanggang Province", "north korea", "KP". The store keeps one canonical romanization per place
(the gazetteer's), so these functions turn what was typed into that value, or None when the name
is unknown.
"""

from __future__ import annotations

import pycountry

from tessera.places.gazetteer import load
from tessera.places.variants import key_tokens

_ADMIN1_KINDS = frozenset({"province", "special_city"})


def canonical_admin1(typed: str) -> str | None:
    """The admin1 name the store uses for any spelling of a first-level division.

    Example: "Yanggang", "ryanggang" and "Ryanggang Province" all give "Ryanggang"; an unknown
    name, or a town ("Hyesan"), gives None.
    """
    gazetteer = load()
    keys = gazetteer.index.get(key_tokens(typed), [])
    provinces = [k.entry for k in keys if k.entry.kind in _ADMIN1_KINDS and k.entry.admin1]
    # A town names no province for a filter: None rather than a guess at the province it lies in.
    return provinces[0].admin1 if provinces else None


def countries_of_name(text: str) -> set[str]:
    """The countries the gazetteer knows a place name in: "Pingxiang" → {"CN"}, "Jingxin" →
    {"CN"}, a name two countries share → both, an unknown word → none."""
    return {key.entry.country for key in load().index.get(key_tokens(text), [])}


def country_code(typed: str) -> str | None:
    """ISO 3166-1 alpha-2 code for a code or a name ("kp", "North Korea", "China" → "CN")."""
    text = typed.strip()
    if len(text) == 2 and pycountry.countries.get(alpha_2=text.upper()):
        return text.upper()
    for key in load().index.get(key_tokens(text), []):
        if key.entry.kind == "country":
            return key.entry.country
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return None

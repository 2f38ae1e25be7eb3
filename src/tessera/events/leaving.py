"""A flight told as leaving a home town in the North: "the couple left Hoeryong in 2019".

Reports on people from the North tell their flight by the place they left as often as by the
border they crossed. Leaving a town names an escape only when the town lies in North Korea (by
the places gazetteer); "she left Dandong by bus" is a leg of a journey told by other words, and
"the delegation left Pyongyang" is an errand (see `_visitors` in extract.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from tessera.places.gazetteer import load as load_gazetteer
from tessera.places.variants import key_tokens

# Kinds of gazetteer entry that are a place someone lives in (not the country as a whole, which
# other phrases cover: "left North Korea").
HOME_KINDS = frozenset({"city", "county", "district", "town", "village", "province"})


def leaves_a_northern_town(verb: Token) -> bool:
    """Whether a verb of leaving has as its object a town, county or province of North Korea:
    "the family left Hoeryong in 2019", "I left Musan in the winter of 2008"; not "they left
    Yanji by bus" nor "she left the factory"."""
    place = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if place is None or place.pos_ != "PROPN":
        return False
    span = next((e for e in verb.doc.ents if e.start <= place.i < e.end), None)
    name = span.text if span is not None else place.text
    gazetteer = load_gazetteer()
    return any(
        key.entry.country == "KP" and key.entry.kind in HOME_KINDS
        for key in gazetteer.index.get(key_tokens(name), [])
    )

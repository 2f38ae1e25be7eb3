"""Places (session 55, second round): when a later sentence tells an act again with its own words
and puts it "at"/"in" a town ("The trader who was caught was arrested at a market in Yanji"), that
town is where the act happened, not the town of the lede's sentence that first told it.

Every test reads invented text and failed before the change was made.
"""

from __future__ import annotations

from tessera.model import Document
from tessera.pipeline import extract_documents


def _events(text: str, kind: str) -> list:
    doc = Document(id="t", text=text, published="2026-08-10")
    return [ev for _, evs in extract_documents([doc]) for ev in evs if ev.type == kind]


def test_a_later_telling_of_the_catch_places_it_at_its_own_town():
    text = (
        "Four North Korean loggers ran away from their camp near Khabarovsk in early July, and one "
        "of them has since been caught by Russian police, a source said.\n\n"
        "The logger who was caught was detained at a railway station in Birobidzhan on July 30 and "
        "handed to North Korean security officials."
    )
    arrests = _events(text, "arrest")
    assert arrests and arrests[0].where is not None and arrests[0].where.name == "Birobidzhan"

"""Places stage: where each event happened, and for movements where from and where to.

    place_events(events, analysis) -> events with where / origin / destination set

Mentions come from the shipped gazetteer's matcher, then the GeoNames world index where the text
cues a place the gazetteer does not know (world.py), and the language model's entities
(mentions.py); they are resolved to one entry each (resolve.py) and assigned to events by role
(roles.py: datelines and acting authorities in dateline.py and actors.py). The gazetteer is loaded
once per process (gazetteer.py), the world index at its first use.
"""

from __future__ import annotations

from collections import Counter

from tessera.language import Analysis
from tessera.model import Event
from tessera.places.gazetteer import load
from tessera.places.mentions import Mention, find_mentions
from tessera.places.resolve import resolve, to_place
from tessera.places.roles import RoleFinder

__all__ = ["place_events", "find_places", "to_place"]


def find_places(analysis: Analysis) -> list[Mention]:
    """Every place mention in the report, each resolved to its gazetteer entry where one fits."""
    gaz = load()
    return resolve(analysis.text, find_mentions(analysis.text, analysis.doc, gaz), gaz)


def place_events(events: list[Event], analysis: Analysis) -> list[Event]:
    """Return the events (same order) with `where`, `origin` and `destination` filled in."""
    if not events:
        return events
    finder = RoleFinder(analysis.doc, analysis.text, find_places(analysis), load())

    # Events read from the same words ("arrested in Sinuiju and Onsong" → two events) take the
    # places joined there in turn.
    def key(ev: Event) -> tuple:
        return (ev.type, tuple((s.start, s.end) for s in ev.evidence))

    # ... and one event read at several places takes the area they span.
    total = Counter(key(ev) for ev in events)
    seen: Counter[tuple] = Counter()
    out = []
    for ev in events:
        out.append(finder.assign(ev, seen[key(ev)], total[key(ev)]))
        seen[key(ev)] += 1
    return out

"""The places stage itself (see the package's docstring): mentions found, resolved, assigned."""

from __future__ import annotations

from collections import Counter

from tessera.language import Analysis
from tessera.model import Event
from tessera.places.gazetteer import load
from tessera.places.mentions import Mention, find_mentions
from tessera.places.resolve import resolve
from tessera.places.roles import RoleFinder


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

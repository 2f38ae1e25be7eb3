"""Events anchored in invented report text, and the places stage run over them (shared by the
places tests)."""

from __future__ import annotations

import tessera
from tessera.language import analyse
from tessera.model import Anchor, Document, Event, Source, Span
from tessera.places import place_events


def anchored_event(
    text: str, etype: str, trigger: str, occurrence: int = 0, also: list[str] | None = None
) -> Event:
    """An event of `etype` anchored at the `occurrence`-th `trigger` of `text` (counted from 0),
    its evidence that trigger's sentence; `also` quotes single words of later sentences, the way
    the events stage joins a restatement."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(trigger, start + 1)
    end = start + len(trigger)
    s_start = text.rfind(". ", 0, start)
    s_start = 0 if s_start < 0 else s_start + 2
    s_end = text.find(". ", end)
    s_end = len(text) if s_end < 0 else s_end + 1
    evidence = [Span("d", s_start, s_end, text[s_start:s_end])]
    for word in also or []:
        at = text.index(word, s_end)
        evidence.append(Span("d", at, at + len(word), word))
    return Event(
        type=etype,
        status="occurred",
        evidence=evidence,
        sources=[Source("d")],
        anchor=Anchor(start, end, s_start, s_end, s_start, s_end),
    )


def placed(text: str, *events: Event) -> list[Event]:
    """The events with their places, read in `text` as one report."""
    return place_events(list(events), analyse(Document(id="d", text=text)))


def wheres_found(text: str, kind: str, published: str) -> list[str | None]:
    """The `where` names of each event of one type the whole pipeline finds in `text`."""
    found = [e.where for e in tessera.extract(text, published=published) if e.type == kind]
    return [place.name if place else None for place in found]

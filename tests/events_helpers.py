"""The events stage run over invented report text (shared by the events tests)."""

from __future__ import annotations

from datetime import date

import tessera
from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event

# The report date the invented sentences are read against, unless a test gives its own.
REPORT_DATE = "2024-06-01"


def events_of(text: str, published: str | None = REPORT_DATE) -> list[Event]:
    """The events the extractor finds in `text`, read as one report published on `published`."""
    return find_events(analyse(Document(id="t", text=text, published=published)))


def extracted(text: str, published: str | None = REPORT_DATE) -> list[Event]:
    """The events the whole pipeline (`tessera.extract`: dates, places and the keep filter too)
    gives for `text`, read as one report published on `published`."""
    return tessera.extract(text, published=published)


def extracted_types(text: str, published: str | None = REPORT_DATE) -> list[str]:
    """The types of those events, in the order the pipeline gives them."""
    return [e.type for e in extracted(text, published)]


def events_of_type(text: str, event_type: str, published: str | None = REPORT_DATE) -> list[Event]:
    """The events of `event_type` the extractor finds in `text`, in the order it finds them."""
    return [e for e in events_of(text, published) if e.type == event_type]


def types_of(text: str, published: str | None = REPORT_DATE) -> set[str]:
    """The types of those events."""
    return {e.type for e in events_of(text, published)}


def type_list_of(text: str, published: str | None = REPORT_DATE) -> list[str]:
    """The types of those events, sorted, one entry an event (two arrests are ["arrest", "arrest"])."""
    return sorted(e.type for e in events_of(text, published))


def victim_counts(text: str, event_type: str) -> list[int | None]:
    """The lower victim count of each event of `event_type` (None where no count was read)."""
    return [e.victims.count_min if e.victims else None for e in events_of(text) if e.type == event_type]


def perpetrator_kinds(text: str, event_type: str) -> set[str]:
    """The perpetrator kinds of the first event of `event_type` (which must be found)."""
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[0].perpetrators}


def place_of(
    text: str, event_type: str, published: str | None = REPORT_DATE
) -> tuple[str | None, str | None]:
    """The place name and country of the one event of `event_type` the whole pipeline gives for
    `text` (there must be exactly one); (None, None) where it has no place."""
    (event,) = [e for e in extracted(text, published) if e.type == event_type]
    return (event.where.name, event.where.country) if event.where is not None else (None, None)


def date_ranges(text: str, published: str, event_type: str) -> list[tuple[date | None, date | None]]:
    """The (start, end) of each event of `event_type` the whole pipeline (`tessera.extract`, the
    dating stage included) finds in `text`, read as published on `published`."""
    return [
        (e.when.start, e.when.end) for e in tessera.extract(text, published=published) if e.type == event_type
    ]

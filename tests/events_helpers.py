"""The events stage run over invented report text (shared by the events tests)."""

from __future__ import annotations

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event

# The report date the invented sentences are read against, unless a test gives its own.
REPORT_DATE = "2024-06-01"


def events_of(text: str, published: str | None = REPORT_DATE) -> list[Event]:
    """The events the extractor finds in `text`, read as one report published on `published`."""
    return find_events(analyse(Document(id="t", text=text, published=published)))


def types_of(text: str, published: str | None = REPORT_DATE) -> set[str]:
    """The types of those events."""
    return {e.type for e in events_of(text, published)}


def type_list_of(text: str, published: str | None = REPORT_DATE) -> list[str]:
    """The types of those events, sorted, one entry an event (two arrests are ["arrest", "arrest"])."""
    return sorted(e.type for e in events_of(text, published))

"""The one way to extract: ingest → language → events → time → places, composed.

The CLI, the store's ingest, the benchmarks and the distributed runner all call
`extract_documents`, so every path gives the same events for the same input.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from tessera.events import find_events, summarise
from tessera.language import Analysis, analyse_many
from tessera.model import Document, Event
from tessera.places import place_events
from tessera.time import date_events


def extract_analysis(analysis: Analysis) -> list[Event]:
    events = find_events(analysis)
    events = date_events(events, analysis)
    events = place_events(events, analysis)
    for event in events:
        event.summary = summarise(event)
    return events


def extract_documents(documents: Iterable[Document]) -> Iterator[tuple[Document, list[Event]]]:
    """Yield each document with its events, analysing documents in batches."""
    for analysis in analyse_many(documents):
        yield analysis.document, extract_analysis(analysis)

"""The one way to extract: ingest → language → events → time → places, composed.

The CLI, the store's ingest, the benchmarks and the distributed runner all call
`extract_documents`, so every path gives the same events for the same input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

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


def extract_documents(
    documents: Iterable[Document], on_error: Callable[[Document, Exception], None] | None = None
) -> Iterator[tuple[Document, list[Event]]]:
    """Yield each document with its events, analysing documents in batches.

    With `on_error`, a document whose extraction fails is reported to it and yields no events,
    so one odd report cannot stop a run over thousands; without it, the error propagates.
    """
    for analysis in analyse_many(documents):
        try:
            events = extract_analysis(analysis)
        except Exception as exc:  # noqa: BLE001 - reported per document, the run goes on
            if on_error is None:
                raise
            on_error(analysis.document, exc)
            events = []
        yield analysis.document, events

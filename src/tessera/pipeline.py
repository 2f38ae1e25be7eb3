"""The one way to extract: ingest → language → events → time → places, composed.

The CLI, the store's ingest, the benchmarks and the distributed runner all call
`extract_documents`, so every path gives the same events for the same input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace

from tessera.events import find_events, summarise
from tessera.language import Analysis, AnalysisFailure, analyse_reports
from tessera.model import Document, Event, stable_event_id
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

    With `on_error`, a document whose analysis or extraction fails is reported to it and yields no
    events, so one odd report cannot stop a run over thousands; without it, the error propagates.
    """
    for report in analyse_reports(documents):
        if isinstance(report, AnalysisFailure):
            if on_error is None:
                raise report.error
            on_error(report.document, report.error)
            yield report.document, []
            continue
        try:
            # A long report is read section by section (see tessera.language).
            events = [e for part in report.parts for e in in_report(extract_analysis(part), part.offset)]
        except Exception as exc:  # noqa: BLE001 - reported per document, the run goes on
            if on_error is None:
                raise
            on_error(report.document, exc)
            events = []
        yield report.document, events


def in_report(events: list[Event], offset: int) -> list[Event]:
    """Events read in a section that begins `offset` characters into its report, with their
    evidence, anchor and id as if read in the whole report."""
    if not offset:
        return events
    out = []
    for e in events:
        evidence = [replace(s, start=s.start + offset, end=s.end + offset) for s in e.evidence]
        # The id names where the event was read: the same span, now counted from the report's start.
        new_id = next(
            (
                stable_event_id(g.doc, e.type, g.start, g.end)
                for s, g in zip(e.evidence, evidence, strict=True)
                if stable_event_id(s.doc, e.type, s.start, s.end) == e.id
            ),
            e.id,
        )
        anchor = e.anchor and replace(
            e.anchor,
            trigger_start=e.anchor.trigger_start + offset,
            trigger_end=e.anchor.trigger_end + offset,
            sentence_start=e.anchor.sentence_start + offset,
            sentence_end=e.anchor.sentence_end + offset,
            clause_start=e.anchor.clause_start + offset,
            clause_end=e.anchor.clause_end + offset,
        )
        out.append(replace(e, evidence=evidence, id=new_id, anchor=anchor))
    return out

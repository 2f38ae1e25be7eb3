"""The one way to extract: ingest → language → events → time → places, composed.

The CLI, the store's ingest, the benchmarks and the distributed runner all call
`extract_documents`, so every path gives the same events for the same input.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from tessera.model import Document, Event, stable_event_id

# The stages are imported where they run, not here: a parent that hands the work to worker
# processes never loads spaCy, so the workers start a second sooner.
if TYPE_CHECKING:
    from tessera.ingest import InputError
    from tessera.language import Analysis, AnalysisFailure, ReportAnalysis
    from tessera.store import AddResult, Store
    from tessera.store.audit import IngestNote

ErrorHandler = Callable[[Document, Exception], None]


def extract_analysis(analysis: Analysis) -> list[Event]:
    from tessera.events import summarise
    from tessera.events.keeping import keep_events

    # The learned filter decides last, when each candidate's date and places are known.
    events = keep_events(candidate_events(analysis), analysis)
    for event in events:
        event.summary = summarise(event)
    return events


def candidate_events(analysis: Analysis) -> list[Event]:
    """The events the rules find, dated and placed, before the learned filter keeps some
    (what `tessera.events.training` learns from)."""
    from tessera.events import find_events
    from tessera.places import place_events
    from tessera.time import date_events

    events = find_events(analysis)
    events = date_events(events, analysis)
    return place_events(events, analysis)


def extract_documents(
    documents: Iterable[Document],
    on_error: ErrorHandler | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Yield each document with its events, in input order, analysing documents in batches.

    With `on_error`, a document whose analysis or extraction fails is reported to it (just before
    it is yielded, with no events), so one odd report cannot stop a run over thousands; without
    it, the error propagates. With `workers` > 1, batches are extracted in that many processes
    (see `parallel.py`); with `engine="dask"`, partitions on a Dask cluster (`cluster.py`: at
    `scheduler`, or a LocalCluster of `workers` processes). The results and their order are the
    same as in one process.
    """
    if engine == "dask":
        from tessera.cluster import extract_on_cluster

        yield from extract_on_cluster(documents, scheduler, workers, on_error)
    elif workers > 1:
        from tessera.parallel import extract_in_processes

        yield from extract_in_processes(documents, workers, on_error)
    else:
        yield from extract_here(documents, on_error)


def extract_here(
    documents: Iterable[Document], on_error: ErrorHandler | None = None
) -> Iterator[tuple[Document, list[Event]]]:
    """`extract_documents` in this process: what every worker of the other engines runs."""
    with _fewer_collections():
        from tessera.language import analyse_reports  # (spaCy's first import is part of the load)

        yield from _extract_reports(analyse_reports(documents), on_error)


# Allocations between two young-generation collections while extracting (Python's default: 700).
_YOUNG_THRESHOLD = 20_000


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often while extracting. Loading the model, the lexicons and
    the gazetteer makes hundreds of thousands of lasting objects, and at the default thresholds
    the collector walked them hundreds of times, with full sweeps of the whole heap during the
    run (0.3 s of CPU per 200 benchmark reports, about a twentieth of the time beyond spaCy's).
    Nearly all of a report's garbage is freed by reference counting (see `_release`), so
    collecting less often costs no memory to speak of. The caller's thresholds come back when
    extraction ends."""
    before = gc.get_threshold()
    gc.set_threshold(_YOUNG_THRESHOLD, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _extract_reports(
    reports: Iterable[ReportAnalysis | AnalysisFailure], on_error: ErrorHandler | None
) -> Iterator[tuple[Document, list[Event]]]:
    from tessera.language import AnalysisFailure

    for report in reports:
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
        finally:
            _release(report)
        yield report.document, events


def _release(report: ReportAnalysis) -> None:
    """Empty each Doc's user_data once its report is read. The stages keep their per-Doc caches
    there, and those hold the Doc's own Tokens and Spans: a cycle that only the collector's full
    sweeps free, so every Doc of a run stayed until one came and each sweep walked them all
    (about 2% of a run's time). Emptied, a Doc goes as soon as its report is done."""
    for part in report.parts:
        part.doc.user_data.clear()


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


@dataclass
class IngestTally:
    """What one ingest did: documents stored or already known, events found and new after merging."""

    stored: int = 0
    known: int = 0
    copies: int = 0  # of the known: the same text from another outlet, address or date
    events: int = 0
    new_events: int = 0
    failures: list[str] = field(default_factory=list)  # one line each: the input and its problem

    def summary(self) -> str:
        return (
            f"{self.stored} documents stored ({self.events} events, {self.new_events} new after merging), "
            f"{self.known} already stored ({self.copies} as new copies from another source), "
            f"{len(self.failures)} inputs failed"
        )


def copy_line(document: Document, result: AddResult) -> str:
    """One line telling which stored report a document repeats, and where this copy is from."""
    where = ", ".join(x for x in (document.outlet, document.url, document.published) if x)
    same = (
        "same text as"
        if result.similarity is None
        else f"nearly the same text ({result.similarity:.0%} alike) as"
    )
    return (
        f"{document.path or document.id}: {same} stored report {result.duplicate_of!r}; "
        f"recorded as another copy of it ({where or 'no outlet, address or date'})"
    )


def ingest_documents(
    store: Store,
    items: Iterable[Document | InputError],
    on_stored: Callable[[Document, int], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
    on_known: Callable[[Document], None] | None = None,
    on_copy: Callable[[str], None] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    tally: IngestTally | None = None,
    note: IngestNote | None = None,
) -> IngestTally:
    """Extract and store each document (one transaction each), merging its events into the store.

    `items` is what `tessera.ingest.read_inputs` yields: inputs that could not be read are counted
    and passed to `on_failure` as one line. A document whose content is stored already is not
    extracted again (a re-run pays only for what is missing, `on_known(document)` is told of each);
    if it comes from another outlet, address or date it is kept as a copy of the stored one and
    `on_copy(line)` says so. A document the store cannot keep, or whose extraction failed, is
    reported and never stored without its events. `on_stored(document, events)` follows each
    commit. Extraction runs in `workers` processes or on a Dask cluster (as `extract_documents`);
    this process alone writes to the store, in input order. The counts go into `tally` (a new one
    by default) as they happen, so a caller still has them when the store fails half-way. With a
    `note` (a reviewer's upload), each report stored or kept as a copy is audited in its own
    transaction.
    """
    from sqlalchemy.exc import DataError

    from tessera.ingest import InputError, failure_note
    from tessera.store import DocumentRefused

    tally = IngestTally() if tally is None else tally
    failed_extraction: list[Document] = []

    def fail(line: str) -> None:
        tally.failures.append(line)
        if on_failure is not None:
            on_failure(line)

    def known(document: Document, result: AddResult) -> None:
        tally.known += 1
        if result.copy_recorded:
            tally.copies += 1
            if on_copy is not None:
                on_copy(copy_line(document, result))
        if on_known is not None:
            on_known(document)

    def fresh() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                fail(str(item))
                continue
            try:
                copy = store.record_copy(item, note)
            except DocumentRefused as exc:
                fail(f"{item.path or item.id}: {exc}")
                continue
            if copy is None:
                yield item
            else:
                known(item, copy)

    def extraction_failed(document: Document, exc: Exception) -> None:
        failed_extraction.append(document)
        # The type and place of the failure, never its message: it may quote the report.
        fail(f"{document.path or document.id}: extraction failed ({failure_note(exc)})")

    extracted = extract_documents(
        fresh(), on_error=extraction_failed, workers=workers, engine=engine, scheduler=scheduler
    )
    for document, events in extracted:
        if failed_extraction:
            failed_extraction.clear()  # reported just before it came: never stored without its events
            continue
        try:
            result = store.add_document(document, events, note=note)
        except DocumentRefused as exc:
            fail(f"{document.path or document.id}: {exc}")
            continue
        except DataError as exc:
            # A value the database refuses: this document is not stored, the run goes on.
            reason = (str(exc.orig or exc).strip().splitlines() or [type(exc).__name__])[0]
            fail(f"{document.path or document.id}: cannot be stored: {reason}")
            continue
        if not result.added:
            known(document, result)
            continue
        tally.stored += 1
        tally.events += result.mentions
        tally.new_events += len(result.created)
        if on_stored is not None:
            on_stored(document, result.mentions)
    return tally

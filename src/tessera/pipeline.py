"""The one way to extract: ingest → language → events → time → places, composed.

The CLI, the store's ingest, the benchmarks and the distributed runner all call
`extract_documents`, so every path gives the same events for the same input.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tessera.events import find_events, summarise
from tessera.language import Analysis, analyse_many
from tessera.model import Document, Event
from tessera.places import place_events
from tessera.time import date_events

if TYPE_CHECKING:
    from tessera.ingest import InputError
    from tessera.store import Store


def extract_analysis(analysis: Analysis) -> list[Event]:
    events = find_events(analysis)
    events = date_events(events, analysis)
    events = place_events(events, analysis)
    for event in events:
        event.summary = summarise(event)
    return events


def extract_documents(
    documents: Iterable[Document],
    on_error: Callable[[Document, Exception], None] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """Yield each document with its events, in input order, analysing documents in batches.

    With `on_error`, a document whose extraction fails is reported to it and yields no events,
    so one odd report cannot stop a run over thousands; without it, the error propagates.
    With `workers` > 1, batches are extracted in that many processes (see `parallel.py`); with
    `engine="dask"`, partitions on a Dask cluster (`cluster.py`: at `scheduler`, or a LocalCluster
    of `workers` processes). The results and their order are the same as in one process.
    """
    if engine == "dask":
        from tessera.cluster import extract_on_cluster

        yield from extract_on_cluster(documents, scheduler, workers, on_error)
        return
    if workers > 1:
        from tessera.parallel import extract_in_processes

        yield from extract_in_processes(documents, workers, on_error)
        return
    for analysis in analyse_many(documents):
        yield analysis.document, _extract_or_report(analysis, on_error)


def _extract_or_report(
    analysis: Analysis, on_error: Callable[[Document, Exception], None] | None
) -> list[Event]:
    try:
        return extract_analysis(analysis)
    except Exception as exc:  # noqa: BLE001 - reported per document, the run goes on
        if on_error is None:
            raise
        on_error(analysis.document, exc)
        return []


@dataclass
class IngestTally:
    """What one ingest did: documents stored or already known, events found and new after merging."""

    stored: int = 0
    known: int = 0
    events: int = 0
    new_events: int = 0
    failures: list[str] = field(default_factory=list)  # one line each: the input and its problem

    def summary(self) -> str:
        return (
            f"{self.stored} documents stored ({self.events} events, {self.new_events} new after merging), "
            f"{self.known} already stored, {len(self.failures)} inputs failed"
        )


def ingest_documents(
    store: Store,
    items: Iterable[Document | InputError],
    on_stored: Callable[[Document, int], None] | None = None,
    on_failure: Callable[[str], None] | None = None,
    on_known: Callable[[Document], None] | None = None,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
) -> IngestTally:
    """Extract and store each document (one transaction each), merging its events into the store.

    `items` is what `tessera.ingest.read_inputs` yields: inputs that could not be read are counted
    and passed to `on_failure`; documents whose content is stored already are skipped before
    extraction, so a re-run pays only for what is missing (`on_known(document)` is told of each).
    `on_stored(document, events)` is called after each document is committed. Extraction runs in
    `workers` processes or on a Dask cluster (as `extract_documents`); this process alone writes to
    the store, in input order.
    """
    from tessera.ingest import InputError

    tally = IngestTally()

    def fail(line: str) -> None:
        tally.failures.append(line)
        if on_failure is not None:
            on_failure(line)

    def fresh() -> Iterator[Document]:
        for item in items:
            if isinstance(item, InputError):
                fail(str(item))
            elif store.has_document(item.content_hash):
                tally.known += 1
                if on_known is not None:
                    on_known(item)
            else:
                yield item

    def extraction_failed(document: Document, exc: Exception) -> None:
        fail(f"{document.path or document.id}: extraction failed ({type(exc).__name__}: {exc})")

    extracted = extract_documents(
        fresh(), on_error=extraction_failed, workers=workers, engine=engine, scheduler=scheduler
    )
    for document, events in extracted:
        result = store.add_document(document, events)
        if not result.added:
            tally.known += 1
            if on_known is not None:
                on_known(document)
            continue
        tally.stored += 1
        tally.events += result.mentions
        tally.new_events += len(result.created)
        if on_stored is not None:
            on_stored(document, result.mentions)
    return tally

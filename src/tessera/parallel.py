"""Extraction in several processes: every core reads reports, one process keeps the results.

spaCy and the rules hold the GIL, so threads cannot use a second core; processes can. Each
worker loads the language model once, then takes batches of documents and returns each
document's events (or the error it raised). `Pool.imap` hands results back in input order, so
output and stored ids are exactly those of a one-process run, and a single writer (the caller)
keeps the store's transactions simple.

Workers are spawned, not forked: the parent may run threads (a progress bar, a database
driver), and a fork copies their locks in whatever state they are in.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from tessera.ingest.errors import DescribedFailure
from tessera.model import Document, Event

# Documents a worker takes at once: the language stage's own batch size, so that each worker's
# batches hold the same documents as one process's. spaCy's numbers can differ in their last bits
# with a batch's make-up, and a near tie in the parse would then differ too.
BATCH = 16  # == tessera.language.analysis.BATCH_SIZE (a test checks)
# Below this many documents a worker costs more (it loads the model: about two seconds) than it
# saves (one process reads about 30 short reports a second).
MIN_DOCUMENTS_PER_WORKER = 64

Outcome = tuple[Document, list[Event], str | None]  # the document, its events, or an error line


def default_workers() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    it = iter(documents)
    while batch := list(islice(it, BATCH)):
        yield batch


def _extract_batch(batch: list[Document]) -> list[Outcome]:
    """In a worker: the events of each document of a batch, an error line where one failed."""
    from tessera.ingest import failure_note
    from tessera.pipeline import extract_here

    errors: list[str] = []

    def note(_document: Document, exc: Exception) -> None:
        errors.append(failure_note(exc))  # told just before that document comes; no report text

    outcomes: list[Outcome] = []
    for document, events in extract_here(batch, on_error=note):
        outcomes.append((document, events, errors.pop() if errors else None))
    return outcomes


def _warm() -> None:
    from tessera.language import load_nlp

    load_nlp()


class WorkerError(DescribedFailure):
    """A document's extraction failed in a worker (the original exception stays there; the
    message says its type and where, as `failure_note` does)."""


def extract_in_processes(
    documents: Iterable[Document],
    workers: int,
    on_error: Callable[[Document, Exception], None] | None = None,
) -> Iterator[tuple[Document, list[Event]]]:
    """`pipeline.extract_documents` over `workers` processes; the same results, in input order."""
    from tessera.pipeline import extract_here

    it = iter(documents)
    head = list(islice(it, workers * MIN_DOCUMENTS_PER_WORKER))
    if len(head) < workers * MIN_DOCUMENTS_PER_WORKER:
        # Too little work for a pool to pay for its start: one process, same results.
        yield from extract_here(head, on_error=on_error)
        return

    def everything() -> Iterator[Document]:
        yield from head
        yield from it

    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=_warm) as pool:
        for outcomes in pool.imap(_extract_batch, _batches(everything())):
            for document, events, error in outcomes:
                if error is not None:
                    exc = WorkerError(error)
                    if on_error is None:
                        raise exc
                    on_error(document, exc)
                yield document, events

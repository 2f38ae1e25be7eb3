"""Extraction on a Dask cluster: the same pipeline over partitions of a corpus.

`--engine dask` sends partitions of documents to the workers of a Dask cluster (the scheduler at
`--scheduler ADDRESS`, or a LocalCluster of this machine's cores when none is given). Each
partition is one task whose key is derived from its content, so Dask never runs the same
partition twice at once, and a partition lost with its worker is simply computed again: its result
is the same. Two ways out, both idempotent:

- events come back to this process in input order, and `ingest` writes them to the store (one
  writer: merging stays exact, and a re-run skips documents already stored);
- `write_parquet_partitions` has each worker write its partition's events to
  `DIR/part-NNNNN.parquet` (written to a temporary name, then renamed), so a redone partition
  replaces its file rather than adding rows.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from tessera.model import Document, Event

if TYPE_CHECKING:
    from distributed import Client

# Documents a task takes: large enough that scheduling costs little beside spaCy's work, and a
# whole number of the language stage's batches (see parallel.BATCH), so results match one process.
PARTITION = 256
# Partitions in flight per worker: the cluster stays busy while memory stays bounded.
IN_FLIGHT_PER_WORKER = 2


def _partitions(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    it = iter(documents)
    while part := list(islice(it, size)):
        yield part


def _key(prefix: str, part: list[Document]) -> str:
    digest = hashlib.sha256()
    for document in part:
        digest.update(document.id.encode("utf-8") + b"\x1f" + document.content_hash.encode("ascii"))
    return f"tessera-{prefix}-{digest.hexdigest()[:20]}"


@contextmanager
def connect(scheduler: str | None, workers: int) -> Iterator[Client]:
    """A client of the cluster at `scheduler`, or of a LocalCluster with `workers` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            # Its workers' chatter at shutdown (a closed heartbeat) is no news to the user.
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def _extract_partition(part: list[Document]) -> list[tuple[Document, list[Event], str | None]]:
    from tessera.parallel import _extract_batch

    return _extract_batch(part)


def extract_on_cluster(
    documents: Iterable[Document],
    scheduler: str | None,
    workers: int,
    on_error: Callable[[Document, Exception], None] | None = None,
    partition: int = PARTITION,
) -> Iterator[tuple[Document, list[Event]]]:
    """`pipeline.extract_documents` on a Dask cluster: the same results, in input order."""
    from tessera.parallel import WorkerError

    with connect(scheduler, workers) as client:
        n_workers = max(1, len(client.scheduler_info()["workers"]))
        pending: deque = deque()

        def drain_one() -> Iterator[tuple[Document, list[Event]]]:
            for document, events, error in pending.popleft().result():
                if error is not None:
                    if on_error is None:
                        raise WorkerError(error)
                    on_error(document, WorkerError(error))
                yield document, events

        for part in _partitions(documents, partition):
            pending.append(client.submit(_extract_partition, part, key=_key("extract", part), pure=True))
            while len(pending) > n_workers * IN_FLIGHT_PER_WORKER:
                yield from drain_one()
        while pending:
            yield from drain_one()


def _write_partition(part: list[Document], index: int, folder: str) -> tuple[int, int, list[str]]:
    """On a worker: extract one partition and write its events; (documents, events, error lines)."""
    import pyarrow.parquet as pq

    from tessera.export.parquet import to_table

    outcomes = _extract_partition(part)
    events = [event for _, found, _ in outcomes for event in found]
    errors = [
        f"{document.path or document.id}: extraction failed ({error})"
        for document, _, error in outcomes
        if error
    ]
    target = Path(folder) / f"part-{index:05d}.parquet"
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    pq.write_table(to_table(events), temporary)
    os.replace(temporary, target)  # a redone partition replaces its file, never adds to it
    return len(part), len(events), errors


def write_parquet_partitions(
    documents: Iterable[Document],
    folder: Path,
    scheduler: str | None,
    workers: int,
    partition: int = PARTITION,
    local: bool = False,
) -> tuple[int, int, list[str]]:
    """Events of every partition as `folder/part-NNNNN.parquet`; (documents, events, error lines).

    On the cluster (or, with `local`, in this process: the same files)."""
    folder.mkdir(parents=True, exist_ok=True)
    parts = enumerate(_partitions(documents, partition))
    if local:
        totals = [_write_partition(part, index, str(folder)) for index, part in parts]
    else:
        totals = []
        with connect(scheduler, workers) as client:
            limit = max(1, len(client.scheduler_info()["workers"])) * IN_FLIGHT_PER_WORKER
            pending: deque = deque()
            for index, part in parts:
                key = _key(f"parquet-{index}", part)
                pending.append(client.submit(_write_partition, part, index, str(folder), key=key, pure=True))
                while len(pending) > limit:
                    totals.append(pending.popleft().result())
            totals.extend(future.result() for future in pending)
    # Partitions of an earlier, longer run over other input would mix with these: remove them.
    for stale in sorted(folder.glob("part-*.parquet"))[len(totals) :]:
        stale.unlink()
    return sum(t[0] for t in totals), sum(t[1] for t in totals), [e for t in totals for e in t[2]]

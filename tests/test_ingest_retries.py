"""The reads an ingest makes between its writes (is this text stored? as which report?) outlast a
lost connection or a restarting PostgreSQL server, as its writes do (`with_retries`)."""

from __future__ import annotations

import os
import shlex
import subprocess
import threading
from collections.abc import Callable

import pytest
from sqlalchemy.exc import OperationalError

import store_helpers
from store_helpers import make_doc
from tessera.model import Document
from tessera.pipeline import ingest_documents
from tessera.store import Store

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url
RESTART_ENV = "TESSERA_TEST_PG_RESTART"


def drop_connections(store: Store, failing: Callable[[int], bool]) -> list[int]:
    """Make the store's Nth connection attempt fail as a restarting server refuses it when
    `failing(N)`; returns the list of attempts made so far."""
    real = store.engine.connect
    attempts: list[int] = []

    def connect():  # noqa: ANN202
        attempts.append(len(attempts) + 1)
        if failing(len(attempts)):
            raise OperationalError("SELECT 1", {}, Exception("connection refused"))
        return real()

    store.engine.connect = connect  # type: ignore[method-assign]
    return attempts


def test_the_document_reads_are_retried(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        first = make_doc(1)
        store.add_document(first, [])
        copy = Document(id="wire-copy", text=first.text, outlet="Another Wire", published="2023-04-11")
        # Every read meets a refused connection first, then the server is back.
        attempts = drop_connections(store, lambda n: n % 2 == 1)
        assert store.has_document(first.content_hash)
        assert store.known_hashes([first.content_hash, "0" * 64]) == {first.content_hash}
        assert not store.has_url("https://example.org/never-read")
        found = store.record_copy(copy)
        assert found is not None and found.duplicate_of == first.id and found.copy_recorded
        assert store.record_copy(copy) is not None  # the copy is stored once, then known
        assert len(attempts) > 5


def test_an_ingest_goes_on_when_a_read_between_writes_fails_once(db_url: str) -> None:
    docs = [make_doc(n) for n in range(4)]
    with Store.open(db_url, use_merge=False) as store:
        # Each check of whether a report is stored (the read before its extraction) fails once.
        attempts = drop_connections(store, lambda n: n % 3 == 1)
        tally = ingest_documents(store, docs)
        assert tally.failures == [] and tally.stored == 4 and len(attempts) >= 8
    with Store.open(db_url, use_merge=False) as store:
        assert store.counts()["documents"] == 4


def test_reads_during_a_postgresql_restart_all_succeed(pg_url: str) -> None:
    restart = os.environ.get(RESTART_ENV)
    if not restart:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{RESTART_ENV} is not set: CI must test a PostgreSQL restart")
        pytest.skip(f"{RESTART_ENV} not set (a command that restarts the test server; .ci/run sets it)")
    with Store.open(pg_url, use_merge=False) as store:
        doc = make_doc(1)
        store.add_document(doc, [])
        done = threading.Event()
        restarter = threading.Thread(
            target=lambda: (
                subprocess.run(shlex.split(restart), check=True, capture_output=True, timeout=120),
                done.set(),
            )
        )
        restarter.start()
        reads = 0
        try:
            while not done.is_set():
                assert store.has_document(doc.content_hash)
                assert store.record_copy(doc) is not None
                reads += 1
        finally:
            restarter.join()
        assert store.has_document(doc.content_hash) and reads > 0

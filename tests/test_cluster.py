"""The Dask engine on a real 2-worker LocalCluster: the same events as one process, in input order;
partitioned Parquet that a redone partition replaces rather than duplicates; ingest through it."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import store_helpers
from store_helpers import snapshot, write_corpus
from tessera import cluster
from tessera.cli import app
from tessera.model import Document, event_to_dict
from tessera.pipeline import extract_documents

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

runner = CliRunner()


def _documents(n: int) -> list[Document]:
    return [
        Document(id=f"c{i:03d}", text=store_helpers.corpus_text(i), published="2024-03-01") for i in range(n)
    ]


@pytest.fixture(scope="module")
def scheduler() -> object:
    """One 2-worker LocalCluster for the module (starting one costs seconds)."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as local:
        yield local.scheduler_address


def test_cluster_gives_the_events_of_one_process_in_input_order(scheduler: str) -> None:
    docs = _documents(30)
    local = [(d.id, [event_to_dict(e) for e in events]) for d, events in extract_documents(docs)]
    remote = [
        (d.id, [event_to_dict(e) for e in events])
        for d, events in cluster.extract_on_cluster(docs, scheduler, workers=2, partition=4)
    ]
    assert remote == local and sum(len(e) for _, e in local) > 30


def test_parquet_partitions_are_idempotent(scheduler: str, tmp_path: Path) -> None:
    docs = _documents(12)
    folder = tmp_path / "events"
    first = cluster.write_parquet_partitions(docs, folder, scheduler, workers=2, partition=5)
    files = sorted(p.name for p in folder.iterdir())
    assert files == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    rows = pq.read_table(folder).num_rows
    assert first[:2] == (12, rows) and rows > 12 and not first[2]
    # Running again (as after a lost worker, or a re-run) replaces files: no duplicate rows.
    again = cluster.write_parquet_partitions(docs, folder, scheduler, workers=2, partition=5)
    assert again == first and pq.read_table(folder).num_rows == rows
    # A shorter run leaves no partition of the longer one behind.
    cluster.write_parquet_partitions(docs[:4], folder, scheduler, workers=2, partition=5)
    assert sorted(p.name for p in folder.iterdir()) == ["part-00000.parquet"]
    # The local engine writes the same partitions.
    local = tmp_path / "local"
    cluster.write_parquet_partitions(docs, local, None, workers=1, partition=5, local=True)
    cluster.write_parquet_partitions(docs, folder, scheduler, workers=2, partition=5)
    assert pq.read_table(local).to_pylist() == pq.read_table(folder).to_pylist()


def test_extract_command_on_the_cluster(scheduler: str, tmp_path: Path) -> None:
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(
        "".join(
            json.dumps({"id": d.id, "text": d.text, "published": d.published}) + "\n" for d in _documents(8)
        ),
        encoding="utf-8",
    )
    one = runner.invoke(app, ["extract", str(corpus), "--workers", "1"])
    dask = runner.invoke(app, ["extract", str(corpus), "--engine", "dask", "--scheduler", scheduler])
    assert one.exit_code == 0 and dask.exit_code == 0 and dask.stdout == one.stdout
    bad = runner.invoke(app, ["extract", str(corpus), "--scheduler", scheduler])
    assert bad.exit_code == 2 and "--engine dask" in bad.stderr


def test_ingest_through_the_cluster_stores_what_a_local_ingest_stores(
    scheduler: str, db_url: str, tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "corpus", 10)
    local = str(tmp_path / "local.db")
    assert runner.invoke(app, ["ingest", str(corpus), "--db", local, "-q", "--workers", "1"]).exit_code == 0
    args = ["ingest", str(corpus), "--db", db_url, "-q", "--engine", "dask", "--scheduler", scheduler]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert snapshot(db_url) == snapshot(local)
    # A re-run through the cluster adds nothing.
    assert runner.invoke(app, args).exit_code == 0
    assert snapshot(db_url) == snapshot(local)

"""Extraction in several processes gives exactly what one process gives, in the same order."""

from __future__ import annotations

from pathlib import Path

import pytest

import store_helpers
from store_helpers import snapshot, write_corpus
from tessera import parallel
from tessera.cli import app
from tessera.model import Document, event_to_dict
from tessera.pipeline import extract_documents

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

# Enough documents that two workers really start, with the threshold lowered for the test (below
# it one process does it all).
SMALL_THRESHOLD = 8
N_DOCS = 2 * SMALL_THRESHOLD + 5


@pytest.fixture(autouse=True)
def small_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_DOCUMENTS_PER_WORKER", SMALL_THRESHOLD)


def _documents() -> list[Document]:
    return [
        Document(id=f"d{i:03d}", text=store_helpers.corpus_text(i), published="2024-03-01")
        for i in range(N_DOCS)
    ]


def _as_json(pairs: object) -> list[tuple[str, list[dict]]]:
    return [(d.id, [event_to_dict(e) for e in events]) for d, events in pairs]  # type: ignore[attr-defined]


def test_two_workers_give_the_same_events_in_input_order() -> None:
    docs = _documents()
    one = _as_json(extract_documents(docs))
    two = _as_json(extract_documents(docs, workers=2))
    assert [d for d, _ in two] == [d.id for d in docs]
    assert two == one
    assert sum(len(events) for _, events in one) > N_DOCS  # the corpus really has events


def test_too_little_work_stays_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_pool(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("a pool was started for a handful of documents")

    monkeypatch.setattr(parallel.multiprocessing, "get_context", no_pool)
    docs = _documents()[:5]
    assert _as_json(extract_documents(docs, workers=2)) == _as_json(extract_documents(docs))


def test_a_failing_document_in_a_worker_is_reported_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tessera.pipeline

    real = tessera.pipeline.extract_analysis

    def fragile(analysis):  # noqa: ANN001, ANN202 - stands in for the pipeline's own function
        if analysis.document.id == "d001":
            raise ValueError("boom")
        return real(analysis)

    monkeypatch.setattr(tessera.pipeline, "extract_analysis", fragile)
    outcomes = parallel._extract_batch(_documents()[:3])
    assert [d.id for d, _, _ in outcomes] == ["d000", "d001", "d002"]
    # The type and place of the failure, never its message (it may quote the report).
    assert outcomes[1][1] == [] and outcomes[1][2].startswith("ValueError at tessera/")
    assert "boom" not in outcomes[1][2]
    assert outcomes[0][2] is None and outcomes[2][2] is None and outcomes[2][1]


def test_ingest_with_two_workers_stores_what_one_worker_stores(db_url: str, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    corpus = write_corpus(tmp_path / "corpus", N_DOCS)
    one = str(tmp_path / "one.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(corpus), "--db", one, "-q", "--workers", "1"]).exit_code == 0
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "-q", "--workers", "2"])
    assert result.exit_code == 0, result.output
    assert snapshot(db_url) == snapshot(one)


def test_workers_batch_as_one_process_does() -> None:
    """Same batches, same numbers: a worker's batch is the language stage's batch size, and a Dask
    partition a whole number of them."""
    from tessera import cluster
    from tessera.language.analysis import BATCH_SIZE

    assert parallel.BATCH == BATCH_SIZE and cluster.PARTITION % BATCH_SIZE == 0


def test_the_same_input_gives_the_same_output_in_every_process(tmp_path: Path) -> None:
    """Nothing may depend on the order of a set of strings, which changes from one process to the
    next (PYTHONHASHSEED): workers would then disagree with one process. The invented report below
    tells one group by two nouns with one count, which a set's order once decided."""
    import json
    import os
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from corpus import invented_documents

    report = invented_documents(551)[550]
    corpus = tmp_path / "one.jsonl"
    corpus.write_text(json.dumps(report) + "\n", encoding="utf-8")
    tessera = str(Path(sys.executable).parent / "tessera")
    outputs = set()
    for seed in ("7", "11"):
        out = tmp_path / f"seed{seed}.jsonl"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run(
            [tessera, "extract", str(corpus), "--workers", "1", "-o", str(out)], env=env, check=True
        )
        outputs.add(out.read_text(encoding="utf-8"))
    assert len(outputs) == 1 and next(iter(outputs)).strip()

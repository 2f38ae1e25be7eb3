"""`tessera ingest` on SQLite and PostgreSQL: copies of a stored text are kept as its sources, a
report no backend can keep is refused alone, and the same input gives the same store on both.

Every report here is invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

import store_helpers
from store_helpers import snapshot
from tessera.cli import app
from tessera.language import load_nlp
from tessera.model import Document
from tessera.store import DocumentRefused, EventQuery, Store
from tessera.store.schema import document_copies

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

runner = CliRunner()

WIRE = "Border guards arrested three women in Hyesan on March 3, 2024, as they tried to cross the river."


def tessera(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _jsonl(path: Path, *records: dict) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _copies(url: str) -> int:
    with Store.open(url, use_merge=False) as store, store.engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(document_copies)) or 0)


def _sources(url: str) -> list[dict]:
    with Store.open(url, use_merge=False) as store:
        (event,) = [e for e in store.query(EventQuery()) if e.record["type"] == "arrest"]
    return event.record["sources"]


def test_a_syndicated_story_is_kept_as_a_copy_and_named(db_url: str, tmp_path: Path) -> None:
    first = _jsonl(
        tmp_path / "wire.jsonl",
        {"id": "wire-1", "text": WIRE, "outlet": "Wire Service", "published": "2024-03-04"},
        {"id": "paper-9", "text": WIRE, "outlet": "Morning Paper", "url": "https://paper.example/a/9"},
    )
    code, out, err = tessera("ingest", str(first), "--db", db_url)
    assert code == 0, err
    assert out.startswith("1 documents stored") and "1 already stored (1 as new copies" in out
    assert (
        f"{first}:2: same text as stored report 'wire-1'; recorded as another copy of it "
        "(Morning Paper, https://paper.example/a/9)" in err.splitlines()
    )
    # A later run brings the same text from a third outlet: recorded before any extraction.
    later = _jsonl(
        tmp_path / "later.jsonl",
        {"id": "weekly-3", "text": WIRE, "outlet": "Weekly", "published": "2024-03-09"},
    )
    code, out, err = tessera("ingest", str(later), "--db", db_url)
    assert code == 0 and "1 already stored (1 as new copies" in out
    assert err.splitlines() == [
        f"{later}:1: same text as stored report 'wire-1'; recorded as another copy of it (Weekly, 2024-03-09)"
    ]
    assert _copies(db_url) == 2
    sources = _sources(db_url)
    assert [(s["doc"], s["outlet"], s["url"], s["published"]) for s in sources] == [
        ("wire-1", "Wire Service", None, "2024-03-04"),
        ("paper-9", "Morning Paper", "https://paper.example/a/9", None),
        ("weekly-3", "Weekly", None, "2024-03-09"),
    ]
    # The exports show every copy among the event's sources.
    code, out, _ = tessera("export", "--db", db_url, "--format", "jsonl")
    exported = [json.loads(line) for line in out.splitlines()]
    arrest = next(e for e in exported if e["type"] == "arrest")
    assert {s["outlet"] for s in arrest["sources"]} == {"Wire Service", "Morning Paper", "Weekly"}
    # Re-runs are idempotent: nothing new, nothing said but the counts.
    before = snapshot(db_url)
    code, out, err = tessera("ingest", str(first), str(later), "--db", db_url)
    assert code == 0 and "0 documents stored" in out and "3 already stored (0 as new copies" in out
    assert not err
    assert snapshot(db_url) == before and _copies(db_url) == 2
    # With --quiet, nothing but errors: a copy recorded is no error.
    again = _jsonl(tmp_path / "again.jsonl", {"id": "daily-4", "text": WIRE, "outlet": "Daily"})
    assert tessera("ingest", str(again), "--db", db_url, "-q")[1:] == ("", "")
    assert _copies(db_url) == 3


def test_the_same_file_again_is_no_copy(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "r.txt"
    report.write_text(WIRE)
    assert tessera("ingest", str(report), "--db", db_url)[0] == 0
    code, out, err = tessera("ingest", str(report), "--db", db_url)
    assert code == 0 and "1 already stored (0 as new copies" in out and not err
    assert _copies(db_url) == 0


BAD_AND_GOOD = [
    {"id": "good-1", "text": WIRE},
    {"id": "nul", "text": "Police detained two traders in Musan.\u0000"},
    {"id": "x" * 250, "text": "Police detained four traders in Hoeryong."},
    {"id": "long-outlet", "outlet": "o" * 300, "text": "Police detained five traders in Sinuiju."},
    {"id": "good-2", "text": "Police detained six traders in Chongjin on May 2, 2023."},
]


def test_what_a_backend_cannot_keep_is_refused_alone_and_alike(tmp_path: Path, pg_url: str) -> None:
    corpus = _jsonl(tmp_path / "mixed.jsonl", *BAD_AND_GOOD)
    results = {}
    for name, url in (("sqlite", str(tmp_path / "s.db")), ("postgres", pg_url)):
        code, out, err = tessera("ingest", str(corpus), "--db", url)
        assert code == 1
        assert err.splitlines() == [
            f"tessera: {corpus}:2: the text holds a NUL character (at character 37)",
            f"tessera: {corpus}:3: the id is 250 characters, over the limit of 200",
            f"tessera: {corpus}:4: the outlet is 300 characters, over the limit of 200",
        ]
        assert out.startswith("2 documents stored") and "3 inputs failed" in out
        results[name] = snapshot(url)
    assert results["sqlite"] == results["postgres"]
    assert sorted(d[1] for d in results["sqlite"]["documents"]) == ["good-1", "good-2"]


def test_the_store_itself_refuses_such_documents(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        for doc in (
            Document("x" * 201, WIRE),
            Document("a", WIRE, outlet="o" * 201),
            Document("b", WIRE + "\x00"),
            Document("c", WIRE, title="Head\x00line"),
        ):
            with pytest.raises(DocumentRefused):
                store.add_document(doc, [])
        assert store.counts()["documents"] == 0
        assert store.add_document(Document("ok", WIRE), []).added


def test_a_value_the_database_refuses_costs_only_its_document(
    pg_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Should a check ever miss a value PostgreSQL cannot keep, the run still goes on.
    import tessera.store.repository as repository

    monkeypatch.setattr(repository, "document_problem", lambda doc: None)
    good = tmp_path / "a.txt"
    good.write_text(WIRE)
    with Store.open(pg_url, use_merge=False):
        pass
    code, out, err = tessera("ingest", str(good), "--db", pg_url, "-q")
    assert code == 0
    # A document the reader let through, and the database refuses.
    monkeypatch.setattr("tessera.ingest.readers.document_problem", lambda doc: None)
    bad = _jsonl(
        tmp_path / "b.jsonl", {"id": "nul", "text": "Police detained two men.\u0000"}, BAD_AND_GOOD[4]
    )
    code, out, err = tessera("ingest", str(bad), "--db", pg_url)
    assert code == 1 and out.startswith("1 documents stored") and "1 inputs failed" in out
    (line,) = err.splitlines()
    assert line.startswith(f"tessera: {bad}:1: cannot be stored: ") and "NUL" in line


def test_ingest_limits_each_report_with_max_bytes(db_url: str, tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(WIRE * 30)
    corpus = _jsonl(
        tmp_path / "many.jsonl",
        *(
            {"id": f"r{i}", "text": f"Police detained {i + 2} traders in Musan in May 2023."}
            for i in range(40)
        ),
    )
    assert corpus.stat().st_size > 2000
    code, out, err = tessera("ingest", str(big), str(corpus), "--db", db_url, "--max-bytes", "2000")
    assert code == 1 and out.startswith("40 documents stored") and "1 inputs failed" in out
    assert err.strip() == f"tessera: {big}: file is 2,880 bytes, over the limit of 2,000 (--max-bytes)"


def test_a_long_report_is_stored_with_the_rest_of_its_batch(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # spaCy's documented `nlp.max_length`, lowered so that a short invented report is "too long".
    monkeypatch.setattr(load_nlp(), "max_length", 1_500)
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text(WIRE)
    (folder / "b_long.txt").write_text(
        "\n\n".join(f"Police detained {i + 2} traders in Musan on May {i + 1}, 2023." for i in range(25)) * 4
    )
    (folder / "c.txt").write_text("Police detained two traders in Chongjin on May 2, 2023.")
    code, out, err = tessera("ingest", str(folder), "--db", db_url)
    assert code == 0, err
    assert out.startswith("3 documents stored")
    with Store.open(db_url, use_merge=False) as store:
        text = (folder / "b_long.txt").read_text()
        for event in store.query(EventQuery()):
            for span in event.record["evidence"]:
                if span["doc"] == "b_long":
                    assert text[span["start"] : span["end"]] == span["text"]

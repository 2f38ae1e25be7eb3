"""A recorded copy of a report (the same text from another outlet, address or date) is shown by
`tessera explain` and found by `--text` through its outlet, on SQLite and PostgreSQL.

Every report here is invented for these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

import store_helpers
from tessera.cli import app
from tessera.store import EventQuery, Store

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url
runner = CliRunner()

WIRE = "Border guards arrested three women in Hyesan on March 3, 2024, as they tried to cross the river."


def ingested(db: str, tmp_path: Path) -> tuple[str, list[str]]:
    """The wire story from three outlets; the id of its arrest event, and of all its events."""
    corpus = tmp_path / "wire.jsonl"
    records = [
        {"id": "wire-1", "text": WIRE, "outlet": "Wire Service", "published": "2024-03-04"},
        {"id": "paper-9", "text": WIRE, "outlet": "Morning Paper", "url": "https://paper.example/a/9"},
        {"id": "weekly-3", "text": WIRE, "outlet": "Lantern Weekly", "published": "2024-03-09"},
    ]
    corpus.write_text("".join(json.dumps(r) + "\n" for r in records))
    result = runner.invoke(app, ["ingest", str(corpus), "--db", db, "-q"])
    assert result.exit_code == 0, result.stderr
    with Store.open(db, use_merge=False) as store:
        found = store.query(EventQuery())
    (arrest,) = [e.id for e in found if e.record["type"] == "arrest"]
    return arrest, [e.id for e in found]


def test_explain_lists_the_copies_of_a_report(db_url: str, tmp_path: Path) -> None:
    event_id, _ = ingested(db_url, tmp_path)
    result = runner.invoke(app, ["explain", event_id, "--db", db_url])
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "The same text, also from 2 other source(s):" in out
    assert "  - paper-9 (copy of wire-1) Morning Paper · https://paper.example/a/9" in out
    assert "  - weekly-3 (copy of wire-1) Lantern Weekly · 2024-03-09" in out
    with Store.open(db_url, use_merge=False) as store:
        explanation = store.explain(event_id)
    assert explanation is not None
    assert [(c.doc_key, c.copy_of, c.outlet) for c in explanation.copies] == [
        ("paper-9", "wire-1", "Morning Paper"),
        ("weekly-3", "wire-1", "Lantern Weekly"),
    ]


def search(db: str, words: str) -> list[str]:
    result = runner.invoke(app, ["events", "--db", db, "--format", "jsonl", "--text", words])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line)["id"] for line in result.stdout.splitlines()]


def test_text_search_finds_an_event_by_a_copy_outlet(db_url: str, tmp_path: Path) -> None:
    arrest, every = ingested(db_url, tmp_path)
    assert search(db_url, "Lantern") == every  # only a copy names this outlet
    assert search(db_url, "morning paper") == every
    assert search(db_url, "arrested lantern") == [arrest]  # one word in the event, one in a copy
    assert search(db_url, "Wire") == every  # the first report's outlet, in the index
    assert search(db_url, "lantern evening") == []  # every word must appear
    if db_url.startswith("postgresql"):
        # A stop word adds no condition, in the index as for a copy's outlet.
        assert search(db_url, "the lantern") == every

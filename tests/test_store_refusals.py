"""Files Tessera must not change: each gets one line, a non-zero exit, and its bytes untouched.
An unforeseen failure prints one line too, never the report text it was handling."""

from __future__ import annotations

import shutil
import sqlite3
import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

import store_helpers
from conftest import run_cli
from released_stores import STORES
from store_helpers import write_corpus
from tessera.cli import app
from tessera.store import Store, StoreError

pg_url = store_helpers.pg_url
runner = CliRunner()
# Every command that opens the store, as a user would run it.
COMMANDS = [["events"], ["export", "--format", "jsonl"], ["explain", "ev_x"], ["review", "ev_x", "confirmed"]]


def _store_with_reports(path: Path, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 8)
    result = runner.invoke(app, ["ingest", str(corpus), "--db", str(path), "-q"])
    assert result.exit_code == 0, result.stderr


def _refused(path: Path, words: str, tmp_path: Path) -> None:
    """Every command, ingest included, refuses `path` in one line and leaves it as it was."""
    before = path.read_bytes()
    corpus = write_corpus(tmp_path / "more", 2)
    for args in [*COMMANDS, ["ingest", str(corpus), "-q"]]:
        result = runner.invoke(app, [*args, "--db", str(path)])
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2, (args, result.stdout, result.stderr)
        assert len(lines) == 1 and lines[0].startswith("tessera: ") and words in lines[0], (args, lines)
        assert result.stdout == ""
        assert path.read_bytes() == before, args


def test_another_programs_sqlite_file_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        conn.execute("INSERT INTO contacts VALUES ('Invented Person', '000')")
    conn.close()
    _refused(path, "another program's database (tables: contacts)", tmp_path)


def test_a_file_that_is_no_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("These are notes, not a database.\n" * 50, encoding="utf-8")
    _refused(path, "is not a SQLite database", tmp_path)


def test_a_store_from_a_newer_tessera_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    shutil.copyfile(STORES / "0001_with_event_keys.sqlite", path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9f3e0a1b2c4d'")
    conn.close()
    _refused(path, "made by a newer Tessera (schema revision 9f3e0a1b2c4d", tmp_path)


def test_a_store_from_a_newer_tessera_is_refused_on_postgresql(pg_url: str) -> None:
    from sqlalchemy import create_engine, text

    Store.open(pg_url).close()
    engine = create_engine(pg_url.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9f3e0a1b2c4d'"))
    with pytest.raises(StoreError, match="made by a newer Tessera"):
        Store.open(pg_url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "9f3e0a1b2c4d"
    engine.dispose()


def test_a_read_only_store_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "kept.db"
    _store_with_reports(path, tmp_path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        _refused(path, "is read-only", tmp_path)
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_a_store_damaged_past_its_first_pages_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    _store_with_reports(path, tmp_path)
    pages = path.stat().st_size // 4096
    assert pages > 8
    with path.open("r+b") as fh:  # a run of garbage over pages in the middle of the file
        fh.seek(pages // 2 * 4096)
        fh.write(bytes((i * 37 + 11) % 256 for i in range(2 * 4096)))
    _refused(path, "is damaged (SQLite:", tmp_path)


def test_an_empty_file_and_a_missing_file_become_stores(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.touch()
    for path in (empty, tmp_path / "new" / "store.db"):
        result = runner.invoke(app, ["events", "--db", str(path)])
        assert result.exit_code == 0 and "0 events" in result.stdout


def test_an_unforeseen_failure_prints_one_line_without_report_text(tmp_path: Path) -> None:
    """A database that refuses every new report (an invented trigger): the failure surfaces as
    one line naming where it happened; the report's words, which SQL errors used to quote with
    their parameters, are nowhere in the output."""
    path = tmp_path / "store.db"
    _store_with_reports(path, tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TRIGGER refuse BEFORE INSERT ON documents BEGIN SELECT RAISE(ABORT, 'no'); END")
    conn.close()
    report = tmp_path / "secret.txt"
    marker = "Zanzibarian-quartermaster-7731"
    report.write_text(f"Border guards arrested {marker} near Hyesan on 3 May 2023.\n", encoding="utf-8")
    result = run_cli("ingest", str(report), "--db", str(path), "-q")
    err = result.stderr.decode()
    assert result.returncode == 3, err
    assert marker not in err and marker not in result.stdout.decode()
    assert len(err.strip().splitlines()) == 1 and err.startswith("tessera: internal error (IntegrityError")

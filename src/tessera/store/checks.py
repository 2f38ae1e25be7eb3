"""Checks made before a store is opened for writing, so that Tessera never changes a file it must not.

Opening a SQLite file the usual way already writes to it (the write-ahead-log mode is recorded in
its header, and migrations add tables), so an existing file is first read through a separate
read-only connection and refused, in one line, when it is:

- not Tessera's: another program's SQLite database (Tessera would add its tables beside theirs),
  or not a SQLite database at all;
- made by a newer Tessera: its schema revision is one this release does not know;
- read-only: the file (or its folder) may not be written, or its permissions say no one may write
  it (honoured even for root, who could);
- damaged: SQLite's own structural check (`PRAGMA quick_check`) finds a fault anywhere in it.

PostgreSQL databases get the revision check in `tessera.store.migrate.upgrade`.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Collection
from pathlib import Path
from urllib.parse import quote

from tessera.store.engine import StoreError

SQLITE_MAGIC = b"SQLite format 3\x00"
# The tables every released Tessera store has (the first release's); a file holding tables but
# not these is someone else's.
TESSERA_TABLES = frozenset(
    {"alembic_version", "documents", "mentions", "events", "event_places", "event_mentions", "event_history"}
)
SHOWN_TABLES = 5


def check_sqlite_file(path: Path, known_revisions: Collection[str]) -> None:
    """StoreError (one line) if the SQLite file at `path` must not be opened for writing."""
    if not path.exists():
        return  # a new store
    if path.is_dir():
        raise StoreError(f"{path} is a folder, not a database file")
    if path.stat().st_size == 0:
        return  # an empty file is an empty SQLite database
    _check_writable(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise StoreError(f"{path} cannot be read: {exc.strerror}") from None
    if head != SQLITE_MAGIC:
        raise StoreError(f"{path} is not a SQLite database: Tessera will not write to it")
    try:
        conn = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=30)
    except sqlite3.Error as exc:
        raise StoreError(f"{path} cannot be opened: {exc}") from None
    try:
        _check_contents(conn, path, known_revisions)
    except sqlite3.DatabaseError as exc:
        # "database disk image is malformed", "file is not a database": a fault SQLite met reading it.
        raise StoreError(_damaged(path, str(exc))) from None
    finally:
        conn.close()


def _check_writable(path: Path) -> None:
    mode = path.stat().st_mode
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH) or not os.access(path, os.W_OK):
        raise StoreError(
            f"{path} is read-only: Tessera writes to its database whenever it opens it; "
            "make it writable or work on a copy"
        )
    if not os.access(path.parent, os.W_OK):
        raise StoreError(
            f"{path.parent} is read-only: SQLite keeps its log beside the database; "
            "make the folder writable or work on a copy"
        )


def _check_contents(conn: sqlite3.Connection, path: Path, known_revisions: Collection[str]) -> None:
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    tables = {t for t in tables if not t.startswith("sqlite_")}
    if not tables:
        return  # an empty database: Tessera makes its store in it
    if not TESSERA_TABLES.issubset(tables):
        theirs = sorted(tables - TESSERA_TABLES)
        shown = ", ".join(theirs[:SHOWN_TABLES]) + (", …" if len(theirs) > SHOWN_TABLES else "")
        raise StoreError(
            f"{path} is another program's database (tables: {shown}), not a Tessera store: "
            "Tessera will not add its tables to it; name a new file with --db"
        )
    revisions = [r[0] for r in conn.execute("SELECT version_num FROM alembic_version")]
    check_revisions(str(path), revisions, known_revisions)
    faults = [r[0] for r in conn.execute("PRAGMA quick_check")]
    if faults != ["ok"]:
        raise StoreError(_damaged(path, faults[0] if faults else "no answer"))


def check_revisions(name: str, revisions: Collection[str], known_revisions: Collection[str]) -> None:
    """StoreError if the store says it was migrated to a revision this release does not have."""
    unknown = sorted(set(revisions) - set(known_revisions))
    if unknown:
        raise StoreError(
            f"{name} was made by a newer Tessera (schema revision {', '.join(unknown)}, unknown to "
            "this one): upgrade Tessera to use it; nothing was changed"
        )


def _damaged(path: Path, fault: str) -> str:
    fault = " ".join(fault.split())[:120]
    return f"{path} is damaged (SQLite: {fault}): restore it from a backup; Tessera will not write to it"

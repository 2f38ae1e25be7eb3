"""Stores as each released Tessera made them, for the upgrade tests.

Each released schema is kept as the migration that built it (`tests/fixtures/stores/schema_*.py`,
copied from the project's history), and a small SQLite store that release made is kept beside it
(`tests/fixtures/stores/*.sqlite`, made once by the store code of that day). A store of that
release on another backend is made by running the kept migration, stamping the revision it said,
and copying the kept store's rows into it: today's store code writes today's columns, so it cannot
stand in for the code of the release.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import sqlite3
import sys
from datetime import date
from pathlib import Path

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import JSON, Integer, MetaData, text

from store_helpers import HYESAN, MUSAN, make_doc, make_event, same_day_merge
from tessera.merge import candidates_key
from tessera.store import Store
from tessera.store.engine import make_engine, resolve_url

STORES = Path(__file__).resolve().parent / "fixtures" / "stores"

# name -> (migration file as released, the revision it stamped, whether it wrote lookup keys,
# the commit that released it)
RELEASED = {
    "0001_first_release": ("schema_0001_first_release.py", "0001", False, "7e8fa21"),
    "0001_with_event_keys": ("schema_0001_with_event_keys.py", "0001", True, "db90a3c"),
}


def _migration(name: str):  # noqa: ANN202 - a module
    path = STORES / RELEASED[name][0]
    spec = importlib.util.spec_from_file_location(f"released_{name}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(name: str, url: str) -> int:
    """Make a store of release `name` at `url` with the kept store's rows; returns its event count."""
    kept = STORES / f"{name}.sqlite"
    resolved = resolve_url(url)
    if resolved.startswith("sqlite"):
        shutil.copyfile(kept, resolved.split("///", 1)[1])
    else:
        engine = make_engine(resolved)
        with engine.begin() as conn:
            with Operations.context(MigrationContext.configure(conn)):
                _migration(name).upgrade()
            conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
            conn.execute(
                text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": RELEASED[name][1]}
            )
            target = MetaData()
            target.reflect(conn)
            source = sqlite3.connect(kept)
            source.row_factory = sqlite3.Row
            for table in target.sorted_tables:
                if table.name == "alembic_version":
                    continue
                rows = [dict(r) for r in source.execute(f'SELECT * FROM "{table.name}"')]  # noqa: S608
                json_columns = {c.name for c in table.columns if isinstance(c.type, JSON)}
                for row in rows:
                    for column in json_columns & row.keys():
                        if isinstance(row[column], str):
                            row[column] = json.loads(row[column])
                if rows:
                    conn.execute(table.insert(), rows)
                    # Rows came with their ids: move each serial id's sequence past them.
                    for column in table.primary_key.columns:
                        if column.autoincrement is True or (
                            column.autoincrement == "auto" and isinstance(column.type, Integer)
                        ):
                            conn.execute(
                                text(
                                    f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                                    f"(SELECT max({column.name}) FROM {table.name}))"
                                )
                            )
            source.close()
        engine.dispose()
    engine = make_engine(resolved)
    with engine.connect() as conn:
        events = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
    engine.dispose()
    return int(events)


def _write_release_store(name: str, path: Path) -> None:
    """With the store code of the release (only then): run its migration and write three reports."""
    engine = make_engine(resolve_url(str(path)))
    with engine.begin() as conn:
        with Operations.context(MigrationContext.configure(conn)):
            _migration(name).upgrade()
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": RELEASED[name][1]})
    keys = candidates_key if RELEASED[name][2] else None
    store = Store(engine, same_day_merge, keys_fn=keys)
    a, b, c = make_doc(1), make_doc(2), make_doc(3)
    store.add_document(a, [make_event(a, place=HYESAN)])
    store.add_document(b, [make_event(b, place=HYESAN)])  # same day: merges with a's event
    store.add_document(c, [make_event(c, "escape", day=date(2022, 5, 1), place=MUSAN)])
    store.close()


def rebuild_files() -> None:
    for name in RELEASED:
        path = STORES / f"{name}.sqlite"
        path.unlink(missing_ok=True)
        _write_release_store(name, path)
        # One self-contained file: the log folded in, no WAL mode, no free pages.
        raw = sqlite3.connect(path, isolation_level=None)
        raw.execute("PRAGMA journal_mode = DELETE")
        raw.execute("VACUUM")
        raw.close()
        for extra in ("-wal", "-shm"):
            Path(str(path) + extra).unlink(missing_ok=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    rebuild_files()

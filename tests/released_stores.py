"""Stores as each released Tessera made them, for the upgrade tests.

Each released schema is kept as the migration that built it (`tests/fixtures/stores/schema_*.py`,
copied from the project's history), so a store of that release can be made on either backend:
run that migration, stamp the revision it said, and copy in invented reports and events written by
today's store code (with lookup keys only where that release wrote them). SQLite files made
this way are kept under `tests/fixtures/stores/` too (`python tests/released_stores.py` rebuilds
them), so the tests also open files that were made once and never again.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, insert, select, text

from store_helpers import HYESAN, MUSAN, make_doc, make_event, same_day_merge
from tessera.merge import candidates_key
from tessera.store import Store
from tessera.store.engine import make_engine, resolve_url
from tessera.store.schema import metadata

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
    """Make a store of release `name` at `url`, holding three reports; returns its event count.

    The reports are written by today's store code into a store of today's schema, then the
    columns the release had are copied over: the store code always writes today's tables."""
    engine = make_engine(resolve_url(url))
    with engine.begin() as conn:
        with Operations.context(MigrationContext.configure(conn)):
            _migration(name).upgrade()
        conn.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"))
        conn.execute(text("INSERT INTO alembic_version (version_num) VALUES (:v)"), {"v": RELEASED[name][1]})
    keys = candidates_key if RELEASED[name][2] else None
    with tempfile.TemporaryDirectory() as tmp:
        store = Store.open(f"sqlite:///{Path(tmp) / 'today.db'}", use_merge=False)
        store.merge_fn, store.keys_fn = same_day_merge, keys
        a, b, c = make_doc(1), make_doc(2), make_doc(3)
        store.add_document(a, [make_event(a, place=HYESAN)])
        store.add_document(b, [make_event(b, place=HYESAN)])  # same day: merges with a's event
        store.add_document(c, [make_event(c, "escape", day=date(2022, 5, 1), place=MUSAN)])
        released = MetaData()
        released.reflect(engine, only=lambda table, _meta: table != "alembic_version")
        with store.engine.connect() as source, engine.begin() as target:
            for table in released.sorted_tables:
                if table.name not in metadata.tables:
                    continue
                today = metadata.tables[table.name]
                columns = [today.c[col.name] for col in table.columns if col.name in today.c]
                rows = [dict(r._mapping) for r in source.execute(select(*columns))]
                if rows:
                    target.execute(insert(table), rows)
                if engine.dialect.name == "postgresql" and rows and isinstance(rows[0].get("id"), int):
                    # Rows came with their ids: the id sequence must go on after them.
                    target.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), :n)"),
                        {"n": max(r["id"] for r in rows)},
                    )
        store.close()
    with engine.connect() as conn:
        events = conn.scalar(text("SELECT count(*) FROM events"))
    engine.dispose()
    return int(events or 0)


def rebuild_files() -> None:
    for name in RELEASED:
        path = STORES / f"{name}.sqlite"
        path.unlink(missing_ok=True)
        build(name, str(path))
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

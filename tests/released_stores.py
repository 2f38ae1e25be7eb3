"""Stores as each released Tessera made them, for the upgrade tests.

Each released schema is kept as the migration that built it (`tests/fixtures/stores/schema_*.py`,
copied from the project's history), so a store of that release can be made on either backend:
run that migration, stamp the revision it said, and write invented reports and events with the
store code (with lookup keys only where that release wrote them). SQLite files made
this way are kept under `tests/fixtures/stores/` too (`python tests/released_stores.py` rebuilds
them), so the tests also open files that were made once and never again.
"""

from __future__ import annotations

import importlib.util
import sqlite3
import sys
from datetime import date
from pathlib import Path

from alembic.operations import Operations
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text

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
    """Make a store of release `name` at `url`, holding three reports; returns its event count."""
    engine = make_engine(resolve_url(url))
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
    events = store.counts()["events"]
    store.close()
    return events


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

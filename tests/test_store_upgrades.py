"""Stores made by every released schema open, upgrade and keep working; released migrations
are never edited (a change is a new revision)."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import store_helpers
from released_stores import RELEASED, STORES, build
from store_helpers import HYESAN, make_doc, make_event
from tessera.merge import candidates_key
from tessera.store import EventQuery, Store
from tessera.store.migrate import current_revision, head_revision
from tessera.store.schema import include_object, metadata

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

VERSIONS = Path(__file__).resolve().parents[1] / "src" / "tessera" / "store" / "migrations" / "versions"

# SHA-256 of every released migration file. Editing one breaks the stores it already made: add
# a revision instead. A new revision's hash is added here when it is released.
RELEASED_MIGRATIONS = {
    "0001_initial.py": "90a90fe1d244e47dea8eaf884911864e059bffab9f862835cc9202f8a61aa883",
}


def test_released_migrations_are_unchanged() -> None:
    for name, digest in RELEASED_MIGRATIONS.items():
        got = hashlib.sha256((VERSIONS / name).read_bytes()).hexdigest()
        assert got == digest, f"{name} was released and must not change: write a new revision"


def _upgraded_store_works(url: str, events_before: int) -> None:
    with Store.open(url, use_merge=False) as store:
        store.merge_fn = store_helpers.same_day_merge
        store.keys_fn = candidates_key
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            assert (
                compare_metadata(
                    MigrationContext.configure(conn, opts={"include_object": include_object}), metadata
                )
                == []
            )
        assert store.counts()["events"] == events_before
        # A new report of an event stored before the upgrade joins it: its lookup keys are there.
        doc = make_doc(4)
        result = store.add_document(doc, [make_event(doc, place=HYESAN)])
        assert result.added and result.joined and not result.created
        merged = store.query(EventQuery(type="arrest"))
        assert len(merged) == 1
        assert {s["doc"] for s in merged[0].record["sources"]} == {"doc1", "doc2", "doc4"}


@pytest.mark.parametrize("release", sorted(RELEASED))
def test_a_kept_sqlite_store_of_each_release_upgrades(release: str, tmp_path: Path) -> None:
    kept = STORES / f"{release}.sqlite"
    path = tmp_path / kept.name
    shutil.copyfile(kept, path)
    _upgraded_store_works(str(path), events_before=2)


@pytest.mark.parametrize("release", sorted(RELEASED))
def test_a_store_of_each_release_upgrades_on_both_backends(release: str, db_url: str) -> None:
    events = build(release, db_url)
    assert events == 2
    _upgraded_store_works(db_url, events_before=2)

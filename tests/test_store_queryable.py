"""Queryable facts as columns, and --text through the database's full-text index (migration 0006)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from alembic import command
from sqlalchemy import text

import store_helpers
from store_helpers import HYESAN, SHENYANG, make_doc, make_event
from tessera.model import Actor, Victims
from tessera.store import EventQuery, Store
from tessera.store.migrate import alembic_config

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url


def _fill(store: Store) -> tuple[str, str]:
    doc1 = make_doc(1, text="Chinese police arrested four defectors in Shenyang before dawn, a source said.")
    doc2 = make_doc(2, text="Security agents searched homes in Hyesan at night looking for mobile phones.")
    arrest = make_event(doc1, place=SHENYANG, count=4).with_(
        perpetrators=[Actor("Chinese police", "CN", "police")],
        victims=Victims("four defectors", 4, 4, "defectors"),
        summary="Chinese police arrested four defectors in Shenyang.",
    )
    search = make_event(doc2, type_="search", place=HYESAN, count=None).with_(
        summary="Security agents searched homes in Hyesan."
    )
    store.add_document(doc1, [arrest])
    store.add_document(doc2, [search])
    ids = {e.record["type"]: e.id for e in store.query(EventQuery())}
    return ids["arrest"], ids["search"]


def test_facts_are_plain_columns(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        arrest_id, _ = _fill(store)
        with store.engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT place_name, place_precision, victims_group, perpetrator_kinds, source_count "
                    "FROM events WHERE id = :id"
                ),
                {"id": arrest_id},
            ).one()
            place = conn.execute(
                text("SELECT name, precision FROM event_places WHERE event_id = :id AND role = 'where'"),
                {"id": arrest_id},
            ).one()
    assert tuple(row) == ("Shenyang", "city", "defectors", "police", 1)
    assert tuple(place) == ("Shenyang", "city")


def test_text_search_uses_stems_and_needs_every_word(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        arrest_id, search_id = _fill(store)

        def found(words: str) -> list[str]:
            return [e.id for e in store.query(EventQuery(text=words))]

        assert found("arrest") == [arrest_id]  # "arrested" in the summary and evidence
        assert found("search homes") == [search_id]
        assert found("Shenyang police") == [arrest_id]
        assert found("Shenyang Hyesan") == []  # every word must appear
        # Query syntax and SQL in the words are plain words, never an error or an injection.
        for hostile in (
            '"',
            "police*",
            "NEAR(police arrested)",
            "x' OR '1'='1",
            "'; DROP TABLE events; --",
            "-",
        ):
            assert isinstance(found(hostile), list)
        assert store.counts()["events"] == 2


def test_upgrade_fills_the_columns_and_the_index_of_events_stored_before(db_url: str) -> None:
    with Store.open(db_url, use_merge=False) as store:
        arrest_id, _ = _fill(store)
        cfg = alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006-1")  # the schema before the columns and the index
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        assert [e.id for e in store.query(EventQuery(text="arrested defectors"))] == [arrest_id]
        with store.engine.connect() as conn:
            name = conn.execute(
                text("SELECT place_name FROM events WHERE id = :id"), {"id": arrest_id}
            ).scalar()
        assert name == "Shenyang"


def test_text_index_follows_every_change_of_an_event(db_url: str) -> None:
    """The index keeps one row per event through a merge (an update), an id change and a delete;
    on SQLite its rows are found by key, never by reading the whole index (migration 0009)."""
    with Store.open(db_url) as store:
        arrest_id, search_id = _fill(store)
        later = make_doc(3, text="Shenyang police detained the four defectors, their families said.")
        store.add_document(later, [make_event(later, place=SHENYANG, count=4)])
        assert [e.id for e in store.query(EventQuery(text="detained"))] == [arrest_id]
        assert store.counts()["events"] == 2  # the later report joined the arrest
        if store.is_postgres:
            return  # a generated column: nothing to keep in step
        path = store.engine.url.database
    # By hand, with foreign keys off, to rename and drop an event as no store method does.
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE events SET id = 'renamed' WHERE id = ?", (search_id,))
        found = conn.execute("SELECT event_id FROM events_fts WHERE events_fts MATCH 'searched'").fetchall()
        conn.execute("DELETE FROM events WHERE id = 'renamed'")
        rows = [r[0] for r in conn.execute("SELECT event_id FROM events_fts")]
        keyed = conn.execute(
            "SELECT count(*) FROM events_fts f JOIN events_fts_keys k ON k.n = f.rowid AND k.event_id = f.event_id"
        ).fetchone()[0]
        triggers = [
            r[0]
            for r in conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'events_fts%'"
            )
        ]
    assert found == [("renamed",)]
    assert rows == [arrest_id] and keyed == 1
    assert len(triggers) == 3 and not any("events_fts WHERE event_id" in sql for sql in triggers)

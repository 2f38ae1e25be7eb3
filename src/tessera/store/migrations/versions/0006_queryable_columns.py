"""Queryable facts as plain columns, and full-text search.

Plain SQL and Datasette users read an event's place names and precision, its victims' group, its
perpetrators' kinds and its number of sources as columns, without json_extract. `--text` searches
words with the database's own full-text index: SQLite FTS5 (a table kept in step by triggers,
Porter stemming: "arrest" finds "arrested"), PostgreSQL text search (a generated
tsvector column with a GIN index, English stemming).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

ROLES = ("where", "destination", "origin")


def _record(value: object) -> dict:
    return json.loads(value) if isinstance(value, str) else (value or {})


def _event_values(record: dict) -> dict:
    place = next((record[r] for r in ROLES if record.get(r)), None) or {}
    kinds = sorted({a.get("kind") for a in record.get("perpetrators") or [] if a.get("kind")})
    return {
        "place_name": place.get("name"),
        "place_precision": place.get("precision"),
        "victims_group": (record.get("victims") or {}).get("group"),
        "perpetrator_kinds": ";".join(kinds) or None,
        "source_count": len({s.get("doc") for s in record.get("sources") or []}),
    }


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("place_name", sa.Text))
        batch.add_column(sa.Column("place_precision", sa.String(20)))
        batch.add_column(sa.Column("victims_group", sa.String(20)))
        batch.add_column(sa.Column("perpetrator_kinds", sa.String(200)))
        batch.add_column(sa.Column("source_count", sa.Integer, nullable=False, server_default="0"))
    with op.batch_alter_table("event_places") as batch:
        batch.add_column(sa.Column("name", sa.Text))
        batch.add_column(sa.Column("precision", sa.String(20)))

    # Fill the new columns of stored events from their records.
    conn = op.get_bind()
    events = sa.table(
        "events",
        sa.column("id", sa.String),
        sa.column("record", sa.JSON),
        *(sa.column(c) for c in ("place_name", "place_precision", "victims_group", "perpetrator_kinds")),
        sa.column("source_count", sa.Integer),
    )
    places = sa.table(
        "event_places", sa.column("event_id"), sa.column("role"), sa.column("name"), sa.column("precision")
    )
    for event_id, raw in conn.execute(sa.select(events.c.id, events.c.record)).all():
        record = _record(raw)
        conn.execute(events.update().where(events.c.id == event_id).values(**_event_values(record)))
        for role in ROLES:
            place = record.get(role) or {}
            if place:
                conn.execute(
                    places.update()
                    .where(places.c.event_id == event_id, places.c.role == role)
                    .values(name=place.get("name"), precision=place.get("precision"))
                )

    if conn.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE events ADD COLUMN search_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', search_text)) STORED"
        )
        op.execute("CREATE INDEX ix_events_search_tsv ON events USING GIN (search_tsv)")
    else:
        # A table of its own keyed by the event id (not an external-content table on rowid: the
        # events table has no INTEGER PRIMARY KEY, so a VACUUM may renumber its rowids).
        op.execute(
            "CREATE VIRTUAL TABLE events_fts USING fts5("
            "event_id UNINDEXED, search_text, tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
            "INSERT INTO events_fts(event_id, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute(
            "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
            "DELETE FROM events_fts WHERE event_id = old.id; END"
        )
        op.execute(
            "CREATE TRIGGER events_fts_update AFTER UPDATE OF id, search_text ON events BEGIN "
            "DELETE FROM events_fts WHERE event_id = old.id; "
            "INSERT INTO events_fts(event_id, search_text) VALUES (new.id, new.search_text); END"
        )
        op.execute("INSERT INTO events_fts(event_id, search_text) SELECT id, search_text FROM events")


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_events_search_tsv")
        op.execute("ALTER TABLE events DROP COLUMN IF EXISTS search_tsv")
    else:
        for trigger in ("events_fts_insert", "events_fts_delete", "events_fts_update"):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS events_fts")
    with op.batch_alter_table("event_places") as batch:
        batch.drop_column("precision")
        batch.drop_column("name")
    with op.batch_alter_table("events") as batch:
        for column in ("source_count", "perpetrator_kinds", "victims_group", "place_precision", "place_name"):
            batch.drop_column(column)

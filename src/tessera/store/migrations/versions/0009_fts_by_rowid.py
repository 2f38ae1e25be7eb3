"""SQLite's full-text rows found by their rowid, not by a scan.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

The triggers of 0006 kept `events_fts` in step with `DELETE FROM events_fts WHERE event_id = ...`;
`event_id` is an UNINDEXED column of the FTS5 table, so each changed event read every row of the
index: an update cost grew with the number of events (at 100,000 reports, 2,500 events, a report's
store time had nearly doubled). Now each event has a stable integer key in `events_fts_keys` (an
INTEGER PRIMARY KEY, which VACUUM never renumbers, unlike the rowids of `events`), used as the FTS
row's rowid, so the triggers find the row by rowid. PostgreSQL's generated column needs none of this.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TRIGGERS = ("events_fts_insert", "events_fts_delete", "events_fts_update")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("CREATE TABLE events_fts_keys (n INTEGER PRIMARY KEY, event_id TEXT NOT NULL UNIQUE)")
    op.execute("DELETE FROM events_fts")
    op.execute("INSERT INTO events_fts_keys (event_id) SELECT id FROM events ORDER BY id")
    op.execute(
        "INSERT INTO events_fts(rowid, event_id, search_text) "
        "SELECT k.n, e.id, e.search_text FROM events e JOIN events_fts_keys k ON k.event_id = e.id"
    )
    op.execute(
        "CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN "
        "INSERT INTO events_fts_keys (event_id) VALUES (new.id); "
        "INSERT INTO events_fts(rowid, event_id, search_text) "
        "VALUES ((SELECT n FROM events_fts_keys WHERE event_id = new.id), new.id, new.search_text); "
        "END"
    )
    op.execute(
        "CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN "
        "DELETE FROM events_fts WHERE rowid = (SELECT n FROM events_fts_keys WHERE event_id = old.id); "
        "DELETE FROM events_fts_keys WHERE event_id = old.id; "
        "END"
    )
    op.execute(
        "CREATE TRIGGER events_fts_update AFTER UPDATE OF id, search_text ON events BEGIN "
        "DELETE FROM events_fts WHERE rowid = (SELECT n FROM events_fts_keys WHERE event_id = old.id); "
        "UPDATE events_fts_keys SET event_id = new.id WHERE event_id = old.id; "
        "INSERT INTO events_fts(rowid, event_id, search_text) "
        "VALUES ((SELECT n FROM events_fts_keys WHERE event_id = new.id), new.id, new.search_text); "
        "END"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        return
    for trigger in _TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS events_fts_keys")
    op.execute("DELETE FROM events_fts")
    op.execute("INSERT INTO events_fts(event_id, search_text) SELECT id, search_text FROM events")
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

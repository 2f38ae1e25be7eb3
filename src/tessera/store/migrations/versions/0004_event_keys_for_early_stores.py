"""Lookup keys for stores made before 0001 gained them.

Revision 0001 was first released without the `event_keys` table and later edited to add it, so
a store created by the first release says "0001" yet has no such table (and crashed with "no such
table: event_keys"). This revision creates the table where it is missing and fills it for the
events already stored, so that new reports are merged with them; where the table exists it does
nothing. Released revisions are never edited again: a change to the schema is a new revision.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _record(value: Any) -> dict[str, Any]:
    # SQLite hands JSON columns back as text through a bare table(); PostgreSQL as parsed values.
    return json.loads(value) if isinstance(value, str) else value


def _backfill(conn: sa.Connection) -> None:
    """The keys the merge stage gives each stored event and each of its members' records."""
    # The keys are an index derived from the records by the merge stage; computing them with the
    # merge stage of this release is what the store itself does on every write.
    from tessera.merge import candidates_key
    from tessera.model import event_from_dict

    events = sa.table("events", sa.column("id"), sa.column("record"))
    mentions = sa.table("mentions", sa.column("id"), sa.column("record"))
    members = sa.table("event_mentions", sa.column("mention_id"), sa.column("event_id"))
    keys: dict[str, set[str]] = {}
    for event_id, record in conn.execute(sa.select(events.c.id, events.c.record)):
        keys.setdefault(event_id, set()).update(candidates_key(event_from_dict(_record(record))))
    joined = sa.select(members.c.event_id, mentions.c.record).join(
        mentions, mentions.c.id == members.c.mention_id
    )
    for event_id, record in conn.execute(joined):
        keys.setdefault(event_id, set()).update(candidates_key(event_from_dict(_record(record))))
    rows = [{"event_id": e, "key": k} for e, ks in sorted(keys.items()) for k in sorted(ks)]
    if rows:
        table = sa.table("event_keys", sa.column("event_id"), sa.column("key"))
        conn.execute(sa.insert(table), rows)


def upgrade() -> None:
    conn = op.get_bind()
    if sa.inspect(conn).has_table("event_keys"):
        return
    op.create_table(
        "event_keys",
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("key", sa.String(60), nullable=False),
        sa.PrimaryKeyConstraint("event_id", "key", name="pk_event_keys"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_keys_event_id_events", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_event_keys_key", "event_keys", ["key"])
    _backfill(conn)


def downgrade() -> None:
    # The table belongs to revision 0001 as edited; going back to 0001 keeps it.
    pass

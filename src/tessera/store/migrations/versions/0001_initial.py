"""The first store: documents, mentions, merged events, their places, history.

Revision ID: 0001
Revises:
Create Date: 2024-01-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("doc_key", sa.String(200), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("path", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_documents"),
        sa.UniqueConstraint("sha256", name="uq_documents_sha256"),
    )
    op.create_index("ix_documents_doc_key", "documents", ["doc_key"])

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("event_key", sa.String(40), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("when_start", sa.Date),
        sa.Column("when_end", sa.Date),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.String(120)),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_mentions"),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name="fk_mentions_document_id_documents", ondelete="CASCADE"
        ),
        sa.UniqueConstraint("document_id", "event_key", name="uq_mentions_document_event"),
    )
    op.create_index("ix_mentions_document_id", "mentions", ["document_id"])

    op.create_table(
        "events",
        sa.Column("id", sa.String(40), nullable=False),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("summary", sa.Text, nullable=False),
        sa.Column("when_start", sa.Date),
        sa.Column("when_end", sa.Date),
        sa.Column("when_precision", sa.String(20), nullable=False),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.String(120)),
        sa.Column("admin2", sa.String(120)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.Column("victims_min", sa.Integer),
        sa.Column("victims_max", sa.Integer),
        sa.Column("confidence", sa.Float, nullable=False),
        sa.Column("review_state", sa.String(20), nullable=False, server_default="unreviewed"),
        sa.Column("search_text", sa.Text, nullable=False),
        sa.Column("record", sa.JSON, nullable=False),
        sa.Column("explanation", sa.JSON),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
    )
    op.create_index("ix_events_type_start", "events", ["type", "when_start"])
    op.create_index("ix_events_review_state", "events", ["review_state"])

    op.create_table(
        "event_places",
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("role", sa.String(12), nullable=False),
        sa.Column("country", sa.String(2)),
        sa.Column("admin1", sa.String(120)),
        sa.Column("admin2", sa.String(120)),
        sa.Column("lat", sa.Float),
        sa.Column("lon", sa.Float),
        sa.PrimaryKeyConstraint("event_id", "role", name="pk_event_places"),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_places_event_id_events", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_event_places_country_admin1", "event_places", ["country", "admin1"])
    op.create_index("ix_event_places_lat_lon", "event_places", ["lat", "lon"])

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

    op.create_table(
        "event_mentions",
        sa.Column("mention_id", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("mention_id", name="pk_event_mentions"),
        sa.ForeignKeyConstraint(
            ["mention_id"], ["mentions.id"], name="fk_event_mentions_mention_id_mentions", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name="fk_event_mentions_event_id_events", ondelete="CASCADE"
        ),
    )
    op.create_index("ix_event_mentions_event_id", "event_mentions", ["event_id"])

    op.create_table(
        "kept_apart",
        sa.Column("event_a", sa.String(40), nullable=False),
        sa.Column("event_b", sa.String(40), nullable=False),
        sa.PrimaryKeyConstraint("event_a", "event_b", name="pk_kept_apart"),
    )

    op.create_table(
        "event_history",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("note", sa.Text),
        sa.Column("before", sa.JSON),
        sa.Column("after", sa.JSON),
        sa.PrimaryKeyConstraint("id", name="pk_event_history"),
    )
    op.create_index("ix_event_history_event_id", "event_history", ["event_id"])


def downgrade() -> None:
    for table in (
        "event_history",
        "kept_apart",
        "event_mentions",
        "event_keys",
        "event_places",
        "events",
        "mentions",
    ):
        op.drop_table(table)
    op.drop_table("documents")

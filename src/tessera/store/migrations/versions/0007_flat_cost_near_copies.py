"""Flat cost per report, and near copies.

Mentions get `telling`, a hash of the values the merged record is chosen from, so joining a report
to an event combines one member per distinct telling (with a count) instead of every report again.
Copies may be near copies: `document_copies` gets the copy's own SHA-256 and the similarity of the
two texts, and `document_bands` holds each document's MinHash band hashes (the LSH index of
tessera.store.near_copies). Stored mentions and documents are filled in here. History rows written
from now on hold what changed; earlier rows keep their whole records.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

from tessera.store.near_copies import signature
from tessera.store.records import telling

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("telling", sa.String(64)))
    with op.batch_alter_table("document_copies") as batch:
        batch.add_column(sa.Column("sha256", sa.String(64)))
        batch.add_column(sa.Column("similarity", sa.Float))
    op.create_index("ix_document_copies_sha256", "document_copies", ["sha256"])
    op.create_table(
        "document_bands",
        sa.Column("band", sa.BigInteger, nullable=False),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("band", "document_id", name="pk_document_bands"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_document_bands_document_id_documents",
            ondelete="CASCADE",
        ),
    )

    conn = op.get_bind()
    mentions = sa.table("mentions", sa.column("id", sa.Integer), sa.column("record"), sa.column("telling"))
    rows = conn.execute(sa.select(mentions.c.id, mentions.c.record)).all()
    for r in rows:
        record = json.loads(r.record) if isinstance(r.record, str) else r.record
        conn.execute(sa.update(mentions).where(mentions.c.id == r.id).values(telling=telling(record)))
    documents = sa.table("documents", sa.column("id", sa.Integer), sa.column("text", sa.Text))
    bands = sa.table("document_bands", sa.column("band", sa.BigInteger), sa.column("document_id", sa.Integer))
    for d in conn.execute(sa.select(documents.c.id, documents.c.text)).all():
        found = sorted(set(signature(d.text)[1]))
        if found:
            conn.execute(sa.insert(bands), [{"band": b, "document_id": d.id} for b in found])


def downgrade() -> None:
    op.drop_table("document_bands")
    op.drop_index("ix_document_copies_sha256", table_name="document_copies")
    with op.batch_alter_table("document_copies") as batch:
        batch.drop_column("similarity")
        batch.drop_column("sha256")
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("telling")

"""Copies of a stored document's content from other outlets, addresses or dates.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "document_copies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("document_id", sa.Integer, nullable=False),
        sa.Column("copy_key", sa.String(64), nullable=False),
        sa.Column("doc_key", sa.String(200), nullable=False),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("published", sa.String(10)),
        sa.Column("path", sa.Text),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_document_copies"),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name="fk_document_copies_document_id_documents",
            ondelete="CASCADE",
        ),
        sa.UniqueConstraint("document_id", "copy_key", name="uq_document_copies_document_copy"),
    )


def downgrade() -> None:
    op.drop_table("document_copies")

"""Merge candidates: pairs of events close but not sure enough to merge, for a person to decide.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_candidates",
        sa.Column("event_a", sa.String(40), nullable=False),
        sa.Column("event_b", sa.String(40), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reasons", sa.JSON),
        sa.Column("state", sa.String(12), nullable=False, server_default="open"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("decided_at", sa.DateTime(timezone=True)),
        sa.Column("actor", sa.String(120)),
        sa.PrimaryKeyConstraint("event_a", "event_b", name="pk_merge_candidates"),
    )
    op.create_index("ix_merge_candidates_event_b", "merge_candidates", ["event_b"])


def downgrade() -> None:
    op.drop_index("ix_merge_candidates_event_b", table_name="merge_candidates")
    op.drop_table("merge_candidates")

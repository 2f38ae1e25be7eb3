"""The audit chain's head, kept apart from the log.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

`audit_head` holds one row: the number and hash of the log's newest entry, moved in the same
transaction as each new entry, so deleting the newest entries (which leaves a valid, shorter chain)
no longer goes unnoticed. A store that already has entries gets its head from its newest entry
here; an empty log gets none until its first entry.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("hash", sa.String(64), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_head"),
    )
    op.execute(
        "INSERT INTO audit_head (id, seq, hash) "
        "SELECT 1, id, hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"
    )


def downgrade() -> None:
    op.drop_table("audit_head")

"""The review application's tables: accounts, their sessions and API tokens, and the audit log.

They live on the store's one `metadata` (schema.py imports this module at its end), so the
migration check that compares the migrated database with the declared schema covers them too.
Migration 0005 creates them.
"""

from __future__ import annotations

from sqlalchemy import Column, DateTime, ForeignKey, Index, Integer, String, Table, Text

from tessera.store.schema import metadata

ROLES = ("viewer", "reviewer", "admin")

# One row per person who may log in; the password only as an argon2 hash.
users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(80), nullable=False, unique=True),
    Column("role", String(20), nullable=False),
    Column("password_hash", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# A logged-in browser: the cookie holds a random token, the table only its SHA-256, so a copy of
# the database does not hand out live sessions. The CSRF token is tied to the session.
web_sessions = Table(
    "web_sessions",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("csrf", String(64), nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    Column("expires_at", DateTime(timezone=True), nullable=False),
)
Index("ix_web_sessions_user_id", web_sessions.c.user_id)

# Bearer tokens for scripts using the JSON API (same roles, no cookie, so no CSRF).
api_tokens = Table(
    "api_tokens",
    metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user_id", Integer, ForeignKey("users.id", ondelete="CASCADE"), nullable=False),
    Column("label", String(120)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)
Index("ix_api_tokens_user_id", api_tokens.c.user_id)

# Every change, login and export, append-only: each entry's hash covers its content and the
# previous entry's hash, so editing or deleting a row breaks the chain from there on.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("actor", String(120), nullable=False),
    Column("action", String(60), nullable=False),
    Column("target", String(200)),
    Column("detail", Text, nullable=False),  # canonical JSON, hashed as stored
    Column("prev_hash", String(64), nullable=False),
    Column("hash", String(64), nullable=False),
)

# The chain's head, kept apart from the log: the number and hash of the newest entry, written in
# the same transaction as that entry. Deleting the newest entries leaves a valid but shorter chain;
# the head still names the entry the log should end at (`tessera audit verify`). One row, id 1.
audit_head = Table(
    "audit_head",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("seq", Integer, nullable=False),
    Column("hash", String(64), nullable=False),
)

"""The append-only, hash-chained audit log: every change, login and export, by whom.

Each entry's hash is the SHA-256 of the previous entry's hash and of the entry's own content
(its id, time, actor, action, target and detail), so an edited entry no longer matches its hash
and a deleted one breaks the link of the entry after it. `verify()` walks the chain and names the
first entry that does not hold. (Deleting the newest entries leaves a shorter, valid chain; the
count in an export or backup is what shows that.)
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, insert, select, text

from tessera.store.accounts_schema import audit_log
from tessera.store.engine import with_retries

GENESIS = "0" * 64
PG_AUDIT_LOCK = 7_360_223  # PostgreSQL writers of the log queue here, so the chain never forks


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: datetime
    actor: str
    action: str
    target: str | None
    detail: dict[str, Any]
    hash: str


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    first_bad: int | None = None  # id of the first entry that does not hold
    reason: str = ""


def _stamp(at: datetime) -> str:
    # SQLite hands timestamps back without a zone: they were written in UTC.
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(UTC).isoformat(timespec="microseconds")


def entry_hash(
    prev_hash: str, entry_id: int, at: datetime, actor: str, action: str, target: str | None, detail: str
) -> str:
    parts = [prev_hash, str(entry_id), _stamp(at), actor, action, target or "", detail]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


class AuditLog:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def append(self, actor: str, action: str, target: str | None = None, **detail: Any) -> int:
        """Write one entry at the end of the chain; returns its id."""
        body = json.dumps(detail, sort_keys=True, ensure_ascii=False, default=str)
        at = datetime.now(UTC)

        def work() -> int:
            with self.engine.begin() as conn:
                if conn.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_AUDIT_LOCK})
                last = conn.execute(
                    select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
                ).first()
                prev = last.hash if last else GENESIS
                new_id = (last.id if last else 0) + 1
                conn.execute(
                    insert(audit_log),
                    {
                        "id": new_id,
                        "at": at,
                        "actor": actor,
                        "action": action,
                        "target": target,
                        "detail": body,
                        "prev_hash": prev,
                        "hash": entry_hash(prev, new_id, at, actor, action, target, body),
                    },
                )
                return new_id

        return with_retries(work)

    def entries(
        self, limit: int = 200, target: str | None = None, actor: str | None = None
    ) -> list[AuditEntry]:
        """The newest entries first."""
        q = select(audit_log).order_by(audit_log.c.id.desc()).limit(limit)
        if target is not None:
            q = q.where(audit_log.c.target == target)
        if actor is not None:
            q = q.where(audit_log.c.actor == actor)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        return [
            AuditEntry(r.id, r.at, r.actor, r.action, r.target, json.loads(r.detail), r.hash) for r in rows
        ]

    def count(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(audit_log)) or 0)

    def verify(self) -> Verdict:
        """Walk the whole chain in order; the first entry whose link or hash is wrong is named."""
        prev = GENESIS
        n = 0
        with self.engine.connect() as conn:
            for r in conn.execute(select(audit_log).order_by(audit_log.c.id)):
                n += 1
                if r.prev_hash != prev:
                    return Verdict(False, n, r.id, "its link to the entry before does not match")
                if entry_hash(prev, r.id, r.at, r.actor, r.action, r.target, r.detail) != r.hash:
                    return Verdict(False, n, r.id, "its content does not match its hash")
                prev = r.hash
        return Verdict(True, n)

"""The append-only, hash-chained audit log: every change, login and export, by whom.

Each entry's hash is the SHA-256 of the previous entry's hash and of the entry's own content
(its id, time, actor, action, target and detail), so an edited entry no longer matches its hash
and a deleted one breaks the link of the entry after it. Deleting the newest entries would leave a
shorter chain that still holds: the chain's head (table `audit_head`: the newest entry's number
and hash, written in the same transaction as the entry) is what shows that, and an operator can
keep the head outside the database (`tessera audit head`) and check the log against it later
(`tessera audit verify --expect HASH`). `verify()` walks the chain and names the first entry that
does not hold, or where the log ends short of its head.

A change and its audit entry are one transaction: the store's methods call `append_entry` on
their own connection, so a failure of either leaves neither.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select, text, update

from tessera.store.accounts_schema import audit_head, audit_log
from tessera.store.engine import with_retries

GENESIS = "0" * 64
PG_AUDIT_LOCK = 7_360_223  # PostgreSQL writers of the log queue here, so the chain never forks
HEAD_ROW = 1


@dataclass(frozen=True)
class IngestNote:
    """Who brings reports in by hand (a reviewer's upload) and from which file: each report the
    ingest stores, or keeps as a copy, then writes its audit entry in its own transaction."""

    actor: str
    source: str
    action: str = "report.upload"

    def write(self, conn: Connection, doc_key: str, **detail: Any) -> int:
        return append_entry(conn, self.actor, self.action, doc_key, file=self.source, **detail)


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
class Head:
    """The newest entry as the head records it: its number (0 for an empty log) and hash."""

    seq: int
    hash: str

    def __str__(self) -> str:
        return f"{self.seq} {self.hash}"


@dataclass(frozen=True)
class Verdict:
    ok: bool
    entries: int
    first_bad: int | None = None  # id of the first entry that does not hold (or is missing)
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


def append_entry(conn: Connection, actor: str, action: str, target: str | None = None, **detail: Any) -> int:
    """Write one entry at the end of the chain, and move the head to it, inside the caller's
    transaction (so the change it records and the entry commit or fail together). Returns its id."""
    body = json.dumps(detail, sort_keys=True, ensure_ascii=False, default=str)
    at = datetime.now(UTC)
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_AUDIT_LOCK})
    last = conn.execute(
        select(audit_log.c.id, audit_log.c.hash).order_by(audit_log.c.id.desc()).limit(1)
    ).first()
    prev = last.hash if last else GENESIS
    new_id = (last.id if last else 0) + 1
    digest = entry_hash(prev, new_id, at, actor, action, target, body)
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
            "hash": digest,
        },
    )
    moved = conn.execute(
        update(audit_head).where(audit_head.c.id == HEAD_ROW).values(seq=new_id, hash=digest)
    ).rowcount
    if not moved:
        conn.execute(insert(audit_head), {"id": HEAD_ROW, "seq": new_id, "hash": digest})
    return new_id


def read_head(conn: Connection) -> Head | None:
    row = conn.execute(select(audit_head.c.seq, audit_head.c.hash).where(audit_head.c.id == HEAD_ROW)).first()
    return Head(row.seq, row.hash) if row else None


class AuditLog:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def append(self, actor: str, action: str, target: str | None = None, **detail: Any) -> int:
        """Write one entry at the end of the chain in a transaction of its own (for what changes
        nothing else in the store: logins, refused logins); returns its id."""

        def work() -> int:
            with self.engine.begin() as conn:
                return append_entry(conn, actor, action, target, **detail)

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

    def head(self) -> Head:
        """The chain's head as recorded (an empty log's: entry 0, the genesis hash)."""
        with self.engine.connect() as conn:
            return read_head(conn) or Head(0, GENESIS)

    def verify(self, expect: str | None = None) -> Verdict:
        """Walk the whole chain in order; the first entry whose link or hash is wrong is named.
        Then the log's end must be the head's entry, and `expect` (a head's hash recorded outside
        the database) must be the hash of one of its entries."""
        prev = GENESIS
        n = last_id = 0
        seen_expected = expect is None or expect == GENESIS
        with self.engine.connect() as conn:
            for r in conn.execute(select(audit_log).order_by(audit_log.c.id)):
                n += 1
                if r.prev_hash != prev:
                    return Verdict(False, n, r.id, "its link to the entry before does not match")
                if entry_hash(prev, r.id, r.at, r.actor, r.action, r.target, r.detail) != r.hash:
                    return Verdict(False, n, r.id, "its content does not match its hash")
                prev, last_id = r.hash, r.id
                seen_expected = seen_expected or r.hash == expect
            head = read_head(conn) or Head(0, GENESIS)
        if head.seq != last_id:
            return Verdict(
                False,
                n,
                min(head.seq, last_id) + 1,
                f"the log ends at entry {last_id} but the head records entry {head.seq}",
            )
        if head.hash != prev:
            return Verdict(False, n, last_id, f"entry {last_id} is not the entry the head records")
        if not seen_expected:
            return Verdict(
                False,
                n,
                None,
                f"no entry has the expected hash {expect}: the log was cut or rewritten since "
                "that head was recorded",
            )
        return Verdict(True, n)

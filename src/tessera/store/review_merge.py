"""A person's decisions on possible duplicates: merge two stored events into one, or keep them
apart for good.

The repository has no public method for these yet (it merges only while ingesting, and keeps
apart only the parts of a split), so this module composes its transaction helpers the way its own
join and split do. When the repository grows `merge`/`keep_apart`, these should move there.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import and_, delete, insert, or_, select, update

from tessera.model import event_to_dict
from tessera.store import records
from tessera.store.engine import StoreError, with_retries
from tessera.store.repository import Store
from tessera.store.schema import event_mentions, events, kept_apart


def _pair(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a < b else (b, a)


def merge(store: Store, target: str, other: str, actor: str, note: str | None = None) -> str:
    """Join `other` into `target`: its reports' mentions move over, the merged record is rebuilt
    from all of them, `other` disappears (its history stays). Returns `target`."""
    if target == other:
        raise StoreError("an event cannot be merged with itself")

    def work() -> str:
        with store.engine.begin() as conn:
            store._write_lock(conn)
            kept = store._event_row(conn, target)
            gone = store._event_row(conn, other)
            now = datetime.now(UTC)
            conn.execute(
                update(event_mentions).where(event_mentions.c.event_id == other).values(event_id=target)
            )
            conn.execute(delete(events).where(events.c.id == other))
            store._log(
                conn, other, actor, "fused", gone.record, None, note=f"into {target} by a person", at=now
            )
            record = event_to_dict(store._combined(conn, target))
            record["id"] = target
            why = list(kept.explanation or []) + [
                f"merged with {other} by {actor}" + (f": {note}" if note else "")
            ]
            conn.execute(
                update(events)
                .where(events.c.id == target)
                .values(explanation=why, updated_at=now, **records.event_columns(record))
            )
            store._write_places(conn, target, record)
            store._write_keys(conn, target, record)
            a, b = _pair(target, other)
            conn.execute(delete(kept_apart).where(and_(kept_apart.c.event_a == a, kept_apart.c.event_b == b)))
            store._log(conn, target, actor, "merged", kept.record, record, note=note, at=now)
            return target

    return with_retries(work)


def keep_apart(store: Store, a: str, b: str, actor: str, note: str | None = None) -> None:
    """Record that `a` and `b` are different events: merging never joins them again."""
    if a == b:
        raise StoreError("an event is not a duplicate of itself")

    def work() -> None:
        with store.engine.begin() as conn:
            store._write_lock(conn)
            store._event_row(conn, a)
            store._event_row(conn, b)
            first, second = _pair(a, b)
            known = conn.execute(
                select(kept_apart).where(
                    or_(
                        and_(kept_apart.c.event_a == first, kept_apart.c.event_b == second),
                        and_(kept_apart.c.event_a == second, kept_apart.c.event_b == first),
                    )
                )
            ).first()
            if known is None:
                conn.execute(insert(kept_apart), {"event_a": first, "event_b": second})
            for one, two in ((a, b), (b, a)):
                store._log(
                    conn,
                    one,
                    actor,
                    "kept-apart",
                    None,
                    None,
                    note=f"not {two}" + (f": {note}" if note else ""),
                )

    with_retries(work)

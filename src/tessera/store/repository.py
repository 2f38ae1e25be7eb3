"""The store: documents, their per-report events (mentions), and the merged events built from them.

Every write is one transaction: a document with its mentions and the merged events they join
commit together or not at all, so a killed run loses only the document it was writing, and a
re-run skips what is stored (by the SHA-256 of the content) and finishes the rest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, insert, or_, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from tessera.model import Document, Event, event_from_dict, event_to_dict
from tessera.store import merging, records
from tessera.store.engine import StoreError, describe, make_engine, resolve_url, with_retries
from tessera.store.migrate import check_existing, upgrade
from tessera.store.query import EventQuery, near_match
from tessera.store.query import build as build_query
from tessera.store.schema import (
    REVIEW_STATES,
    documents,
    event_history,
    event_keys,
    event_mentions,
    event_places,
    events,
    kept_apart,
    mentions,
)

# Events further apart in time than this are never offered to the merge stage as candidates.
BLOCK_WINDOW = timedelta(days=45)
# With no date to block on, only this many recent same-type events (same country) are offered.
UNDATED_CANDIDATES = 200
PG_WRITE_LOCK = 7_360_222


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class AddResult:
    added: bool  # False: the same content was stored already
    mentions: int = 0
    created: list[str] = field(default_factory=list)  # merged events made new
    joined: list[str] = field(default_factory=list)  # existing merged events a mention joined


@dataclass(frozen=True)
class StoredEvent:
    id: str
    review_state: str
    record: dict[str, Any]  # the event JSON of the contract, its id the merged event's
    mentions: int

    def event(self) -> Event:
        e = event_from_dict(self.record)
        e.id = self.id
        return e


@dataclass(frozen=True)
class MentionInfo:
    mention_id: int
    event_key: str
    doc_key: str
    sha256: str
    title: str | None
    outlet: str | None
    published: str | None
    path: str | None
    record: dict[str, Any]


@dataclass(frozen=True)
class Explanation:
    event: StoredEvent
    mentions: list[MentionInfo]
    explanation: Any
    history: list[dict[str, Any]]


class Store:
    """A database of documents and events. Open with `Store.open(db)`; close with `close()`."""

    def __init__(
        self,
        engine: Engine,
        merge_fn: merging.MergeFn | None = None,
        combine_fn: merging.CombineFn | None = None,
        keys_fn: merging.KeysFn | None = None,
    ) -> None:
        self.engine = engine
        self.merge_fn = merge_fn
        self.combine_fn = combine_fn or merging.default_combine()
        self.keys_fn = keys_fn
        self.is_postgres = engine.dialect.name == "postgresql"

    @classmethod
    def open(cls, db: str | None = None, *, use_merge: bool = True) -> Store:
        """Open (creating and migrating if need be) the database --db / TESSERA_DB / default names."""
        url = resolve_url(db)
        check_existing(url)
        engine = make_engine(url)
        try:
            upgrade(engine)
        except DBAPIError as exc:
            engine.dispose()
            reason = (
                str(exc.orig or exc).strip().splitlines()[0]
                if str(exc.orig or exc).strip()
                else type(exc).__name__
            )
            raise StoreError(f"cannot open database {describe(url)}: {reason}") from exc
        if use_merge:
            return cls(engine, merging.default_merge(), merging.default_combine(), merging.default_keys())
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def _read(self) -> Connection:
        return self.engine.connect().execution_options(tessera_readonly=True)

    def _write_lock(self, conn: Connection) -> None:
        # SQLite serialises writers by BEGIN IMMEDIATE; PostgreSQL by this lock, so the merge of
        # one document always sees every event committed before it.
        if self.is_postgres:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_WRITE_LOCK})

    # --- documents -------------------------------------------------------------------------

    def has_document(self, sha256: str) -> bool:
        with self._read() as conn:
            return (
                conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)).first() is not None
            )

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(hashes)
        found: set[str] = set()
        with self._read() as conn:
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                found.update(conn.scalars(select(documents.c.sha256).where(documents.c.sha256.in_(chunk))))
        return found

    def add_document(self, doc: Document, doc_events: Sequence[Event], actor: str = "ingest") -> AddResult:
        """Store a document, its events, and merge them into the events already stored: one
        transaction, retried on lock contention; nothing is added if the content is stored."""

        def work() -> AddResult:
            try:
                with self.engine.begin() as conn:
                    self._write_lock(conn)
                    return self._add_document(conn, doc, doc_events, actor)
            except IntegrityError:
                # Another process stored the same content between our check and our insert.
                if self.has_document(doc.content_hash):
                    return AddResult(added=False)
                raise

        return with_retries(work)

    def _add_document(
        self, conn: Connection, doc: Document, doc_events: Sequence[Event], actor: str
    ) -> AddResult:
        sha = doc.content_hash
        if conn.execute(select(documents.c.id).where(documents.c.sha256 == sha)).first():
            return AddResult(added=False)
        now = _now()
        # Values go as parameters, not .values(): the statement stays cached, which is most of the
        # per-document cost at 10,000 documents.
        doc_id = conn.execute(
            insert(documents).returning(documents.c.id),
            {
                "doc_key": doc.id,
                "sha256": sha,
                "text": doc.text,
                "title": doc.title,
                "outlet": doc.outlet,
                "url": doc.url,
                "published": doc.published,
                "path": doc.path,
                "ingested_at": now,
            },
        ).scalar_one()
        new: dict[int, Event] = {}  # mention id -> the event as this report told it
        keys: set[str] = set()
        for e in doc_events:
            record = event_to_dict(e)
            key = e.id or f"m{len(keys)}"
            while key in keys:  # the extractor's ids are per document; keep them unique here
                key += "+"
            keys.add(key)
            record["id"] = key
            mention_id = conn.execute(
                insert(mentions).returning(mentions.c.id),
                {
                    "document_id": doc_id,
                    "event_key": key,
                    "record": record,
                    **records.mention_columns(record),
                },
            ).scalar_one()
            new[mention_id] = event_from_dict(record)
        if not new:
            return AddResult(added=True)
        created, joined = self._merge_new(conn, doc, new, actor, now)
        return AddResult(added=True, mentions=len(new), created=created, joined=joined)

    # --- merging -----------------------------------------------------------------------------

    def _candidates(self, conn: Connection, new: list[Event]) -> list[StoredEvent]:
        """Stored events that could be the same as one of `new`: by the merge stage's lookup
        keys when it has them, else same type and near in time."""
        if self.keys_fn is not None:
            ids = self._key_candidates(conn, new)
            if not ids:
                return []
            q = select(events.c.id, events.c.review_state, events.c.record).where(
                events.c.id.in_(sorted(ids))
            )
            return [
                StoredEvent(r.id, r.review_state, r.record, 0) for r in conn.execute(q.order_by(events.c.id))
            ]
        found: dict[str, StoredEvent] = {}
        for e in new:
            q = select(events.c.id, events.c.review_state, events.c.record).where(events.c.type == e.type)
            if e.when.start or e.when.end:
                lo = (e.when.start or e.when.end) - BLOCK_WINDOW
                hi = (e.when.end or e.when.start) + BLOCK_WINDOW
                q = q.where(
                    or_(
                        events.c.when_start.is_(None),
                        and_(
                            events.c.when_start <= hi,
                            func.coalesce(events.c.when_end, events.c.when_start) >= lo,
                        ),
                    )
                )
            else:
                place = records.main_place(event_to_dict(e))
                if place.get("country"):
                    q = q.where(or_(events.c.country.is_(None), events.c.country == place["country"]))
            q = q.order_by(events.c.created_at.desc()).limit(UNDATED_CANDIDATES)
            for row in conn.execute(q):
                if row.id not in found:
                    found[row.id] = StoredEvent(row.id, row.review_state, row.record, 0)
        return list(found.values())

    def _key_candidates(self, conn: Connection, new: list[Event]) -> set[str]:
        """Ids of stored events sharing a lookup key with a new event.

        Keys are "TYPE|YYYY-MM" (fine), "TYPE|YYYY" and "TYPE|undated" (coarse). Two events dated
        in different months of one year share only the year key, and would make every lookup
        return the whole year; so a new event with a month in that year meets, through the year
        key, only stored events that have no month there (dated by year alone), and meets through
        "undated" only when it has no month key at all.
        """
        assert self.keys_fn is not None
        found: set[str] = set()
        for e in new:
            keys = self.keys_fn(e)
            fine = [k for k in keys if _is_month_key(k)]
            if fine:
                found.update(conn.scalars(select(event_keys.c.event_id).where(event_keys.c.key.in_(fine))))
            for k in keys:
                if _is_month_key(k) or (fine and k.endswith("|undated")):
                    continue
                q = select(event_keys.c.event_id).where(event_keys.c.key == k)
                if any(f.startswith(k + "-") for f in fine):
                    has_month = select(event_keys.c.event_id).where(event_keys.c.key.like(k + "-%"))
                    q = q.where(event_keys.c.event_id.not_in(has_month))
                found.update(conn.scalars(q))
        return found

    def _documents_for(self, conn: Connection, doc: Document, block: list[Event]) -> dict[str, Document]:
        """The reports behind a block, by id (headline, date, outlet; not their text)."""
        keys = {s.doc for e in block for s in e.sources} - {doc.id}
        out = {doc.id: doc}
        if keys:
            rows = conn.execute(
                select(
                    documents.c.doc_key,
                    documents.c.title,
                    documents.c.published,
                    documents.c.outlet,
                    documents.c.url,
                ).where(documents.c.doc_key.in_(sorted(keys)))
            )
            for r in rows:
                out.setdefault(r.doc_key, Document(r.doc_key, "", r.title, r.published, r.outlet, r.url))
        return out

    def _write_keys(self, conn: Connection, event_id: str, record: dict[str, Any]) -> None:
        """Lookup keys of the merged record and of every member, so each report's view is found."""
        if self.keys_fn is None:
            return
        members = conn.execute(
            select(mentions.c.record)
            .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
            .where(event_mentions.c.event_id == event_id)
        )
        keys = set(self.keys_fn(event_from_dict(record)))
        for m in members:
            keys.update(self.keys_fn(event_from_dict(m.record)))
        conn.execute(delete(event_keys).where(event_keys.c.event_id == event_id))
        if keys:
            conn.execute(insert(event_keys), [{"event_id": event_id, "key": k} for k in sorted(keys)])

    def _merge_new(
        self, conn: Connection, doc: Document, new_by_mention: dict[int, Event], actor: str, now: datetime
    ) -> tuple[list[str], list[str]]:
        sha = doc.content_hash
        new = list(new_by_mention.values())
        candidates = self._candidates(conn, new) if self.merge_fn is not None else []
        # Block ids are the stored events' ids and the new mentions' keys (marked if they clash):
        # stable across runs, so the merge stage's explanations are too.
        stored_events = [c.event() for c in candidates]
        mention_of: dict[str, int] = {}
        for mention_id, e in new_by_mention.items():
            while e.id in mention_of or any(e.id == c.id for c in candidates):
                e.id += "'"
            mention_of[e.id] = mention_id
        block = new + stored_events
        by_id = {e.id: e for e in block}
        apart = self._apart_pairs(conn, [c.id for c in candidates])
        created: list[str] = []
        joined: list[str] = []
        docs = self._documents_for(conn, doc, block) if candidates or len(new) > 1 else {doc.id: doc}
        for group in merging.run_merge(self.merge_fn, block, docs, apart):
            fresh = [m for m in group.members if m in mention_of]
            if not fresh:
                continue  # only the new document may join stored events together
            existing = [m for m in group.members if m not in mention_of]
            mention_ids = [mention_of[m] for m in fresh]
            if not existing:
                event_id = self._create_event(
                    conn, sha, mention_ids, group, [by_id[m] for m in fresh], actor, now
                )
                created.append(event_id)
                continue
            target, *others = existing
            apart = self._kept_apart(conn, target)
            fused = [o for o in others if o not in apart]
            self._join(conn, target, fused, mention_ids, group, actor, now, exact=len(fused) == len(others))
            joined.append(target)
        return created, joined

    def _new_event_id(self, conn: Connection, preferred: str, sha: str) -> str:
        taken = conn.execute(select(events.c.id).where(events.c.id == preferred)).first()
        if preferred.startswith("ev_") and not taken:
            return preferred
        return "ev_" + hashlib.sha256(f"{sha}\x1f{preferred}".encode()).hexdigest()[:12]

    def _create_event(
        self,
        conn: Connection,
        sha: str,
        mention_ids: list[int],
        group: merging.Group,
        members: list[Event],
        actor: str,
        now: datetime,
    ) -> str:
        first_key = conn.execute(
            select(mentions.c.event_key).where(mentions.c.id == mention_ids[0])
        ).scalar_one()
        event_id = self._new_event_id(conn, first_key, sha)
        merged = group.event if group.event is not None else self.combine_fn(members)
        record = event_to_dict(merged)
        record["id"] = event_id
        why = list(group.explanation or []) if len(members) > 1 else []
        conn.execute(
            insert(events),
            {
                "id": event_id,
                "review_state": "unreviewed",
                "explanation": why,
                "created_at": now,
                "updated_at": now,
                **records.event_columns(record),
            },
        )
        conn.execute(insert(event_mentions), [{"mention_id": m, "event_id": event_id} for m in mention_ids])
        self._write_places(conn, event_id, record)
        self._write_keys(conn, event_id, record)
        self._log(conn, event_id, actor, "created", None, record, note=_note(group.explanation), at=now)
        return event_id

    def _join(
        self,
        conn: Connection,
        target: str,
        fused: list[str],
        mention_ids: list[int],
        group: merging.Group,
        actor: str,
        now: datetime,
        exact: bool,
    ) -> None:
        row = conn.execute(select(events).where(events.c.id == target)).one()
        before = row.record
        for other in fused:
            other_row = conn.execute(select(events.c.record).where(events.c.id == other)).one()
            conn.execute(
                update(event_mentions).where(event_mentions.c.event_id == other).values(event_id=target)
            )
            conn.execute(delete(events).where(events.c.id == other))
            self._log(conn, other, actor, "fused", other_row.record, None, note=f"into {target}", at=now)
        conn.execute(insert(event_mentions), [{"mention_id": m, "event_id": target} for m in mention_ids])
        if row.review_state == "unreviewed":
            merged = group.event if (group.event is not None and exact) else self._combined(conn, target)
            record = event_to_dict(merged)
        else:
            # A person reviewed this event: keep their fields, only add the new reports' sources.
            record = _with_sources(before, self._combined(conn, target))
        record["id"] = target
        why = list(row.explanation or []) + list(group.explanation or [])
        conn.execute(
            update(events).where(events.c.id == target),
            {"explanation": why, "updated_at": now, **records.event_columns(record)},
        )
        self._write_places(conn, target, record)
        self._write_keys(conn, target, record)
        action = "merged" if not fused else "merged+fused"
        self._log(conn, target, actor, action, before, record, note=_note(group.explanation), at=now)

    def _combined(self, conn: Connection, event_id: str) -> Event:
        rows = conn.execute(
            select(mentions.c.record)
            .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
            .where(event_mentions.c.event_id == event_id)
            .order_by(mentions.c.id)
        )
        return self.combine_fn([event_from_dict(r.record) for r in rows])

    def _apart_pairs(self, conn: Connection, ids: list[str]) -> list[tuple[str, str]]:
        """Pairs split apart by a person among the candidates, as block ids, in one query."""
        if not ids:
            return []
        rows = conn.execute(
            select(kept_apart).where(kept_apart.c.event_a.in_(ids), kept_apart.c.event_b.in_(ids))
        )
        return [(r.event_a, r.event_b) for r in rows]

    def _kept_apart(self, conn: Connection, event_id: str) -> set[str]:
        rows = conn.execute(
            select(kept_apart).where(or_(kept_apart.c.event_a == event_id, kept_apart.c.event_b == event_id))
        )
        return {r.event_b if r.event_a == event_id else r.event_a for r in rows}

    def _write_places(self, conn: Connection, event_id: str, record: dict[str, Any]) -> None:
        conn.execute(delete(event_places).where(event_places.c.event_id == event_id))
        rows = records.place_rows(event_id, record)
        if rows:
            conn.execute(insert(event_places), rows)

    def _log(
        self,
        conn: Connection,
        event_id: str,
        actor: str,
        action: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        note: str | None = None,
        at: datetime | None = None,
    ) -> None:
        conn.execute(
            insert(event_history),
            {
                "event_id": event_id,
                "at": at or _now(),
                "actor": actor,
                "action": action,
                "note": note,
                "before": before,
                "after": after,
            },
        )

    # --- reading -----------------------------------------------------------------------------

    def get_event(self, event_id: str) -> StoredEvent | None:
        with self._read() as conn:
            row = conn.execute(select(events).where(events.c.id == event_id)).first()
            if row is None:
                return None
            count = conn.scalar(
                select(func.count()).select_from(event_mentions).where(event_mentions.c.event_id == event_id)
            )
            return StoredEvent(row.id, row.review_state, row.record, int(count or 0))

    def query(self, q: EventQuery) -> list[StoredEvent]:
        with self._read() as conn:
            rows = conn.execute(build_query(q)).all()
        out = [StoredEvent(r.id, r.review_state, r.record, int(r.n_mentions or 0)) for r in rows]
        if q.near:
            out = [e for e in out if near_match(e.record, q.near)]
            if q.limit:
                out = out[: q.limit]
        return out

    def counts(self) -> dict[str, int]:
        with self._read() as conn:
            return {
                t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in (documents, mentions, events, event_history)
            }

    def explain(self, event_id: str) -> Explanation | None:
        stored = self.get_event(event_id)
        if stored is None:
            return None
        with self._read() as conn:
            rows = conn.execute(
                select(
                    mentions.c.id,
                    mentions.c.event_key,
                    mentions.c.record,
                    documents.c.doc_key,
                    documents.c.sha256,
                    documents.c.title,
                    documents.c.outlet,
                    documents.c.published,
                    documents.c.path,
                )
                .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
                .join(documents, documents.c.id == mentions.c.document_id)
                .where(event_mentions.c.event_id == event_id)
                .order_by(mentions.c.id)
            )
            infos = [
                MentionInfo(
                    r.id, r.event_key, r.doc_key, r.sha256, r.title, r.outlet, r.published, r.path, r.record
                )
                for r in rows
            ]
            why = conn.scalar(select(events.c.explanation).where(events.c.id == event_id))
        return Explanation(stored, infos, why, self.history(event_id))

    def history(self, event_id: str) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(
                select(event_history).where(event_history.c.event_id == event_id).order_by(event_history.c.id)
            )
            return [dict(r._mapping) for r in rows]

    # --- changes by people -------------------------------------------------------------------

    def set_review_state(self, event_id: str, state: str, actor: str, note: str | None = None) -> None:
        if state not in REVIEW_STATES:
            raise StoreError(f"review state must be one of {', '.join(REVIEW_STATES)}, not {state!r}")

        def work() -> None:
            with self.engine.begin() as conn:
                self._write_lock(conn)
                row = self._event_row(conn, event_id)
                conn.execute(
                    update(events)
                    .where(events.c.id == event_id)
                    .values(review_state=state, updated_at=_now())
                )
                self._log(
                    conn,
                    event_id,
                    actor,
                    f"review:{state}",
                    {"review_state": row.review_state},
                    {"review_state": state},
                    note=note,
                )

        with_retries(work)

    def edit_event(
        self, event_id: str, changes: dict[str, Any], actor: str, note: str | None = None
    ) -> StoredEvent:
        """Change fields of the merged record (as in the contract's JSON); the event becomes 'edited'."""

        def work() -> None:
            with self.engine.begin() as conn:
                self._write_lock(conn)
                row = self._event_row(conn, event_id)
                record = {**row.record, **changes, "id": event_id}
                event_from_dict(record)  # refuse a record the contract cannot read
                conn.execute(
                    update(events)
                    .where(events.c.id == event_id)
                    .values(review_state="edited", updated_at=_now(), **records.event_columns(record))
                )
                self._write_places(conn, event_id, record)
                self._write_keys(conn, event_id, record)
                self._log(conn, event_id, actor, "edited", row.record, record, note=note)

        with_retries(work)
        stored = self.get_event(event_id)
        assert stored is not None
        return stored

    def split(self, event_id: str, selectors: Sequence[str] = (), actor: str = "cli") -> list[str]:
        """Undo a wrong merge. With selectors (mention keys, document keys or SHA-256 prefixes),
        those mentions leave for one new event; without, each document's mentions stand alone.
        The parts are kept apart from then on. Returns the ids of the events after the split."""

        def work() -> list[str]:
            with self.engine.begin() as conn:
                self._write_lock(conn)
                return self._split(conn, event_id, selectors, actor)

        return with_retries(work)

    def _split(self, conn: Connection, event_id: str, selectors: Sequence[str], actor: str) -> list[str]:
        row = self._event_row(conn, event_id)
        members = conn.execute(
            select(mentions.c.id, mentions.c.event_key, documents.c.doc_key, documents.c.sha256)
            .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
            .join(documents, documents.c.id == mentions.c.document_id)
            .where(event_mentions.c.event_id == event_id)
            .order_by(mentions.c.id)
        ).all()
        if selectors:
            wanted = [m for m in members if any(_selects(s, m) for s in selectors)]
            unmatched = [s for s in selectors if not any(_selects(s, m) for m in members)]
            if unmatched:
                raise StoreError(f"{event_id} has no report or mention {', '.join(map(repr, unmatched))}")
            parts = [[m for m in members if m not in wanted], wanted]
        else:
            by_doc: dict[str, list[Any]] = {}
            for m in members:
                by_doc.setdefault(m.sha256, []).append(m)
            parts = list(by_doc.values())
        parts = [p for p in parts if p]
        if len(parts) < 2:
            raise StoreError(f"{event_id} has nothing to split: it is made of one report's mention(s)")
        now = _now()
        ids = [event_id]
        for part in parts[1:]:
            new_id = self._new_event_id(conn, part[0].event_key, part[0].sha256)
            ids.append(new_id)
            record = self._record_of([m.id for m in part], conn)
            record["id"] = new_id
            conn.execute(
                insert(events).values(
                    id=new_id,
                    review_state="unreviewed",
                    explanation=[],
                    created_at=now,
                    updated_at=now,
                    **records.event_columns(record),
                )
            )
            conn.execute(
                update(event_mentions)
                .where(event_mentions.c.mention_id.in_([m.id for m in part]))
                .values(event_id=new_id)
            )
            self._write_places(conn, new_id, record)
            self._write_keys(conn, new_id, record)
            self._log(conn, new_id, actor, "split", None, record, note=f"split from {event_id}", at=now)
        record = self._record_of([m.id for m in parts[0]], conn)
        record["id"] = event_id
        conn.execute(
            update(events)
            .where(events.c.id == event_id)
            .values(explanation=[], updated_at=now, **records.event_columns(record))
        )
        self._write_places(conn, event_id, record)
        self._write_keys(conn, event_id, record)
        self._log(conn, event_id, actor, "split", row.record, record, note="into " + ", ".join(ids), at=now)
        pairs = {tuple(sorted((a, b))) for a in ids for b in ids if a != b}
        existing = {(r.event_a, r.event_b) for r in conn.execute(select(kept_apart))} if pairs else set()
        rows = [{"event_a": a, "event_b": b} for a, b in sorted(pairs) if (a, b) not in existing]
        if rows:
            conn.execute(insert(kept_apart), rows)
        return ids

    def _record_of(self, mention_ids: list[int], conn: Connection) -> dict[str, Any]:
        rows = conn.execute(
            select(mentions.c.record).where(mentions.c.id.in_(mention_ids)).order_by(mentions.c.id)
        )
        return event_to_dict(self.combine_fn([event_from_dict(r.record) for r in rows]))

    def _event_row(self, conn: Connection, event_id: str) -> Any:
        row = conn.execute(select(events).where(events.c.id == event_id)).first()
        if row is None:
            raise StoreError(f"no event {event_id!r} in the store")
        return row


def _is_month_key(key: str) -> bool:
    tail = key.rsplit("|", 1)[-1]
    return len(tail) == 7 and tail[4] == "-"


def _selects(selector: str, member: Any) -> bool:
    s = selector.strip()
    return s in (member.event_key, member.doc_key) or (len(s) >= 8 and member.sha256.startswith(s.lower()))


def _note(explanation: list[str] | None) -> str | None:
    return "; ".join(explanation) if explanation else None


def _with_sources(record: dict[str, Any], combined: Event) -> dict[str, Any]:
    fresh = event_to_dict(combined)
    out = dict(record)
    docs = {s["doc"] for s in record.get("sources") or []}
    out["sources"] = list(record.get("sources") or []) + [s for s in fresh["sources"] if s["doc"] not in docs]
    spans = {(s["doc"], s["start"], s["end"]) for s in record.get("evidence") or []}
    out["evidence"] = list(record.get("evidence") or []) + [
        s for s in fresh["evidence"] if (s["doc"], s["start"], s["end"]) not in spans
    ]
    return out

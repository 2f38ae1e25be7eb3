"""The store: documents, their per-report events (mentions), and the merged events built from them.

Every write is one transaction: a document with its mentions and the merged events they join
commit together or not at all, so a killed run loses only the document it was writing, and a
re-run skips what is stored (by the SHA-256 of the content) and finishes the rest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, and_, delete, exists, func, insert, or_, select, text, update
from sqlalchemy.exc import DBAPIError, IntegrityError

from tessera.ingest.limits import document_problem
from tessera.merge.combine import combine as default_combine_fn
from tessera.merge.combine import combine_counted
from tessera.model import Document, Event, event_from_dict, event_to_dict
from tessera.store import history, merging, near_copies, records
from tessera.store.audit import IngestNote, append_entry
from tessera.store.engine import StoreError, describe, make_engine, resolve_url, with_retries
from tessera.store.migrate import check_existing, upgrade
from tessera.store.query import EventQuery, near_match
from tessera.store.query import build as build_query
from tessera.store.schema import (
    REVIEW_STATES,
    document_bands,
    document_copies,
    documents,
    event_history,
    event_keys,
    event_mentions,
    event_places,
    events,
    kept_apart,
    mentions,
    merge_candidates,
)

T = TypeVar("T")

# Events further apart in time than this are never offered to the merge stage as candidates.
BLOCK_WINDOW = timedelta(days=45)
# With no date to block on, only this many recent same-type events (same country) are offered.
UNDATED_CANDIDATES = 200
# A stored event meets a new report through at most this many of its distinct tellings (those
# told by the most reports first): an event of a thousand reports costs what one of a few does.
TELLINGS_COMPARED = 24
PG_WRITE_LOCK = 7_360_222


def _now() -> datetime:
    return datetime.now(UTC)


class DocumentRefused(StoreError):
    """A document no backend can keep as it is (see tessera.ingest.limits): refused, not stored."""


@dataclass(frozen=True)
class AddResult:
    added: bool  # False: the same content was stored already
    mentions: int = 0
    created: list[str] = field(default_factory=list)  # merged events made new
    joined: list[str] = field(default_factory=list)  # existing merged events a mention joined
    duplicate_of: str | None = None  # when not added: the stored document's id
    copy_recorded: bool = False  # when not added: kept as another copy (other outlet, URL, date)
    similarity: float | None = None  # a near copy: the Jaccard similarity of the two texts (< 1)


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
class CopyInfo:
    """Another copy of a stored report: the same text from another outlet, address or date."""

    copy_of: str  # the stored report's doc_key
    sha256: str  # the stored report's content hash (its copies share it)
    doc_key: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None


@dataclass(frozen=True)
class Candidate:
    """Another event the merge found close to this one but not sure enough to join."""

    other: str  # the other event's id
    score: float
    reasons: list[str]
    state: str  # open | accepted | dismissed


@dataclass(frozen=True)
class Explanation:
    event: StoredEvent
    mentions: list[MentionInfo]
    explanation: Any
    history: list[dict[str, Any]]
    candidates: list[Candidate] = field(default_factory=list)
    copies: list[CopyInfo] = field(default_factory=list)  # of the reports the mentions are from


class Store:
    """A database of documents and events. Open with `Store.open(db)`; close with `close()`."""

    def __init__(
        self,
        engine: Engine,
        merge_fn: merging.MergeFn | None = None,
        combine_fn: merging.CombineFn | None = None,
        keys_fn: merging.KeysFn | None = None,
        review_fn: merging.ReviewFn | None = None,
    ) -> None:
        self.engine = engine
        self.review_fn = review_fn
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
            # Two processes opening one new SQLite file at once: the one that comes second can be
            # told "database is locked" at once while the first turns the file to WAL and migrates
            # it (SQLite's busy timeout does not cover every step of that), so the opening is
            # retried as a write is; upgrade() finds nothing to do once the first has migrated.
            with_retries(lambda: upgrade(engine))
        except StoreError:
            engine.dispose()
            raise
        except DBAPIError as exc:
            engine.dispose()
            reason = (
                str(exc.orig or exc).strip().splitlines()[0]
                if str(exc.orig or exc).strip()
                else type(exc).__name__
            )
            raise StoreError(f"cannot open database {describe(url)}: {reason}") from exc
        if use_merge:
            return cls(
                engine,
                merging.default_merge(),
                merging.default_combine(),
                merging.default_keys(),
                merging.default_review(),
            )
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

    def _retried_read(self, read: Callable[[Connection], T]) -> T:
        """`read` in a read-only transaction, retried as writes are (`with_retries`): the reads an
        ingest makes between its writes must outlast a PostgreSQL restart too."""

        def work() -> T:
            with self._read() as conn:
                return read(conn)

        return with_retries(work)

    def has_document(self, sha256: str) -> bool:
        return self._retried_read(
            lambda conn: (
                conn.execute(select(documents.c.id).where(documents.c.sha256 == sha256)).first() is not None
            )
        )

    def has_url(self, url: str) -> bool:
        """Whether a stored report was read from this URL (`tessera follow` fetches each once)."""
        return self._retried_read(
            lambda conn: (
                conn.execute(select(documents.c.id).where(documents.c.url == url).limit(1)).first()
                is not None
            )
        )

    def known_hashes(self, hashes: Iterable[str]) -> set[str]:
        wanted = list(hashes)

        def read(conn: Connection) -> set[str]:
            found: set[str] = set()
            for i in range(0, len(wanted), 500):
                chunk = wanted[i : i + 500]
                found.update(conn.scalars(select(documents.c.sha256).where(documents.c.sha256.in_(chunk))))
                # Near copies recorded before: their own texts are known too.
                found.update(
                    conn.scalars(select(document_copies.c.sha256).where(document_copies.c.sha256.in_(chunk)))
                )
            return found

        return self._retried_read(read)

    def add_document(
        self,
        doc: Document,
        doc_events: Sequence[Event],
        actor: str = "ingest",
        note: IngestNote | None = None,
    ) -> AddResult:
        """Store a document, its events, and merge them into the events already stored: one
        transaction, retried on lock contention. If the content is stored, only a new copy of it
        (another id, outlet, URL or date) is recorded. DocumentRefused if no backend can keep it.
        With a `note` (a reviewer's upload), what was stored is audited in that same transaction
        and the events' history names the reviewer."""
        problem = document_problem(doc)
        if problem is not None:
            raise DocumentRefused(problem)

        def work() -> AddResult:
            try:
                with self.engine.begin() as conn:
                    self._write_lock(conn)
                    return self._add_document(conn, doc, doc_events, note.actor if note else actor, note)
            except IntegrityError:
                # Another process stored the same content (or copy) between our check and insert.
                if self.has_document(doc.content_hash):
                    return self.record_copy(doc, note) or AddResult(added=False)
                raise

        return with_retries(work)

    def record_copy(self, doc: Document, note: IngestNote | None = None) -> AddResult | None:
        """If `doc`'s content is stored, keep `doc` as a copy of it (once) and say which stored
        document it repeats; None when the content is not stored. Reads first, so a re-run that
        brings nothing new writes nothing. A `note` audits the copy in its transaction."""
        problem = document_problem(doc)
        if problem is not None:
            raise DocumentRefused(problem)
        stored = self._retried_read(lambda conn: self._stored_copy_of(conn, doc))
        if stored is None:
            return None
        if not stored.copy_recorded:
            return stored

        def work() -> AddResult:
            try:
                with self.engine.begin() as conn:
                    self._write_lock(conn)
                    found = self._find_copy(conn, doc)
                    assert found is not None  # stored content is never deleted
                    if found[1].copy_recorded:
                        self._insert_copy(conn, doc, *found)
                        if note is not None:
                            note.write(conn, doc.id, copy_of=found[1].duplicate_of)
                    return found[1]
            except IntegrityError:
                # Another process recorded the same copy first: fine. Anything else refused the
                # write (e.g. its audit entry) and must not pass for a recorded copy.
                again = self._retried_read(lambda conn: self._stored_copy_of(conn, doc))
                if again is not None and not again.copy_recorded:
                    return AddResult(added=False, duplicate_of=stored.duplicate_of)
                raise

        return with_retries(work)

    def _stored_copy_of(self, conn: Connection, doc: Document) -> AddResult | None:
        found = self._find_copy(conn, doc)
        return None if found is None else found[1]

    def _find_copy(self, conn: Connection, doc: Document) -> tuple[int, AddResult] | None:
        """Whether `doc`'s content (or nearly its text) is stored, as which document (its row id
        and the result to report), and whether `doc` would be a new copy of it (copy_recorded
        true: not yet recorded)."""
        columns = (
            documents.c.id,
            documents.c.doc_key,
            documents.c.outlet,
            documents.c.url,
            documents.c.published,
        )
        row = conn.execute(select(*columns).where(documents.c.sha256 == doc.content_hash)).first()
        similarity: float | None = None
        if row is None:
            # A near copy recorded before: its own text's hash is kept with it.
            row = conn.execute(
                select(*columns, document_copies.c.similarity)
                .join(document_copies, document_copies.c.document_id == documents.c.id)
                .where(document_copies.c.sha256 == doc.content_hash)
                .order_by(document_copies.c.id)
                .limit(1)
            ).first()
            if row is not None:
                similarity = row.similarity
            else:
                near = self._near_copy_of(conn, doc)
                if near is None:
                    return None
                row, similarity = near
        same_as_first = _copy_key(row.doc_key, row.outlet, row.url, row.published) == _doc_copy_key(doc)
        known = same_as_first or (
            conn.execute(
                select(document_copies.c.id).where(
                    document_copies.c.document_id == row.id, document_copies.c.copy_key == _doc_copy_key(doc)
                )
            ).first()
            is not None
        )
        result = AddResult(
            added=False, duplicate_of=row.doc_key, copy_recorded=not known, similarity=similarity
        )
        return row.id, result

    def _near_copy_of(self, conn: Connection, doc: Document) -> tuple[Any, float] | None:
        """The stored document whose text `doc`'s nearly repeats (tessera.store.near_copies), and
        how alike the two are: candidates share an LSH band; the closest at the threshold is it."""
        shingles, bands = near_copies.signature(doc.text)
        if not bands:
            return None
        hits = func.count().label("hits")
        candidates = conn.execute(
            select(document_bands.c.document_id, hits)
            .where(document_bands.c.band.in_(sorted(set(bands))))
            .group_by(document_bands.c.document_id)
            .order_by(hits.desc(), document_bands.c.document_id)
            .limit(near_copies.CANDIDATES)
        ).all()
        best: tuple[Any, float] | None = None
        for c in candidates:
            row = conn.execute(
                select(
                    documents.c.id,
                    documents.c.doc_key,
                    documents.c.outlet,
                    documents.c.url,
                    documents.c.published,
                    documents.c.text,
                ).where(documents.c.id == c.document_id)
            ).one()
            similarity = near_copies.jaccard(shingles, near_copies.signature(row.text)[0])
            if similarity >= near_copies.THRESHOLD and (best is None or similarity > best[1]):
                best = (row, round(similarity, 3))
        return best

    def _insert_copy(self, conn: Connection, doc: Document, document_id: int, result: AddResult) -> None:
        near = result.similarity is not None
        conn.execute(
            insert(document_copies),
            {
                "sha256": doc.content_hash if near else None,
                "similarity": result.similarity,
                "document_id": document_id,
                "copy_key": _doc_copy_key(doc),
                "doc_key": doc.id,
                "title": doc.title,
                "outlet": doc.outlet,
                "url": doc.url,
                "published": doc.published,
                "path": doc.path,
                "added_at": _now(),
            },
        )

    def _add_document(
        self,
        conn: Connection,
        doc: Document,
        doc_events: Sequence[Event],
        actor: str,
        note: IngestNote | None = None,
    ) -> AddResult:
        sha = doc.content_hash
        found = self._find_copy(conn, doc)
        if found is not None:
            if found[1].copy_recorded:
                self._insert_copy(conn, doc, *found)
                if note is not None:
                    note.write(conn, doc.id, copy_of=found[1].duplicate_of)
            return found[1]
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
        bands = sorted(set(near_copies.signature(doc.text)[1]))
        if bands:
            conn.execute(insert(document_bands), [{"band": b, "document_id": doc_id} for b in bands])
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
                    "telling": records.telling(record),
                    **records.mention_columns(record),
                },
            ).scalar_one()
            new[mention_id] = event_from_dict(record)
        if note is not None:
            note.write(conn, doc.id, sha256=sha, events=len(new))
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
                    # The keys "k-01" to "k-12" as a range of the key index: a LIKE would not use
                    # SQLite's index (its LIKE ignores case) and would read every key stored.
                    has_month = select(event_keys.c.event_id).where(
                        event_keys.c.key >= k + "-", event_keys.c.key < k + "."
                    )
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
        # Block ids are the stored events' ids (or their reports' mention keys) and the new
        # mentions' keys (marked if they clash): stable across runs, so the explanations are too.
        by_member = merging.takes_members(self.merge_fn)
        stored_events, owner, joined = (
            self._member_events(conn, [c.id for c in candidates])
            if by_member
            else ([c.event() for c in candidates], {c.id: c.id for c in candidates}, [])
        )
        mention_of: dict[str, int] = {}
        for mention_id, e in new_by_mention.items():
            while e.id in mention_of or e.id in owner:
                e.id += "'"
            mention_of[e.id] = mention_id
        block = new + stored_events
        by_id = {e.id: e for e in block}
        members_of: dict[str, list[str]] = {}
        for m, ev_id in owner.items():
            members_of.setdefault(ev_id, []).append(m)
        apart = [
            (x, y)
            for a, b in self._apart_pairs(conn, [c.id for c in candidates])
            for x in members_of.get(a, [])
            for y in members_of.get(b, [])
        ]
        created: list[str] = []
        joined_ids: list[str] = []
        docs = self._documents_for(conn, doc, block) if candidates or len(new) > 1 else {doc.id: doc}
        with merging.cached_profiles():
            groups = merging.run_merge(self.merge_fn, block, docs, apart, joined)
            final = self._settle(conn, sha, groups, mention_of, owner, by_id, actor, now, created, joined_ids)
            if self.review_fn is not None and candidates:
                self._note_candidates(conn, block, groups, set(mention_of), final, docs, now)
        return created, joined_ids

    def _settle(
        self,
        conn: Connection,
        sha: str,
        groups: list[merging.Group],
        mention_of: dict[str, int],
        owner: dict[str, str],
        by_id: dict[str, Event],
        actor: str,
        now: datetime,
        created: list[str],
        joined_ids: list[str],
    ) -> dict[str, str]:
        """Write the merge's groups: new events, or new reports joining (and fusing) stored
        events. Returns the event each block id ends in."""
        final: dict[str, str] = dict(owner)  # block id -> the stored event it ends in
        for group in groups:
            fresh = [m for m in group.members if m in mention_of]
            if not fresh:
                continue  # only the new document may join stored events together
            existing = list(dict.fromkeys(owner[m] for m in group.members if m not in mention_of))
            mention_ids = [mention_of[m] for m in fresh]
            if not existing:
                event_id = self._create_event(
                    conn, sha, mention_ids, group, [by_id[m] for m in fresh], actor, now
                )
                created.append(event_id)
                final.update((m, event_id) for m in fresh)
                continue
            target, *others = existing
            kept = self._kept_apart(conn, target)
            fused = [o for o in others if o not in kept]
            self._join(conn, target, fused, mention_ids, group, actor, now, exact=len(fused) == len(others))
            joined_ids.append(target)
            final.update((m, target) for m in group.members if m in mention_of or owner.get(m) in fused)
        return final

    def _note_candidates(
        self,
        conn: Connection,
        block: list[Event],
        groups: list[merging.Group],
        fresh: set[str],
        final: dict[str, str],
        docs: dict[str, Document],
        now: datetime,
    ) -> None:
        """Keep the pairs the merge found close but did not join, for a person to decide."""
        assert self.review_fn is not None
        best: dict[tuple[str, str], Any] = {}
        for a, b, result in self.review_fn(block, [g.members for g in groups], docs, fresh):
            ea, eb = final.get(a), final.get(b)
            if not ea or not eb or ea == eb:
                continue
            key = (ea, eb) if ea < eb else (eb, ea)
            if key not in best or result.score > best[key].score:
                best[key] = result
        if not best:
            return
        existing = {
            (r.event_a, r.event_b)
            for r in conn.execute(
                select(merge_candidates.c.event_a, merge_candidates.c.event_b).where(
                    merge_candidates.c.event_a.in_(sorted({k[0] for k in best}))
                )
            )
        }
        rows = [
            {
                "event_a": a,
                "event_b": b,
                "score": round(r.score, 2),
                "reasons": list(r.reasons),
                "state": "open",
                "created_at": now,
            }
            for (a, b), r in sorted(best.items())
            if (a, b) not in existing
        ]
        if rows:
            conn.execute(insert(merge_candidates), rows)

    def _tellings(self, conn: Connection, event_ids: list[str]) -> dict[str, list[tuple[int, int]]]:
        """Per stored event, one mention for each distinct telling of it (records.telling) and how
        many reports told it so, those told most often first. Reads three small columns of each
        member, never their records: the cost of joining a report does not grow with the event."""
        rows = conn.execute(
            select(mentions.c.id, mentions.c.telling, mentions.c.confidence, event_mentions.c.event_id)
            .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
            .where(event_mentions.c.event_id.in_(sorted(event_ids)))
            .order_by(event_mentions.c.event_id, mentions.c.id)
        )
        # event -> telling -> [reports, representative mention, its confidence, first mention]
        found: dict[str, dict[str, list[Any]]] = {}
        for r in rows:
            key = r.telling or f"#{r.id}"  # a mention stored without one stands alone
            seen = found.setdefault(r.event_id, {}).setdefault(key, [0, r.id, r.confidence, r.id])
            seen[0] += 1
            if r.confidence > seen[2]:  # the most confident report speaks for its telling
                seen[1], seen[2] = r.id, r.confidence
        return {
            ev: [(t[1], t[0]) for t in sorted(by.values(), key=lambda t: (-t[0], t[3]))]
            for ev, by in found.items()
        }

    def _member_events(
        self, conn: Connection, event_ids: list[str]
    ) -> tuple[list[Event], dict[str, str], list[list[str]]]:
        """The reports (mentions) of stored events as Events, which stored event each belongs
        to, and the groups they already form: one report per distinct telling of each event (at
        most TELLINGS_COMPARED, the most told), as reports that told an event alike compare alike."""
        if not event_ids:
            return [], {}, []
        tellings = self._tellings(conn, event_ids)
        wanted = sorted(m for reps in tellings.values() for m, _ in reps[:TELLINGS_COMPARED])
        rows = conn.execute(
            select(mentions.c.event_key, mentions.c.record, event_mentions.c.event_id)
            .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
            .where(mentions.c.id.in_(wanted))
            .order_by(event_mentions.c.event_id, mentions.c.id)
        )
        out: list[Event] = []
        owner: dict[str, str] = {}
        groups: dict[str, list[str]] = {}
        for r in rows:
            e = event_from_dict(r.record)
            e.id = r.event_key
            while e.id in owner:
                e.id += "'"
            owner[e.id] = r.event_id
            groups.setdefault(r.event_id, []).append(e.id)
            out.append(e)
        return out, owner, list(groups.values())

    def _combined_counted(self, conn: Connection, event_id: str) -> Event:
        """The merged record from one report per distinct telling, each counted as the reports
        that told it so: the values the record chooses are those of combining every report."""
        reps = self._tellings(conn, [event_id]).get(event_id, [])
        counts = dict(reps)
        rows = conn.execute(
            select(mentions.c.id, mentions.c.record)
            .where(mentions.c.id.in_(sorted(counts)))
            .order_by(mentions.c.id)
        )
        members: list[Event] = []
        weights: dict[str, int] = {}
        for r in rows:
            e = event_from_dict(r.record)
            while e.id in weights:
                e.id += "'"
            weights[e.id] = counts[r.id]
            members.append(e)
        return combine_counted(members, weights)

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
        """New reports join a stored event (and fuse others into it). Touches what they add: the
        record is combined from the event's distinct tellings, its sources and evidence grow by
        the new ones, its lookup keys by those not there yet, and history keeps what changed."""
        row = conn.execute(select(events).where(events.c.id == target)).one()
        before = row.record
        added: list[dict[str, Any]] = []  # records whose sources, evidence and keys join the event
        for other in fused:
            other_row = conn.execute(select(events.c.record).where(events.c.id == other)).one()
            added.append(other_row.record)
            added_keys = list(conn.scalars(select(event_keys.c.key).where(event_keys.c.event_id == other)))
            conn.execute(
                update(event_mentions).where(event_mentions.c.event_id == other).values(event_id=target)
            )
            conn.execute(delete(events).where(events.c.id == other))
            self._add_keys(conn, target, added_keys)
            self._log(conn, other, actor, "fused", other_row.record, None, note=f"into {target}", at=now)
        conn.execute(insert(event_mentions), [{"mention_id": m, "event_id": target} for m in mention_ids])
        added += [
            r.record
            for r in conn.execute(
                select(mentions.c.record).where(mentions.c.id.in_(mention_ids)).order_by(mentions.c.id)
            )
        ]
        counted = self.combine_fn is default_combine_fn
        if row.review_state == "unreviewed":
            if counted:
                combined = event_to_dict(self._combined_counted(conn, target))
                grown = _grown(before, [combined, *added])  # the record's lists, in the order they grew
                record = {**combined, "sources": grown["sources"], "evidence": grown["evidence"]}
            else:
                merged = group.event if (group.event is not None and exact) else self._combined(conn, target)
                record = event_to_dict(merged)
        else:
            # A person reviewed this event: keep their fields, only add the new reports' sources.
            record = _grown(dict(before), added)
        record["id"] = target
        why = list(row.explanation or []) + list(group.explanation or [])
        conn.execute(
            update(events).where(events.c.id == target),
            {"explanation": why, "updated_at": now, **records.event_columns(record)},
        )
        self._write_places(conn, target, record)
        if self.keys_fn is not None:
            found = {k for r in [record, *added] for k in self.keys_fn(event_from_dict(r))}
            self._add_keys(conn, target, sorted(found))
        action = "merged" if not fused else "merged+fused"
        self._log(conn, target, actor, action, before, record, note=_note(group.explanation), at=now)

    def _add_keys(self, conn: Connection, event_id: str, keys: Sequence[str]) -> None:
        """Add the lookup keys an event does not have yet (a join adds what its reports add)."""
        if not keys:
            return
        have = set(conn.scalars(select(event_keys.c.key).where(event_keys.c.event_id == event_id)))
        rows = [{"event_id": event_id, "key": k} for k in dict.fromkeys(keys) if k not in have]
        if rows:
            conn.execute(insert(event_keys), rows)

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
        before, after = history.diff(before, after)
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
            found = StoredEvent(row.id, row.review_state, row.record, int(count or 0))
            return self._with_copies(conn, [found])[0]

    def query(self, q: EventQuery) -> list[StoredEvent]:
        with self._read() as conn:
            rows = conn.execute(build_query(q, self.engine.dialect.name)).all()
            out = [StoredEvent(r.id, r.review_state, r.record, int(r.n_mentions or 0)) for r in rows]
            out = self._with_copies(conn, out)
        if q.near:
            out = [e for e in out if near_match(e.record, q.near)]
            if q.limit:
                out = out[: q.limit]
        return out

    def _with_copies(self, conn: Connection, found: list[StoredEvent]) -> list[StoredEvent]:
        """The events with every recorded copy of their reports among their sources: the same
        text from another outlet, address or date is another source of what it tells."""
        if not found or not conn.execute(select(exists(document_copies.c.id))).scalar():
            return found
        copies: dict[str, list[Any]] = {}
        ids = [e.id for e in found]
        for i in range(0, len(ids), 500):
            rows = conn.execute(
                select(
                    event_mentions.c.event_id,
                    documents.c.doc_key.label("first_key"),
                    document_copies.c.doc_key,
                    document_copies.c.outlet,
                    document_copies.c.url,
                    document_copies.c.published,
                )
                .select_from(document_copies)
                .join(documents, documents.c.id == document_copies.c.document_id)
                .join(mentions, mentions.c.document_id == documents.c.id)
                .join(event_mentions, event_mentions.c.mention_id == mentions.c.id)
                .where(event_mentions.c.event_id.in_(ids[i : i + 500]))
                .order_by(document_copies.c.id)
            )
            for r in rows:
                copies.setdefault(r.event_id, []).append(r)
        out = []
        for e in found:
            if e.id not in copies:
                out.append(e)
                continue
            sources = list(e.record.get("sources") or [])
            for r in copies[e.id]:
                told = next((s for s in sources if s.get("doc") == r.first_key), {})
                source = {
                    "doc": r.doc_key,
                    "outlet": r.outlet,
                    "url": r.url,
                    "published": r.published,
                    "attribution": told.get("attribution"),
                }
                if source not in sources:
                    sources.append(source)
            out.append(StoredEvent(e.id, e.review_state, {**e.record, "sources": sources}, e.mentions))
        return out

    def counts(self) -> dict[str, int]:
        with self._read() as conn:
            return {
                t.name: int(conn.scalar(select(func.count()).select_from(t)) or 0)
                for t in (documents, mentions, events, event_history)
            }

    def review_counts(self) -> dict[str, int]:
        """How many stored events are in each review state (every state listed, zeros included)."""
        with self._read() as conn:
            rows = conn.execute(select(events.c.review_state, func.count()).group_by(events.c.review_state))
            found = {state: int(n) for state, n in rows}
        return {state: found.get(state, 0) for state in REVIEW_STATES} | found

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
            copies = [
                CopyInfo(r.copy_of, r.sha256, r.doc_key, r.title, r.outlet, r.url, r.published)
                for r in conn.execute(
                    select(
                        documents.c.doc_key.label("copy_of"),
                        documents.c.sha256,
                        document_copies.c.doc_key,
                        document_copies.c.title,
                        document_copies.c.outlet,
                        document_copies.c.url,
                        document_copies.c.published,
                    )
                    .join(documents, documents.c.id == document_copies.c.document_id)
                    .where(documents.c.sha256.in_(sorted({i.sha256 for i in infos})))
                    .order_by(document_copies.c.id)
                )
            ]
        return Explanation(stored, infos, why, self.history(event_id), self.candidates(event_id), copies)

    def candidates(self, event_id: str) -> list[Candidate]:
        """The events the merge found close to this one but did not join, best first; pairs whose
        other event has since been fused away are left out."""
        with self._read() as conn:
            rows = conn.execute(
                select(merge_candidates).where(
                    or_(merge_candidates.c.event_a == event_id, merge_candidates.c.event_b == event_id)
                )
            ).all()
            others = {r.event_b if r.event_a == event_id else r.event_a for r in rows}
            alive = (
                set(conn.scalars(select(events.c.id).where(events.c.id.in_(sorted(others)))))
                if others
                else set()
            )
        out = [
            Candidate(o, float(r.score), list(r.reasons or []), r.state)
            for r in rows
            if (o := r.event_b if r.event_a == event_id else r.event_a) in alive
        ]
        return sorted(out, key=lambda c: (c.state != "open", -c.score, c.other))

    def history(self, event_id: str) -> list[dict[str, Any]]:
        with self._read() as conn:
            rows = conn.execute(
                select(event_history).where(event_history.c.event_id == event_id).order_by(event_history.c.id)
            )
            return [dict(r._mapping) for r in rows]

    def last_decisions(self, event_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Each event's latest reviewer decision (a review state set, or an edit) as
        {"action", "note", "at"}; events nobody has decided on are absent. For exports."""
        decided = or_(event_history.c.action.like("review:%"), event_history.c.action == "edited")
        out: dict[str, dict[str, Any]] = {}
        with self._read() as conn:
            for i in range(0, len(event_ids), 500):
                rows = conn.execute(
                    select(
                        event_history.c.event_id,
                        event_history.c.action,
                        event_history.c.note,
                        event_history.c.at,
                    )
                    .where(event_history.c.event_id.in_(list(event_ids[i : i + 500])), decided)
                    .order_by(event_history.c.id)
                )
                for r in rows:  # in id order: the last one written wins
                    out[r.event_id] = {"action": r.action, "note": r.note, "at": r.at}
        return out

    # --- changes by people -------------------------------------------------------------------

    # Each change below writes its event history and its audit-log entry (`tessera.store.audit`)
    # in the change's own transaction: a failure anywhere leaves none of the three.

    def set_review_state(self, event_id: str, state: str, actor: str, note: str | None = None) -> None:
        """A person's decision on an event (confirmed, rejected, back to unreviewed)."""
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
                append_entry(
                    conn, actor, "event.review", event_id, state=state, was=row.review_state, note=note
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
                append_entry(
                    conn,
                    actor,
                    "event.edit",
                    event_id,
                    fields=sorted(changes),
                    before={k: row.record.get(k) for k in changes},
                    after={k: record.get(k) for k in changes},
                    note=note,
                )

        with_retries(work)
        stored = self.get_event(event_id)
        assert stored is not None
        return stored

    def merge_pair(self, keep: str, other: str, actor: str = "cli", note: str | None = None) -> str:
        """A person's decision that two events are one: `other`'s reports join `keep`, `other` is
        gone (its history says where), and a candidate pair or an earlier split between them is
        settled. Returns the id of the merged event."""

        def work() -> str:
            with self.engine.begin() as conn:
                self._write_lock(conn)
                return self._merge_pair(conn, keep, other, actor, note)

        return with_retries(work)

    def _merge_pair(self, conn: Connection, keep: str, other: str, actor: str, note: str | None) -> str:
        if keep == other:
            raise StoreError("an event cannot be merged with itself")
        row = self._event_row(conn, keep)
        other_row = self._event_row(conn, other)
        now = _now()
        before = row.record
        conn.execute(update(event_mentions).where(event_mentions.c.event_id == other).values(event_id=keep))
        conn.execute(delete(events).where(events.c.id == other))
        self._log(conn, other, actor, "fused", other_row.record, None, note=f"into {keep} by review", at=now)
        combined = self._combined(conn, keep)
        record = (
            event_to_dict(combined) if row.review_state == "unreviewed" else _with_sources(before, combined)
        )
        record["id"] = keep
        line = f"merged {other} into {keep} by {actor} (review)" + (f": {note}" if note else "")
        why = list(row.explanation or []) + list(other_row.explanation or []) + [line]
        conn.execute(
            update(events).where(events.c.id == keep),
            {"explanation": why, "updated_at": now, **records.event_columns(record)},
        )
        self._write_places(conn, keep, record)
        self._write_keys(conn, keep, record)
        self._log(conn, keep, actor, "merged:review", before, record, note=line, at=now)
        a, b = sorted((keep, other))
        conn.execute(delete(kept_apart).where(kept_apart.c.event_a == a, kept_apart.c.event_b == b))
        self._decide(conn, a, b, "accepted", actor, now)
        append_entry(conn, actor, "event.merge", keep, other=other, note=note)
        return keep

    def dismiss_pair(self, a: str, b: str, actor: str = "cli", note: str | None = None) -> None:
        """A person's decision that two events are not one ("keep apart"): the candidate pair is
        closed and the two are kept apart from then on, as after a split; merging never joins
        them again."""

        def work() -> None:
            with self.engine.begin() as conn:
                self._write_lock(conn)
                if a == b:
                    raise StoreError("an event cannot be kept apart from itself")
                self._event_row(conn, a)
                self._event_row(conn, b)
                x, y = sorted((a, b))
                now = _now()
                self._decide(conn, x, y, "dismissed", actor, now)
                if not conn.execute(
                    select(kept_apart).where(kept_apart.c.event_a == x, kept_apart.c.event_b == y)
                ).first():
                    conn.execute(insert(kept_apart), {"event_a": x, "event_b": y})
                for ev in (x, y):
                    self._log(
                        conn,
                        ev,
                        actor,
                        "merge:dismissed",
                        None,
                        None,
                        note=f"{x} and {y} are not one event" + (f": {note}" if note else ""),
                        at=now,
                    )
                append_entry(conn, actor, "event.keep_apart", a, other=b, note=note)

        with_retries(work)

    def _decide(self, conn: Connection, a: str, b: str, state: str, actor: str, now: datetime) -> None:
        found = conn.execute(
            select(merge_candidates.c.state).where(
                merge_candidates.c.event_a == a, merge_candidates.c.event_b == b
            )
        ).first()
        values = {"state": state, "decided_at": now, "actor": actor}
        if found is None:
            conn.execute(
                insert(merge_candidates),
                {"event_a": a, "event_b": b, "score": 0.0, "reasons": [], "created_at": now, **values},
            )
        else:
            conn.execute(
                update(merge_candidates)
                .where(merge_candidates.c.event_a == a, merge_candidates.c.event_b == b)
                .values(**values)
            )

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
        append_entry(conn, actor, "event.split", event_id, into=ids, selectors=list(selectors))
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


def _copy_key(doc_key: str, outlet: str | None, url: str | None, published: str | None) -> str:
    """What makes a copy of the same text another source: its id, outlet, address and date."""
    return hashlib.sha256(
        "\x1f".join(v or "" for v in (doc_key, outlet, url, published)).encode()
    ).hexdigest()


def _doc_copy_key(doc: Document) -> str:
    return _copy_key(doc.id, doc.outlet, doc.url, doc.published)


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


def _grown(record: dict[str, Any], others: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """`record` with the sources and evidence of `others` it lacks added at the end, in order
    (a join's history then keeps only the new ones)."""
    out = dict(record)
    sources = list(record.get("sources") or [])
    evidence = list(record.get("evidence") or [])
    docs = {s["doc"] for s in sources}
    spans = {(s["doc"], s["start"], s["end"]) for s in evidence}
    for other in others:
        for s in other.get("sources") or []:
            if s["doc"] not in docs:
                docs.add(s["doc"])
                sources.append(s)
        for s in other.get("evidence") or []:
            if (s["doc"], s["start"], s["end"]) not in spans:
                spans.add((s["doc"], s["start"], s["end"]))
                evidence.append(s)
    out["sources"], out["evidence"] = sources, evidence
    return out

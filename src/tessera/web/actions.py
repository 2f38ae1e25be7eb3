"""What both the pages and the JSON API do to the store (one place, so a page and an API call
leave the same trace). The store's own methods write each change's audit entry in the change's
transaction (tessera.store.audit), as they do for the CLI; what changes nothing in the store (an
export) is written here, before anything is handed out."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from fastapi import HTTPException, Request

from tessera.store import Store, StoredEvent, StoreError
from tessera.store.accounts import Accounts, User
from tessera.store.audit import AuditLog, IngestNote
from tessera.web.views import DuplicatePair, Filters, QueueItem, judge_pair, order_queue

REVIEW_CHOICES = ("confirmed", "rejected", "unreviewed")
MAX_UPLOAD = 5_000_000
MAX_LIST = 2000
EXPORT_TYPES = {
    "jsonl": ("application/x-ndjson", "jsonl"),
    "geojson": ("application/geo+json", "geojson"),
    "acled-csv": ("text/csv", "csv"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
}


def store_of(request: Request) -> Store:
    return request.app.state.store


def audit_of(request: Request) -> AuditLog:
    return request.app.state.audit


def accounts_of(request: Request) -> Accounts:
    return request.app.state.accounts


def event_or_404(request: Request, event_id: str) -> StoredEvent:
    stored = store_of(request).get_event(event_id)
    if stored is None:
        raise HTTPException(404, "no such event")
    return stored


def find_events(request: Request, filters: Filters, limit: int = MAX_LIST) -> list[StoredEvent]:
    found = store_of(request).query(filters.query())
    return [e for e in found if filters.keep(e)][:limit]


def queue(request: Request, limit: int) -> tuple[list[QueueItem], int]:
    """The first `limit` events of the queue with their records, and how many are left."""
    from tessera.store.review_queue import stored_events, unreviewed

    engine = store_of(request).engine
    items = order_queue(unreviewed(engine))
    records = stored_events(engine, [i.id for i in items[:limit]])
    shown = [QueueItem(i.id, i.need, i.reasons, records[i.id]) for i in items[:limit] if i.id in records]
    return shown, len(items)


def next_in_queue(request: Request, event_id: str) -> str | None:
    """The event after `event_id` in the queue's order (the first one if it is not queued)."""
    from tessera.store.review_queue import unreviewed

    ids = [i.id for i in order_queue(unreviewed(store_of(request).engine))]
    if event_id not in ids:
        return ids[0] if ids else None
    at = ids.index(event_id)
    return ids[at + 1] if at + 1 < len(ids) else None


def duplicates(request: Request, limit: int = 50) -> list[DuplicatePair]:
    """Candidate pairs that the merge stage would not rule out, most alike first."""
    from tessera.store.review_queue import candidate_pairs, stored_events

    engine = store_of(request).engine
    pairs = candidate_pairs(engine)
    records = stored_events(engine, sorted({i for p in pairs for i in p}))
    judged = [judge_pair(records[a], records[b]) for a, b in pairs if a in records and b in records]
    kept = [p for p in judged if not p.conflict]
    return sorted(kept, key=lambda p: (-p.score, p.a.id, p.b.id))[:limit]


def merge_pair(request: Request, user: User, a: str, b: str, note: str | None) -> str:
    """`b` joins `a` (Store.merge_pair, as `tessera review --merge-with`)."""
    event_or_404(request, a)
    event_or_404(request, b)
    note = (note or "").strip()[:2000] or None
    try:
        return store_of(request).merge_pair(a, b, actor=user.name, note=note)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from None


def keep_pair_apart(request: Request, user: User, a: str, b: str, note: str | None) -> None:
    """`a` and `b` are different events (Store.dismiss_pair, as `tessera review --not-same-as`)."""
    event_or_404(request, a)
    event_or_404(request, b)
    note = (note or "").strip()[:2000] or None
    try:
        store_of(request).dismiss_pair(a, b, actor=user.name, note=note)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from None


def review(request: Request, user: User, event_id: str, state: str, note: str | None) -> StoredEvent:
    if state not in REVIEW_CHOICES:
        raise HTTPException(422, f"state must be one of {', '.join(REVIEW_CHOICES)}")
    event_or_404(request, event_id)
    note = (note or "").strip()[:2000] or None
    store_of(request).set_review_state(event_id, state, actor=user.name, note=note)
    return event_or_404(request, event_id)


def edit(
    request: Request, user: User, event_id: str, changes: dict[str, Any], note: str | None
) -> StoredEvent:
    event_or_404(request, event_id)
    allowed = {"type", "status", "summary", "when", "where", "origin", "destination", "victims"}
    allowed |= {"perpetrators", "facilitators"}
    unknown = set(changes) - allowed
    if unknown:
        raise HTTPException(422, f"these fields cannot be edited: {', '.join(sorted(unknown))}")
    if not changes:
        raise HTTPException(422, "nothing to change")
    try:
        after = store_of(request).edit_event(event_id, changes, actor=user.name, note=note)
    except (ValueError, KeyError, TypeError, StoreError) as exc:
        raise HTTPException(422, f"the edited event is not valid: {exc}") from None
    return after


def split(request: Request, user: User, event_id: str, selectors: list[str]) -> list[str]:
    event_or_404(request, event_id)
    try:
        ids = store_of(request).split(event_id, selectors, actor=user.name)
    except StoreError as exc:
        raise HTTPException(422, str(exc)) from None
    return ids


@dataclass(frozen=True)
class UploadResult:
    stored: int
    known: int
    events: int
    failures: list[str]


def upload(request: Request, user: User, name: str, raw: bytes) -> UploadResult:
    """Ingest one uploaded report file (.txt, .html or .jsonl), as `tessera ingest` does."""
    from pathlib import PurePath

    from tessera.ingest.readers import read_bytes
    from tessera.pipeline import ingest_documents

    if len(raw) > MAX_UPLOAD:
        raise HTTPException(413, f"a report file may be at most {MAX_UPLOAD // 1_000_000} MB")
    base = PurePath(name or "upload.txt").name or "upload.txt"
    suffix = PurePath(base).suffix.lower()
    if suffix not in (".txt", ".html", ".htm", ".jsonl"):
        raise HTTPException(422, "upload a .txt, .html or .jsonl file")
    items = read_bytes(raw, base, suffix, default_id=PurePath(base).stem)
    # Each report the upload stores (or keeps as a copy) is audited in the transaction that
    # stores it: a report is never in the store without the entry saying who brought it.
    tally = ingest_documents(store_of(request), items, note=IngestNote(user.name, base))
    return UploadResult(tally.stored, tally.known, tally.events, list(tally.failures))


def export(request: Request, user: User, fmt: str, filters: Filters) -> tuple[bytes, str, str]:
    """The events the filters select, written in `fmt`: (body, media type, file name)."""
    from tessera.export import export_events, reviews_of

    if fmt not in EXPORT_TYPES:
        raise HTTPException(422, f"format must be one of {', '.join(EXPORT_TYPES)}")
    stored = find_events(request, filters, limit=10**9)
    reviews = reviews_of(store_of(request), stored)  # every export carries the reviewer's decision
    found = [e.event() for e in stored]
    if fmt == "parquet":
        buf = io.BytesIO()
        export_events(found, fmt, buf, reviews)
        body = buf.getvalue()
    else:
        text = io.StringIO()
        # A download cannot print what the ACLED-style CSV leaves out: vague dates are kept there,
        # coded at the latest day they can have happened and tagged (docs/formats/acled-csv.md).
        export_events(found, fmt, text, reviews, keep_vague_dates=True)
        body = text.getvalue().encode("utf-8")
    audit_of(request).append(user.name, "export", fmt, count=len(found), filters=filters.as_params())
    media, ext = EXPORT_TYPES[fmt]
    return body, media, f"tessera-events.{ext}"

"""Store stage: keeps documents, their events, and the merged events, in SQLite or PostgreSQL.

with Store.open(db) as store:          # db: a path, a URL, or None for TESSERA_DB / default
    store.add_document(document, events)
    store.query(EventQuery(type="arrest", country="CN"))
"""

from tessera.store.engine import DB_ENV, StoreError, default_db_path, describe, resolve_url
from tessera.store.query import EventQuery, parse_day, parse_near
from tessera.store.repository import (
    AddResult,
    Candidate,
    CopyInfo,
    DocumentRefused,
    Explanation,
    MentionInfo,
    Store,
    StoredEvent,
)
from tessera.store.schema import REVIEW_STATES

__all__ = [
    "DB_ENV",
    "REVIEW_STATES",
    "AddResult",
    "Candidate",
    "DocumentRefused",
    "EventQuery",
    "CopyInfo",
    "Explanation",
    "MentionInfo",
    "Store",
    "StoreError",
    "StoredEvent",
    "default_db_path",
    "describe",
    "parse_day",
    "parse_near",
    "resolve_url",
]

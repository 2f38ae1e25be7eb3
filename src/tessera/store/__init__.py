"""Store stage: keeps documents, their events, and the merged events, in SQLite or PostgreSQL.

with Store.open(db) as store:          # db: a path, a URL, or None for TESSERA_DB / default
    store.add_document(document, events)
    store.query(EventQuery(type="arrest", country="CN"))
"""

from __future__ import annotations

from tessera.lazy import lazy_attributes

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

# Loaded on first use: the command line imports this package for every command, and SQLAlchemy
# and the repository cost a third of a second that `tessera extract` never needs.
_LAZY = {
    "DB_ENV": "tessera.store.engine",
    "StoreError": "tessera.store.errors",
    "default_db_path": "tessera.store.engine",
    "describe": "tessera.store.engine",
    "resolve_url": "tessera.store.engine",
    "EventQuery": "tessera.store.query",
    "parse_day": "tessera.store.query",
    "parse_near": "tessera.store.query",
    "AddResult": "tessera.store.repository",
    "Candidate": "tessera.store.repository",
    "CopyInfo": "tessera.store.repository",
    "DocumentRefused": "tessera.store.repository",
    "Explanation": "tessera.store.repository",
    "MentionInfo": "tessera.store.repository",
    "Store": "tessera.store.repository",
    "StoredEvent": "tessera.store.repository",
    "REVIEW_STATES": "tessera.store.schema",
}

__getattr__ = lazy_attributes(__name__, _LAZY)

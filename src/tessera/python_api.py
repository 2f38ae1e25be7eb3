"""The Python surface for notebooks: `tessera.extract`, `tessera.Store`, `tessera.to_frame`.

    import tessera
    events = tessera.extract("Police arrested three defectors in Yanji on 3 May.", published="2024-05-06")
    with tessera.Store("sqlite:///record.db") as store:
        store.ingest(["reports/"])
        frame = tessera.to_frame(store.query(type="arrest", country="China"))

These are the objects the command line uses (the pipeline, the store, the exports), with the
filters checked the same way: an unknown type or status is a ValueError naming the valid ones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import IO, Any

from tessera.model import Document, Event
from tessera.pipeline import IngestTally, extract_documents, ingest_documents
from tessera.store import Store as _Repository
from tessera.store import StoredEvent


def _document(item: str | Document, **meta: str | None) -> Document:
    if isinstance(item, Document):
        return item
    digest = hashlib.sha256(item.encode("utf-8")).hexdigest()[:12]
    return Document(id=f"text_{digest}", text=item, **meta)


def extract(
    reports: str | Document | Iterable[str | Document],
    *,
    published: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> list[Event]:
    """The events of one report's text, one Document, or many of either, in input order.

    A plain string is one report; `published` ("YYYY-MM-DD", "YYYY-MM" or "YYYY") dates its
    relative expressions ("last week"), and `outlet`, `title`, `url` become its source. Documents
    keep their own metadata.
    """
    meta = {"published": published, "outlet": outlet, "title": title, "url": url}
    items = [reports] if isinstance(reports, (str, Document)) else list(reports)
    documents = [_document(item, **meta) for item in items]
    return [event for _, events in extract_documents(documents) for event in events]


def _check(name: str, value: str | None, valid: Iterable[str]) -> None:
    valid = tuple(valid)
    if value is not None and value not in valid:
        raise ValueError(f"{name} must be one of {', '.join(valid)}, not {value!r}")


class Store:
    """A record of events in SQLite (the default file, or a path) or PostgreSQL (a URL).

    Use it as a context manager, or call `close()`. Every method is one transaction.
    """

    def __init__(self, url: str | None = None) -> None:
        self._repository = _Repository.open(url)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._repository.close()

    def ingest(self, reports: Iterable[str | Path | Document] | str | Path) -> IngestTally:
        """Extract, merge and store reports: paths (files or directories) or Documents.

        Content already stored is skipped; what could not be read is listed in `failures`.
        """
        from tessera.ingest import read_inputs

        items = [reports] if isinstance(reports, (str, Path)) else list(reports)
        paths = [str(i) for i in items if not isinstance(i, Document)]
        documents = [i for i in items if isinstance(i, Document)]
        return ingest_documents(self._repository, [*documents, *read_inputs(paths)])

    def query(
        self,
        *,
        type: str | None = None,  # noqa: A002 - the contract's field name
        status: str | None = None,
        review: str | None = None,
        country: str | None = None,
        admin1: str | None = None,
        since: str | date | None = None,
        until: str | date | None = None,
        near: tuple[float, float, float] | None = None,
        text: str | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Stored events matching every filter; country and province in any known spelling."""
        return [stored.event() for stored in self._stored(locals())]

    def _stored(self, filters: dict[str, Any]) -> list[StoredEvent]:
        from tessera.store.filters import event_query

        wanted = {k: v for k, v in filters.items() if k != "self"}
        return self._repository.query(event_query(**wanted))

    def event(self, event_id: str) -> Event | None:
        """One stored (merged) event by id, or None."""
        stored = self._repository.get_event(event_id)
        return stored.event() if stored else None

    def review_state(self, event_id: str) -> str | None:
        stored = self._repository.get_event(event_id)
        return stored.review_state if stored else None

    def review(self, event_id: str, state: str, note: str | None = None, reviewer: str = "python") -> None:
        """Record a reviewer's decision (confirmed, rejected, unreviewed); history keeps each one."""
        self._repository.set_review_state(event_id, state, reviewer, note)

    def history(self, event_id: str) -> list[dict[str, Any]]:
        return self._repository.history(event_id)

    def export(
        self,
        fmt: str,
        out: IO[Any] | str | Path,
        *,
        reviewed_only: bool = False,
        keep_vague_dates: bool = False,
        **filters: Any,
    ) -> int:
        """Write the events matching `filters` (as `query` takes them) in an export format, each
        with its review state and the reviewer's latest decision (note, time); returns how many
        were written.

        `reviewed_only` keeps the events a reviewer confirmed or edited. The ACLED-style CSV
        holds only events it can date and place as ACLED does: the rest are left out with a
        warning that counts them; `keep_vague_dates` keeps undated and longer-than-a-month
        events at the latest day they can have happened (time_precision 3)."""
        import warnings

        from tessera.export import FORMATS, LeftOut, export_events
        from tessera.export.review import REVIEWED_STATES, reviews_of
        from tessera.export.review import reviewed_only as keep_reviewed

        _check("format", fmt, FORMATS)
        query = {name: filters.pop(name, None) for name in _FILTERS}
        if filters:
            raise TypeError(f"unknown filter(s): {', '.join(sorted(filters))}")
        if reviewed_only and query["review"] not in (None, *REVIEWED_STATES):
            raise ValueError(
                f"reviewed_only selects {' or '.join(REVIEWED_STATES)} events, not {query['review']!r}"
            )
        limit = query["limit"]
        if reviewed_only:
            query["limit"] = None  # the limit counts reviewed events
        stored = self._stored(query)
        if reviewed_only:
            stored = keep_reviewed(stored)[:limit] if limit else keep_reviewed(stored)
        left_out = LeftOut()
        written = export_events(
            [e.event() for e in stored],
            fmt,
            out,
            reviews_of(self._repository, stored),
            keep_vague_dates=keep_vague_dates,
            left_out=left_out,
        )
        if left_out.total:
            warnings.warn(left_out.message(), stacklevel=2)
        return written


# The filters `Store.query` takes, by name.
_FILTERS = ("type", "status", "review", "country", "admin1", "since", "until", "near", "text", "limit")

"""Read-only views of stored reports for the review application: list them, read one, and find
the merged events each holds (the repository keeps writing; these only read its tables)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Engine, distinct, func, or_, select

from tessera.store.schema import documents, event_mentions, events, mentions


@dataclass(frozen=True)
class StoredReport:
    key: str  # the document's id, what evidence spans name
    sha256: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    text: str
    events: int = 0


def _report(r, events_n: int = 0) -> StoredReport:  # noqa: ANN001 - a result row
    return StoredReport(r.doc_key, r.sha256, r.title, r.outlet, r.url, r.published, r.text, events_n)


def list_reports(engine: Engine, limit: int = 200, offset: int = 0) -> list[StoredReport]:
    """The newest reports first, each with the number of merged events found in it."""
    n = (
        select(func.count(distinct(event_mentions.c.event_id)))
        .select_from(mentions.join(event_mentions, event_mentions.c.mention_id == mentions.c.id))
        .where(mentions.c.document_id == documents.c.id)
        .scalar_subquery()
        .label("n")
    )
    q = select(documents, n).order_by(documents.c.id.desc()).limit(limit).offset(offset)
    with engine.connect() as conn:
        return [_report(r, int(r.n or 0)) for r in conn.execute(q)]


def get_report(engine: Engine, key_or_sha: str) -> StoredReport | None:
    """A report by its SHA-256 (unique) or, failing that, the first stored under its key."""
    q = (
        select(documents)
        .where(or_(documents.c.sha256 == key_or_sha, documents.c.doc_key == key_or_sha))
        .order_by((documents.c.sha256 == key_or_sha).desc(), documents.c.id)
        .limit(1)
    )
    with engine.connect() as conn:
        row = conn.execute(q).first()
    return _report(row) if row else None


def report_texts(engine: Engine, shas: list[str]) -> dict[str, StoredReport]:
    if not shas:
        return {}
    with engine.connect() as conn:
        rows = conn.execute(select(documents).where(documents.c.sha256.in_(shas)))
        return {r.sha256: _report(r) for r in rows}


def events_of_report(engine: Engine, sha256: str) -> list[tuple[str, str, str, str]]:
    """(event id, type, review state, summary) of each merged event a report's mentions joined."""
    q = (
        select(events.c.id, events.c.type, events.c.review_state, events.c.summary)
        .distinct()
        .join(event_mentions, event_mentions.c.event_id == events.c.id)
        .join(mentions, mentions.c.id == event_mentions.c.mention_id)
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(documents.c.sha256 == sha256)
        .order_by(events.c.id)
    )
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(q)]  # type: ignore[misc]


def count_reports(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(documents)) or 0)

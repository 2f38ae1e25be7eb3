"""Shared by the store tests: a fresh database on each backend, and invented documents and events."""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from tessera.model import Document, Event, Place, Source, Span, TimeSpan, Victims, stable_event_id

PG_ENV = "TESSERA_TEST_PG_URL"


def _pg_admin_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI") == "true":
        pytest.fail(f"{PG_ENV} is not set: CI must run the store tests against PostgreSQL too")
    pytest.skip(f"{PG_ENV} not set (PostgreSQL runs in CI)")
    return None


def _driver_url(url: str) -> str:
    scheme, rest = url.split("://", 1)
    return "postgresql+psycopg://" + rest if scheme in ("postgres", "postgresql") else url


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A new, empty PostgreSQL database for one test, dropped afterwards."""
    admin = _driver_url(_pg_admin_url() or "")
    name = "tessera_t_" + uuid.uuid4().hex[:12]
    # pre-ping: a test may restart the server, and the drop must not use a dead connection.
    engine = create_engine(admin, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    base, _, _db = admin.rpartition("/")
    query = ""
    if "?" in _db:
        query = "?" + _db.split("?", 1)[1]
    try:
        yield f"{base}/{name}{query}"
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The same test on an SQLite file and on a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_url")


def make_doc(n: int, text: str | None = None, published: str = "2023-04-10") -> Document:
    body = text or f"Report {n}: security officials detained {n + 2} traders at a market in Hyesan."
    return Document(id=f"doc{n}", text=body, title=f"Report {n}", published=published, outlet="Test Wire")


def make_event(
    doc: Document,
    type_: str = "arrest",
    day: date | None = date(2023, 4, 3),
    place: Place | None = None,
    origin: Place | None = None,
    confidence: float = 0.7,
    summary: str | None = None,
    count: int | None = 3,
    status: str = "occurred",
) -> Event:
    start, end = 0, min(len(doc.text), 40)
    return Event(
        id=stable_event_id(doc.id, type_, start, end),
        type=type_,
        status=status,
        summary=summary or f"Officials carried out a {type_} reported in {doc.id}.",
        evidence=[Span(doc.id, start, end, doc.text[start:end])],
        sources=[Source(doc.id, doc.outlet, doc.url, doc.published)],
        when=TimeSpan(day, day, "day", "on that day") if day else TimeSpan.unknown(),
        where=place,
        origin=origin,
        victims=Victims("some traders", count, count, "traders") if count is not None else None,
        confidence=confidence,
    )


HYESAN = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city", "Hyesan")
SHENYANG = Place("Shenyang", "CN", "Liaoning", None, 41.79, 123.43, "city", "Shenyang")
MUSAN = Place("Musan County", "KP", "North Hamgyong", "Musan", 42.23, 129.21, "county", "Musan")


@dataclass
class RuleGroup:
    """A group as a merge function returns it (the shape of tessera.merge.MergedEvent)."""

    member_ids: list[str]
    explanation: list[str]
    event: Event | None = None


def same_day_merge(events: list[Event], documents=None, cannot_link=()) -> list[RuleGroup]:
    """A plain rule standing for any merge stage: same type and same start day join."""
    groups: dict[tuple, list[str]] = {}
    for e in events:
        key = (e.type, e.when.start) if e.when.start else (e.type, e.id)
        groups.setdefault(key, []).append(e.id)
    return [RuleGroup(ids, [f"same type and day {key[1]}"]) for key, ids in groups.items()]


# --- a generated corpus, for the command-line tests --------------------------------------------

_PLACES = ["Hyesan", "Musan County", "Hoeryong", "Sinuiju", "Onsong County", "Kimchaek", "Chongjin"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October"]
_TEMPLATES = [
    "Border guards arrested {n} residents of {place} on {month} {day} as they tried to cross the river.",
    "A family of {n} from {place} fled across the border in early {month}, a source told the paper.",
    "State security agents questioned {n} traders in {place} in mid-{month} about mobile phones.",
    "Police in {place} searched homes of {n} families at the end of {month}.",
    "Chinese police repatriated {n} defectors to {place} on {month} {day}.",
]


def corpus_text(i: int) -> str:
    """An invented short report, different for every i."""
    first = _TEMPLATES[i % len(_TEMPLATES)].format(
        n=2 + i % 9, place=_PLACES[i % len(_PLACES)], month=_MONTHS[i % len(_MONTHS)], day=1 + i % 27
    )
    second = _TEMPLATES[(i * 7 + 3) % len(_TEMPLATES)].format(
        n=3 + (i * 5) % 7,
        place=_PLACES[(i * 3) % len(_PLACES)],
        month=_MONTHS[(i // 3) % len(_MONTHS)],
        day=1 + (i * 11) % 27,
    )
    return f"Report number {i}\n\n{first} {second} The report was filed as item {i}.\n"


def write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"report_{i:05d}.txt").write_text(corpus_text(i), encoding="utf-8")
    return folder


def _j(value: object) -> str:
    """A JSON column as canonical text: SQLite hands back text, PostgreSQL parsed values."""
    parsed = json.loads(value) if isinstance(value, str) else value
    return json.dumps(parsed, sort_keys=True)


def snapshot(url: str) -> dict[str, list]:
    """The database's content by natural keys, without surrogate ids or timestamps."""
    from tessera.store.engine import make_engine, resolve_url

    engine = make_engine(resolve_url(url))
    out: dict[str, list] = {}
    with engine.connect() as conn:
        out["documents"] = sorted(
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT sha256, doc_key, text, title, outlet, url, published, path FROM documents"
            )
        )
        out["mentions"] = sorted(
            (r[0], r[1], _j(r[2]))
            for r in conn.exec_driver_sql(
                "SELECT d.sha256, m.event_key, m.record FROM mentions m "
                "JOIN documents d ON d.id = m.document_id"
            )
        )
        out["events"] = sorted(
            (r[0], r[1], _j(r[2]), _j(r[3]))
            for r in conn.exec_driver_sql("SELECT id, review_state, record, explanation FROM events")
        )
        out["event_mentions"] = sorted(
            tuple(r)
            for r in conn.exec_driver_sql(
                "SELECT em.event_id, d.sha256, m.event_key FROM event_mentions em "
                "JOIN mentions m ON m.id = em.mention_id JOIN documents d ON d.id = m.document_id"
            )
        )
        out["history"] = sorted(
            (r[0], r[1], r[2], _j(r[3]), _j(r[4]))
            for r in conn.exec_driver_sql("SELECT event_id, action, note, before, after FROM event_history")
        )
    engine.dispose()
    return out

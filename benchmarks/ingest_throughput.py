"""Ingest throughput over 10,000 invented documents: extraction, then the store's writes.

    .venv/bin/python benchmarks/ingest_throughput.py [--docs 10000] [--pg URL] [--synthetic]

Prints, side by side, documents per second for: extraction (the pipeline), writing to SQLite
with merging, SQLite without merging, PostgreSQL (when --pg or TESSERA_TEST_PG_URL names a
server; a fresh database is created and dropped), and a re-run that finds everything stored.
With --synthetic, events are made up per document instead of extracted (store cost alone).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from tessera.model import Document, Event, Place, Source, Span, TimeSpan, Victims, stable_event_id
from tessera.store import Store

PLACES = [
    Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city", "Hyesan"),
    Place("Musan County", "KP", "North Hamgyong", "Musan", 42.23, 129.21, "county", "Musan"),
    Place("Sinuiju", "KP", "North Pyongan", None, 40.10, 124.40, "city", "Sinuiju"),
    Place("Shenyang", "CN", "Liaoning", None, 41.79, 123.43, "city", "Shenyang"),
    Place("Dandong", "CN", "Liaoning", None, 40.12, 124.39, "city", "Dandong"),
]
NAMES = ["Hyesan", "Musan County", "Sinuiju", "Shenyang", "Dandong", "Hoeryong", "Onsong County"]
TEMPLATES = [
    "Border guards arrested {n} residents of {place} on {day} as they tried to cross the river.",
    "A family of {n} from {place} fled across the border on {day}, a source told the paper.",
    "State security agents questioned {n} traders in {place} on {day} about mobile phones.",
    "Police in {place} searched the homes of {n} families on {day}.",
    "Chinese police repatriated {n} defectors through {place} on {day}.",
]
TYPES = ["arrest", "escape", "interrogation", "search", "repatriation"]


def corpus(n: int) -> list[Document]:
    """Invented reports; about one in five retells an earlier one (so merging has work)."""
    docs = []
    base = date(2019, 1, 1)
    for i in range(n):
        k = i if i % 5 else max(0, i - 3)  # a retelling of report i-3
        day = base + timedelta(days=k % 1500)
        text = TEMPLATES[k % 5].format(n=2 + k % 9, place=NAMES[k % 7], day=f"{day:%d %B %Y}")
        text = f"Item {i}. {text} Filed under number {i}."
        docs.append(Document(id=f"b{i:05d}", text=text, title=f"Item {i}", published=f"{day:%Y-%m-%d}"))
    return docs


def synthetic_events(doc: Document, i: int) -> list[Event]:
    k = i if i % 5 else max(0, i - 3)
    day = date(2019, 1, 1) + timedelta(days=k % 1500)
    span = Span(doc.id, 0, min(60, len(doc.text)), doc.text[:60])
    return [
        Event(
            id=stable_event_id(doc.id, TYPES[k % 5], 0, span.end),
            type=TYPES[k % 5],
            status="occurred",
            evidence=[span],
            sources=[Source(doc.id, published=doc.published)],
            summary=f"{TYPES[k % 5]} of {2 + k % 9} people",
            when=TimeSpan(day, day, "day", f"{day}"),
            where=PLACES[k % 5],
            victims=Victims(None, 2 + k % 9, 2 + k % 9, "residents"),
            confidence=0.7,
        )
    ]


def timed(label: str, fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    took = time.perf_counter() - t0
    print(f"  {label:<38} {took:8.2f} s", file=sys.stderr)
    return took


def write_all(db: str, items: list[tuple[Document, list[Event]]], use_merge: bool) -> None:
    with Store.open(db, use_merge=use_merge) as store:
        for doc, events in items:
            store.add_document(doc, events)


def rerun(db: str, items: list[tuple[Document, list[Event]]]) -> None:
    with Store.open(db) as store:
        left = [d for d, _ in items if not store.has_document(d.content_hash)]
    assert not left


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--pg", default=os.environ.get("TESSERA_TEST_PG_URL"), help="PostgreSQL server URL")
    ap.add_argument("--synthetic", action="store_true", help="make events up instead of extracting them")
    args = ap.parse_args()
    docs = corpus(args.docs)
    print(f"{len(docs)} documents", file=sys.stderr)

    items: list[tuple[Document, list[Event]]] = []
    if args.synthetic:
        t_extract = timed(
            "events made up", lambda: items.extend((d, synthetic_events(d, i)) for i, d in enumerate(docs))
        )
    else:
        from tessera.pipeline import extract_documents

        t_extract = timed("extraction (pipeline)", lambda: items.extend(extract_documents(docs)))
    n_events = sum(len(e) for _, e in items)

    rows: list[tuple[str, float]] = [("extraction" if not args.synthetic else "made up", t_extract)]
    with tempfile.TemporaryDirectory() as tmp:
        merged_db = str(Path(tmp) / "merge.db")
        rows.append(
            (
                "SQLite, with merging",
                timed("SQLite write, with merging", lambda: write_all(merged_db, items, True)),
            )
        )
        plain_db = str(Path(tmp) / "plain.db")
        rows.append(
            (
                "SQLite, no merging",
                timed("SQLite write, no merging", lambda: write_all(plain_db, items, False)),
            )
        )
        rows.append(("SQLite, re-run (all stored)", timed("SQLite re-run", lambda: rerun(merged_db, items))))
        with Store.open(merged_db) as store:
            counts = store.counts()
        if args.pg:
            from sqlalchemy import create_engine, text

            admin = create_engine(
                args.pg.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
            )
            name = "tessera_bench_" + uuid.uuid4().hex[:8]
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = args.pg.rsplit("/", 1)[0] + "/" + name
            try:
                rows.append(
                    (
                        "PostgreSQL, with merging",
                        timed("PostgreSQL write, with merging", lambda: write_all(url, items, True)),
                    )
                )
            finally:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()

    print(f"\n{len(docs)} documents, {n_events} events; with merging: {counts['events']} merged events")
    print(f"{'step':<30} {'seconds':>9} {'docs/s':>9} {'x extraction':>13}")
    for label, secs in rows:
        print(f"{label:<30} {secs:9.2f} {len(docs) / secs:9.0f} {secs / t_extract:13.2f}")


if __name__ == "__main__":
    main()

"""The store's cost per report at 1,000, 10,000 and 100,000 reports: flat, or growing?

    .venv/bin/python benchmarks/ingest_scaling.py [--sizes 1000,10000,100000] [--per-event 40]

Measures the store alone: extraction is skipped, and each invented report is stored with one
pre-built event through `Store.add_document` (the default merge stage runs, as in `ingest`).
The worst case for a store that re-reads what it holds is many reports per real event, so every
real event here is told by `--per-event` reports (40 by default) from six outlets, with a few
events told at once (reports of neighbouring events interleave, as a news day does). A larger
corpus covers a longer time at the same density of events, as a growing feed does: the merge's
time blocking keeps the candidates per report the same, so what is measured is what the store
does with an event it joins.

Prints, per size: CPU seconds (this process) per report over the whole run and over its last tenth (the marginal
cost, the one that grows when a join re-reads every earlier report), and database bytes per
report (SQLite file after a checkpoint), then the ratios to the smallest size.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import tessera.events.summary  # noqa: F401  (merged summaries use it: load it before timing)
from tessera.model import Actor, Document, Event, Place, Source, Span, TimeSpan, Victims, stable_event_id
from tessera.store import Store

TOWNS = [  # (name, country, admin1, lat, lon): real places, approximate centres
    ("Hyesan", "KP", "Ryanggang", 41.40, 128.18),
    ("Musan", "KP", "North Hamgyong", 42.23, 129.20),
    ("Hoeryong", "KP", "North Hamgyong", 42.44, 129.75),
    ("Sinuiju", "KP", "North Pyongan", 40.10, 124.40),
    ("Dandong", "CN", "Liaoning", 40.13, 124.39),
    ("Yanji", "CN", "Jilin", 42.90, 129.51),
]
TYPES = ["arrest", "escape", "interrogation", "search", "repatriation", "execution"]
OUTLETS = ["Daily NK", "NK News", "RFA", "ASIAPRESS", "Yonhap", "UCA News"]
VERBS = {
    "arrest": "arrested",
    "escape": "helped across the river",
    "interrogation": "questioned",
    "search": "searched the homes of",
    "repatriation": "sent back",
    "execution": "executed",
}
# Real events a day of news brings: the corpus covers n / (per_event * STORIES_PER_DAY) days.
STORIES_PER_DAY = 0.25
AT_ONCE = 4  # events whose reports interleave


def corpus(n: int, per_event: int, seed: int = 7) -> list[tuple[Document, list[Event]]]:
    rng = random.Random(seed)
    out: list[tuple[Document, list[Event]]] = []
    story = 0
    start = date(2010, 1, 1)
    while len(out) < n:
        batch = []
        for _ in range(AT_ONCE):
            day = start + timedelta(days=int(story / STORIES_PER_DAY))
            name, country, admin1, lat, lon = TOWNS[story % len(TOWNS)]
            place = Place(name, country, admin1, None, lat, lon, "city", name)
            batch.append((story, TYPES[story % len(TYPES)], day, place, 2 + story % 9))
            story += 1
        for r in range(per_event):
            for s, etype, day, place, count in batch:
                if len(out) >= n:
                    break
                doc_id = f"s{s:06d}-r{r:02d}"
                published = day + timedelta(days=1 + r // 8)
                outlet = OUTLETS[r % len(OUTLETS)]
                text = (
                    f"{outlet} report {r} on story {s}. Police {VERBS[etype]} {count} residents in "
                    f"{place.name} on {day:%d %B %Y}, a source said. Detail {rng.randrange(10**6)}."
                )
                span = Span(doc_id, 0, len(text), text)
                vague = r % 5 == 4  # a later report gives less detail
                event = Event(
                    id=stable_event_id(doc_id, etype, 0, len(text)),
                    type=etype,
                    status="occurred",
                    evidence=[span],
                    sources=[Source(doc_id, outlet, None, published.isoformat())],
                    summary=f"{etype} of {count} people in {place.name}",
                    when=TimeSpan(day.replace(day=1), day, "month") if vague else TimeSpan(day, day, "day"),
                    where=Place(country, country, precision="country") if vague else place,
                    victims=Victims(None, count, count, "residents"),
                    perpetrators=[Actor("police", country, "police")] if r % 3 == 0 else [],
                    confidence=0.6 + (r % 4) / 10,
                )
                doc = Document(doc_id, text, None, published.isoformat(), outlet)
                out.append((doc, [event]))
    return out


def run(n: int, per_event: int, folder: Path) -> tuple[float, float, int, int]:
    items = corpus(n, per_event)
    db = folder / f"scale-{n}.db"
    tail = max(1, n // 10)
    with Store.open(f"sqlite:///{db}") as store:
        t0 = time.process_time()
        for doc, evs in items[: n - tail]:
            store.add_document(doc, evs)
        t1 = time.process_time()
        for doc, evs in items[n - tail :]:
            store.add_document(doc, evs)
        t2 = time.process_time()
        events = store.counts()["events"]
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    size = os.path.getsize(db)
    return (t2 - t0) / n, (t2 - t1) / tail, size, events


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--per-event", type=int, default=40)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            rows[n] = run(n, args.per_event, Path(tmp))
            mean, last, size, events = rows[n]
            print(
                f"{n:>8} reports ({events} events): {mean * 1000:6.1f} ms/report, "
                f"last tenth {last * 1000:6.1f} ms/report, {size / n:8.0f} bytes/report",
                flush=True,
            )
    first = sizes[0]
    for n in sizes[1:]:
        print(
            f"{n} vs {first}: time per report {rows[n][0] / rows[first][0]:.2f}x "
            f"(last tenth {rows[n][1] / rows[first][1]:.2f}x), "
            f"bytes per report {rows[n][2] / n / (rows[first][2] / first):.2f}x"
        )


if __name__ == "__main__":
    main()

"""Review app latency with 10,000 stored events: pages and API calls, median and 95th percentile.

    .venv/bin/python benchmarks/web_latency.py [--events 10000] [--repeat 30] [--pg URL]

Stores invented events (made up per document, as ingest_throughput.py --synthetic does, without
merging), starts the app on a local port with uvicorn, logs in as a reviewer, and times each page
and API route over real HTTP, on SQLite and, when --pg or TESSERA_TEST_PG_URL names a server, on a
fresh PostgreSQL database (dropped afterwards).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import statistics
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_throughput import corpus, synthetic_events  # noqa: E402
from tessera.store import EventQuery, Store  # noqa: E402

PASSWORD = "benchmark passphrase"


def fill(url: str, n: int) -> None:
    with Store.open(url, use_merge=False) as store:
        for i, doc in enumerate(corpus(n)):
            store.add_document(doc, synthetic_events(doc, i))


def measure(url: str, repeat: int) -> list[tuple[str, float, float]]:
    import uvicorn
    from argon2 import PasswordHasher

    from tessera.store.accounts import Accounts
    from tessera.web.app import create_app

    store = Store.open(url, use_merge=False)
    hasher = PasswordHasher()
    Accounts(store.engine, hasher).add_user("bench", "reviewer", PASSWORD)
    app = create_app(store, password_hasher=hasher)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    some = store.query(EventQuery(type="arrest", limit=1))[0].id
    try:
        with httpx.Client(base_url=base, timeout=120) as client:
            token = re.search(r'name="csrf_token" value="([^"]+)"', client.get("/login").text).group(1)
            client.post("/login", data={"name": "bench", "password": PASSWORD, "csrf_token": token})
            routes = [
                ("page /queue", "/queue"),
                ("page /events/ID", f"/events/{some}"),
                ("page /map", "/map"),
                ("page /reports", "/reports"),
                ("api /api/events?type=search&limit=200", "/api/events?type=search&limit=200"),
                ("api /api/events?text=traders&limit=50", "/api/events?text=traders&limit=50"),
                ("api /api/map (all events)", "/api/map"),
                ("api /api/map?type=search&since=2021", "/api/map?type=search&since=2021"),
                ("api /api/queue?limit=100", "/api/queue?limit=100"),
                ("api /api/events/ID", f"/api/events/{some}"),
            ]
            rows = []
            for label, path in routes:
                assert client.get(path).status_code == 200, path  # warm up, and check
                times = []
                for _ in range(repeat):
                    t0 = time.perf_counter()
                    r = client.get(path)
                    times.append((time.perf_counter() - t0) * 1000)
                    assert r.status_code == 200
                times.sort()
                p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
                rows.append((label, statistics.median(times), p95))
                print(f"  {label:<42} {rows[-1][1]:8.1f} ms {p95:8.1f} ms", file=sys.stderr)
    finally:
        server.should_exit = True
        thread.join(10)
        store.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=30)
    ap.add_argument("--pg", default=os.environ.get("TESSERA_TEST_PG_URL"), help="PostgreSQL server URL")
    args = ap.parse_args()
    results: dict[str, list[tuple[str, float, float]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "web.db")
        t0 = time.perf_counter()
        fill(db, args.events)
        print(f"SQLite: {args.events} events stored in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
        results["SQLite"] = measure(db, args.repeat)
    if args.pg:
        from sqlalchemy import create_engine, text

        admin = create_engine(
            args.pg.replace("postgresql://", "postgresql+psycopg://", 1), isolation_level="AUTOCOMMIT"
        )
        name = "tessera_web_" + uuid.uuid4().hex[:8]
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = args.pg.rsplit("/", 1)[0] + "/" + name
        try:
            t0 = time.perf_counter()
            fill(url, args.events)
            print(
                f"PostgreSQL: {args.events} events stored in {time.perf_counter() - t0:.1f} s",
                file=sys.stderr,
            )
            results["PostgreSQL"] = measure(url, args.repeat)
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()

    backends = list(results)
    print(f"\n{args.events} stored events, {args.repeat} requests each; median / p95 in ms")
    print(f"{'route':<42}" + "".join(f" {b + ' median':>18} {b + ' p95':>15}" for b in backends))
    for i, (label, _, _) in enumerate(results[backends[0]]):
        cells = "".join(f" {results[b][i][1]:18.1f} {results[b][i][2]:15.1f}" for b in backends)
        print(f"{label:<42}{cells}")


if __name__ == "__main__":
    main()

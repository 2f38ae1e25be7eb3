"""`tessera follow` against a real HTTP server on 127.0.0.1: feeds and URL lists, robots.txt, the
per-host pause, and re-runs that fetch only what is new."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tessera.cli import app

runner = CliRunner()

ARTICLES = {
    "/news/1.html": (
        "Family caught near the river",
        "Chinese police arrested a family of four North Korean defectors in Tumen on 3 March, "
        "according to a source in the region. They are in danger of being repatriated.",
    ),
    "/news/2.html": (
        "Checkpoints on the border road",
        "Border guards in Hyesan set up new checkpoints on the roads to the Yalu River last week, "
        "preventing residents from travelling without a permit.",
    ),
    "/private/3.html": (
        "Not for crawlers",
        "Security agents searched houses in Musan County at night, a source said.",
    ),
}


def _page(title: str, body: str) -> str:
    return (
        f"<!doctype html><html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"<p>{body}</p><p>The source asked not to be named for safety reasons, the report said.</p>"
        "</article></body></html>"
    )


class Site:
    def __init__(self) -> None:
        self.hits: list[tuple[str, float]] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *_: object) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                site.hits.append((self.path, time.monotonic()))
                base = f"http://127.0.0.1:{self.server.server_address[1]}"
                if self.path == "/robots.txt":
                    self._send("text/plain", "User-agent: *\nDisallow: /private/\n")
                elif self.path == "/feed.xml":
                    items = "".join(
                        f"<item><title>{t}</title><link>{base}{p}</link>"
                        "<pubDate>Tue, 05 Mar 2024 08:00:00 GMT</pubDate></item>"
                        for p, (t, _) in ARTICLES.items()
                    )
                    self._send(
                        "application/rss+xml",
                        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Border Monitor</title>'
                        f"<link>{base}/</link><description>test</description>{items}</channel></rss>",
                    )
                elif self.path == "/list.txt":
                    self._send("text/plain", f"{base}/news/1.html\n{base}/news/2.html\n")
                elif self.path in ARTICLES:
                    self._send("text/html", _page(*ARTICLES[self.path]))
                else:
                    self.send_error(404)

            def _send(self, kind: str, body: str) -> None:
                data = body.encode("utf-8")
                self.send_response(200)
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def paths(self) -> list[str]:
        return [p for p, _ in self.hits]


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    yield s
    s.server.shutdown()


def _events(db: str) -> list[dict]:
    out = runner.invoke(app, ["events", "--db", db, "--format", "jsonl"]).stdout
    return [json.loads(line) for line in out.splitlines()]


def test_a_feed_is_followed_politely_and_only_new_articles_are_fetched(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    result = runner.invoke(app, ["follow", f"{site.base}/feed.xml", "--db", db, "--interval", "0.2"])
    assert result.exit_code == 1  # the article robots.txt forbids is reported
    assert "/private/3.html: robots.txt disallows" in result.stderr
    assert "2 documents stored" in result.stdout
    assert "/private/3.html" not in site.paths()
    # Each host is asked at most once per --interval.
    times = [t for _, t in site.hits]
    assert all(b - a >= 0.19 for a, b in zip(times, times[1:], strict=False))
    events = _events(db)
    arrests = [e for e in events if e["type"] == "arrest"]
    assert arrests and arrests[0]["sources"][0]["outlet"] == "Border Monitor"
    assert arrests[0]["sources"][0]["url"] == f"{site.base}/news/1.html"
    assert arrests[0]["sources"][0]["published"] == "2024-03-05"  # the feed's date
    # A re-run reads the feed again but fetches no article twice.
    before = len([p for p in site.paths() if p.startswith("/news/")])
    again = runner.invoke(app, ["follow", f"{site.base}/feed.xml", "--db", db, "--interval", "0"])
    assert "0 documents stored" in again.stdout
    assert len([p for p in site.paths() if p.startswith("/news/")]) == before


def test_lists_of_urls_served_or_in_a_file(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    listing = tmp_path / "urls.txt"
    listing.write_text(f"# articles\n{site.base}/news/2.html\n", encoding="utf-8")
    result = runner.invoke(app, ["follow", str(listing), "--db", db, "--interval", "0"])
    assert result.exit_code == 0 and "1 documents stored" in result.stdout
    result = runner.invoke(app, ["follow", f"{site.base}/list.txt", "--db", db, "--interval", "0"])
    assert result.exit_code == 0 and "1 documents stored" in result.stdout  # 2.html was stored
    assert {e["type"] for e in _events(db)} >= {"arrest", "movement_restriction"}


def test_an_unreachable_source_is_one_line_and_the_rest_goes_on(site: Site, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    result = runner.invoke(
        app, ["follow", f"{site.base}/missing.xml", f"{site.base}/news/1.html", "--db", db, "--interval", "0"]
    )
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "missing.xml: cannot be read" in result.stderr
    assert "1 documents stored" in result.stdout

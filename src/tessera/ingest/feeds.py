"""Following outlets: RSS/Atom feeds and lists of article URLs, fetched politely, read as Documents.

`follow(sources, fetcher, known)` reads each source (a feed URL, a URL or file that lists article
URLs one a line, or an article URL itself), skips articles whose URL `known` says are stored, fetches
the rest once, and yields a Document per article (trafilatura's text; the feed entry's date, the
outlet and the URL kept) or an InputError naming the URL and the problem.

The fetcher is a good citizen: it asks each host's robots.txt first and obeys it (and its
Crawl-delay), waits at least `min_interval` seconds between two requests to the same host, sends
a User-Agent that names the program, and gives up on a response larger than `max_bytes`.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from tessera import __version__
from tessera.ingest.errors import InputError
from tessera.ingest.readers import PUBLISHED_PATTERN, _html_document
from tessera.model import Document

USER_AGENT = f"Tessera/{__version__} (human-rights event record; +offline research tool)"


@dataclass
class Fetcher:
    """HTTP GET with robots.txt, a per-host pause, a size limit and a timeout."""

    min_interval: float = 1.0  # seconds between two requests to one host
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    user_agent: str = USER_AGENT
    client: httpx.Client = field(default_factory=lambda: httpx.Client(follow_redirects=True))
    _robots: dict[str, RobotFileParser | None] = field(default_factory=dict)
    _last: dict[str, float] = field(default_factory=dict)
    sleep: Callable[[float], None] = time.sleep

    def _host(self, url: str) -> str:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"

    def _wait(self, host: str) -> None:
        robots = self._robots.get(host)
        delay = max(self.min_interval, float((robots.crawl_delay(self.user_agent) if robots else None) or 0))
        since = time.monotonic() - self._last.get(host, float("-inf"))
        if since < delay:
            self.sleep(delay - since)
        self._last[host] = time.monotonic()

    def _raw_get(self, url: str) -> httpx.Response:
        self._wait(self._host(url))
        headers = {"User-Agent": self.user_agent}
        with self.client.stream("GET", url, headers=headers, timeout=self.timeout) as response:
            body = bytearray()
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.max_bytes:
                    raise ValueError(f"larger than {self.max_bytes} bytes")
            response._content = bytes(body)  # noqa: SLF001 - keep what was read, as httpx does
            return response

    def allowed(self, url: str) -> bool:
        """Whether the host's robots.txt lets this program fetch `url` (no robots.txt: yes)."""
        host = self._host(url)
        if host not in self._robots:
            parser: RobotFileParser | None = None
            try:
                response = self._raw_get(urljoin(host, "/robots.txt"))
                if response.status_code < 400:
                    parser = RobotFileParser()
                    parser.parse(response.text.splitlines())
                elif response.status_code in (401, 403):
                    parser = RobotFileParser()
                    parser.disallow_all = True  # a host that hides its rules allows nothing
            except (httpx.HTTPError, ValueError):
                parser = None
            self._robots[host] = parser
        robots = self._robots[host]
        return robots is None or robots.can_fetch(self.user_agent, url)

    def get(self, url: str) -> httpx.Response:
        """The response for `url`; PermissionError when robots.txt forbids it."""
        if not self.allowed(url):
            raise PermissionError("robots.txt disallows fetching it")
        response = self._raw_get(url)
        response.raise_for_status()
        return response

    def close(self) -> None:
        self.client.close()


@dataclass(frozen=True)
class Link:
    """An article to fetch, with what its feed said of it."""

    url: str
    published: str | None = None
    outlet: str | None = None


def _feed_day(entry: dict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def links_of(source: str, fetcher: Fetcher) -> list[Link]:
    """The articles a source names: a feed's entries, a list's URLs, or the URL itself."""
    import feedparser

    if not source.startswith(("http://", "https://")):
        lines = Path(source).read_text(encoding="utf-8").splitlines()
        return [Link(line.strip()) for line in lines if line.strip().startswith(("http://", "https://"))]
    response = fetcher.get(source)
    body = response.text
    feed = feedparser.parse(response.content)
    if feed.entries and (feed.version or not body.lstrip().lower().startswith(("<!doctype html", "<html"))):
        outlet = feed.feed.get("title")
        return [
            Link(urljoin(source, entry.link), _feed_day(entry), outlet)
            for entry in feed.entries
            if entry.get("link")
        ]
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    if lines and all(line.startswith(("http://", "https://")) for line in lines):
        return [Link(line) for line in lines]
    return [Link(source)]


def _reason(exc: Exception) -> str:
    """One line for a failed fetch: "HTTP 404", or the error's first line."""
    if isinstance(exc, httpx.HTTPStatusError):
        return f"HTTP {exc.response.status_code}"
    first = str(exc).strip().splitlines()
    return first[0] if first else type(exc).__name__


def _article(link: Link, fetcher: Fetcher) -> Document | InputError:
    try:
        response = fetcher.get(link.url)
    except PermissionError as exc:
        return InputError(link.url, str(exc))
    except (httpx.HTTPError, ValueError) as exc:
        return InputError(link.url, f"cannot be fetched: {_reason(exc)}")
    raw = response.content
    doc_id = "url_" + hashlib.sha256(link.url.encode("utf-8")).hexdigest()[:16]
    item = _html_document(response.text, raw, link.url, doc_id)
    if isinstance(item, InputError):
        return item
    published = item.published or (
        link.published if link.published and PUBLISHED_PATTERN.match(link.published) else None
    )
    return Document(
        id=item.id,
        text=item.text,
        title=item.title,
        published=published,
        outlet=link.outlet or item.outlet or urlsplit(link.url).netloc,
        url=link.url,
        path=link.url,
        sha256=item.sha256,
    )


def follow(
    sources: Iterable[str], fetcher: Fetcher, known: Callable[[str], bool]
) -> Iterator[Document | InputError]:
    """Every new article of every source, fetched once (see the module's docstring)."""
    seen: set[str] = set()
    for source in sources:
        try:
            links = links_of(source, fetcher)
        except PermissionError as exc:
            yield InputError(source, str(exc))
            continue
        except (httpx.HTTPError, ValueError, OSError) as exc:
            yield InputError(source, f"cannot be read: {_reason(exc)}")
            continue
        for link in links:
            if link.url in seen or known(link.url):
                continue
            seen.add(link.url)
            yield _article(link, fetcher)

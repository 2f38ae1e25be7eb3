"""Readers for each input kind; `read_inputs` walks paths and dispatches on the file suffix."""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from tessera.ingest.decode import DecodeError, decode_bytes
from tessera.ingest.errors import InputError
from tessera.ingest.limits import OUTLET_MAX_CHARS, document_problem
from tessera.model import Document

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
PUBLISHED_PATTERN = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

Item = Document | InputError


def read_inputs(paths: Iterable[str], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Yield the Documents of every input, and an InputError for each one that fails."""
    for raw_path in paths:
        if raw_path == "-":
            yield from _read_stdin(max_bytes)
            continue
        path = Path(raw_path)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in READABLE_SUFFIXES
            )
            if not files:
                yield InputError(raw_path, "directory holds no .txt, .html or .jsonl report")
            for file in files:
                yield from read_file(file, max_bytes)
        elif path.exists():
            yield from read_file(path, max_bytes)
        else:
            yield InputError(raw_path, "no such file or directory")


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """Read one file. `max_bytes` limits each report: the whole file for a text or HTML report,
    each line's text for JSON lines (a corpus of many reports in one file)."""
    name = str(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        if size > max_bytes and suffix not in JSONL_SUFFIXES:
            yield InputError(name, f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot be read: {exc.strerror or exc}")
        return
    yield from read_bytes(raw, name, suffix, default_id=path.stem, max_bytes=max_bytes)


def read_bytes(
    raw: bytes, name: str, suffix: str, default_id: str, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Item]:
    """Read one input's bytes, as the kind its suffix names."""
    is_jsonl = suffix in JSONL_SUFFIXES
    try:
        # In JSON lines a NUL is one bad line, refused by the line's parser; elsewhere, binary.
        text = decode_bytes(raw, nul_is_binary=not is_jsonl)
    except DecodeError as exc:
        yield InputError(name, str(exc))
        return
    if is_blank(text):
        yield InputError(name, "file is empty")
        return
    if is_jsonl:
        yield from parse_jsonl(text, name, max_bytes)
    elif suffix in HTML_SUFFIXES:
        yield _checked(_html_document(text, raw, name, default_id), name)
    else:
        yield _checked(text_document(text, name, default_id, sha256=hashlib.sha256(raw).hexdigest()), name)


def is_blank(text: str) -> bool:
    """Whether `text` holds nothing to read: white space, and byte-order marks (U+FEFF, which
    `str.strip` keeps) left by a file saved twice with one, as in "\\ufeff\\ufeff\\n"."""
    return not text.replace("\ufeff", "").strip()


def _checked(item: Item, name: str, line: int | None = None) -> Item:
    """The document, or the one-line reason it cannot be read (see `limits`)."""
    if isinstance(item, InputError):
        return item
    problem = document_problem(item)
    return item if problem is None else InputError(name, problem, line=line)


def text_document(text: str, name: str, doc_id: str, sha256: str | None = None) -> Document:
    """A plain-text report: its first line is its title when a blank line, then more text, follow.

    "Arrests in Hyesan\n\nGuards arrested two men." has a title; "Guards arrested two men.\n"
    has none: a report is never all title.
    """
    lines = text.split("\n", 2)
    has_title = len(lines) == 3 and lines[0].strip() and not lines[1].strip() and lines[2].strip()
    return Document(
        id=doc_id, text=text, title=lines[0].strip() if has_title else None, path=name, sha256=sha256
    )


def _html_document(html: str, raw: bytes, name: str, doc_id: str) -> Item:
    """An article's main text (trafilatura drops navigation, ads and footers), one paragraph,
    heading, list or quote a block, blocks apart by a blank line as in a text report.

    A heading that opens the article is its headline: the title, never body text, so that it
    cannot run into the first sentence (the lede, usually the main event).
    """
    import trafilatura
    from trafilatura.xml import xmltotxt

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None or extracted.body is None:
        return InputError(name, "no article text found in the HTML")
    blocks = list(extracted.body)
    headline = None
    if blocks and blocks[0].tag == "head":
        headline = xmltotxt(blocks.pop(0), include_formatting=False).strip() or None
    text = "\n\n".join(t for t in (xmltotxt(b, include_formatting=False).strip() for b in blocks) if t)
    if not text:
        return InputError(name, "no article text found in the HTML")
    published = extracted.date if extracted.date and PUBLISHED_PATTERN.match(extracted.date) else None
    # A "site name" longer than any outlet's name is page text trafilatura guessed wrong: no outlet.
    sitename = (
        extracted.sitename if extracted.sitename and len(extracted.sitename) <= OUTLET_MAX_CHARS else None
    )
    return Document(
        id=doc_id,
        text=text,
        title=(extracted.title or "").strip() or headline,
        published=published,
        outlet=sitename,
        url=extracted.url,
        path=name,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def parse_jsonl(text: str, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Item]:
    """One document a line: `id` (or `doc`, as annotated files have it) and `text`, with optional
    title, published, outlet, url. `max_bytes` limits each line's text, not the file."""
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield InputError(name, f"bad JSON ({exc.msg}, column {exc.colno})", line=number)
            continue
        if (
            isinstance(record, dict)
            and record.get("id") in (None, "")
            and record.get("doc") not in (None, "")
        ):
            record["id"] = record["doc"]  # annotated files name the document "doc"
        problem = _jsonl_problem(record, max_bytes)
        if problem:
            yield InputError(name, problem, line=number)
            continue
        yield _checked(
            Document(
                id=str(record["id"]),
                text=record["text"],
                title=record.get("title"),
                published=record.get("published"),
                outlet=record.get("outlet"),
                url=record.get("url"),
                path=f"{name}:{number}",
                sha256=hashlib.sha256(record["text"].encode("utf-8", "surrogatepass")).hexdigest(),
            ),
            name,
            line=number,
        )


def _jsonl_problem(record: object, max_bytes: int) -> str | None:
    if not isinstance(record, dict):
        return "a line must be a JSON object"
    if record.get("id") in (None, ""):
        return 'missing "id"'
    if not isinstance(record.get("text"), str) or is_blank(record["text"]):
        return 'missing or empty "text"'
    size = len(record["text"].encode("utf-8", "surrogatepass"))
    if size > max_bytes:
        return f"the report text is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)"
    published = record.get("published")
    if published is not None and not (isinstance(published, str) and PUBLISHED_PATTERN.match(published)):
        return f'"published" must be YYYY-MM-DD, YYYY-MM or YYYY, not {published!r}'
    for key in ("title", "outlet", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f'"{key}" must be a string'
    return None


def _read_stdin(max_bytes: int) -> Iterator[Item]:
    raw = sys.stdin.buffer.read(max_bytes + 1)
    # Standard input has no suffix: JSON lines when it starts with an object, else plain text.
    is_jsonl = raw.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")
    if is_jsonl:
        raw += sys.stdin.buffer.read()  # many reports: the limit is on each, not on the stream
    elif len(raw) > max_bytes:
        yield InputError("-", f"standard input is over the limit of {max_bytes:,} bytes (--max-bytes)")
        return
    yield from read_bytes(raw, "-", ".jsonl" if is_jsonl else ".txt", default_id="stdin", max_bytes=max_bytes)

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
    name = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield InputError(name, f"file is {size:,} bytes, over the limit of {max_bytes:,} (--max-bytes)")
            return
        raw = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot be read: {exc.strerror or exc}")
        return
    yield from read_bytes(raw, name, path.suffix.lower(), default_id=path.stem)


def read_bytes(raw: bytes, name: str, suffix: str, default_id: str) -> Iterator[Item]:
    """Read one input's bytes, as the kind its suffix names."""
    if not raw.strip():
        yield InputError(name, "file is empty")
        return
    try:
        text = decode_bytes(raw)
    except DecodeError as exc:
        yield InputError(name, str(exc))
        return
    if suffix in JSONL_SUFFIXES:
        yield from parse_jsonl(text, name)
    elif suffix in HTML_SUFFIXES:
        yield _html_document(text, raw, name, default_id)
    else:
        yield text_document(text, name, default_id, sha256=hashlib.sha256(raw).hexdigest())


def text_document(text: str, name: str, doc_id: str, sha256: str | None = None) -> Document:
    """A plain-text report: a first line followed by a blank line is its title."""
    lines = text.split("\n", 2)
    title = lines[0].strip() if len(lines) >= 2 and lines[0].strip() and not lines[1].strip() else None
    return Document(id=doc_id, text=text, title=title, path=name, sha256=sha256)


def _html_document(html: str, raw: bytes, name: str, doc_id: str) -> Item:
    # trafilatura keeps the article's main text and drops navigation, ads and footers.
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None or not (extracted.text or "").strip():
        return InputError(name, "no article text found in the HTML")
    published = extracted.date if extracted.date and PUBLISHED_PATTERN.match(extracted.date) else None
    return Document(
        id=doc_id,
        text=extracted.text,
        title=extracted.title,
        published=published,
        outlet=extracted.sitename,
        url=extracted.url,
        path=name,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


def parse_jsonl(text: str, name: str) -> Iterator[Item]:
    """One document a line: `id` (or `doc`, as annotated files have it) and `text`, with optional
    title, published, outlet, url."""
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
        problem = _jsonl_problem(record)
        if problem:
            yield InputError(name, problem, line=number)
            continue
        yield Document(
            id=str(record["id"]),
            text=record["text"],
            title=record.get("title"),
            published=record.get("published"),
            outlet=record.get("outlet"),
            url=record.get("url"),
            path=f"{name}:{number}",
            sha256=hashlib.sha256(record["text"].encode("utf-8")).hexdigest(),
        )


def _jsonl_problem(record: object) -> str | None:
    if not isinstance(record, dict):
        return "a line must be a JSON object"
    if record.get("id") in (None, ""):
        return 'missing "id"'
    if not isinstance(record.get("text"), str) or not record["text"].strip():
        return 'missing or empty "text"'
    published = record.get("published")
    if published is not None and not (isinstance(published, str) and PUBLISHED_PATTERN.match(published)):
        return f'"published" must be YYYY-MM-DD, YYYY-MM or YYYY, not {published!r}'
    for key in ("title", "outlet", "url"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f'"{key}" must be a string'
    return None


def _read_stdin(max_bytes: int) -> Iterator[Item]:
    raw = sys.stdin.buffer.read(max_bytes + 1)
    if len(raw) > max_bytes:
        yield InputError("-", f"standard input is over the limit of {max_bytes:,} bytes (--max-bytes)")
        return
    # Standard input has no suffix: JSON lines when it starts with an object, else plain text.
    suffix = ".jsonl" if raw.lstrip().startswith(b"{") else ".txt"
    yield from read_bytes(raw, "-", suffix, default_id="stdin")

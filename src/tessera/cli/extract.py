"""`tessera extract`: reports in, events out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from tessera.cli import app
from tessera.cli.output import FORMATS, WorkersOption, error_line, resolve_workers, write_events
from tessera.ingest import DEFAULT_MAX_BYTES, InputError, read_inputs
from tessera.model import Document, Event

PROGRESS_AFTER = 5  # documents: fewer finish before a bar would be worth drawing


def read_documents(paths: list[str], max_bytes: int, failures: list[InputError]) -> list[Document]:
    """Read every input; each one that fails is reported in one line and counted."""
    documents: list[Document] = []
    for item in read_inputs(paths, max_bytes=max_bytes):
        if isinstance(item, InputError):
            error_line(str(item))
            failures.append(item)
        else:
            documents.append(item)
    return documents


def _events(
    documents: list[Document], show_progress: bool, failures: list[InputError], workers: int
) -> Iterator[Event]:
    def report(document: Document, exc: Exception) -> None:
        failure = InputError(document.path or document.id, f"extraction failed ({type(exc).__name__}: {exc})")
        error_line(str(failure))
        failures.append(failure)

    # The language model loads here, not at start-up: `tessera --help` and queries never need it.
    from tessera.pipeline import extract_documents

    with Progress(transient=True, disable=not show_progress) as progress:
        task = progress.add_task("extracting", total=len(documents))
        for _, events in extract_documents(documents, on_error=report, workers=workers):
            progress.advance(task)
            yield from events


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .jsonl), directories, or - for standard input.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of standard output.")
    ] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl, json or table.")] = "jsonl",
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")
    ] = DEFAULT_MAX_BYTES,
    workers: WorkersOption = None,
) -> None:
    """Extract events from reports: one event a line, in the shape of the event-record spec."""
    if fmt not in FORMATS:
        error_line(f"--format must be one of {', '.join(FORMATS)}, not {fmt!r}")
        raise typer.Exit(2)
    failures: list[InputError] = []
    documents = read_documents(paths, max_bytes, failures)
    show_progress = sys.stderr.isatty() and len(documents) > PROGRESS_AFTER
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        error_line(f"{output}: cannot be written: {exc.strerror}")
        raise typer.Exit(2) from None
    try:
        write_events(_events(documents, show_progress, failures, resolve_workers(workers)), fmt, out)
    finally:
        if output:
            out.close()
    if failures:
        raise typer.Exit(1)

"""`tessera extract`: reports in, events out."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import Progress

from tessera.cli import app
from tessera.cli.output import (
    FORMATS,
    EngineOption,
    SchedulerOption,
    WorkersOption,
    check_engine,
    error_line,
    resolve_workers,
    write_events,
)
from tessera.ingest import DEFAULT_MAX_BYTES, InputError, failure_note, read_inputs
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
    documents: list[Document],
    show_progress: bool,
    failures: list[InputError],
    workers: int,
    engine: str,
    scheduler: str | None,
) -> Iterator[Event]:
    def report(document: Document, exc: Exception) -> None:
        # The type and place of the failure, never its message: it may quote the report.
        failure = InputError(document.path or document.id, f"extraction failed ({failure_note(exc)})")
        error_line(str(failure))
        failures.append(failure)

    # The language model loads here, not at start-up: `tessera --help` and queries never need it.
    from tessera.pipeline import extract_documents

    with Progress(transient=True, disable=not show_progress) as progress:
        task = progress.add_task("extracting", total=len(documents))
        extracted = extract_documents(
            documents, on_error=report, workers=workers, engine=engine, scheduler=scheduler
        )
        for _, events in extracted:
            progress.advance(task)
            yield from events


def _write_partitions(
    documents: list[Document],
    folder: Path,
    engine: str,
    scheduler: str | None,
    workers: int,
    failures: list[InputError],
) -> None:
    from tessera.cluster import write_parquet_partitions

    if folder.exists() and not folder.is_dir():
        error_line(f"{folder}: --format parquet writes a folder, and this is a file")
        raise typer.Exit(2)
    n_docs, n_events, errors = write_parquet_partitions(
        documents, folder, scheduler, workers, local=engine != "dask"
    )
    for line in errors:
        error_line(line)
        failures.append(InputError(line.split(": ", 1)[0], line.split(": ", 1)[-1]))
    print(f"{n_docs} documents, {n_events} events written to {folder}", file=sys.stderr)


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files (.txt, .html, .jsonl), directories, or - for standard input.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write here instead of standard output.")
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", help="jsonl, json, table, or parquet (-o names a folder of partition files)."
        ),
    ] = "jsonl",
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse inputs larger than this.")
    ] = DEFAULT_MAX_BYTES,
    workers: WorkersOption = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Extract events from reports: one event a line, in the shape of the event-record spec."""
    if fmt not in (*FORMATS, "parquet"):
        error_line(f"--format must be one of {', '.join((*FORMATS, 'parquet'))}, not {fmt!r}")
        raise typer.Exit(2)
    check_engine(engine, scheduler)
    if fmt == "parquet" and output is None:
        error_line("--format parquet writes a folder of partition files: give -o FOLDER")
        raise typer.Exit(2)
    failures: list[InputError] = []
    documents = read_documents(paths, max_bytes, failures)
    if fmt == "parquet":
        _write_partitions(documents, output, engine, scheduler, resolve_workers(workers), failures)
        raise typer.Exit(1 if failures else 0)
    show_progress = sys.stderr.isatty() and len(documents) > PROGRESS_AFTER
    try:
        out = open(output, "w", encoding="utf-8") if output else sys.stdout  # noqa: SIM115
    except OSError as exc:
        error_line(f"{output}: cannot be written: {exc.strerror}")
        raise typer.Exit(2) from None
    try:
        found = _events(documents, show_progress, failures, resolve_workers(workers), engine, scheduler)
        write_events(found, fmt, out)
    finally:
        if output:
            out.close()
    if failures:
        raise typer.Exit(1)

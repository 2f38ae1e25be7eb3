"""Shared output helpers for commands: one-line errors, and events as JSON lines, JSON or a table."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import IO, Annotated

import typer
from rich.console import Console
from rich.table import Table

from tessera.model import Event, event_to_dict

FORMATS = ("jsonl", "json", "table")

WorkersOption = Annotated[
    int | None,
    typer.Option("--workers", min=1, help="Processes that extract (default: this machine's cores)."),
]


ENGINES = ("local", "dask")
EngineOption = Annotated[
    str, typer.Option("--engine", help="local (processes on this machine) or dask (a Dask cluster).")
]
SchedulerOption = Annotated[
    str | None,
    typer.Option("--scheduler", help="Dask scheduler ADDRESS (default with --engine dask: a local cluster)."),
]


def check_engine(engine: str, scheduler: str | None) -> None:
    if engine not in ENGINES:
        error_line(f"--engine must be one of {', '.join(ENGINES)}, not {engine!r}")
        raise typer.Exit(2)
    if scheduler and engine != "dask":
        error_line("--scheduler needs --engine dask")
        raise typer.Exit(2)


def resolve_workers(workers: int | None) -> int:
    from tessera.parallel import default_workers

    return default_workers() if workers is None else workers


err_console = Console(stderr=True, highlight=False)


def error_line(message: str) -> None:
    """A user's mistake: one plain line on standard error, no traceback."""
    print(f"tessera: {message}", file=sys.stderr)


def write_events(events: Iterable[Event], fmt: str, out: IO[str]) -> int:
    count = 0
    if fmt == "jsonl":
        for event in events:
            out.write(json.dumps(event_to_dict(event), ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "json":
        records = [event_to_dict(e) for e in events]
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
        count = len(records)
    else:
        table = events_table(list(events))
        Console(file=out, width=160 if not out.isatty() else None).print(table)
        count = table.row_count
    return count


def events_table(events: list[Event]) -> Table:
    table = Table(show_lines=False, header_style="bold")
    for column in ("type", "status", "when", "where / from → to", "victims", "by", "conf.", "evidence"):
        table.add_column(column, overflow="fold")
    for e in events:
        # A movement shows its route; anything else where it happened.
        moved = e.origin is not None or e.destination is not None
        place = (
            " → ".join(p.name if p else "?" for p in (e.origin, e.destination))
            if moved
            else (e.where.name if e.where else "")
        )
        when = "" if e.when.start is None else f"{e.when.start}…{e.when.end} ({e.when.precision})"
        victims = (
            ""
            if e.victims is None
            else _count(e.victims.count_min, e.victims.count_max) + f" {e.victims.group}"
        )
        by = ", ".join(a.name for a in e.perpetrators)
        evidence = e.evidence[0].text if e.evidence else ""
        table.add_row(
            e.type,
            e.status,
            when,
            place,
            victims,
            by,
            f"{e.confidence:.2f}",
            evidence[:90],
        )
    return table


def _count(low: int | None, high: int | None) -> str:
    if low is None:
        return "?"
    if high == low:
        return str(low)
    return f"{low}+" if high is None else f"{low}–{high}"

"""Shared output helpers for commands: one-line errors, and events as JSON lines, JSON or a table.

Everything a person reads passes through `visible` (or `cell` for table cells): ids, outlets,
titles and evidence come from reports anyone can write, and a report must not be able to clear
the screen, recolour it, retitle the window, forge lines or reorder text on the reader's terminal.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable
from typing import IO, Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

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


# C0 controls (ESC starts colour, cursor and window-title sequences; CR and LF forge lines), DEL,
# C1 controls (CSI and OSC as single bytes), the line and paragraph separators, and the bidi
# controls that reorder what is shown ("Trojan Source").
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(value: Any) -> str:
    """The text as a person may safely see it: every control character written as an escape
    (ESC as \\x1b, a line break as \\x0a), so it shows and does nothing."""
    return _CONTROL.sub(_escaped, "" if value is None else str(value))


def visible_lines(text: str) -> str:
    """`visible` for a report of several lines: its own line breaks and tab-separated columns
    are kept (a tab only moves the cursor to the next stop)."""
    return "\n".join("\t".join(map(visible, line.split("\t"))) for line in text.split("\n"))


def cell(value: Any) -> Text:
    """A table cell: visible, and plain text (rich would read "[...]" in a string as markup)."""
    return Text(visible(value))


def error_line(message: str) -> None:
    """A user's mistake: one plain line on standard error, no traceback."""
    print(f"tessera: {visible(message)}", file=sys.stderr)


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
            *map(cell, (e.type, e.status, when, place, victims, by, f"{e.confidence:.2f}", evidence[:90]))
        )
    return table


def _count(low: int | None, high: int | None) -> str:
    if low is None:
        return "?"
    if high == low:
        return str(low)
    return f"{low}+" if high is None else f"{low}–{high}"

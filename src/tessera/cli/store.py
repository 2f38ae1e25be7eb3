"""Commands over the store: ingest, events, explain, merge, split, review, export."""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tessera.cli import app
from tessera.cli.output import (
    EngineOption,
    SchedulerOption,
    WorkersOption,
    cell,
    check_engine,
    resolve_workers,
    visible,
)
from tessera.ingest import DEFAULT_MAX_BYTES
from tessera.store.errors import StoreError

if TYPE_CHECKING:  # (the store itself loads in the commands that open one)
    from tessera.store import EventQuery, Store, StoredEvent

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file path or a postgresql:// URL (default: TESSERA_DB, "
        "else tessera.db in the user data folder).",
        show_default=False,
    ),
]


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"tessera: {visible(message)}", err=True)
    return typer.Exit(code)


def _open(db: str | None) -> Store:
    from tessera.store import Store

    try:
        return Store.open(db)
    except StoreError as exc:
        raise _fail(str(exc)) from None


# --- ingest ---------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Report files, directories, .jsonl files, or - for stdin.")
    ],
    db: DbOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse reports larger than this (each line of a .jsonl).")
    ] = DEFAULT_MAX_BYTES,
    workers: WorkersOption = None,
    engine: EngineOption = "local",
    scheduler: SchedulerOption = None,
) -> None:
    """Extract events from reports and keep documents and events in the store (one transaction
    per document; content already stored is skipped, so a re-run finishes an interrupted one;
    the same text from another outlet, address or date is recorded as a copy of the stored one).

    On a terminal a progress bar shows the count, the rate and the time left, and a final line
    what was stored; with --quiet only errors are printed."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from tessera.ingest import read_inputs
    from tessera.pipeline import IngestTally, ingest_documents

    check_engine(engine, scheduler)
    show_progress = not quiet and sys.stderr.isatty()
    # Counting first costs one read of the inputs, small beside extraction, and gives the bar an
    # end (standard input can be read only once: its bar counts without an end).
    total = (
        sum(1 for _ in read_inputs(paths, max_bytes=max_bytes))
        if show_progress and "-" not in paths
        else None
    )
    columns = (
        TextColumn("ingesting"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:.1f}/s"),
        TimeRemainingColumn(),
    )
    store = _open(db)
    tally = IngestTally()
    try:
        bar_console = Console(stderr=True)
        with Progress(*columns, console=bar_console, transient=True, disable=not show_progress) as progress:
            task = progress.add_task("ingest", total=total, rate=0.0)

            def advance(*_: object) -> None:
                progress.advance(task)
                elapsed = progress.tasks[0].elapsed or 0.0
                progress.update(task, rate=progress.tasks[0].completed / elapsed if elapsed else 0.0)

            def failed(line: str) -> None:
                typer.echo(f"tessera: {visible(line)}", err=True)  # the live bar (on stderr) stays below it
                advance()

            ingest_documents(
                store,
                read_inputs(paths, max_bytes=max_bytes),
                on_stored=advance,
                on_known=advance,
                on_failure=failed,
                on_copy=None if quiet else lambda line: typer.echo(visible(line), err=True),
                workers=resolve_workers(workers),
                engine=engine,
                scheduler=scheduler,
                tally=tally,
            )
    except StoreError as exc:
        # Each document is its own transaction: what was stored stays, a re-run finishes the rest.
        raise _fail(
            f"{exc}; {tally.stored} documents stored before it, run the same ingest again to finish"
        ) from None
    finally:
        store.close()
    if not quiet:
        typer.echo(tally.summary())
    if tally.failures:
        raise typer.Exit(1)


# --- events ---------------------------------------------------------------------------------


def _query(
    type_: str | None,
    status: str | None,
    review: str | None,
    country: str | None,
    admin1: str | None,
    since: str | None,
    until: str | None,
    near: str | None,
    text: str | None,
    limit: int | None,
) -> EventQuery:
    from tessera.store.filters import FilterError, event_query

    try:
        return event_query(
            type=type_,
            status=status,
            review=review,
            country=country,
            admin1=admin1,
            since=since,
            until=until,
            near=near,
            text=text,
            limit=limit,
        )
    except FilterError as exc:
        raise _fail(f"--{exc}") from None


TypeOpt = Annotated[str | None, typer.Option("--type", help="Event type, e.g. arrest.")]
StatusOpt = Annotated[str | None, typer.Option(help="occurred, attempted, suspected or at_risk.")]
ReviewOpt = Annotated[str | None, typer.Option(help="unreviewed, confirmed, rejected or edited.")]
CountryOpt = Annotated[
    str | None, typer.Option(help="Country of any of its places: a name or an ISO code (KP, North Korea).")
]
Admin1Opt = Annotated[
    str | None, typer.Option(help="Province of any of its places, in any known spelling (Yanggang).")
]
SinceOpt = Annotated[str | None, typer.Option(help="Events ending on or after this day (YYYY[-MM[-DD]]).")]
UntilOpt = Annotated[str | None, typer.Option(help="Events starting on or before this day.")]
NearOpt = Annotated[str | None, typer.Option(help="LAT,LON,KM: a place within KM of the point.")]
TextOpt = Annotated[str | None, typer.Option(help="Words that must all appear (summary, evidence, places).")]
LimitOpt = Annotated[int | None, typer.Option(help="At most this many events.")]


def _place_text(record: dict[str, Any]) -> str:
    for role, mark in (("where", ""), ("destination", "→"), ("origin", "←")):
        p = record.get(role)
        if p:
            bits = [p.get("name") or p.get("admin2") or p.get("admin1") or "", p.get("country") or ""]
            return mark + ", ".join(b for b in bits if b)
    return ""


def _when_text(record: dict[str, Any]) -> str:
    when = record.get("when") or {}
    start, end = when.get("start"), when.get("end")
    if not start and not end:
        return ""
    return start if start == end else f"{start or '?'}..{end or '?'}"


def _print_table(found: list[StoredEvent], out: Any = None) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False)
    for col in ("id", "type", "status", "when", "place", "victims", "reports", "review", "summary"):
        table.add_column(col, overflow="fold")
    for e in found:
        r = e.record
        v = r.get("victims") or {}
        victims = "" if v.get("count_min") is None else str(v["count_min"])
        row = (
            e.id,
            r["type"],
            r["status"],
            _when_text(r),
            _place_text(r),
            victims,
            str(len(r.get("sources") or [])),
            e.review_state,
            r.get("summary") or "",
        )
        table.add_row(*map(cell, row))
    Console(width=200, file=out).print(table)
    if out is None:
        typer.echo(f"{len(found)} events")
    else:
        out.write(f"{len(found)} events\n")


ReviewedOnlyOpt = Annotated[
    bool,
    typer.Option("--reviewed-only", help="Only events a reviewer has confirmed or edited."),
]
OutputOpt = Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")]
EVENTS_FORMATS = ("table", "jsonl", "csv", "geojson")


def _select(store: Store, q: EventQuery, reviewed_only: bool) -> tuple[list[StoredEvent], dict[str, Any]]:
    """The stored events the query and --reviewed-only select, with each one's review."""
    from tessera.export.review import REVIEWED_STATES, reviews_of
    from tessera.export.review import reviewed_only as keep_reviewed

    if reviewed_only and q.review_state is not None and q.review_state not in REVIEWED_STATES:
        raise _fail(
            f"--reviewed-only selects {' or '.join(REVIEWED_STATES)} events: --review {q.review_state} contradicts it"
        )
    limit = q.limit
    if reviewed_only:
        q = replace(q, limit=None)  # the limit counts the reviewed events, not all of them
    found = store.query(q)
    if reviewed_only:
        found = keep_reviewed(found)[:limit] if limit else keep_reviewed(found)
    return found, reviews_of(store, found)


def _write_to(output: Path | None, write: Any, binary: bool = False) -> None:
    """Run `write(stream)` on the file (or standard output); a file that cannot be written is a
    one-line error."""
    try:
        if output is None:
            write(sys.stdout.buffer if binary else sys.stdout)
        else:
            with open(output, "wb") if binary else open(output, "w", encoding="utf-8", newline="") as fh:
                write(fh)
    except BrokenPipeError:
        # The reader stopped early (`| head`): not an error; stop quietly.
        _silence_stdout()
        raise typer.Exit(0) from None
    except OSError as exc:
        where = "standard output" if output is None else output
        raise _fail(f"cannot write {where}: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    """Point standard output at the null device, so the interpreter's last flush does not fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


@app.command("events")
def events_cmd(
    type_: TypeOpt = None,
    status: StatusOpt = None,
    review: ReviewOpt = None,
    reviewed_only: ReviewedOnlyOpt = False,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    near: NearOpt = None,
    text: TextOpt = None,
    limit: LimitOpt = None,
    format_: Annotated[str, typer.Option("--format", help="table, jsonl, csv or geojson.")] = "table",
    output: OutputOpt = None,
    db: DbOption = None,
) -> None:
    """List stored events (merged across reports) that match every filter given, as a table,
    JSON lines, CSV or GeoJSON, each with its review state and the reviewer's note."""
    if format_ not in EVENTS_FORMATS:
        raise _fail(f"--format must be one of {', '.join(EVENTS_FORMATS)}, not {format_!r}")
    q = _query(type_, status, review, country, admin1, since, until, near, text, limit)
    with _open(db) as store:
        found, reviews = _select(store, q, reviewed_only)
    if format_ == "table":
        _write_to(output, lambda out: _print_table(found, None if out is sys.stdout else out))
        return
    from tessera.export import export_events

    events = [e.event() for e in found]
    _write_to(output, lambda out: export_events(events, format_, out, reviews))
    if output is not None:
        typer.echo(f"{len(found)} events written to {visible(output)}", err=True)


# --- explain, split, review -----------------------------------------------------------------


def _flatten(items: Any) -> list[Any]:
    """The merge steps as one list: each merge stored its own list of reasons."""
    if isinstance(items, list):
        return [y for x in items for y in _flatten(x)]
    return [items]


@app.command()
def explain(event_id: str, db: DbOption = None) -> None:
    """Say which reports were merged into an event, why, and what has changed it since."""
    with _open(db) as store:
        ex = store.explain(event_id)
    if ex is None:
        raise _fail(f"no event {event_id!r} in the store", 1)
    r = ex.event.record
    v = visible  # every value below came from a report or a person: shown, never obeyed
    typer.echo(
        f"{v(ex.event.id)}  {v(r['type'])} ({v(r['status'])})  {v(_when_text(r))}  {v(_place_text(r))}  "
        f"[{v(ex.event.review_state)}]"
    )
    if r.get("summary"):
        typer.echo(f"  {v(r['summary'])}")
    typer.echo(f"\nFrom {len(ex.mentions)} mention(s) in {len({m.sha256 for m in ex.mentions})} report(s):")
    for m in ex.mentions:
        head = " · ".join(x for x in (m.outlet, m.published, m.title) if x) or "(untitled)"
        typer.echo(f"  - {v(m.doc_key)} [{v(m.sha256[:12])}] {v(head)}")
        typer.echo(
            f"    mention {v(m.event_key)}: {v(m.record['type'])} ({v(m.record['status'])}) "
            f"{v(_when_text(m.record))} {v(_place_text(m.record))}"
        )
        for span in m.record.get("evidence") or []:
            typer.echo(f'    "{v(span.get("text", "").strip())}"')
    if ex.copies:
        # The same text from another outlet, address or date: more sources of what it tells.
        typer.echo(f"\nThe same text, also from {len(ex.copies)} other source(s):")
        for c in ex.copies:
            head = " · ".join(x for x in (c.outlet, c.published, c.url, c.title) if x) or "(untitled)"
            typer.echo(f"  - {v(c.doc_key)} (copy of {v(c.copy_of)}) {v(head)}")
    reasons = [x for x in _flatten(ex.explanation or []) if x]
    typer.echo(
        "\nWhy merged:"
        if reasons
        else "\nWhy merged: not merged (one report)"
        if len(ex.mentions) < 2
        else "\nWhy merged: no reason recorded"
    )
    for reason in reasons:
        typer.echo(f"  - {v(reason if isinstance(reason, str) else json.dumps(reason, ensure_ascii=False))}")
    if ex.candidates:
        typer.echo(
            "\nPossibly the same event (not sure enough to merge; `tessera merge` accepts or dismisses):"
        )
        for c in ex.candidates:
            typer.echo(f"  - {v(c.other)} [{c.state}] score {c.score:.1f}: {v('; '.join(c.reasons))}")
    typer.echo("\nHistory:")
    for h in ex.history:
        note = f" — {v(h['note'])}" if h.get("note") else ""
        typer.echo(f"  {h['at']:%Y-%m-%d %H:%M:%S}  {v(h['actor'])}: {v(h['action'])}{note}")


@app.command("merge")
def merge_cmd(
    event_id: str,
    other_id: str,
    dismiss: Annotated[
        bool, typer.Option("--dismiss", help="They are not one event: keep them apart from now on.")
    ] = False,
    note: Annotated[str | None, typer.Option(help="Why, for the history.")] = None,
    actor: Annotated[str, typer.Option(help="Who decided, for the history.")] = "cli",
    db: DbOption = None,
) -> None:
    """Decide a pair the merge was not sure of (see `tessera explain`): merge OTHER_ID into
    EVENT_ID, or with --dismiss keep them apart. `tessera split` undoes a merge."""
    with _open(db) as store:
        try:
            if dismiss:
                store.dismiss_pair(event_id, other_id, actor=actor, note=note)
            else:
                store.merge_pair(event_id, other_id, actor=actor, note=note)
        except StoreError as exc:
            raise _fail(str(exc), 1) from None
    if dismiss:
        typer.echo(f"{event_id} and {other_id} kept apart")
    else:
        typer.echo(f"{other_id} merged into {event_id}")


@app.command()
def split(
    event_id: str,
    parts: Annotated[
        list[str] | None,
        typer.Argument(
            help="Mention ids, document ids or SHA-256 prefixes to move to a new event "
            "(none: every report becomes its own event)."
        ),
    ] = None,
    db: DbOption = None,
    actor: Annotated[str, typer.Option(help="Who split it, for the history.")] = "cli",
) -> None:
    """Undo a wrong merge; the parts are never merged together again."""
    with _open(db) as store:
        try:
            ids = store.split(event_id, parts or [], actor=actor)
        except StoreError as exc:
            raise _fail(str(exc), 1) from None
    typer.echo(visible(f"{event_id} split into: {', '.join(ids)}"))


@app.command()
def review(
    event_id: str,
    state: Annotated[str, typer.Argument(help="confirmed, rejected or unreviewed.")],
    note: Annotated[str | None, typer.Option(help="Why, for the history.")] = None,
    actor: Annotated[str, typer.Option(help="Who reviewed it.")] = "cli",
    db: DbOption = None,
) -> None:
    """Set an event's review state (kept in its history)."""
    with _open(db) as store:
        try:
            store.set_review_state(event_id, state, actor=actor, note=note)
        except StoreError as exc:
            raise _fail(str(exc), 1) from None
    typer.echo(visible(f"{event_id}: {state}"))


# --- export ---------------------------------------------------------------------------------


@app.command()
def export(
    format_: Annotated[
        str, typer.Option("--format", help="jsonl, geojson, acled-csv, parquet or csv.")
    ] = "jsonl",
    output: OutputOpt = None,
    type_: TypeOpt = None,
    status: StatusOpt = None,
    review: ReviewOpt = None,
    reviewed_only: ReviewedOnlyOpt = False,
    keep_vague_dates: Annotated[
        bool,
        typer.Option(
            "--keep-vague-dates",
            help="acled-csv: keep undated events (at their first report's date) and events dated "
            "only to a period longer than a month (at its end), with time_precision 3.",
        ),
    ] = False,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    near: NearOpt = None,
    text: TextOpt = None,
    db: DbOption = None,
) -> None:
    """Write the stored events (those matching the filters) in an exchange format, each with its
    review state and the reviewer's decision. The ACLED-style CSV holds only events it can date
    and place as ACLED does; how many it leaves out, and why, is printed."""
    from tessera.export import FORMATS, LeftOut, export_events

    if format_ not in FORMATS:
        raise _fail(f"--format must be one of {', '.join(FORMATS)}, not {format_!r}")
    if format_ == "parquet" and output is None and sys.stdout.isatty():
        raise _fail("parquet is binary: give -o FILE (or redirect standard output)")
    q = _query(type_, status, review, country, admin1, since, until, near, text, None)
    with _open(db) as store:
        found, reviews = _select(store, q, reviewed_only)
    events = [e.event() for e in found]
    left_out = LeftOut()
    written = 0

    def write(out: Any) -> None:
        nonlocal written
        written = export_events(events, format_, out, reviews, keep_vague_dates, left_out)

    _write_to(output, write, binary=format_ == "parquet")
    if left_out.total:
        typer.echo(f"tessera: {left_out.message()}", err=True)
    if output is not None:
        typer.echo(f"{written} events written to {visible(output)}", err=True)

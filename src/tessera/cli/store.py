"""Commands over the store: ingest, events, explain, split, review, export."""

from __future__ import annotations

import calendar
import importlib
import json
import sys
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from tessera.cli import app
from tessera.cli.output import cell, visible
from tessera.model import Document
from tessera.store import REVIEW_STATES, EventQuery, Store, StoredEvent, StoreError, parse_near

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help="Database: a SQLite file path or a postgresql:// URL (default: TESSERA_DB, "
        "else tessera.db in the user data folder).",
        show_default=False,
    ),
]
EXPORT_FORMATS = ("jsonl", "geojson", "acled-csv", "parquet")


def _fail(message: str, code: int = 2) -> typer.Exit:
    typer.echo(f"tessera: {visible(message)}", err=True)
    return typer.Exit(code)


def _open(db: str | None) -> Store:
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
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only the final counts.")] = False,
) -> None:
    """Extract events from reports and keep documents and events in the store (one transaction
    per document; content already stored is skipped, so a re-run finishes an interrupted one)."""
    from tessera.ingest import InputError, read_inputs
    from tessera.pipeline import extract_documents

    store = _open(db)
    tally = {"stored": 0, "known": 0, "events": 0, "new_events": 0, "failed": 0}

    def fresh(items: Iterable[Document | InputError]) -> Iterator[Document]:
        # Skip stored content before extraction: a re-run pays only for what is missing.
        for item in items:
            if isinstance(item, InputError):
                tally["failed"] += 1
                typer.echo(f"tessera: {visible(item)}", err=True)
            elif store.has_document(item.content_hash):
                tally["known"] += 1
            else:
                yield item

    try:
        for doc, events in extract_documents(fresh(read_inputs(paths))):
            result = store.add_document(doc, events)
            if not result.added:
                tally["known"] += 1
                continue
            tally["stored"] += 1
            tally["events"] += result.mentions
            tally["new_events"] += len(result.created)
            if not quiet:
                typer.echo(f"{visible(doc.path or doc.id)}: {result.mentions} events", err=True)
    except StoreError as exc:
        # Each document is its own transaction: what was stored stays, a re-run finishes the rest.
        raise _fail(
            f"{exc}; {tally['stored']} documents stored before it, run the same ingest again to finish"
        ) from None
    finally:
        store.close()
    typer.echo(
        f"{tally['stored']} documents stored ({tally['events']} events, "
        f"{tally['new_events']} new after merging), "
        f"{tally['known']} already stored, {tally['failed']} inputs failed"
    )
    if tally["failed"]:
        raise typer.Exit(1)


# --- events ---------------------------------------------------------------------------------


def _parse_day(value: str | None, option: str, last: bool) -> date | None:
    """YYYY, YYYY-MM or YYYY-MM-DD; a month or year means its first (or, for --until, last) day."""
    if value is None:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            return date(*parts)
        if len(parts) == 2:
            return date(parts[0], parts[1], calendar.monthrange(*parts)[1] if last else 1)
        if len(parts) == 1:
            return date(parts[0], 12, 31) if last else date(parts[0], 1, 1)
    except ValueError:
        pass
    raise _fail(f"{option} wants YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")


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
    if review and review not in REVIEW_STATES:
        raise _fail(f"--review must be one of {', '.join(REVIEW_STATES)}, not {review!r}")
    try:
        near_t = parse_near(near) if near else None
    except ValueError as exc:
        raise _fail(str(exc)) from None
    return EventQuery(
        type=type_,
        status=status,
        review_state=review,
        country=country,
        admin1=admin1,
        since=_parse_day(since, "--since", last=False),
        until=_parse_day(until, "--until", last=True),
        near=near_t,
        text=text,
        limit=limit,
    )


TypeOpt = Annotated[str | None, typer.Option("--type", help="Event type, e.g. arrest.")]
StatusOpt = Annotated[str | None, typer.Option(help="occurred, attempted, suspected or at_risk.")]
ReviewOpt = Annotated[str | None, typer.Option(help="unreviewed, confirmed, rejected or edited.")]
CountryOpt = Annotated[str | None, typer.Option(help="ISO country code of any of its places, e.g. KP.")]
Admin1Opt = Annotated[str | None, typer.Option(help="Province of any of its places.")]
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


def _print_table(found: list[StoredEvent]) -> None:
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
    Console(width=200).print(table)
    typer.echo(f"{len(found)} events")


@app.command("events")
def events_cmd(
    type_: TypeOpt = None,
    status: StatusOpt = None,
    review: ReviewOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    near: NearOpt = None,
    text: TextOpt = None,
    limit: LimitOpt = None,
    format_: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    db: DbOption = None,
) -> None:
    """List stored events (merged across reports) that match every filter given."""
    if format_ not in ("table", "jsonl"):
        raise _fail(f"--format must be table or jsonl, not {format_!r}")
    q = _query(type_, status, review, country, admin1, since, until, near, text, limit)
    with _open(db) as store:
        found = store.query(q)
    if format_ == "jsonl":
        for e in found:
            sys.stdout.write(
                json.dumps({**e.record, "review_state": e.review_state}, ensure_ascii=False) + "\n"
            )
    else:
        _print_table(found)


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
    typer.echo("\nHistory:")
    for h in ex.history:
        note = f" — {v(h['note'])}" if h.get("note") else ""
        typer.echo(f"  {h['at']:%Y-%m-%d %H:%M:%S}  {v(h['actor'])}: {v(h['action'])}{note}")


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


def _writer(fmt: str) -> Any:
    """The export stage's writer for `fmt` (tessera.export owns the formats)."""
    module = importlib.import_module("tessera.export")
    for name in ("write_events", "export_events", "write", "export"):
        fn = getattr(module, name, None)
        if callable(fn):
            return lambda events, out: fn(events, fmt, out)
    raise _fail("the export stage offers no writer (tessera.export.write_events)")


@app.command()
def export(
    format_: Annotated[str, typer.Option("--format", help="jsonl, geojson, acled-csv or parquet.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File to write (default: stdout).")
    ] = None,
    type_: TypeOpt = None,
    status: StatusOpt = None,
    review: ReviewOpt = None,
    country: CountryOpt = None,
    admin1: Admin1Opt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    near: NearOpt = None,
    text: TextOpt = None,
    db: DbOption = None,
) -> None:
    """Write the stored events (those matching the filters) in an exchange format."""
    if format_ not in EXPORT_FORMATS:
        raise _fail(f"--format must be one of {', '.join(EXPORT_FORMATS)}, not {format_!r}")
    if format_ == "parquet" and output is None:
        raise _fail("parquet is binary: give -o FILE")
    q = _query(type_, status, review, country, admin1, since, until, near, text, None)
    with _open(db) as store:
        found = [e.event() for e in store.query(q)]
    write = _writer(format_)
    try:
        write(found, output if output is not None else sys.stdout)
    except OSError as exc:
        raise _fail(f"cannot write {output}: {exc.strerror or exc}") from None
    if output is not None:
        typer.echo(f"{len(found)} events written to {visible(output)}", err=True)

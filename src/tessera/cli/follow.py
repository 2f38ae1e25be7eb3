"""`tessera follow`: read outlets' feeds and lists of article URLs, fetch what is new, ingest it."""

from __future__ import annotations

from typing import Annotated

import typer

from tessera.cli import app
from tessera.cli.output import WorkersOption, error_line, resolve_workers
from tessera.cli.store import DbOption, _fail, _open
from tessera.store.errors import StoreError


@app.command()
def follow(
    sources: Annotated[
        list[str],
        typer.Argument(help="RSS/Atom feed URLs, URLs or files listing article URLs, or article URLs."),
    ],
    db: DbOption = None,
    interval: Annotated[
        float, typer.Option("--interval", min=0.0, help="Seconds between two requests to one host.")
    ] = 1.0,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors.")] = False,
    workers: WorkersOption = 1,
) -> None:
    """Fetch the new articles of feeds and URL lists (robots.txt obeyed, one request a host per
    --interval) and ingest them; articles already stored are not fetched again."""
    from tessera.ingest.feeds import Fetcher
    from tessera.ingest.feeds import follow as follow_sources
    from tessera.pipeline import ingest_documents

    store = _open(db)
    fetcher = Fetcher(min_interval=interval)
    try:
        tally = ingest_documents(
            store,
            follow_sources(sources, fetcher, known=store.has_url),
            on_failure=lambda line: error_line(line),
            workers=resolve_workers(workers),
        )
    except StoreError as exc:
        raise _fail(str(exc)) from None
    finally:
        fetcher.close()
        store.close()
    if not quiet:
        typer.echo(tally.summary())
    if tally.failures:
        raise typer.Exit(1)

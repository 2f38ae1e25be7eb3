"""`tessera info`: which database is in use and what it holds."""

from __future__ import annotations

import typer

from tessera.cli import app
from tessera.cli.store import DbOption, _open


@app.command()
def info(db: DbOption = None) -> None:
    """Print the database in use (no password), its schema version, and what it holds."""
    from tessera.store.migrate import current_revision  # (Alembic: only for this command)

    with _open(db) as store:
        counts = store.counts()
        reviews = store.review_counts()
        revision = current_revision(store.engine)
        url = store.engine.url.render_as_string(hide_password=True)
    typer.echo(f"database: {url}")
    typer.echo(f"schema:   {revision or 'none'}")
    typer.echo(f"documents: {counts['documents']}")
    typer.echo(f"events:    {counts['events']} ({counts['mentions']} mentions in reports)")
    typer.echo("reviews:   " + ", ".join(f"{state} {n}" for state, n in reviews.items()))

"""Tessera's command line: a thin layer over the pipeline, the store and the exports.

Each group of commands lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import os
import sys
import traceback
from pathlib import Path

import typer

app = typer.Typer(
    name="tessera",
    help="Turn news reports about human-rights events into a verified, mapped record of events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _show_version(value: bool) -> None:
    if value:
        from tessera import __version__

        typer.echo(f"tessera {__version__}")
        raise typer.Exit()


@app.callback()
def _options(
    version: bool = typer.Option(
        False, "--version", help="Print the version and exit.", callback=_show_version, is_eager=True
    ),
) -> None:
    """Turn news reports about human-rights events into a verified, mapped record of events."""


# Command modules register on `app` when imported.
from tessera.cli import evaluate as _evaluate  # noqa: E402,F401
from tessera.cli import extract as _extract  # noqa: E402,F401
from tessera.cli import follow as _follow  # noqa: E402,F401
from tessera.cli import info as _info  # noqa: E402,F401
from tessera.cli import serve as _serve  # noqa: E402,F401
from tessera.cli import store as _store  # noqa: E402,F401

DEBUG_ENV = "TESSERA_DEBUG"


def main() -> None:
    try:
        app()
    except Exception as exc:  # noqa: BLE001 - the last line of defence, see _internal_error
        if os.environ.get(DEBUG_ENV):
            raise
        sys.exit(_internal_error(exc))


def _internal_error(exc: Exception) -> int:
    """One line for a failure nobody foresaw, without the exception's message: messages quote
    values (a report's text, a database row), and report text must not reach logs or terminals
    unasked. Where it happened is enough to file a bug; TESSERA_DEBUG=1 shows everything."""
    from sqlalchemy.exc import DBAPIError

    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if "tessera" in f.filename] or frames
    where = f" at {Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else ""
    kind = type(exc.orig if isinstance(exc, DBAPIError) and exc.orig else exc).__name__
    print(
        f"tessera: internal error ({kind}{where}); run again with {DEBUG_ENV}=1 for the traceback "
        "(it may quote report text)",
        file=sys.stderr,
    )
    return 3

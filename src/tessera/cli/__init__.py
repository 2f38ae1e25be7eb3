"""Tessera's command line: a thin layer over the pipeline, the store and the exports.

Each group of commands lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

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


def main() -> None:
    app()

"""`tessera eval`: measure the extractor on annotated reports."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from tessera.cli import app
from tessera.cli.output import error_line, visible_lines
from tessera.evaluate import gold_documents, load_gold, report, score
from tessera.evaluate.gold import GoldError
from tessera.evaluate.scoring import calibration_report
from tessera.model import event_to_dict


@app.command("eval")
def evaluate(
    gold: Annotated[
        Path, typer.Argument(help="Annotated documents, one a line (see shared/gold/README.md).")
    ],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List each miss and each extra.")] = False,
    show_calibration: Annotated[
        bool, typer.Option("--calibration", help="Also print how often events are right per confidence band.")
    ] = False,
) -> None:
    """Extract events from annotated documents and print precision, recall and field accuracy."""
    from tessera.pipeline import extract_documents  # loads the language model: only when run

    try:
        annotated = load_gold(gold)
    except GoldError as exc:
        error_line(str(exc))
        raise typer.Exit(2) from None
    predicted = [
        event_to_dict(e) for _, events in extract_documents(gold_documents(annotated)) for e in events
    ]
    try:
        scores = score(annotated, predicted)
    except ValueError as exc:
        error_line(f"{gold}: {exc}")
        raise typer.Exit(2) from None
    typer.echo(visible_lines(report(scores, verbose=verbose)))
    if show_calibration:
        typer.echo(visible_lines(calibration_report(scores)))

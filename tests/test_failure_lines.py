"""When one report's extraction fails, the line that says so names the report, the exception's
type and where it was raised, and never the exception's message: a message may quote the report
(hostile text: "tracebacks never print report text")."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

import tessera.pipeline
from tessera.cli import app
from tessera.ingest import DescribedFailure, failure_note
from tessera.language import Analysis
from tessera.parallel import WorkerError, _extract_batch

runner = CliRunner()
SECRET = "\x1b]0;pwned\x07Kim Invented-Person was seized"
GOOD = "Border guards arrested three traders in Hyesan on 4 May 2023.\n"
# "ValueError at tessera/…/file.py:LINE in function"
NOTE = re.compile(r"ValueError at tessera/[\w/]+\.py:\d+ in [\w<>]+")


@pytest.fixture
def choking_extractor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Extraction fails on any report that holds the secret, quoting the report as it fails."""
    real = tessera.pipeline.extract_analysis

    def extract(analysis: Analysis):  # noqa: ANN202
        if "seized" in analysis.text:
            raise ValueError(f"cannot read {analysis.text!r}")
        return real(analysis)

    monkeypatch.setattr(tessera.pipeline, "extract_analysis", extract)


def reports(tmp_path: Path) -> Path:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a-bad.txt").write_text(SECRET + " in Musan.\n")
    (folder / "b-good.txt").write_text(GOOD)
    return folder


def test_extract_names_the_failure_without_the_report_text(choking_extractor: None, tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(reports(tmp_path))])
    assert result.exit_code == 1
    assert "Invented-Person" not in result.stderr and "pwned" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if "a-bad.txt" in x]
    assert "extraction failed" in line and NOTE.search(line), line
    assert '"type": "arrest"' in result.stdout  # the other report is read


def test_ingest_names_the_failure_without_the_report_text(choking_extractor: None, tmp_path: Path) -> None:
    db = str(tmp_path / "store.db")
    result = runner.invoke(app, ["ingest", str(reports(tmp_path)), "--db", db, "-q"])
    assert result.exit_code == 1
    assert "Invented-Person" not in result.stderr and "pwned" not in result.stderr
    (line,) = [x for x in result.stderr.splitlines() if "a-bad.txt" in x]
    assert "extraction failed" in line and NOTE.search(line), line


def test_a_worker_sends_back_only_the_note(choking_extractor: None) -> None:
    from tessera.model import Document

    outcomes = _extract_batch([Document(id="bad", text=SECRET + "."), Document(id="good", text=GOOD)])
    (bad_error, good_error) = [error for _, _, error in outcomes]
    assert good_error is None and NOTE.fullmatch(bad_error or ""), bad_error
    assert failure_note(WorkerError(bad_error)) == bad_error  # told once, shown as it is


def test_failure_note_says_type_and_place() -> None:
    def deep() -> None:
        raise KeyError(SECRET)

    try:
        deep()
    except KeyError as exc:
        note = failure_note(exc)
    # Outside Tessera's code (this test) the deepest frame is told, by its file name.
    assert re.fullmatch(r"KeyError at test_failure_lines\.py:\d+ in deep", note), note
    assert "seized" not in note
    assert failure_note(RuntimeError(SECRET)) == "RuntimeError"  # never raised: no place to tell
    assert failure_note(DescribedFailure("ValueError at x.py:1 in f")) == "ValueError at x.py:1 in f"

"""The whole extractor, as a user runs it, on the sample report and on bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import FIXTURES, run_cli, shared_file


def _events(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode().splitlines() if line.strip()]


def test_sample_report_events(sample_report: Path) -> None:
    result = run_cli("extract", str(sample_report))
    assert result.returncode == 0, result.stderr.decode()
    events = _events(result.stdout)
    found = {(e["type"], e["status"]) for e in events}
    assert {
        ("escape", "occurred"),
        ("arrest", "occurred"),
        ("repatriation", "at_risk"),
        ("disappearance", "occurred"),
        ("escape", "suspected"),
        ("interrogation", "occurred"),
        ("movement_restriction", "occurred"),
        ("search", "occurred"),
    } <= found
    text = sample_report.read_text(encoding="utf-8")
    for e in events:
        assert e["id"].startswith("ev_")
        assert 0.0 <= e["confidence"] <= 1.0
        assert e["sources"][0]["doc"] == "sample_report"
        for span in e["evidence"]:
            assert text[span["start"] : span["end"]] == span["text"]
    by_key = {(e["type"], e["status"]): e for e in events}
    escape = by_key[("escape", "occurred")]
    assert escape["victims"]["count_min"] == 3 and escape["victims"]["group"] == "family"
    assert escape["origin"]["admin1"] == "Ryanggang" and escape["origin"]["country"] == "KP"
    assert escape["destination"]["name"] == "Shenyang" and escape["destination"]["country"] == "CN"
    assert escape["when"] == {
        "start": "2019-02-21",
        "end": "2019-02-28",
        "precision": "month_part",
        "text": "the end of February",
    }
    arrest = by_key[("arrest", "occurred")]
    assert arrest["victims"]["count_min"] == 3
    assert [a["kind"] for a in arrest["perpetrators"]] == ["state_security"]
    assert arrest["perpetrators"][0]["country"] == "CN"
    assert by_key[("repatriation", "at_risk")]["destination"]["country"] == "KP"
    disappearance = by_key[("disappearance", "occurred")]
    assert disappearance["when"]["start"] == disappearance["when"]["end"] == "2019-02-19"
    assert disappearance["where"]["name"].startswith("Kimjongsuk")
    assert by_key[("escape", "suspected")]["victims"]["count_min"] == 4
    assert by_key[("search", "occurred")]["perpetrators"][0]["kind"] == "state_security"


def test_extract_is_deterministic(sample_report: Path) -> None:
    first = run_cli("extract", str(sample_report)).stdout
    assert first == run_cli("extract", str(sample_report)).stdout


def test_formats_and_output_file(sample_report: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.json"
    assert run_cli("extract", str(sample_report), "--format", "json", "-o", str(out)).returncode == 0
    records = json.loads(out.read_text())
    assert len(records) >= 8
    table = run_cli("extract", str(sample_report), "--format", "table")
    assert table.returncode == 0
    assert b"repatriation" in table.stdout and b"at_risk" in table.stdout


def test_standard_input_and_html(sample_report: Path) -> None:
    piped = run_cli("extract", "-", stdin=sample_report.read_bytes())
    assert piped.returncode == 0
    assert {e["sources"][0]["doc"] for e in _events(piped.stdout)} == {"stdin"}
    html = run_cli("extract", str(FIXTURES / "invented_report.html"))
    assert html.returncode == 0, html.stderr.decode()
    types = {e["type"] for e in _events(html.stdout)}
    assert {"arrest", "escape", "interrogation", "movement_restriction", "search"} <= types


def test_bad_inputs_are_reported_and_the_run_goes_on(sample_report: Path, tmp_path: Path) -> None:
    bad_json = tmp_path / "bad.jsonl"
    bad_json.write_text('{"id": "ok", "text": "Two men were arrested in Hyesan."}\n{"id": broken\n')
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    result = run_cli("extract", str(bad_json), str(binary), str(tmp_path / "nope.txt"), str(sample_report))
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert lines == [
        f"tessera: {bad_json}:2: bad JSON (Expecting value, column 8)",
        f"tessera: {binary}: binary content, not a text report",
        f"tessera: {tmp_path / 'nope.txt'}: no such file or directory",
    ]
    docs = {e["sources"][0]["doc"] for e in _events(result.stdout)}
    assert docs == {"ok", "sample_report"}


def test_unknown_format_is_one_line() -> None:
    result = run_cli("extract", "x.txt", "--format", "xml")
    assert result.returncode == 2
    assert (
        result.stderr.decode().strip()
        == "tessera: --format must be one of jsonl, json, table, parquet, not 'xml'"
    )


def test_eval_prints_the_same_figures_as_the_shared_scorer(tmp_path: Path) -> None:
    """`tessera eval` is score.py's arithmetic: both score the same predictions identically."""
    import subprocess
    import sys

    gold = shared_file("gold", "seed.jsonl")
    ours = run_cli("eval", str(gold))
    assert ours.returncode == 0, ours.stderr.decode()
    doc = json.loads(gold.read_text(encoding="utf-8").splitlines()[0])
    inputs = tmp_path / "in.jsonl"
    keep = {k: doc.get(k) for k in ("text", "title", "published", "outlet", "url")}
    inputs.write_text(json.dumps({**keep, "id": doc["doc"]}) + "\n", encoding="utf-8")
    predicted = tmp_path / "out.jsonl"
    assert run_cli("extract", str(inputs), "-o", str(predicted)).returncode == 0
    theirs = subprocess.run(
        [sys.executable, str(shared_file("gold", "score.py")), str(gold), str(predicted)],
        capture_output=True,
        check=True,
    )
    assert ours.stdout.decode().strip() == theirs.stdout.decode().strip()
    assert "overall" in ours.stdout.decode()


def test_eval_reports_a_bad_gold_file(tmp_path: Path) -> None:
    gold = tmp_path / "g.jsonl"
    gold.write_text('{"doc": "a", "text": "x"}\nnot json\n')
    result = run_cli("eval", str(gold))
    assert result.returncode == 2
    assert result.stderr.decode().strip() == f"tessera: {gold}:2: bad JSON (Expecting value)"


def test_one_failing_document_does_not_stop_the_run(monkeypatch) -> None:
    """Fault injection: a stage that breaks on one document; the others still give events."""
    import tessera.events as events_stage
    import tessera.pipeline as pipeline
    from tessera.model import Document

    real = events_stage.find_events  # the pipeline looks the stage up when it runs

    def flaky(analysis):
        if analysis.document.id == "bad":
            raise RuntimeError("boom")
        return real(analysis)

    monkeypatch.setattr(events_stage, "find_events", flaky)
    docs = [
        Document("bad", "Two men were arrested."),
        Document("good", "Three women were detained in Musan."),
    ]
    failed: list[str] = []
    results = dict(pipeline.extract_documents(docs, on_error=lambda d, e: failed.append(f"{d.id}: {e}")))
    assert failed == ["bad: boom"]
    assert [d.id for d in results] == ["bad", "good"]
    assert [e.type for e in results[docs[1]]] == ["arrest"]

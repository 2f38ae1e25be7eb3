"""What a person reads is shown, never obeyed: escape sequences from reports reach no terminal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import run_cli
from store_helpers import HYESAN, make_event
from tessera.cli import app
from tessera.cli.output import visible, visible_lines
from tessera.model import Document, Place
from tessera.store import EventQuery, Store

runner = CliRunner()
# Clear the screen, turn text red, retitle the window (OSC ... BEL), the one-byte CSI, a carriage
# return that would overwrite the line, a right-to-left override, and rich's markup.
HOSTILE = "\x1b[2J\x1b[31mred\x1b]0;owned\x07\x9b2J\rX\u202eevil [/] [blink]b"
RAW = ("\x1b", "\x07", "\x9b", "\r", "\u202e")


def assert_inert(text: str) -> None:
    for raw in RAW:
        assert raw not in text, (raw, text)


def test_visible_writes_every_control_character_as_an_escape() -> None:
    shown = visible(HOSTILE)
    assert_inert(shown)
    assert "\\x1b[2J" in shown and "\\x07" in shown and "\\x9b" in shown and "\\u202e" in shown
    assert visible("Hyesan, 3 May") == "Hyesan, 3 May" and visible(None) == ""
    assert "\n" not in visible("two\nlines") and visible_lines("a\tb\nc\x1b") == "a\tb\nc\\x1b"


def hostile_store(path: Path) -> str:
    text = f"Border guards arrested three traders in Hyesan on 3 May 2023. {HOSTILE}"
    doc = Document(id="doc" + HOSTILE, text=text, title=HOSTILE, published="2023-05-04", outlet=HOSTILE)
    place = Place(HOSTILE, "KP", HOSTILE, None, HYESAN.lat, HYESAN.lon, "city", HOSTILE)
    event = make_event(doc, place=place, summary=HOSTILE)
    with Store.open(str(path), use_merge=False) as store:
        store.add_document(doc, [event])
        (stored,) = store.query(EventQuery())
        store.set_review_state(stored.id, "confirmed", actor=HOSTILE, note=HOSTILE)
    return stored.id


def test_events_table_and_explain_show_hostile_fields_inert(tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    event_id = hostile_store(db)
    table = runner.invoke(app, ["events", "--db", str(db), "--format", "table"])
    assert table.exit_code == 0, table.stderr
    assert "\\x1b[2J" in table.stdout
    assert_inert(table.stdout)
    explained = runner.invoke(app, ["explain", event_id, "--db", str(db)])
    assert explained.exit_code == 0, explained.stderr
    assert explained.stdout.count("\\x1b[2J") >= 4  # outlet, title, summary, evidence, history
    assert_inert(explained.stdout)


def test_extract_table_and_error_lines_show_hostile_text_inert(tmp_path: Path) -> None:
    reports = tmp_path / "reports.jsonl"
    line = {
        "id": "r1" + HOSTILE,
        "outlet": HOSTILE,
        "title": HOSTILE,
        "text": f"Police in Hyesan arrested {HOSTILE} four traders on 3 May 2023.",
    }
    reports.write_text(json.dumps(line) + "\n", encoding="utf-8")
    missing = tmp_path / f"gone{HOSTILE}.txt"
    result = run_cli("extract", str(reports), str(missing), "--format", "table")
    out, err = result.stdout.decode(), result.stderr.decode()
    assert result.returncode == 1 and "arrest" in out
    assert_inert(out)
    assert_inert(err)
    assert len(err.strip().splitlines()) == 1 and "\\x1b[2J" in err
    ingest = run_cli("ingest", str(missing), "--db", str(tmp_path / "s.db"), "-q")
    assert ingest.returncode == 1
    assert_inert(ingest.stderr.decode())


@pytest.mark.parametrize("command", ["review", "split"])
def test_ids_echoed_back_are_inert(command: str, tmp_path: Path) -> None:
    db = tmp_path / "store.db"
    hostile_store(db)
    args = [command, "ev" + HOSTILE, *(["confirmed"] if command == "review" else []), "--db", str(db)]
    result = runner.invoke(app, args)
    assert result.exit_code != 0
    assert_inert(result.stdout + result.stderr)

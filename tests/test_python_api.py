"""The notebook surface: `import tessera` is cheap, and extract / Store / to_frame work as the README shows."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

import store_helpers
import tessera
from store_helpers import write_corpus

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

ROOT = Path(__file__).resolve().parent.parent
REPORT = (
    "Chinese police arrested three North Korean defectors in Yanji on Tuesday, a source said. "
    "Border guards in Hyesan searched houses at night."
)


def test_import_tessera_loads_nothing_heavy() -> None:
    probe = (
        "import sys, tessera; print(sorted(m for m in ('spacy', 'pandas', 'sqlalchemy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_unknown_attribute_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError):
        _ = tessera.no_such_thing


def test_extract_a_string_with_its_report_date_and_outlet() -> None:
    events = tessera.extract(REPORT, published="2024-05-09", outlet="Invented Daily")
    arrest = next(e for e in events if e.type == "arrest")
    assert arrest.when.start.isoformat() == "2024-05-07"  # the Tuesday before the report
    assert arrest.where is not None and arrest.where.country == "CN"
    assert arrest.victims is not None and arrest.victims.count_min == 3
    assert {s.outlet for s in arrest.sources} == {"Invented Daily"}
    assert any(e.type == "search" for e in events)
    # The same text gives the same ids: a notebook re-run is reproducible.
    assert [e.id for e in tessera.extract(REPORT, published="2024-05-09")] == [e.id for e in events]


def test_extract_many_documents_keeps_their_own_metadata() -> None:
    docs = [
        tessera.Document(id="a", text=REPORT, published="2024-05-09", outlet="One"),
        tessera.Document(
            id="b", text="Police in Musan detained two smugglers last week.", published="2024-06-20"
        ),
    ]
    events = tessera.extract(docs)
    assert {e.evidence[0].doc for e in events} == {"a", "b"}
    assert next(e for e in events if e.evidence[0].doc == "a").sources[0].outlet == "One"


def test_to_frame_has_one_typed_row_per_event() -> None:
    events = tessera.extract(REPORT, published="2024-05-09")
    frame = tessera.to_frame(events)
    assert len(frame) == len(events) and list(frame.index) == [e.id for e in events]
    assert isinstance(frame["type"].dtype, pd.CategoricalDtype)
    assert "execution" in frame["type"].cat.categories  # every type, also those with no events
    assert pd.api.types.is_datetime64_any_dtype(frame["date_start"])
    assert str(frame["victims_min"].dtype) == "Int64"
    assert frame["confidence"].dtype == "float64"
    empty = tessera.to_frame([])
    assert len(empty) == 0 and list(empty.columns) == list(frame.columns)


def test_store_ingest_query_review_export(db_url: str, tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "corpus", 6)
    with tessera.Store(db_url) as store:
        tally = store.ingest(corpus)
        assert tally.stored == 6 and not tally.failures
        again = store.ingest([corpus])
        assert again.stored == 0 and again.known == 6
        everything = store.query()
        assert everything
        some = everything[0]
        assert store.event(some.id) == some
        assert store.event("ev_missing") is None
        store.review(some.id, "confirmed", note="checked against the source")
        assert store.review_state(some.id) == "confirmed"
        assert [e.id for e in store.query(review="confirmed")] == [some.id]
        assert any(h.get("note") == "checked against the source" for h in store.history(some.id))
        out = io.StringIO()
        assert store.export("jsonl", out) == len(everything)
        assert {json.loads(line)["id"] for line in out.getvalue().splitlines()} == {e.id for e in everything}
        with pytest.raises(ValueError, match="type must be one of"):
            store.query(type="arrests")
        with pytest.raises(ValueError, match="no country"):
            store.query(country="Atlantis")


def test_readme_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The README's notebook example is real code: run it as written, in a scratch directory."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```python\n(.*?)```", readme, re.S)
    assert block, "the README shows a Python example"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    namespace: dict[str, object] = {}
    exec(compile(block.group(1), "README.md", "exec"), namespace)  # noqa: S102 - the project's own README
    assert isinstance(namespace["frame"], pd.DataFrame) and len(namespace["frame"]) > 0

"""Ingest: each input kind read into Documents, and each bad input reported in one line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from tessera.ingest import InputError, read_inputs


def _read(*paths: Path | str, max_bytes: int = 5 * 1024 * 1024):
    items = list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))
    docs = [i for i in items if not isinstance(i, InputError)]
    errors = [i for i in items if isinstance(i, InputError)]
    return docs, errors


def test_text_file_title_and_offsets(sample_report: Path) -> None:
    docs, errors = _read(sample_report)
    assert not errors
    (doc,) = docs
    assert doc.id == "sample_report"
    assert doc.title == "North Korean authorities surprised by defections during politically sensitive period"
    assert doc.text == sample_report.read_text(encoding="utf-8")
    assert len(doc.sha256 or "") == 64


def test_text_without_blank_second_line_has_no_title(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text("One line\nstraight into the next.\n", encoding="utf-8")
    docs, _ = _read(path)
    assert docs[0].title is None


def test_html_keeps_article_and_drops_navigation() -> None:
    docs, errors = _read(FIXTURES / "invented_report.html")
    assert not errors
    text = docs[0].text
    assert "were arrested by border guards" in text
    assert "Privacy policy" not in text and "About us" not in text


def test_jsonl_documents_and_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "docs.jsonl"
    good = {"id": "a1", "text": "Two men were arrested.", "published": "2024-05", "outlet": "X"}
    path.write_text(json.dumps(good) + "\n{not json\n" + json.dumps({"id": "a2", "text": "More."}) + "\n")
    docs, errors = _read(path)
    assert [d.id for d in docs] == ["a1", "a2"]
    assert docs[0].published == "2024-05" and docs[0].outlet == "X"
    assert len(errors) == 1 and errors[0].line == 2
    assert str(errors[0]).startswith(f"{path}:2: bad JSON")


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"text": "no id"}, 'missing "id"'),
        ({"id": "x", "text": "  "}, 'missing or empty "text"'),
        ({"id": "x", "text": "t", "published": "March 2024"}, '"published" must be'),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_jsonl_field_problems(tmp_path: Path, record: object, problem: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n")
    docs, errors = _read(path)
    assert not docs
    assert problem in errors[0].message


def test_binary_empty_missing_and_oversized(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"   \n")
    big = tmp_path / "big.txt"
    big.write_text("word " * 100)
    docs, errors = _read(binary, empty, tmp_path / "missing.txt", big, max_bytes=200)
    assert not docs
    messages = [str(e) for e in errors]
    assert "binary content" in messages[0] and str(binary) in messages[0]
    assert "empty" in messages[1]
    assert "no such file" in messages[2]
    assert "over the limit of 200" in messages[3]


def test_non_utf8_charset_is_detected(tmp_path: Path) -> None:
    path = tmp_path / "cp1252.txt"
    text = (
        "Sources said the detainees’ families — about twelve people — were questioned in Hyesan in mid‑March."
    )
    path.write_bytes(text.replace("‑", "-").encode("cp1252"))
    docs, errors = _read(path)
    assert not errors
    assert "detainees’ families — about twelve" in docs[0].text


def test_directory_is_walked_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text("First report.")
    (tmp_path / "b" / "c.txt").write_text("Second report.")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    docs, errors = _read(tmp_path)
    assert [d.id for d in docs] == ["a", "c"]
    assert not errors


def test_jsonl_accepts_doc_as_the_id(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"doc": "g1", "text": "Two men were arrested.", "events": []}) + "\n")
    docs, errors = _read(path)
    assert not errors and docs[0].id == "g1"

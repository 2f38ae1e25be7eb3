"""Reading never loses a report silently and one input never stops the others (issue 8).

Every report here is invented for these tests.
"""

from __future__ import annotations

import codecs
import io
import json
import sys
from pathlib import Path

import pytest

from conftest import run_cli
from tessera.ingest import read_inputs
from tessera.language import load_nlp, split_text
from tessera.model import Document, stable_event_id
from tessera.pipeline import extract_documents

ARREST = "Border guards arrested three women in Hyesan on March 3, 2024."


def _read(*paths: Path | str, max_bytes: int = 5 * 1024 * 1024):
    items = list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))
    return [i for i in items if not isinstance(i, Document)], [i for i in items if isinstance(i, Document)]


def _events(*docs: Document):
    return {d.id: events for d, events in extract_documents(docs)}


# --- a title is only a title when a blank line and more text follow it -------------------------


@pytest.mark.parametrize("text", [ARREST + "\n", ARREST + "\n\n", ARREST + "\r\n", ARREST])
def test_a_one_line_report_is_never_all_title(tmp_path: Path, text: str) -> None:
    path = tmp_path / "one.txt"
    path.write_bytes(text.encode())
    errors, (doc,) = _read(path)
    assert not errors and doc.title is None
    assert [e.type for e in _events(doc)["one"]] == ["arrest"]


def test_a_title_needs_a_blank_line_then_the_body(tmp_path: Path) -> None:
    path = tmp_path / "titled.txt"
    path.write_text("Arrests at the border\n\n" + ARREST + "\n")
    _, (doc,) = _read(path)
    assert doc.title == "Arrests at the border"
    assert [e.type for e in _events(doc)["titled"]] == ["arrest"]


def test_one_line_on_standard_input_gives_its_event() -> None:
    result = run_cli("extract", "-", stdin=(ARREST + "\n").encode())
    assert result.returncode == 0, result.stderr.decode()
    assert [json.loads(line)["type"] for line in result.stdout.splitlines()] == ["arrest"]


# --- HTML: the headline is the title, never glued to the lede ----------------------------------

ARTICLE = """<!DOCTYPE html><html><head><title>Arrests in Hyesan | Example Monitor</title></head><body>
<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
<article>
<h1>Arrests in Hyesan</h1>
<p>Border guards arrested three women in Hyesan on March 3, 2024, as they tried to cross the
river, a source in the province told the monitor.</p>
<h2>Background</h2>
<p>Officials searched houses in the neighbourhood the following week.</p>
</article></body></html>"""


def test_html_headline_is_kept_apart_from_the_lede(tmp_path: Path) -> None:
    path = tmp_path / "article.html"
    path.write_text(ARTICLE)
    errors, (doc,) = _read(path)
    assert not errors
    assert doc.title == "Arrests in Hyesan"
    assert doc.text.startswith("Border guards arrested three women")
    # Blocks stand apart as paragraphs do in a text report: a subheading is not part of a sentence.
    assert "\n\nBackground\n\nOfficials searched" in doc.text
    events = _events(doc)["article"]
    assert {"arrest", "search"} <= {e.type for e in events}
    for e in events:
        assert all(doc.text[s.start : s.end] == s.text for s in e.evidence)


def test_html_with_only_a_headline_has_no_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_text("<html><body><article><h1>Arrests in Hyesan</h1></article></body></html>")
    errors, docs = _read(path)
    assert not docs and "no article text" in str(errors[0])


# --- text or binary: decided once, from the whole content --------------------------------------


@pytest.mark.parametrize(
    "encoded",
    [
        codecs.BOM_UTF16_LE + ARREST.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + ARREST.encode("utf-16-be"),
        codecs.BOM_UTF32_LE + ARREST.encode("utf-32-le"),
        codecs.BOM_UTF8 + ARREST.encode(),
        ARREST.encode("utf-16-le"),  # Windows "Unicode" without its mark
        ARREST.encode("utf-16-be"),
    ],
)
def test_unicode_files_are_read_by_their_mark_or_pattern(tmp_path: Path, encoded: bytes) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(encoded)
    errors, docs = _read(path)
    assert not errors
    assert docs[0].text == ARREST


@pytest.mark.parametrize("at", [0, 100, 9000, 200_000])
def test_a_nul_byte_is_binary_wherever_it_falls(tmp_path: Path, at: int) -> None:
    body = (ARREST + " ") * (at // len(ARREST) + 2)
    raw = body[:at].encode() + b"\x00" + body[at:].encode()
    path = tmp_path / "scan.txt"
    path.write_bytes(raw)
    errors, docs = _read(path)
    assert not docs
    assert str(errors[0]) == f"{path}: binary content, not a text report"


def test_a_utf16_file_holding_a_nul_character_is_binary_too(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + (ARREST + "\x00" + ARREST).encode("utf-16-le"))
    errors, docs = _read(path)
    assert not docs and "binary content" in str(errors[0])


def test_a_bad_mark_says_so(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_bytes(codecs.BOM_UTF16_LE + b"\x00\xd8")  # half of a surrogate pair
    errors, _ = _read(path)
    assert "UTF-16 byte-order mark but is not valid UTF-16" in str(errors[0])


def test_in_json_lines_a_nul_costs_only_its_line(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    lines = [
        json.dumps({"id": "a", "text": ARREST}),
        json.dumps({"id": "b", "text": "Guards detained two men.\u0000"}),  # escaped: valid JSON
        '{"id": "c", "text": "Raw \x00 NUL"}',  # a raw NUL is not JSON
        json.dumps({"id": "d", "text": ARREST, "title": "A\u0000B"}),
        json.dumps({"id": "e", "text": ARREST}),
    ]
    path.write_bytes("\n".join(lines).encode() + b"\n")
    errors, docs = _read(path)
    assert [d.id for d in docs] == ["a", "e"]
    assert [(e.line, e.message) for e in errors] == [
        (2, "the text holds a NUL character (at character 24)"),
        (3, "bad JSON (Invalid control character at, column 26)"),
        (4, "the title holds a NUL character (at character 1)"),
    ]


# --- limits: each report, not the file; what every backend can keep ----------------------------


def test_the_byte_limit_applies_to_each_report_of_a_json_lines_file(tmp_path: Path) -> None:
    path = tmp_path / "corpus.jsonl"
    records = [{"id": f"r{i}", "text": f"{ARREST} Item {i}."} for i in range(200)]
    records.insert(50, {"id": "huge", "text": "Guards arrested a man. " * 100})
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    assert path.stat().st_size > 1000
    errors, docs = _read(path, max_bytes=1000)
    assert len(docs) == 200
    assert [str(e) for e in errors] == [
        f"{path}:51: the report text is 2,300 bytes, over the limit of 1,000 (--max-bytes)"
    ]


def test_a_text_file_over_the_limit_is_still_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(ARREST * 40)
    errors, docs = _read(path, max_bytes=1000)
    assert not docs and "over the limit of 1,000 (--max-bytes)" in str(errors[0])


def test_json_lines_on_standard_input_are_limited_per_report(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = "".join(json.dumps({"id": f"r{i}", "text": ARREST}) + "\n" for i in range(100))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(corpus.encode())))
    errors, docs = _read("-", max_bytes=500)
    assert not errors and len(docs) == 100


@pytest.mark.parametrize(
    ("record", "problem"),
    [
        ({"id": "x" * 201, "text": ARREST}, "the id is 201 characters, over the limit of 200"),
        (
            {"id": "x", "outlet": "y" * 250, "text": ARREST},
            "the outlet is 250 characters, over the limit of 200",
        ),
        (
            {"id": "x", "text": ARREST + "\ud800"},
            "the text holds a lone surrogate, which is not Unicode text",
        ),
    ],
)
def test_fields_no_store_can_keep_are_refused_when_read(tmp_path: Path, record: dict, problem: str) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps({"id": "ok", "text": ARREST}) + "\n")
    errors, docs = _read(path)
    assert [d.id for d in docs] == ["ok"]
    assert str(errors[0]) == f"{path}:1: {problem}"


def test_a_file_name_too_long_for_an_id_is_refused(tmp_path: Path) -> None:
    path = tmp_path / ("r" * 210 + ".txt")
    path.write_text(ARREST)
    errors, docs = _read(path)
    assert not docs and "the id is 210 characters" in str(errors[0])


# --- long reports: read in sections, offsets exact ---------------------------------------------


def test_split_text_cuts_at_paragraphs_then_sentences_and_joins_back() -> None:
    text = "Guards shot at them as they ran.\n\nTwo men fled. One was hurt badly. " + "x" * 50
    pieces = split_text(text, 40)
    assert "".join(pieces) == text
    assert all(len(p) <= 40 for p in pieces)
    assert pieces[:3] == [
        "Guards shot at them as they ran.\n\n",
        "Two men fled. One was hurt badly. ",
        "x" * 40,
    ]
    assert split_text("short", 40) == ["short"]


def _long_report(paragraphs: int) -> str:
    places = ["Hyesan", "Musan", "Hoeryong", "Sinuiju"]
    return "\n\n".join(
        f"Border guards arrested {2 + i % 7} residents of {places[i % 4]} on March {1 + i % 27}, 2021. "
        "The committee reviewed its working methods and agreed on a schedule for the next session."
        for i in range(paragraphs)
    )


def _check_offsets(doc: Document, events) -> None:
    for e in events:
        assert any(stable_event_id(s.doc, e.type, s.start, s.end) == e.id for s in e.evidence)
        for s in e.evidence:
            assert doc.text[s.start : s.end] == s.text


def test_a_report_longer_than_spacy_takes_is_read_in_sections(monkeypatch: pytest.MonkeyPatch) -> None:
    # spaCy's documented `nlp.max_length`, lowered so that a short invented report is "too long".
    monkeypatch.setattr(load_nlp(), "max_length", 2_000)
    long_doc = Document("long", _long_report(70))
    assert len(long_doc.text) > 10_000
    before, after = Document("before", ARREST), Document("after", "Police detained two traders in Musan.")
    found = _events(before, long_doc, after)
    assert [e.type for e in found["before"]] == ["arrest"] and found["after"]
    arrests = [e for e in found["long"] if e.type == "arrest"]
    assert len(arrests) >= 65  # about one a paragraph, from the first section to the last
    assert max(s.start for e in arrests for s in e.evidence) > len(long_doc.text) - 300
    _check_offsets(long_doc, found["long"])
    assert len({e.id for e in found["long"]}) == len(found["long"])


def test_a_report_read_in_sections_joins_without_a_warning_and_keeps_spacy_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The texts each section's Doc keeps (user_data) are set aside while spaCy joins the
    sections, so no "unsupported user data" warning reaches the user, and the joined Doc's
    spaCy text is its own, not the first section's."""
    import warnings

    from tessera.events.clauses import doc_text
    from tessera.language.analysis import analyse_many

    monkeypatch.setattr(load_nlp(), "max_length", 2_000)
    long_doc = Document("long", _long_report(20))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        (analysis,) = analyse_many([long_doc])
    assert doc_text(analysis.doc) == analysis.doc.text
    assert len(analysis.doc.text) >= len(long_doc.text) - 5


def test_a_document_spacy_cannot_read_costs_only_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    import tessera.language.analysis as analysis

    real = analysis.sections

    def broken(document: Document, limit: int):
        if document.id == "bad":
            raise ValueError("cannot be read")
        return real(document, limit)

    monkeypatch.setattr(analysis, "sections", broken)
    docs = [Document("good1", ARREST), Document("bad", ARREST), Document("good2", ARREST)]
    failed: list[str] = []
    found = list(extract_documents(docs, on_error=lambda d, e: failed.append(f"{d.id}: {e}")))
    assert failed == ["bad: cannot be read"]
    assert [(d.id, len(events)) for d, events in found] == [("good1", 1), ("bad", 0), ("good2", 1)]


def test_a_report_over_a_million_characters_is_read_whole() -> None:
    # Pages of a converted report apart by wide blank areas: over spaCy's own limit of 1,000,000.
    paragraphs = [
        f"Border guards arrested {2 + i % 7} residents of Hyesan on March {1 + i % 27}, 2021, a source said."
        for i in range(200)
    ]
    text = ("\n\n" + " " * 5_000 + "\n\n").join(paragraphs)
    assert len(text) > load_nlp().max_length
    doc = Document("un-report", text)
    found = _events(Document("short", ARREST), doc)
    assert [e.type for e in found["short"]] == ["arrest"]
    arrests = [e for e in found["un-report"] if e.type == "arrest"]
    assert len(arrests) >= 190
    assert max(s.start for e in arrests for s in e.evidence) > 1_000_000
    _check_offsets(doc, found["un-report"])

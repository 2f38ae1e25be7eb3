"""Property-based tests: any input, however broken or hostile, is read, extracted and exported
without a crash, and what comes out keeps its promises (offsets index the text, JSON parses,
no CSV text cell starts a formula)."""

from __future__ import annotations

import csv
import io
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tessera.export import export_events
from tessera.export.acled import NUMERIC_COLUMNS
from tessera.export.cells import FORMULA_STARTS
from tessera.ingest import InputError, read_inputs
from tessera.model import Actor, Document, Event, Place, Source, Span, TimeSpan, Victims
from tessera.pipeline import extract_documents

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
import fuzz  # noqa: E402 - the fuzz script lives with the benchmarks

settings.register_profile(
    "tessera", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
settings.load_profile("tessera")

# Text with everything a hostile report can hold: any code point but surrogates, control
# characters and bidi overrides made likely, and the empty and the huge.
HOSTILE_CHARS = st.sampled_from(fuzz.CONTROL + fuzz.BIDI + fuzz.ODD + ["=", "+", "-", "@", "\n", "\r"])
ANY_TEXT = st.one_of(
    st.text(),
    st.text(st.one_of(st.characters(exclude_categories=["Cs"]), HOSTILE_CHARS)),
    st.just(""),
    st.integers(1, 200_000).map(lambda n: "x" * n),
)
OPTIONAL_TEXT = st.one_of(st.none(), ANY_TEXT)
ANY_JSON = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text()),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)


def read_all(data: bytes, suffix: str) -> list[Document | InputError]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"report{suffix}"
        path.write_bytes(data)
        items = list(read_inputs([str(path)]))
    for item in items:
        assert isinstance(item, (Document, InputError))
        if isinstance(item, Document):
            # Emptiness is judged on the decoded text: a byte-order mark alone is no report.
            assert isinstance(item.text, str) and item.text.strip()
        else:
            assert str(item).startswith(str(path)) and "\n" not in str(item)
    return items


@settings(max_examples=60)
@given(st.binary(max_size=3000), st.sampled_from([".txt", ".html", ".jsonl", ".htm"]))
def test_any_bytes_are_read_or_refused_in_one_line(data: bytes, suffix: str) -> None:
    read_all(data, suffix)


@settings(max_examples=60)
@given(ANY_TEXT, st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]))
def test_any_text_file_is_read_or_refused(text: str, encoding: str) -> None:
    read_all(text.encode(encoding), ".txt")


@pytest.mark.parametrize(
    "data", [b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"\xff\xfe\x00\x00", "\ufeff \n\t".encode("utf-16")]
)
def test_a_file_that_decodes_to_nothing_is_refused(data: bytes) -> None:
    items = read_all(data, ".txt")
    assert all(isinstance(i, InputError) for i in items)


@settings(max_examples=60)
@given(
    st.lists(
        st.one_of(
            st.fixed_dictionaries(
                {"id": ANY_JSON | st.text(min_size=1), "text": ANY_JSON | ANY_TEXT},
                optional={k: ANY_JSON | OPTIONAL_TEXT for k in ("title", "outlet", "url", "published")},
            ).map(json.dumps),
            st.text(),  # malformed JSON, or none at all
            ANY_JSON.map(json.dumps),
        ),
        max_size=5,
    )
)
def test_any_json_lines_are_read_line_by_line(lines: list[str]) -> None:
    items = read_all("\n".join(lines).encode("utf-8", "surrogatepass"), ".jsonl")
    # A line that is not a report is refused by line number; the other lines are still read.
    assert all(isinstance(i, Document) or i.line is None or i.line >= 1 for i in items)


TAGS = st.sampled_from(["p", "div", "h1", "title", "script", "style", "article", "table", "td", "a", "!--"])
HTML = st.recursive(
    ANY_TEXT.map(lambda t: t[:500]),
    lambda inner: st.tuples(TAGS, st.lists(inner, max_size=4), st.booleans()).map(
        lambda t: f"<{t[0]}>" + "".join(t[1]) + (f"</{t[0]}>" if t[2] else "")
    ),
    max_leaves=12,
)


@settings(max_examples=40)
@given(HTML)
def test_any_html_is_read_or_refused(page: str) -> None:
    read_all(f"<html><body>{page}</body></html>".encode("utf-8", "surrogatepass"), ".html")


SENTENCES = st.builds(fuzz.sentence, st.randoms(use_true_random=False))


@settings(max_examples=25)
@given(st.lists(st.one_of(SENTENCES, ANY_TEXT.map(lambda t: t[:3000])), min_size=1, max_size=4))
def test_extraction_of_any_text_keeps_its_offsets(parts: list[str]) -> None:
    text = " ".join(parts)
    if not text.strip():
        return
    doc = Document(id="p1", text=text)
    ((got, events),) = list(extract_documents([doc]))
    assert got is doc
    fuzz.check_events(doc, events)


PLACES = st.builds(
    Place,
    name=ANY_TEXT,
    country=st.one_of(st.none(), st.sampled_from(["KP", "CN", "RU", "XX", "kp"]), ANY_TEXT),
    admin1=OPTIONAL_TEXT,
    admin2=OPTIONAL_TEXT,
    lat=st.one_of(st.none(), st.floats(-90, 90)),
    lon=st.one_of(st.none(), st.floats(-180, 180)),
    precision=st.sampled_from(["exact", "city", "county", "province", "country", "other"]),
    text=OPTIONAL_TEXT,
)
DAYS = st.dates(date(1900, 1, 1), date(2100, 12, 31))


@st.composite
def events(draw: st.DrawFn) -> Event:
    start = draw(st.one_of(st.none(), DAYS))
    end = draw(st.one_of(st.none(), st.just(start), DAYS)) if start else None
    if start and end and end < start:
        start, end = end, start
    low = draw(st.one_of(st.none(), st.integers(0, 10**6)))
    return Event(
        type=draw(st.sampled_from(["arrest", "execution", "escape", "repatriation", "search", "violence"])),
        status=draw(st.sampled_from(["occurred", "attempted", "suspected", "at_risk"])),
        evidence=draw(
            st.lists(st.builds(Span, ANY_TEXT, st.integers(0, 9), st.integers(10, 99), ANY_TEXT), max_size=2)
        ),
        sources=draw(
            st.lists(st.builds(Source, ANY_TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT, OPTIONAL_TEXT), max_size=3)
        ),
        summary=draw(ANY_TEXT),
        when=TimeSpan(
            start, end, draw(st.sampled_from(["day", "month", "year", "unknown"])), draw(OPTIONAL_TEXT)
        ),
        where=draw(st.one_of(st.none(), PLACES)),
        origin=draw(st.one_of(st.none(), PLACES)),
        destination=draw(st.one_of(st.none(), PLACES)),
        perpetrators=draw(
            st.lists(
                st.builds(Actor, ANY_TEXT, OPTIONAL_TEXT, st.sampled_from(["police", "other"])), max_size=2
            )
        ),
        victims=draw(
            st.one_of(
                st.none(), st.builds(Victims, OPTIONAL_TEXT, st.just(low), st.one_of(st.none(), st.just(low)))
            )
        ),
        confidence=draw(st.floats(0, 1)),
        id=draw(ANY_TEXT),
    )


@settings(max_examples=40)
@given(st.lists(events(), max_size=4))
def test_any_events_export_in_every_format(evs: list[Event]) -> None:
    fuzz.check_exports(evs)
    out = io.StringIO()
    export_events(evs, "acled-csv", out)
    csv.field_size_limit(sys.maxsize)  # a huge field is legal CSV; Python's reader caps it by default
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    for row in rows:
        for column, value in row.items():
            if column not in NUMERIC_COLUMNS:
                assert value[:1] not in FORMULA_STARTS and value.lstrip()[:1] not in FORMULA_STARTS
    lines = io.StringIO()
    export_events(evs, "jsonl", lines)
    assert [json.loads(line)["id"] for line in lines.getvalue().split("\n") if line] == [e.id for e in evs]
    table = io.BytesIO()
    export_events(evs, "parquet", table)
    table.seek(0)
    assert pq.read_table(table).num_rows == len(evs)


def test_the_fuzzer_finds_no_crash_in_a_short_run() -> None:
    """CI's short version of `benchmarks/fuzz.py` (which runs 10,000 inputs)."""
    crashes, extracted = fuzz.run(inputs=60, seed=7)
    assert extracted > 20
    assert [(c.number, c.stage, c.where, c.error[:200]) for c in crashes] == []

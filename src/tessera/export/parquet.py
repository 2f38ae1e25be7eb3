"""Parquet: the flat columns with an explicit schema, plus the evidence and sources as lists.

An explicit schema keeps column types stable even when a column is empty in one export.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from tessera.export.flat import ROLES, flat_row
from tessera.model import Event

_FLOATS = {f"{r}_{c}" for r in ROLES for c in ("lat", "lon")} | {"confidence"}
_INTS = {"victims_min", "victims_max", "source_count", "evidence_count"}

EVIDENCE = pa.list_(
    pa.struct([("doc", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
)
SOURCES = pa.list_(
    pa.struct(
        [("doc", pa.string()), ("outlet", pa.string()), ("url", pa.string()), ("published", pa.string())]
    )
)


def _schema(columns: list[str]) -> pa.Schema:
    fields = []
    for c in columns:
        t = pa.float64() if c in _FLOATS else pa.int64() if c in _INTS else pa.string()
        fields.append(pa.field(c, t))
    return pa.schema([*fields, pa.field("evidence", EVIDENCE), pa.field("source_list", SOURCES)])


def to_table(events: Iterable[Event]) -> pa.Table:
    events = list(events)
    columns = list(flat_row(Event("escape", "occurred", [], [])).keys())
    rows = []
    for e in events:
        row = flat_row(e)
        row["evidence"] = [{"doc": s.doc, "start": s.start, "end": s.end, "text": s.text} for s in e.evidence]
        row["source_list"] = [
            {"doc": s.doc, "outlet": s.outlet, "url": s.url, "published": s.published} for s in e.sources
        ]
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=_schema(columns))


def write_parquet(events: Iterable[Event], out: str | Path | BinaryIO) -> int:
    table = to_table(events)
    pq.write_table(table, out)
    return table.num_rows

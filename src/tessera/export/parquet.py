"""Parquet (GeoParquet 1.1): the flat columns with an explicit schema, the evidence and sources as
lists, and a `geometry` column that GeoPandas, DuckDB's spatial extension and QGIS read as points.

An explicit schema keeps column types stable even when a column is empty in one export: dates are
dates (`date32`), the review time a UTC timestamp, counts integers, coordinates floats.

The geometry is the point `flat.located` draws the event at (where, else origin, else
destination; `geometry_from` says which), as ISO WKB: little-endian, type 1 (Point), longitude
then latitude (GeoParquet's default CRS, OGC:CRS84). An event with no coordinates has a null
geometry, as the specification allows. The file's `geo` metadata names the column, its encoding
and bounding box (https://geoparquet.org/releases/v1.1.0/).
"""

from __future__ import annotations

import json
import struct
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from tessera.export.flat import ROLES, flat_row, located
from tessera.export.review import Reviews
from tessera.model import Event

_FLOATS = {f"{r}_{c}" for r in ROLES for c in ("lat", "lon")} | {"confidence"}
_INTS = {"victims_min", "victims_max", "source_count", "evidence_count"}
_DATES = {"date_start", "date_end"}
_TIMESTAMPS = {"reviewed_at"}
GEOMETRY = "geometry"
GEOPARQUET_VERSION = "1.1.0"

EVIDENCE = pa.list_(
    pa.struct([("doc", pa.string()), ("start", pa.int64()), ("end", pa.int64()), ("text", pa.string())])
)
SOURCES = pa.list_(
    pa.struct(
        [("doc", pa.string()), ("outlet", pa.string()), ("url", pa.string()), ("published", pa.string())]
    )
)


def wkb_point(lon: float, lat: float) -> bytes:
    """ISO WKB of a 2-D point: byte order 1 (little-endian), geometry type 1, x=lon, y=lat."""
    return struct.pack("<BIdd", 1, 1, lon, lat)


def _type(column: str) -> pa.DataType:
    if column in _FLOATS:
        return pa.float64()
    if column in _INTS:
        return pa.int64()
    if column in _DATES:
        return pa.date32()
    if column in _TIMESTAMPS:
        return pa.timestamp("s", tz="UTC")
    return pa.string()


def _schema(columns: list[str]) -> pa.Schema:
    fields = [pa.field(c, _type(c)) for c in columns]
    return pa.schema(
        [
            *fields,
            pa.field("evidence", EVIDENCE),
            pa.field("source_list", SOURCES),
            pa.field(GEOMETRY, pa.binary()),
        ]
    )


def geo_metadata(points: list[tuple[float, float]]) -> dict[str, Any]:
    """GeoParquet's file metadata for the geometry column; the bbox covers every point."""
    column: dict[str, Any] = {"encoding": "WKB", "geometry_types": ["Point"]}
    if points:
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        column["bbox"] = [min(lons), min(lats), max(lons), max(lats)]
    return {"version": GEOPARQUET_VERSION, "primary_column": GEOMETRY, "columns": {GEOMETRY: column}}


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    for c in _DATES:
        if row[c] is not None:
            row[c] = date.fromisoformat(row[c])
    for c in _TIMESTAMPS:
        if row[c] is not None:
            row[c] = datetime.fromisoformat(row[c])
    return row


def to_table(events: Iterable[Event], reviews: Reviews | None = None) -> pa.Table:
    columns = list(flat_row(Event("escape", "occurred", [], [])).keys())
    rows, points = [], []
    for e in events:
        row = _typed(flat_row(e, reviews.get(e.id) if reviews is not None else None))
        row["evidence"] = [{"doc": s.doc, "start": s.start, "end": s.end, "text": s.text} for s in e.evidence]
        row["source_list"] = [
            {"doc": s.doc, "outlet": s.outlet, "url": s.url, "published": s.published} for s in e.sources
        ]
        loc = located(e)
        if loc is not None:
            point = (float(loc[1].lon), float(loc[1].lat))  # type: ignore[arg-type]
            points.append(point)
            row[GEOMETRY] = wkb_point(*point)
        else:
            row[GEOMETRY] = None
        rows.append(row)
    schema = _schema(columns).with_metadata({b"geo": json.dumps(geo_metadata(points)).encode("utf-8")})
    return pa.Table.from_pylist(rows, schema=schema)


def write_parquet(events: Iterable[Event], out: str | Path | BinaryIO, reviews: Reviews | None = None) -> int:
    table = to_table(events, reviews)
    pq.write_table(table, out)
    return table.num_rows

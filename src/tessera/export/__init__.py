"""Export: events out in the formats researchers use.

Public API (each takes Events, e.g. MergedEvent.event from tessera.merge, and returns the count
written):

    export_events(events, fmt, out, reviews=None, keep_vague_dates=False, left_out=None)
                                         fmt in FORMATS = ("jsonl", "geojson", "acled-csv",
                                         "parquet", "csv"); `out` a path, a text stream for the
                                         text formats, a binary stream for parquet; `reviews`
                                         maps event ids to the reviewer's decision (Review)
    write_jsonl(events, out)             one event a line in the spec shape, plus `review`
    write_geojson(events, out)           RFC 7946 FeatureCollection; Point [lon, lat] from
                                         where, else origin, else destination; null geometry
                                         when none has coordinates; flat properties
    write_acled_csv(events, out, ...)    ACLED-style columns (COLUMNS): a dated, placed row per
                                         event, the rest counted in LeftOut; mapping in
                                         data/export/acled.json, docs/export-mapping.md
    write_csv(events, out)               the flat columns as a plain CSV, cells made safe
    write_parquet(events, out)           GeoParquet: typed flat columns, evidence and source
                                         lists, a WKB `geometry` column with `geo` metadata
    reviews_of(store, stored_events)     the Review of each stored event, for `reviews`
    feature_collection(events) -> dict, acled_row(event, timestamp) -> dict, flat_row(event)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from tessera.export.acled import COLUMNS, LeftOut, acled_row, write_acled_csv
from tessera.export.flat import flat_row
from tessera.export.geojson import feature_collection, write_geojson
from tessera.export.jsonl import write_jsonl
from tessera.export.review import REVIEWED_STATES, Review, Reviews, reviewed_only, reviews_of
from tessera.export.table_csv import write_csv
from tessera.model import Event

FORMATS = ("jsonl", "geojson", "acled-csv", "parquet", "csv")


def write_parquet(
    events: Iterable[Event], out: IO[bytes] | str | Path, reviews: Reviews | None = None
) -> int:
    """GeoParquet (tessera.export.parquet); pyarrow is loaded only when Parquet is written."""
    from tessera.export.parquet import write_parquet as write

    return write(events, out, reviews)


def export_events(
    events: Iterable[Event],
    fmt: str,
    out: IO[Any] | str | Path,
    reviews: Reviews | None = None,
    keep_vague_dates: bool = False,
    left_out: LeftOut | None = None,
) -> int:
    """Write events in one of FORMATS; returns how many were written.

    `keep_vague_dates` and `left_out` concern the ACLED-style CSV only (see write_acled_csv)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        return write_parquet(events, out, reviews)
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return export_events(events, fmt, fh, reviews, keep_vague_dates, left_out)
    if fmt == "jsonl":
        return write_jsonl(events, out, reviews)
    if fmt == "geojson":
        return write_geojson(events, out, reviews)
    if fmt == "csv":
        return write_csv(events, out, reviews)
    return write_acled_csv(events, out, reviews=reviews, keep_vague_dates=keep_vague_dates, left_out=left_out)


__all__ = [
    "COLUMNS",
    "FORMATS",
    "REVIEWED_STATES",
    "LeftOut",
    "Review",
    "acled_row",
    "export_events",
    "feature_collection",
    "flat_row",
    "reviewed_only",
    "reviews_of",
    "write_acled_csv",
    "write_csv",
    "write_geojson",
    "write_jsonl",
    "write_parquet",
]

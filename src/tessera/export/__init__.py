"""Export: events out in the formats researchers use.

Public API (each takes Events, e.g. MergedEvent.event from tessera.merge, and returns the count
written):

    export_events(events, fmt, out)      fmt in FORMATS = ("jsonl", "geojson", "acled-csv",
                                         "parquet"); `out` a text stream for the first three, a
                                         path or binary stream for parquet
    write_jsonl(events, out)             one event a line in the spec shape (event_to_dict)
    write_geojson(events, out)           RFC 7946 FeatureCollection; Point [lon, lat] from
                                         where, else origin, else destination; null geometry
                                         when none has coordinates; flat properties
    write_acled_csv(events, out, timestamp=None, occurred_only=False)
                                         ACLED-style columns (COLUMNS); mapping in
                                         data/export/acled.json, docs/export-mapping.md
    write_parquet(events, out)           flat columns + evidence and source lists (pyarrow)
    feature_collection(events) -> dict, acled_row(event, timestamp) -> dict, flat_row(event)
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from tessera.export.acled import COLUMNS, acled_row, write_acled_csv
from tessera.export.flat import flat_row
from tessera.export.geojson import feature_collection, write_geojson
from tessera.export.jsonl import write_jsonl
from tessera.export.parquet import write_parquet
from tessera.model import Event

FORMATS = ("jsonl", "geojson", "acled-csv", "parquet")


def export_events(events: Iterable[Event], fmt: str, out: IO[Any] | str | Path) -> int:
    """Write events in one of FORMATS; returns how many were written."""
    if fmt == "parquet":
        return write_parquet(events, out)  # type: ignore[arg-type]
    if isinstance(out, (str, Path)):
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return export_events(events, fmt, fh)
    if fmt == "jsonl":
        return write_jsonl(events, out)
    if fmt == "geojson":
        return write_geojson(events, out)
    if fmt == "acled-csv":
        return write_acled_csv(events, out)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")


__all__ = [
    "COLUMNS",
    "FORMATS",
    "acled_row",
    "export_events",
    "feature_collection",
    "flat_row",
    "write_acled_csv",
    "write_geojson",
    "write_jsonl",
    "write_parquet",
]

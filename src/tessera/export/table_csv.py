"""A plain CSV of the flat columns (`flat.flat_row`): what `tessera events --format csv` writes.

One row an event, the columns GeoJSON properties and Parquet carry, for a spreadsheet or
`pandas.read_csv`. Text cells are made safe for spreadsheets (`tessera.export.cells`); numbers
are written bare so that readers type them as numbers.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

from tessera.export.cells import number_cell, text_cell
from tessera.export.flat import ROLES, flat_row
from tessera.export.review import Reviews
from tessera.model import Event

NUMERIC_COLUMNS = frozenset(
    {
        *(f"{role}_{axis}" for role in ROLES for axis in ("lat", "lon")),
        "victims_min",
        "victims_max",
        "source_count",
        "evidence_count",
        "confidence",
    }
)
COLUMNS = list(flat_row(Event("escape", "occurred", [], [])).keys())


def write_csv(events: Iterable[Event], out: TextIO, reviews: Reviews | None = None) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", quoting=csv.QUOTE_NONNUMERIC)
    writer.writeheader()
    n = 0
    for e in events:
        row = flat_row(e, reviews.get(e.id) if reviews is not None else None)
        writer.writerow({k: number_cell(v) if k in NUMERIC_COLUMNS else text_cell(v) for k, v in row.items()})
        n += 1
    return n

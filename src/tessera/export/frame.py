"""Events as a pandas DataFrame: one row an event, typed columns, for notebooks.

The columns are the flat ones that Parquet and GeoJSON carry (`flat.flat_row`), typed so that a
researcher can filter and plot at once: dates as datetime64 (NaT when unknown), counts and source
numbers as nullable integers, coordinates and confidence as floats, and the closed vocabularies
(type, status, precisions, groups, review state) as categoricals over every allowed value, so a count by type
lists the types with no events too.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from tessera.export.flat import ROLES, flat_row
from tessera.model import EVENT_TYPES, PLACE_PRECISIONS, STATUSES, TIME_PRECISIONS, VICTIM_GROUPS, Event

if TYPE_CHECKING:
    import pandas as pd

_CATEGORIES: dict[str, tuple[str, ...]] = {
    "type": EVENT_TYPES,
    "status": STATUSES,
    "time_precision": TIME_PRECISIONS,
    "victims_group": VICTIM_GROUPS,
    **{f"{role}_precision": PLACE_PRECISIONS for role in ROLES},
    # the store's review states (tessera.store.REVIEW_STATES), written out: the store is not loaded
    "review_state": ("unreviewed", "confirmed", "rejected", "edited"),
}
_DATES = ("date_start", "date_end")
_INTS = ("victims_min", "victims_max", "source_count", "evidence_count")
_FLOATS = ("confidence", *(f"{role}_{axis}" for role in ROLES for axis in ("lat", "lon")))


def to_frame(events: Iterable[Event]) -> pd.DataFrame:
    """One row per event with typed columns (see the module's docstring); `id` is the index."""
    import pandas as pd  # only notebooks pay for pandas

    rows = [flat_row(e) for e in events]
    frame = pd.DataFrame(rows, columns=list(flat_row(_EMPTY).keys()))
    for column, values in _CATEGORIES.items():
        frame[column] = pd.Categorical(frame[column], categories=list(values))
    for column in _DATES:
        frame[column] = pd.to_datetime(frame[column], format="%Y-%m-%d")
    frame["reviewed_at"] = pd.to_datetime(frame["reviewed_at"], utc=True)
    for column in _INTS:
        frame[column] = frame[column].astype("Int64")
    for column in _FLOATS:
        frame[column] = frame[column].astype("float64")
    return frame.set_index("id")


# An event with nothing in it: gives the column names of an empty frame.
_EMPTY = Event(type="arrest", status="occurred", evidence=[], sources=[])

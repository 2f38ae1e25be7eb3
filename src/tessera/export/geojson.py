"""GeoJSON (RFC 7946): a FeatureCollection, one Feature per event, opening in QGIS and geojson.io.

Coordinates are [longitude, latitude] (RFC 7946 section 3.1.1, the reverse of how people write
them). An event without coordinates keeps its Feature with a null geometry (section 3.2) so that
nothing is silently dropped; properties are flat scalars, which GIS tools show as columns.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from tessera.export.flat import flat_row, located
from tessera.export.review import Reviews
from tessera.model import Event


def feature(event: Event, reviews: Reviews | None = None) -> dict[str, Any]:
    loc = located(event)
    geometry = None
    if loc is not None:
        p = loc[1]
        geometry = {"type": "Point", "coordinates": [round(float(p.lon), 6), round(float(p.lat), 6)]}  # type: ignore[arg-type]
    return {
        "type": "Feature",
        "id": event.id,
        "geometry": geometry,
        "properties": flat_row(event, reviews.get(event.id) if reviews is not None else None),
    }


def feature_collection(events: Iterable[Event], reviews: Reviews | None = None) -> dict[str, Any]:
    return {"type": "FeatureCollection", "features": [feature(e, reviews) for e in events]}


def write_geojson(events: Iterable[Event], out: TextIO, reviews: Reviews | None = None) -> int:
    fc = feature_collection(events, reviews)
    json.dump(fc, out, ensure_ascii=False)
    out.write("\n")
    return len(fc["features"])

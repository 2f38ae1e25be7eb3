from __future__ import annotations

import io
import json

import pandas as pd
import pyarrow.parquet as pq
from geojson_pydantic import FeatureCollection

from merge_fixtures import repatriation_reports, three_executions_one_report
from tessera.export import COLUMNS, FORMATS, export_events
from tessera.merge import merge_events
from tessera.model import Event, event_from_dict


def merged_events() -> list[Event]:
    return [m.event for m in merge_events(repatriation_reports() + three_executions_one_report())]


def test_jsonl_round_trips_through_the_model():
    out = io.StringIO()
    n = export_events(merged_events(), "jsonl", out)
    lines = out.getvalue().splitlines()
    assert n == len(lines) == 6
    back = [event_from_dict(json.loads(line)) for line in lines]
    assert max(len(e.sources) for e in back) == 3


def test_geojson_validates_against_the_spec_with_lon_lat_order():
    events = merged_events()
    events.append(Event("search", "occurred", [], [], id="nowhere"))  # no coordinates at all
    out = io.StringIO()
    export_events(events, "geojson", out)
    data = json.loads(out.getvalue())
    FeatureCollection.model_validate(data)  # raises on anything RFC 7946 forbids
    by_id = {f["id"]: f for f in data["features"]}
    assert by_id["nowhere"]["geometry"] is None
    hyesan = by_id["x1"]["geometry"]["coordinates"]
    assert hyesan == [128.18, 41.4]  # longitude first
    for f in data["features"]:
        assert all(not isinstance(v, (dict, list)) for v in f["properties"].values())


def test_acled_csv_loads_with_pandas_with_the_expected_columns():
    out = io.StringIO()
    export_events(merged_events(), "acled-csv", out)
    df = pd.read_csv(io.StringIO(out.getvalue()))
    assert list(df.columns) == COLUMNS
    for col in (
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "actor2",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "source",
        "source_scale",
        "notes",
        "tags",
        "timestamp",
    ):
        assert col in df.columns
    assert df["event_id_cnty"].is_unique
    ex = df[df["tessera_id"] == "x1"].iloc[0]
    assert ex["event_type"] == "Violence against civilians" and ex["sub_event_type"] == "Attack"
    assert ex["event_date"] == "2023-05-02" and ex["time_precision"] == 1 and ex["fatalities"] == 1
    assert ex["country"] == "North Korea" and ex["event_id_cnty"].startswith("PRK")
    rep = df[df["source"].str.count(";") == 2].iloc[0]  # the merged three-outlet repatriation
    assert rep["sub_event_type"] == "Other" and "tessera_type: repatriation" in rep["tags"]
    assert rep["geo_precision"] == 1 and rep["location"] == "Hunchun"


def test_parquet_has_flat_columns_and_nested_evidence(tmp_path):
    path = tmp_path / "events.parquet"
    n = export_events(merged_events(), "parquet", path)
    table = pq.read_table(path)
    assert table.num_rows == n == 6
    df = table.to_pandas()
    assert {"id", "type", "date_start", "where_lat", "origin_lon", "victims_min", "evidence"} <= set(
        df.columns
    )
    assert max(len(e) for e in df["evidence"]) == 3


def test_unknown_format_is_refused():
    assert "parquet" in FORMATS
    try:
        export_events([], "xml", io.StringIO())
    except ValueError as e:
        assert "xml" in str(e)
    else:
        raise AssertionError("an unknown format must raise")

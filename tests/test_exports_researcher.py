"""Exports a researcher can trust: every ACLED-style row dated and placed as ACLED codes it, the
review in every format, GeoParquet that GIS tools read as geometry, `tessera events` to a file.

All events and reports here are invented."""

from __future__ import annotations

import csv
import io
import json
import struct
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

import store_helpers
import tessera
from tessera.cli import app
from tessera.export import FORMATS, LeftOut, Review, export_events
from tessera.export.acled import acled_date, acled_place, source_scale
from tessera.model import Actor, Event, Place, Source, TimeSpan, Victims

db_url = store_helpers.db_url
pg_url = store_helpers.pg_url

HYESAN = Place("Hyesan", "KP", admin1="Ryanggang", lat=41.4, lon=128.18, precision="city")
KP = Place("North Korea", "KP", precision="country")
CHINA = Place("China", "CN", precision="country")
TUMEN = Place("Tumen River", "KP", precision="region")
SOMEWHERE = Place("Nowhere Land", None, precision="region")


def event(
    id_: str,
    *,
    start: date | None = date(2024, 3, 5),
    end: date | None = None,
    precision: str = "day",
    where: Place | None = HYESAN,
    outlets: tuple[str, ...] = ("Invented Daily",),
    published: str = "2024-03-20",
    perpetrators: list[Actor] | None = None,
) -> Event:
    return Event(
        "arrest",
        "occurred",
        evidence=[],
        sources=[Source(f"doc_{id_}_{n}", outlet=o, published=published) for n, o in enumerate(outlets)],
        summary="Police detained two traders.",
        when=TimeSpan(start, end if end is not None or start is None else start, precision),
        where=where,
        victims=Victims("two traders", 2, 2, "traders"),
        perpetrators=perpetrators if perpetrators is not None else [Actor("police", "KP", "police")],
        id=id_,
    )


def acled_frame(events: list[Event], **options: object) -> tuple[pd.DataFrame, LeftOut]:
    out, left_out = io.StringIO(), LeftOut()
    export_events(events, "acled-csv", out, left_out=left_out, **options)  # type: ignore[arg-type]
    return pd.read_csv(io.StringIO(out.getvalue())), left_out


# --- ACLED-style dates -----------------------------------------------------------------------


def test_day_week_and_month_are_coded_at_acled_precisions() -> None:
    day = acled_date(event("a"))
    week = acled_date(event("b", start=date(2024, 3, 4), end=date(2024, 3, 10), precision="week"))
    month = acled_date(event("c", start=date(2024, 3, 1), end=date(2024, 3, 31), precision="month"))
    assert (day.day, day.precision) == (date(2024, 3, 5), 1)  # type: ignore[union-attr]
    assert (week.day, week.precision) == (date(2024, 3, 7), 2)  # type: ignore[union-attr]
    assert (month.day, month.precision) == (date(2024, 3, 16), 3)  # type: ignore[union-attr]


def test_a_year_is_not_placed_at_its_midpoint() -> None:
    year = event("y", start=date(2023, 1, 1), end=date(2023, 12, 31), precision="year")
    assert acled_date(year) == "long_period"
    kept = acled_date(year, keep_vague=True)
    assert kept.day == date(2023, 12, 31) and kept.precision == 3  # type: ignore[union-attr]
    assert "period: 2023-01-01..2023-12-31" in kept.tag  # type: ignore[union-attr,operator]


def test_undated_events_are_left_out_and_counted_or_kept_at_the_report_date() -> None:
    events = [event("dated"), event("undated", start=None, published="2024-03")]
    frame, left_out = acled_frame(events)
    assert list(frame["tessera_id"]) == ["dated"] and left_out.undated == 1
    assert "1 undated" in left_out.message()
    frame, left_out = acled_frame(events, keep_vague_dates=True)
    kept = frame.set_index("tessera_id").loc["undated"]
    assert left_out.total == 0
    assert kept["event_date"] == "2024-03-31" and kept["time_precision"] == 3  # a month: its last day
    assert "reported by 2024-03-31" in kept["tags"]


def test_year_and_time_precision_read_as_integers() -> None:
    events = [
        event("a"),
        event("b", start=date(2024, 3, 4), end=date(2024, 3, 10), precision="week"),
        event("c", start=None),
        event("d", where=None),
        event("e", perpetrators=[]),
    ]
    frame, left_out = acled_frame(events, keep_vague_dates=True)
    assert left_out.unplaced == 1
    for column in ("year", "time_precision", "geo_precision", "inter1", "inter2", "interaction", "iso"):
        assert pd.api.types.is_integer_dtype(frame[column]), column
    for column in ("latitude", "longitude"):
        assert frame[column].notna().all()


def test_with_no_perpetrator_the_victims_act_alone() -> None:
    frame, _ = acled_frame([event("e", perpetrators=[])])
    row = frame.iloc[0]
    assert row["actor1"] == "Civilians (North Korea)" and row["inter2"] == 0 and row["interaction"] == 70


# --- ACLED-style places ----------------------------------------------------------------------


def test_country_and_region_places_get_a_point_and_say_so() -> None:
    frame, _ = acled_frame([event("kp", where=KP), event("cn", where=CHINA), event("river", where=TUMEN)])
    rows = frame.set_index("tessera_id")
    assert (rows.loc["kp", "latitude"], rows.loc["kp", "longitude"]) == (40.0, 127.0)
    assert rows.loc["cn", "country"] == "China" and rows.loc["cn", "geo_precision"] == 3
    assert rows.loc["river", "geo_precision"] == 3 and 42 < rows.loc["river", "latitude"] < 43.5
    assert "coordinates: centre of the country" in rows.loc["kp", "tags"]
    assert "coordinates: centre of the region" in rows.loc["river", "tags"]


def test_a_place_with_no_point_anywhere_is_left_out() -> None:
    assert acled_place(event("x", where=SOMEWHERE)) is None
    # a point in no one country: ACLED codes every event in a country
    assert (
        acled_place(event("x", where=Place("Open Sea", None, lat=20.0, lon=110.0, precision="region")))
        is None
    )
    _, left_out = acled_frame([event("x", where=SOMEWHERE), event("y", where=None)])
    assert left_out.unplaced == 2


def test_the_event_place_is_coded_before_its_origin() -> None:
    """An arrest in China of people from a North Korean town is coded in China, not in the town."""
    e = event("x", where=CHINA)
    e.origin = HYESAN
    found = acled_place(e)
    assert found is not None and found.place.country == "CN" and found.geo_precision == 3


# --- source scale ----------------------------------------------------------------------------


def test_source_scale_is_derived_from_where_the_outlet_is_based() -> None:
    assert source_scale(["Daily NK"], "KR") == "National"
    assert source_scale(["Daily NK"], "KP") == "Regional"  # a Seoul outlet on the North
    assert source_scale(["Daily NK"], "TH") == "International"
    assert source_scale(["Reuters"], "KP") == "International"
    assert source_scale(["Human Rights Watch"], "KP") == "Other"
    assert source_scale(["The Korea Herald", "Reuters"], "KR") == "National-International"
    assert source_scale(["An Outlet Nobody Listed"], "KP") == ""  # no guess
    assert source_scale(["Apex Weekly"], "KP") == ""  # "ap" matches a word, not a prefix


# --- review in every export ------------------------------------------------------------------

REVIEWS = {"a": Review("confirmed", "checked with a second source", datetime(2024, 4, 1, 9, 30, tzinfo=UTC))}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_carries_the_review(fmt: str, tmp_path: Path) -> None:
    path = tmp_path / f"out.{fmt}"
    export_events([event("a"), event("b")], fmt, path, REVIEWS)
    if fmt == "parquet":
        rows = pq.read_table(path).to_pylist()
        got = {r["id"]: (r["review_state"], r["review_note"], r["reviewed_at"]) for r in rows}
        assert got["a"] == (
            "confirmed",
            "checked with a second source",
            datetime(2024, 4, 1, 9, 30, tzinfo=UTC),
        )
        assert got["b"] == (None, None, None)
        return
    text = path.read_text(encoding="utf-8")
    if fmt == "jsonl":
        rows = [json.loads(line) for line in text.splitlines()]
        got = {r["id"]: r["review"] for r in rows}
        assert got["a"] == {
            "state": "confirmed",
            "note": "checked with a second source",
            "at": "2024-04-01T09:30:00+00:00",
        }
        assert got["b"] is None
    elif fmt == "geojson":
        props = {f["id"]: f["properties"] for f in json.loads(text)["features"]}
        assert props["a"]["review_state"] == "confirmed" and props["a"]["reviewed_at"].startswith(
            "2024-04-01"
        )
    else:
        rows = list(csv.DictReader(io.StringIO(text)))
        key = "tessera_id" if fmt == "acled-csv" else "id"
        prefix = "tessera_" if fmt == "acled-csv" else ""
        a = next(r for r in rows if r[key] == "a")
        assert a[f"{prefix}review_state"] == "confirmed"
        assert a[f"{prefix}review_note"] == "checked with a second source"


def test_a_reviewer_note_cannot_become_a_formula() -> None:
    out = io.StringIO()
    export_events([event("a")], "csv", out, {"a": Review("rejected", "=HYPERLINK(1)")})
    row = next(csv.DictReader(io.StringIO(out.getvalue())))
    assert row["review_note"] == "'=HYPERLINK(1)"


# --- GeoParquet ------------------------------------------------------------------------------


def test_parquet_is_geoparquet_with_typed_dates(tmp_path: Path) -> None:
    path = tmp_path / "events.parquet"
    export_events([event("a"), event("nowhere", where=None)], "parquet", path)
    table = pq.read_table(path)
    assert str(table.schema.field("date_start").type) == "date32[day]"
    assert table.column("date_start").to_pylist()[0] == date(2024, 3, 5)
    geo = json.loads(table.schema.metadata[b"geo"])
    assert geo["primary_column"] == "geometry" and geo["version"].startswith("1.")
    column = geo["columns"]["geometry"]
    assert column["encoding"] == "WKB" and column["geometry_types"] == ["Point"]
    assert column["bbox"] == [128.18, 41.4, 128.18, 41.4]
    wkb_a, wkb_none = table.column("geometry").to_pylist()
    order, kind, x, y = struct.unpack("<BIdd", wkb_a)
    assert (order, kind, x, y) == (1, 1, 128.18, 41.4)  # little-endian Point, longitude first
    assert wkb_none is None


def test_geopandas_reads_the_geometry_when_installed(tmp_path: Path) -> None:
    gpd = pytest.importorskip("geopandas", reason="geopandas is optional (not a Tessera dependency)")
    path = tmp_path / "events.parquet"
    export_events([event("a"), event("nowhere", where=None)], "parquet", path)
    frame = gpd.read_parquet(path)
    point = frame.geometry.iloc[0]
    assert (point.x, point.y) == (128.18, 41.4) and frame.geometry.iloc[1] is None
    assert frame.crs is not None and frame.crs.to_string() == "OGC:CRS84"


def test_duckdb_reads_the_geometry_when_installed(tmp_path: Path) -> None:
    duckdb = pytest.importorskip("duckdb", reason="duckdb is optional (not a Tessera dependency)")
    path = tmp_path / "events.parquet"
    export_events([event("a")], "parquet", path)
    [(kind, day)] = duckdb.sql(f"SELECT typeof(geometry), typeof(date_start) FROM '{path}'").fetchall()
    assert kind.startswith("GEOMETRY") and day == "DATE"


# --- tessera events / export on a store -----------------------------------------------------

runner = CliRunner()


def _store_with_a_review(db_url: str, tmp_path: Path) -> tuple[str, str]:
    corpus = store_helpers.write_corpus(tmp_path / "corpus", 4)
    assert runner.invoke(app, ["ingest", str(corpus), "--db", db_url, "-q"]).exit_code == 0
    listed = runner.invoke(app, ["events", "--db", db_url, "--format", "jsonl"]).stdout.splitlines()
    first, second = json.loads(listed[0])["id"], json.loads(listed[1])["id"]
    assert runner.invoke(app, ["review", first, "confirmed", "--db", db_url, "--note", "seen"]).exit_code == 0
    return first, second


def test_events_writes_csv_and_geojson_to_a_file_and_selects_reviewed(db_url: str, tmp_path: Path) -> None:
    first, _ = _store_with_a_review(db_url, tmp_path)
    out = tmp_path / "events.csv"
    result = runner.invoke(app, ["events", "--db", db_url, "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0 and "events written" in result.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    by_id = {r["id"]: r for r in rows}
    assert by_id[first]["review_state"] == "confirmed" and by_id[first]["review_note"] == "seen"
    assert by_id[first]["reviewed_at"][:4].isdigit()
    assert {r["review_state"] for r in rows} == {"confirmed", "unreviewed"}

    table = tmp_path / "events.txt"
    result = runner.invoke(app, ["events", "--db", db_url, "--reviewed-only", "-o", str(table)])
    assert result.exit_code == 0 and first in table.read_text(encoding="utf-8")
    assert table.read_text(encoding="utf-8").rstrip().endswith("1 events")

    result = runner.invoke(app, ["events", "--db", db_url, "--format", "geojson", "--reviewed-only"])
    features = json.loads(result.stdout)["features"]
    assert [f["id"] for f in features] == [first]

    result = runner.invoke(app, ["events", "--db", db_url, "--reviewed-only", "--review", "rejected"])
    assert result.exit_code == 2 and "--reviewed-only" in result.stderr


def test_export_reviewed_only_and_the_python_store_agree(db_url: str, tmp_path: Path) -> None:
    first, _ = _store_with_a_review(db_url, tmp_path)
    result = runner.invoke(app, ["export", "--db", db_url, "--format", "jsonl", "--reviewed-only"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == [first] and rows[0]["review"]["note"] == "seen"
    with tessera.Store(db_url) as store:
        out = io.StringIO()
        assert store.export("jsonl", out, reviewed_only=True) == 1
        assert json.loads(out.getvalue())["review"]["state"] == "confirmed"
        with pytest.warns(UserWarning, match="left out of the ACLED-style CSV"):
            store.export("acled-csv", io.StringIO())  # the invented corpus is undated
        with pytest.raises(TypeError, match="unknown filter"):
            store.export("jsonl", io.StringIO(), kind="arrest")

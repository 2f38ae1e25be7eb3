"""The recipes of docs/formats/ run as written, on an invented export of every format.

Blocks for QGIS's Python console (first line `# QGIS`) need QGIS and are not run; those that
import DuckDB or GeoPandas run when the library is installed (neither is a Tessera dependency).
"""

from __future__ import annotations

import importlib.util
import re
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from tessera.export import Review, export_events
from tessera.model import Actor, Event, Place, Source, TimeSpan, Victims

DOCS = Path(__file__).resolve().parent.parent / "docs" / "formats"
FILES = {
    "jsonl": "events.jsonl",
    "geojson": "events.geojson",
    "csv": "events.csv",
    "acled-csv": "events-acled.csv",
    "parquet": "events.parquet",
}
OPTIONAL = ("duckdb", "geopandas")


def _events() -> list[Event]:
    town = Place("Hyesan", "KP", admin1="Ryanggang", lat=41.4, lon=128.18, precision="city")
    county = Place("Musan County", "KP", admin1="North Hamgyong", lat=42.23, lon=129.2, precision="county")
    out = []
    for n, (place, start, kind) in enumerate(
        [
            (town, date(2023, 4, 2), "arrest"),
            (county, date(2023, 6, 1), "repatriation"),
            (None, None, "escape"),
        ]
    ):
        out.append(
            Event(
                kind,
                "occurred",
                evidence=[],
                sources=[Source(f"doc{n}", outlet="Invented Weekly", published="2023-07-01")],
                summary=f"An invented {kind}.",
                when=TimeSpan(start, start, "day") if start else TimeSpan.unknown(),
                where=place,
                victims=Victims("two people", 2, 2, "residents"),
                perpetrators=[Actor("police", "KP", "police")],
                id=f"ev_{n}",
            )
        )
    return out


def _recipes() -> list[tuple[str, int, str]]:
    found = []
    for page in sorted(DOCS.glob("*.md")):
        for n, block in enumerate(re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), re.S)):
            if not block.startswith("# QGIS"):
                found.append((page.name, n, block))
    return found


def test_every_format_page_has_the_four_recipes() -> None:
    for fmt in FILES:
        text = (DOCS / f"{fmt}.md").read_text(encoding="utf-8")
        for heading in ("## pandas", "## DuckDB", "## GeoPandas", "## QGIS"):
            assert heading in text, f"{fmt}.md lacks {heading}"


@pytest.mark.parametrize(("page", "number", "code"), _recipes(), ids=lambda v: str(v)[:20])
def test_recipe_runs(
    page: str, number: int, code: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for module in OPTIONAL:
        if re.search(rf"^import {module}\b", code, re.M) and importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (optional)")
    reviews = {"ev_0": Review("confirmed", "seen twice", datetime(2023, 8, 1, tzinfo=UTC))}
    for fmt, name in FILES.items():
        export_events(_events(), fmt, tmp_path / name, reviews)
    monkeypatch.chdir(tmp_path)
    exec(compile(code, f"{page}#{number}", "exec"), {})  # noqa: S102 - the project's own docs

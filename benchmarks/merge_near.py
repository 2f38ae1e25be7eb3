"""Near misses of the merge: pairs of extracted events from different reports that no annotated
cluster joins but that score close to the merge threshold, each signal's contribution listed.

usage: python benchmarks/merge_near.py MEASURED_DIR [SET ...] [--margin M] [--right]
MEASURED_DIR holds `<set>.pred.jsonl` (measure.py's extraction of each set). SET: names as
merge_tune.py knows them ("dev2", "invented", "invented_gold_27"); by default the development
half (dev, dev2, dev3, invented and the odd-numbered invented_gold sets). Each wrong pair scoring
at least the threshold minus M (default the review margin) is printed with its score, whether it
is eligible, the gold events' evidence and what each step of `compare` added or took away; with
--right, right pairs too (marked "+"), to see which signals a rule would cost them. The steps
are compare's own (`tessera.merge.compare`), run in its order.
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections import Counter
from pathlib import Path

from benchmarks.merge_tune import BESIDE, ID_CLUSTERS, Set

from tessera.merge import compare as cmp
from tessera.merge import merge_events
from tessera.merge.blocking import candidate_pairs
from tessera.merge.profile import Profile, profile
from tessera.merge.weights import weights

STEPS = ("_status", "_time", "_order", "_places", "_counts", "_actors", "_descriptions")


def contributions(a: Profile, b: Profile) -> tuple[cmp.PairResult, list[tuple[str, float, list[str]]]]:
    """compare(a, b) and, step by step, the score each step added and the reasons it gave."""
    r = cmp.compare(a, b)
    if r.conflict:
        return r, []
    probe = cmp.PairResult()
    probe.same_doc = bool(a.docs & b.docs)
    parts: list[tuple[str, float, list[str]]] = []
    for name in STEPS:
        before, seen = probe.score, len(probe.reasons)
        getattr(cmp, name)(a, b, probe)
        parts.append((name.strip("_"), probe.score - before, probe.reasons[seen:]))
    rest = r.score - probe.score
    parts.append(("evidence/copies/rare", rest, [x for x in r.reasons if x not in probe.reasons]))
    return r, parts


def _gold_from_env() -> None:
    """A worktree's parent has no ../shared/gold: GOLD=DIR names where the shared sets are."""
    gold = os.environ.get("GOLD")
    if not gold:
        return
    for table in (BESIDE, ID_CLUSTERS):
        for name, value in table.items():
            paths = value if isinstance(value, tuple) else (value,)
            moved = tuple(Path(gold) / q.name if not q.exists() else q for q in paths)
            table[name] = moved if isinstance(value, tuple) else moved[0]  # type: ignore[assignment]


def development_half() -> list[str]:
    odd = [n for n in BESIDE if re.fullmatch(r"invented_gold_\d*[13579]", n)]
    return ["dev", "dev2", "dev3", "invented", *odd]


def _wrong_merges(name: str, s: Set, events: list, maps: dict[str, set[str]]) -> None:
    """The batch merge's groups that join gold events of no common cluster, with its steps."""
    for m in merge_events(events, s.documents):
        golds = sorted(set().union(*(maps.get(i, set()) for i in m.member_ids)))
        wrong = [
            (x, y)
            for n, x in enumerate(golds)
            for y in golds[n + 1 :]
            if x.split("#")[0] != y.split("#")[0] and (x, y) not in s.pairs
        ]
        if not wrong:
            continue
        print(f"- {name} {m.event.type}: {len(wrong)} wrong of {len(golds)} gold events")
        for g in golds:
            doc, k = g.split("#")
            print(f"    {g}: {s.gold[doc]['events'][int(k)]['evidence'][:110]!r}")
        for line in m.explanation:
            if line.startswith("merged "):
                print(f"    {line[:400]}")


def main(argv: list[str]) -> int:
    _gold_from_env()
    args = [a for a in argv[1:] if not a.startswith("--")]
    margin = weights().review_margin
    if "--margin" in argv:
        margin = float(argv[argv.index("--margin") + 1])
        args.remove(argv[argv.index("--margin") + 1])
    show_right = "--right" in argv
    measured = Path(args[0])
    names = args[1:] or development_half()
    floor = weights().threshold - margin
    kinds: Counter[str] = Counter()
    for name in names:
        assert name in BESIDE or name in ID_CLUSTERS, name
        stem = "invented_gold" if name == "invented" else name
        pred = measured / f"{stem}.pred.jsonl"
        if not pred.exists():
            continue
        s = Set(name, [[json.loads(x) for x in pred.read_text(encoding="utf-8").splitlines() if x]])
        events, maps = s.runs[0]
        if "--merged" in argv:
            _wrong_merges(name, s, events, maps)
            continue
        profiles = [profile(e, s.documents) for e in events]
        for i, j in candidate_pairs(profiles):
            a, b = profiles[i], profiles[j]
            if a.docs & b.docs or a.type != b.type:
                continue
            ga, gb = maps.get(events[i].id, set()), maps.get(events[j].id, set())
            if not ga or not gb:
                continue
            right = any(tuple(sorted((x, y))) in s.pairs for x in ga for y in gb)
            if right and not show_right:
                continue
            r, parts = contributions(a, b)
            if r.conflict or r.score < floor:
                continue
            kinds["right" if right else "wrong"] += 1
            mark = "+" if right else "-"
            state = "ELIGIBLE" if r.eligible else "apart"
            print(f"{mark} {name} {a.type} {state} score {r.score:.1f} strong {r.strong} dated {r.dated}")
            for g in sorted(ga | gb):
                doc, k = g.split("#")
                print(f"    {g}: {s.gold[doc]['events'][int(k)]['evidence'][:110]!r}")
            for step, delta, reasons in parts:
                if delta or reasons:
                    print(f"    {delta:+5.1f} {step}: {'; '.join(reasons)}")
    print(dict(kinds))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Why were two extracted events that the annotators cluster not merged? Each signal's share.

usage: python benchmarks/merge_missed.py MEASURE_DIR [REGEX] [--kinds]
MEASURE_DIR: the output of /work/tools/measure.py (or any folder with <set>.pred.jsonl, the
per-report events, and <set>.ev.jsonl, the stored events after ingest). REGEX (full match)
picks the sets. For every pair of gold events in one cluster, in different reports, that are
both extracted (an extracted event of the same type whose evidence overlaps theirs, as
../shared/gold/score_merge.py maps them) but not in one stored event, prints the merge's own
comparison of the two extracted events (`tessera.merge.compare.STEPS`, one line a signal with
the score it added) and the reason they stayed apart:
  not looked up   the store's lookup keys (`candidates_key`) share nothing: never compared
  conflict        a conflict forbids the merge (the step that found it)
  below           the score is under the threshold
  needs detail    above the threshold, but an undated pair lacks details in common
  clustering      eligible on its own; kept apart by another member of a group (or the story)
With --kinds only the counts of the reasons (and of the conflicts' and costs' kinds) are printed.
Prints identifiers and the first words of gold evidence (as score_merge.py --verbose does).
"""

from __future__ import annotations

import itertools
import json
import re
import sys
from collections import Counter
from pathlib import Path

from tessera.ingest.readers import read_inputs
from tessera.merge import candidates_key
from tessera.merge.compare import STEPS, PairResult, compare
from tessera.merge.profile import Profile, profile
from tessera.merge.weights import weights
from tessera.model import Document, Event, event_from_dict

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"
GoldKey = tuple[str, int]


def gold_file(name: str) -> Path:
    shared = GOLD / f"{name}.jsonl"
    return shared if shared.exists() else ROOT / "tests" / "fixtures" / f"{name}.jsonl"


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


class GoldSet:
    """A gold file and its clusters, mapping spans to gold events as score_merge.py does."""

    def __init__(self, gold: Path, clusters: Path) -> None:
        self.docs = {d["doc"]: d for d in load_jsonl(gold)}
        self.cluster_of: dict[GoldKey, int] = {}
        for ci, c in enumerate(json.loads(clusters.read_text(encoding="utf-8"))):
            for m in c["members"]:
                events = self.docs[m["doc"]]["events"]
                i = next(
                    i
                    for i, g in enumerate(events)
                    if g["evidence"] == m["evidence"] and g["type"] == m["type"]
                )
                if not events[i].get("optional"):
                    self.cluster_of[(m["doc"], i)] = ci

    def gold_of(self, doc: str, typ: str, start: int, end: int) -> GoldKey | None:
        if doc not in self.docs:
            return None
        text = self.docs[doc]["text"]
        for i, g in enumerate(self.docs[doc]["events"]):
            s = text.find(g["evidence"])
            if g["type"] == typ and min(end, s + len(g["evidence"])) > max(start, s):
                return None if g.get("optional") else (doc, i)
        return None

    def members(self, record: dict) -> set[GoldKey]:
        found = {
            self.gold_of(x.get("doc"), record.get("type"), x.get("start", -1), x.get("end", -1))
            for x in record.get("evidence") or []
        }
        found.discard(None)
        return found  # type: ignore[return-value]

    def pairs(self) -> set[tuple[GoldKey, GoldKey]]:
        out = set()
        for ci in set(self.cluster_of.values()):
            keys = sorted(k for k, v in self.cluster_of.items() if v == ci)
            out |= {(a, b) for a, b in itertools.combinations(keys, 2) if a[0] != b[0]}
        return out

    def quote(self, key: GoldKey) -> str:
        return self.docs[key[0]]["events"][key[1]]["evidence"][:70]


def shares(a: Profile, b: Profile) -> list[tuple[str, float, list[str], str | None]]:
    """Each step of the comparison: its name, the score it added, its reasons, its conflict."""
    r = PairResult()
    r.same_doc = bool(a.docs & b.docs)
    out = []
    for step in STEPS:
        before, seen = r.score, len(r.reasons)
        step(a, b, r)
        out.append((step.__name__.strip("_"), r.score - before, r.reasons[seen:], r.conflict))
        if r.conflict:
            return out
    full = compare(a, b)
    out.append(("rest", full.score - r.score, full.reasons[len(r.reasons) + 1 :], None))
    return out


def why_apart(ea: Event, eb: Event, pa: Profile, pb: Profile, r: PairResult) -> str:
    if not set(candidates_key(ea)) & set(candidates_key(eb)):
        return "not looked up"
    if r.conflict:
        return "conflict"
    if r.score < weights().threshold:
        return "below"
    if not r.eligible:
        return "needs detail"
    return "clustering"


def main(argv: list[str]) -> int:
    args = [a for a in argv[1:] if not a.startswith("--")]
    out_dir = Path(args[0])
    pattern = re.compile(args[1]) if len(args) > 1 else None
    kinds_only = "--kinds" in argv
    tally: Counter[str] = Counter()
    detail: Counter[str] = Counter()
    for ev_path in sorted(out_dir.glob("*.ev.jsonl")):
        name = ev_path.name[: -len(".ev.jsonl")]
        if pattern and not pattern.fullmatch(name):
            continue
        gold = gold_file(name)
        clusters = gold.with_name(f"{name}-clusters.json")
        if not clusters.exists():
            continue
        gs = GoldSet(gold, clusters)
        documents: dict[str, Document] = {}
        in_path = out_dir / f"{name}.in.jsonl"
        if in_path.exists():
            documents = {d.id: d for d in read_inputs([str(in_path)])}
        extracted = [event_from_dict(d) for d in load_jsonl(out_dir / f"{name}.pred.jsonl")]
        holders: dict[GoldKey, list[int]] = {}
        for k, e in enumerate(extracted):
            record = {
                "type": e.type,
                "evidence": [{"doc": s.doc, "start": s.start, "end": s.end} for s in e.evidence],
            }
            for g in gs.members(record):
                holders.setdefault(g, []).append(k)
        merged = set()
        for record in load_jsonl(ev_path):
            merged |= set(itertools.combinations(sorted(gs.members(record)), 2))
        profiles = [profile(e, documents) for e in extracted]
        for ga, gb in sorted(gs.pairs() - merged):
            if ga not in holders or gb not in holders:
                continue
            options = [(i, j) for i in holders[ga] for j in holders[gb]]
            i, j = max(
                options,
                key=lambda ij: (
                    compare(profiles[ij[0]], profiles[ij[1]]).eligible,
                    -bool(compare(profiles[ij[0]], profiles[ij[1]]).conflict),
                    compare(profiles[ij[0]], profiles[ij[1]]).score,
                ),
            )
            r = compare(profiles[i], profiles[j])
            reason = why_apart(extracted[i], extracted[j], profiles[i], profiles[j], r)
            tally[reason] += 1
            steps = shares(profiles[i], profiles[j])
            for step, delta, _, conflict in steps:
                if conflict:
                    detail[f"conflict in {step}"] += 1
                elif delta < 0:
                    detail[f"cost in {step}"] += 1
            if kinds_only:
                continue
            print(f"{name}\t{ga[0]}\t{gb[0]}\t{extracted[i].type}\t{reason}\tscore {r.score:.1f}")
            print(f"    {gs.quote(ga)!r} ~ {gs.quote(gb)!r}")
            for step, delta, reasons, conflict in steps:
                said = "; ".join(reasons) + (f" CONFLICT {conflict}" if conflict else "")
                if said or delta:
                    print(f"    {step:13} {delta:+5.1f}  {said}")
    print("apart:", dict(tally.most_common()))
    print("signals:", dict(detail.most_common()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

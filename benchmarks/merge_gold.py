"""Merge quality on a gold file: pairwise precision and recall, and each wrong or missed pair.

usage: python benchmarks/merge_gold.py [GOLD.jsonl] [CLUSTERS.json] [--extracted]
Defaults: ../shared/gold/dev.jsonl and tests/merge_gold/clusters.json. Prints identifiers and
reasons only, never the reports' text.

By default the merge runs over the gold events themselves (the merge alone). With --extracted
it runs over what the extractor finds in the same documents: each extracted event that matches
a gold event (by the scorer's rules) takes that gold event's identifier, the others keep their
own and count against precision when merged, and gold events the extractor missed count
against recall. That is the figure a user sees end to end.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tessera.evaluate import gold_documents
from tessera.evaluate import load_gold as load_annotated
from tessera.merge import compare_events, merge_events
from tessera.merge.evaluation import load_clusters, load_gold, pairwise
from tessera.model import Event
from tessera.pipeline import extract_documents

ROOT = Path(__file__).resolve().parent.parent


def _candidates(event: Event, doc: dict) -> list[tuple[bool, int, str]]:
    """Gold events of the same type whose evidence the event overlaps, best first."""
    out = []
    for i, g in enumerate(doc["events"]):
        if g["type"] != event.type:
            continue
        overlap = 0
        for quote in [g["evidence"], *g.get("evidence_alt", [])]:
            start = doc["text"].find(quote)
            for span in event.evidence:
                overlap = max(overlap, min(span.end, start + len(quote)) - max(span.start, start))
        if overlap > 0:
            out.append((not g.get("optional"), overlap, f"{doc['doc']}#{i}"))
    return sorted(out, reverse=True)


def extracted_events(gold_path: Path) -> list[Event]:
    """The extractor's events for the gold documents, each renamed to a gold event whose evidence
    it overlaps: one to one, events with fewest choices first, annotated-optional ones last."""
    annotated = {d["doc"]: d for d in load_annotated(gold_path)}
    found = [e for _, events in extract_documents(gold_documents(list(annotated.values()))) for e in events]
    choices = {e.id: _candidates(e, annotated[e.evidence[0].doc]) for e in found}
    taken: set[str] = set()
    rename: dict[str, str] = {}
    for event in sorted(found, key=lambda e: len(choices[e.id])):
        free = [c for c in choices[event.id] if c[2] not in taken]
        if free:
            rename[event.id] = free[0][2]
            taken.add(free[0][2])
    return [e.with_(id=rename.get(e.id, e.id)) for e in found]


def main(argv: list[str]) -> int:
    flags = [a for a in argv[1:] if a.startswith("--")]
    argv = [argv[0], *(a for a in argv[1:] if not a.startswith("--"))]
    gold_path = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "gold" / "dev.jsonl"
    clusters_path = Path(argv[2]) if len(argv) > 2 else ROOT / "tests" / "merge_gold" / "clusters.json"
    documents, events = load_gold(gold_path)
    if "--extracted" in flags:
        events = extracted_events(gold_path)
        print("events: extracted by the pipeline (gold identifiers where they match a gold event)")
    clusters, uncertain = load_clusters(clusters_path)
    t = time.perf_counter()
    merged = merge_events(events, documents)
    elapsed = time.perf_counter() - t
    score = pairwise(merged, clusters, uncertain)
    by_id = {e.id: e for e in events}
    print(f"{len(events)} gold events -> {len(merged)} merged events in {elapsed * 1000:.1f} ms")
    print(
        f"pairwise precision {score.precision:.3f}  recall {score.recall:.3f}  "
        f"({score.true_pairs} right of {score.predicted_pairs} merged pairs; {score.gold_pairs} gold pairs)"
    )
    for a, b in score.wrong:
        print(f"  WRONG  {a} + {b}: {compare_events(by_id[a], by_id[b], documents).summary()}")
    for a, b in score.missed:
        why = (
            compare_events(by_id[a], by_id[b], documents).summary()
            if a in by_id and b in by_id
            else "not extracted"
        )
        print(f"  MISSED {a} + {b}: {why}")
    for m in merged:
        if len(m.members) > 1:
            print(f"  {m.id}: {', '.join(m.member_ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

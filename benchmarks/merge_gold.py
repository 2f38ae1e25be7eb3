"""Merge quality on a gold file: pairwise precision and recall, and each wrong or missed pair.

usage: python benchmarks/merge_gold.py [GOLD.jsonl] [CLUSTERS.json]
Defaults: ../shared/gold/dev.jsonl and tests/merge_gold/clusters.json. Prints identifiers and
reasons only, never the reports' text.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from tessera.merge import compare_events, merge_events
from tessera.merge.evaluation import load_clusters, load_gold, pairwise

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str]) -> int:
    gold_path = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "gold" / "dev.jsonl"
    clusters_path = Path(argv[2]) if len(argv) > 2 else ROOT / "tests" / "merge_gold" / "clusters.json"
    documents, events = load_gold(gold_path)
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
        print(f"  MISSED {a} + {b}: {compare_events(by_id[a], by_id[b], documents).summary()}")
    for m in merged:
        if len(m.members) > 1:
            print(f"  {m.id}: {', '.join(m.member_ids)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

"""Merging after a real ingest: for every gold file with a clusters file beside it
(`NAME-clusters.json`), and for tests/fixtures/invented_gold.jsonl with the retellings in
tests/merge_gold/invented_clusters.json, ingest its documents into a new store with `tessera ingest`, export the
events, and score them with the shared ../shared/gold/score_merge.py. Merges the clusters do not
list are printed for review ("unlisted"), never hidden; so are the missed pairs.

usage: python benchmarks/merge_real.py [GOLD_DIR]   (default ../shared/gold; skipped if absent)
Prints identifiers and the scorer's lines (which quote the first words of gold evidence).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TESSERA = Path(sys.executable).parent / "tessera"


def run_one(gold: Path, clusters: Path, scorer: Path, work: Path) -> None:
    name = gold.stem
    inputs = work / f"{name}.in.jsonl"
    with inputs.open("w", encoding="utf-8") as out:
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                d = json.loads(line)
                keep = {k: d.get(k) for k in ("text", "title", "published", "outlet", "url")}
                out.write(json.dumps({**keep, "id": d["doc"]}, ensure_ascii=False) + "\n")
    db = f"sqlite:///{work / (name + '.db')}"
    events = work / f"{name}.events.jsonl"
    t = time.perf_counter()
    subprocess.run(
        [str(TESSERA), "ingest", str(inputs), "--db", db, "--quiet"], check=True, capture_output=True
    )
    took = time.perf_counter() - t
    subprocess.run(
        [str(TESSERA), "export", "--format", "jsonl", "-o", str(events), "--db", db],
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(clusters), str(events), "--verbose"],
        check=True,
        capture_output=True,
        text=True,
    )
    lines = result.stdout.strip().splitlines()
    print(f"{name}: ingest {took:.1f} s; {lines[-1]}")
    for line in lines[:-1]:
        print("   " + line)


def invented_clusters(work: Path) -> tuple[Path, Path]:
    """The invented set and its retellings (kept by gold event id) in score_merge.py's format."""
    gold = ROOT / "tests" / "fixtures" / "invented_gold.jsonl"
    docs = {d["doc"]: d for d in map(json.loads, gold.read_text(encoding="utf-8").splitlines()) if d}
    data = json.loads((ROOT / "tests" / "merge_gold" / "invented_clusters.json").read_text(encoding="utf-8"))
    out = []
    for c in data["clusters"]:
        members = []
        for ident in c["ids"]:
            doc, index = ident.split("#")
            g = docs[doc]["events"][int(index)]
            members.append({"doc": doc, "evidence": g["evidence"], "type": g["type"]})
        out.append({"why": c["what"], "members": members})
    clusters = work / "invented_gold-clusters.json"
    clusters.write_text(json.dumps(out, ensure_ascii=False), encoding="utf-8")
    return gold, clusters


def main(argv: list[str]) -> int:
    gold_dir = Path(argv[1]) if len(argv) > 1 else ROOT.parent / "shared" / "gold"
    scorer = gold_dir / "score_merge.py"
    if not scorer.exists():
        print(f"skipped: no {scorer} (the shared gold folder is not beside the repository)")
        return 0
    pairs = [
        (gold_dir / (c.name[: -len("-clusters.json")] + ".jsonl"), c)
        for c in sorted(gold_dir.glob("*-clusters.json"))
    ]
    with tempfile.TemporaryDirectory(prefix="tessera-merge-real-") as tmp:
        for gold, clusters in pairs:
            if gold.exists():
                run_one(gold, clusters, scorer, Path(tmp))
            else:
                print(f"skipped {clusters.name}: no {gold.name} beside it")
        # The project's own invented retellings (tests/fixtures/README.md), scored the same way.
        run_one(*invented_clusters(Path(tmp)), scorer, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

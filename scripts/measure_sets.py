"""Measure the extractor and merging on every annotated set, for work by kind across sessions.

usage:
  python scripts/measure_sets.py run OUTDIR [SET ...] [--jobs=N] [--src=DIR] [--no-merge]
  python scripts/measure_sets.py table OUTDIR [REGEX]
  python scripts/measure_sets.py compare BASEDIR NEWDIR [REGEX]

SET names a gold file: seed, dev, dev2, dev3 (../shared/gold) or invented_gold[_N]
(tests/fixtures); a path to a gold .jsonl (with NAME-clusters.json beside it) also works. With no
SET, every one (--jobs=2 processes). `run` writes, per set, NAME.pred.jsonl (what `tessera extract` writes),
NAME.score.txt (`score.py --verbose`), NAME.score.json, NAME.ev.jsonl (the store's events after
`tessera ingest`, exported) and NAME.merge.txt (`score_merge.py --verbose`). `--src=DIR` measures
another tree's code (a frozen `git worktree add --detach` of a commit): its `src` goes first on
the path. Each job is one process that loads the language model once and measures its share of
the sets; the ingest reuses the extract run's events for the same document, so each document is
analysed once. The outputs are those of the command line run one command at a time.

The sessions' practice: development half = seed, dev, dev2, dev3, invented_gold and odd N;
validation half = even N, read only as totals (`compare BASE NEW '^invented_gold_\\d*[02468]$'`).
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "gold"
FIXTURES = ROOT / "tests" / "fixtures"
FIELDS = ("status_not_occurred", "when", "where", "origin", "destination", "victims", "perpetrators")
DOC_KEYS = ("text", "title", "published", "outlet", "url")


def gold_paths(name: str) -> tuple[Path, Path | None]:
    """The gold file of a set and its clusters file, if it has one."""
    if name.endswith(".jsonl"):
        gold = Path(name)
    elif name in ("seed", "dev", "dev2", "dev3"):
        gold = SHARED / f"{name}.jsonl"
    else:
        gold = FIXTURES / f"{name}.jsonl"
    clusters = gold.with_name(gold.stem + "-clusters.json")
    return gold, clusters if clusters.exists() else None


def all_sets() -> list[str]:
    fixtures = [p.stem for p in FIXTURES.glob("invented_gold*.jsonl")]
    return ["seed", "dev", "dev2", "dev3", *sorted(fixtures, key=lambda s: (len(s), s))]


def _measure_share(out: Path, names: list[str], merge: bool) -> None:
    """One job: every set of `names`, the model loaded once (runs inside a worker process)."""
    import tessera.pipeline as pipeline
    from tessera.cli import app

    extract, seen = pipeline.extract_documents, {}

    def once(documents, on_error=None, **_):
        # ingest asks for the documents extract has just read: give it the same events (and
        # extract what is new in batches, as the pipeline does)
        new = []
        for document in documents:
            key = (document.id, *(getattr(document, k) for k in DOC_KEYS))
            if key in seen:
                yield from _extracted(new, on_error)
                new = []
                yield document, seen[key]
            else:
                new.append(document)
        yield from _extracted(new, on_error)

    def _extracted(documents, on_error):
        for document, events in extract(documents, on_error=on_error) if documents else ():
            seen[(document.id, *(getattr(document, k) for k in DOC_KEYS))] = events
            yield document, events

    pipeline.extract_documents = once

    def cli(*args: str) -> None:
        try:
            app(args=list(args), standalone_mode=False)
        except SystemExit as exc:
            if exc.code:
                print(f"{args[0]} failed: exit {exc.code}", file=sys.stderr)

    for name in names:
        seen.clear()
        gold, clusters = gold_paths(name)
        stem = Path(name).stem
        with tempfile.TemporaryDirectory() as tmp:
            docs = Path(tmp) / "in.jsonl"
            with open(docs, "w", encoding="utf-8") as f, open(gold, encoding="utf-8") as lines:
                for line in lines:
                    if line.strip():
                        d = json.loads(line)
                        f.write(json.dumps({k: d.get(k) for k in DOC_KEYS} | {"id": d["doc"]}) + "\n")
            pred = out / f"{stem}.pred.jsonl"
            cli("extract", str(docs), "--format", "jsonl", "-o", str(pred))
            score = [sys.executable, str(SHARED / "score.py"), str(gold), str(pred)]
            (out / f"{stem}.score.txt").write_text(_run([*score, "--verbose"]))
            (out / f"{stem}.score.json").write_text(_run([*score, "--json"]))
            if merge and clusters is not None:
                os.environ["TESSERA_DB"] = f"sqlite:///{tmp}/store.db"
                events = out / f"{stem}.ev.jsonl"
                cli("ingest", str(docs), "--quiet")
                cli("export", "--format", "jsonl", "-o", str(events))
                merged = [
                    sys.executable,
                    str(SHARED / "score_merge.py"),
                    str(gold),
                    str(clusters),
                    str(events),
                ]
                (out / f"{stem}.merge.txt").write_text(_run([*merged, "--verbose"]))


def _run(cmd: list[str]) -> str:
    return subprocess.run(cmd, capture_output=True, text=True, check=False).stdout  # noqa: S603


def run(out: Path, names: list[str], jobs: int, src: Path, merge: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(src), CI="")
    code = f"import sys; sys.path.insert(0, {str(src)!r}); from measure_sets import _measure_share; "
    procs = []
    for k in range(jobs):
        share = names[k::jobs]
        if share:
            call = f"_measure_share(__import__('pathlib').Path({str(out)!r}), {share!r}, {merge!r})"
            procs.append(
                subprocess.Popen(  # noqa: S603
                    [sys.executable, "-c", code + call],
                    env=dict(env, PYTHONPATH=f"{src}{os.pathsep}{Path(__file__).parent}"),
                    stdout=subprocess.DEVNULL,
                )
            )
    for proc in procs:
        proc.wait()
    print(f"measured {len(names)} sets into {out} (code: {src})")


def load(folder: Path, pattern: str | None) -> dict[str, dict]:
    """Per set: F1, P, R, tp/fp/fn, each field's (right, judged), merge (gold, merged, right)."""
    rows = {}
    for path in folder.glob("*.score.json"):
        name = path.name.removesuffix(".score.json")
        if pattern and not re.search(pattern, name):
            continue
        scored = json.loads(path.read_text())
        row = dict(scored["overall"])
        for field in FIELDS:
            f = scored["fields"].get(field) or {"acc": None, "n": 0}
            row[field] = (round((f["acc"] or 0) * f["n"]), f["n"])
        merge = folder / f"{name}.merge.txt"
        found = merge.exists() and re.search(r"gold (\d+), merged (\d+), right (\d+)", merge.read_text())
        row["merge"] = tuple(map(int, found.groups())) if found else None
        rows[name] = row
    return rows


def table(folder: Path, pattern: str | None) -> None:
    rows = load(folder, pattern)
    print(
        f"{'set':18} {'F1':>5} {'P':>5} {'R':>5} {'fp':>4} {'fn':>4} "
        + " ".join(f"{f[:6]:>6}" for f in FIELDS)
    )
    for name in sorted(rows, key=lambda n: (len(n), n)):
        r = rows[name]
        accs = " ".join(f"{r[f][0] / r[f][1]:6.2f}" if r[f][1] else "     -" for f in FIELDS)
        print(
            f"{name:18} {r['f1']:5.3f} {r['p']:5.3f} {r['r']:5.3f} {r['fp']:4} {r['fn']:4} {accs}  {r['merge'] or ''}"
        )
    print(f"{len(rows)} sets: F1 sum {sum(r['f1'] for r in rows.values()):.3f}")


def compare(base: Path, new: Path, pattern: str | None) -> None:
    """Per set what moved, then totals: F1, fp, fn, each field's wrong count, merge right/wrong."""
    a, b = load(base, pattern), load(new, pattern)
    total = {"f1": 0.0, "fp": 0, "fn": 0, **{f: 0 for f in FIELDS}, "right": 0, "wrong": 0}
    for name in sorted(set(a) & set(b), key=lambda n: (len(n), n)):
        x, y, moved = a[name], b[name], []
        for key in ("f1", "fp", "fn"):
            total[key] += y[key] - x[key]
            if y[key] != x[key]:
                moved.append(f"{key} {x[key]:.3g}->{y[key]:.3g}")
        for field in FIELDS:
            wrong_x, wrong_y = x[field][1] - x[field][0], y[field][1] - y[field][0]
            total[field] += wrong_y - wrong_x
            if wrong_x != wrong_y:
                moved.append(f"{field} wrong {wrong_x}->{wrong_y}")
        if x["merge"] and y["merge"]:
            right = y["merge"][2] - x["merge"][2]
            wrong = (y["merge"][1] - y["merge"][2]) - (x["merge"][1] - x["merge"][2])
            total["right"] += right
            total["wrong"] += wrong
            if right or wrong:
                moved.append(f"merge right {right:+d} wrong {wrong:+d}")
        if moved:
            print(f"{name:18} " + "; ".join(moved))
    print("TOTAL " + ", ".join(f"{k} {v:+.3f}" if k == "f1" else f"{k} {v:+d}" for k, v in total.items()))


def main(argv: list[str]) -> None:
    flags = {a for a in argv if a.startswith("--")}
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        raise SystemExit(__doc__)
    if args[0] == "run":
        jobs = next((int(a.split("=")[1]) for a in flags if a.startswith("--jobs=")), 2)
        src = next((Path(a.split("=", 1)[1]) for a in flags if a.startswith("--src=")), ROOT / "src")
        run(Path(args[1]), args[2:] or all_sets(), jobs, src.resolve(), "--no-merge" not in flags)
    elif args[0] == "table":
        table(Path(args[1]), args[2] if len(args) > 2 else None)
    elif args[0] == "compare":
        compare(Path(args[1]), Path(args[2]), args[3] if len(args) > 3 else None)
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main(sys.argv[1:])

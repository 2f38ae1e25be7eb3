"""Extraction speed against spaCy's own `nlp.pipe`, measured side by side in one run.

    .venv/bin/python benchmarks/extract_throughput.py [--docs 600]

Runs, each in a fresh process over the same invented corpus (benchmarks/corpus.py):
  1. spaCy alone: load the same pipeline and `nlp.pipe` every text (the floor: parsing);
  2. `tessera extract corpus.jsonl -o events.jsonl`: the whole extractor, command line included.
Prints documents per second, peak resident memory of each process, and the ratio of the times.
Targets: ratio at most 1.5, peak memory at most 600 MB.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import invented_documents, write_jsonl  # noqa: E402

BIN = Path(sys.executable).parent
SPACY_ALONE = """
import json, sys
from tessera.language.analysis import BATCH_SIZE, load_nlp
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
nlp = load_nlp()
n = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
print(n)
"""


def run(cmd: list[str]) -> tuple[float, float]:
    """Wall time in seconds and peak resident memory in MB of one child process."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    took = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(
            f"failed: {' '.join(cmd)}: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}"
        )
    return took, usage.ru_maxrss / 1024  # ru_maxrss is in KB on Linux


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=600)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(invented_documents(args.docs), Path(tmp) / "corpus.jsonl")
        chars = corpus.stat().st_size
        spacy_s, spacy_mb = run([str(BIN / "python"), "-c", SPACY_ALONE, str(corpus)])
        ours_s, ours_mb = run(
            [
                str(BIN / "tessera"),
                "extract",
                str(corpus),
                "--workers",
                "1",
                "-o",
                str(Path(tmp) / "events.jsonl"),
            ]
        )
        events = len((Path(tmp) / "events.jsonl").read_text(encoding="utf-8").splitlines())
    print(f"corpus: {args.docs} documents, {chars / 1e6:.1f} MB of JSON lines; tessera found {events} events")
    print(f"{'run':32} {'seconds':>8} {'docs/s':>8} {'peak MB':>8}")
    print(f"{'spaCy nlp.pipe (same pipeline)':32} {spacy_s:8.1f} {args.docs / spacy_s:8.1f} {spacy_mb:8.0f}")
    print(f"{'tessera extract':32} {ours_s:8.1f} {args.docs / ours_s:8.1f} {ours_mb:8.0f}")
    ratio = ours_s / spacy_s
    print(
        f"ratio tessera/spaCy time: {ratio:.2f} (target <= 1.5); peak memory {ours_mb:.0f} MB (target <= 600)"
    )


if __name__ == "__main__":
    main()

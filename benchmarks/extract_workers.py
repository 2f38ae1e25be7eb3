"""Speed-up of `tessera extract --workers N` over one worker, measured side by side in one run.

    .venv/bin/python benchmarks/extract_workers.py [--docs 1200] [--workers 1 2]

Each run is a fresh `tessera extract` process over the same invented corpus (benchmarks/corpus.py),
with its output checked equal to the one-worker run's. Prints wall time, documents per second,
speed-up against one worker, and the peak resident memory of the largest process (the parent or a
worker, sampled every 50 ms over the process tree). Target: at least 1.7x with 2 workers on a
machine with 2 idle cores.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import invented_documents, write_jsonl  # noqa: E402

BIN = Path(sys.executable).parent


def run(corpus: Path, out: Path, workers: int) -> tuple[float, float]:
    """Wall seconds, and the peak RSS in MB of the largest single process of the run."""
    start = time.perf_counter()
    proc = psutil.Popen(
        [str(BIN / "tessera"), "extract", str(corpus), "--workers", str(workers), "-o", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    peak = 0
    while proc.poll() is None:
        try:
            tree = [proc, *proc.children(recursive=True)]
            peak = max([peak, *(p.memory_info().rss for p in tree if p.is_running())])
        except psutil.Error:
            pass
        time.sleep(0.05)
    took = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(
            f"--workers {workers} failed: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}"
        )
    return took, peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=1200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_jsonl(invented_documents(args.docs), Path(tmp) / "corpus.jsonl")
        results: dict[int, float] = {}
        reference: str | None = None
        print(f"{args.docs} documents; {psutil.cpu_count()} cores")
        for workers in args.workers:
            out = Path(tmp) / f"events_{workers}.jsonl"
            took, peak_mb = run(corpus, out, workers)
            text = out.read_text(encoding="utf-8")
            reference = text if reference is None else reference
            same = "same output" if text == reference else "OUTPUT DIFFERS"
            results[workers] = took
            first = results[args.workers[0]]
            print(
                f"workers {workers}: {took:6.1f} s  {args.docs / took:6.1f} docs/s  "
                f"speed-up {first / took:4.2f}x  peak per process {peak_mb:5.0f} MB  {same}"
            )


if __name__ == "__main__":
    main()

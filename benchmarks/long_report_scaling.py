"""How extraction time grows with a report's length, measured side by side in one run.

    .venv/bin/python benchmarks/long_report_scaling.py [--repeat 3]

Extracts one invented, event-dense report of 10,000 characters and one of 40,000 (the same
sentences, repeated), best of `--repeat` runs each in CPU seconds, and prints the ratio. A stage
that grows linearly with the text gives about 4; one that scans every sentence for every event
(quadratic) gives about 16. Target: at most 6 on an idle machine.
"""

from __future__ import annotations

import argparse
import time

from tessera.model import Document
from tessera.pipeline import extract_documents

SENTENCES = [
    "Border guards arrested {n} traders in Hyesan on {d} May 2023 as they tried to cross the river.",
    "State security agents questioned {n} families in Musan about mobile phones in early June.",
    "Chinese police repatriated {n} defectors to Sinuiju on {d} July, a source said.",
    "Two women from Hoeryong fled to China in March, and {n} of them were later caught.",
]


def report(chars: int) -> str:
    """Invented event-dense text: a sentence with an event after another, paragraphs now and then."""
    parts: list[str] = []
    i = 0
    while sum(map(len, parts)) < chars:
        sentence = SENTENCES[i % len(SENTENCES)].format(n=i % 9 + 2, d=i % 27 + 1)
        parts.append(sentence + (" " if i % 5 else "\n\n"))
        i += 1
    return "".join(parts)


def cpu_seconds(chars: int) -> float:
    started = time.process_time()
    ((_, events),) = extract_documents([Document(id="r", text=report(chars))])
    assert events, "the invented report must yield events"
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    cpu_seconds(2000)  # the model and the data load once, before timing
    short = min(cpu_seconds(10_000) for _ in range(args.repeat))
    long = min(cpu_seconds(40_000) for _ in range(args.repeat))
    print(f"10,000 characters: {short:.2f} s CPU; 40,000 characters: {long:.2f} s CPU")
    print(f"ratio for 4x the text: {long / short:.2f} (linear about 4, quadratic about 16; target <= 6)")


if __name__ == "__main__":
    main()

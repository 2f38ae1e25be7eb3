"""Tessera's `when` beside a dateparser baseline, on the same gold and the same events, in one run.

usage: .venv/bin/python benchmarks/time_vs_baseline.py [GOLD.jsonl ...] [--events pipeline|gold]
       [--verbose]

For each gold file (default: /work/shared/gold/dev.jsonl and seed.jsonl) the events are found
once — by the pipeline's events stage (`--events pipeline`, the default) or taken from the gold
evidence (`--events gold`, which measures the time stage alone) — and dated twice:
- Tessera: `tessera.time.date_events`;
- baseline: `dateparser.search_dates` over the report, the found date nearest the event's
  evidence, resolved against the same report date (`tessera.time.report_date`), as one day.
Both are judged by the gold's own score.py (`when` accuracy over matched events), and the
accuracies, their difference and the time each took are printed side by side.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from datetime import datetime
from pathlib import Path
from types import ModuleType
from typing import Any

from dateparser.search import search_dates

from tessera.language import Analysis, analyse
from tessera.model import Anchor, Document, Event, Source, Span, TimeSpan, event_to_dict
from tessera.time import ReportDate, date_events, report_date

GOLD_DIR = Path("/work/shared/gold")
DEFAULT_GOLD = [GOLD_DIR / "dev.jsonl", GOLD_DIR / "seed.jsonl"]


def load_scorer(gold_dir: Path) -> ModuleType:
    """The gold's own judge, loaded from beside the gold files (never copied)."""
    spec = importlib.util.spec_from_file_location("gold_score", gold_dir / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold_events(analysis: Analysis, gold_doc: dict[str, Any]) -> list[Event]:
    """Events standing for the gold's own: its evidence, the evidence's parse root as trigger."""
    text, doc_id = analysis.text, analysis.document.id
    out = []
    for g in gold_doc.get("events", []):
        start = text.find(g["evidence"])
        end = start + len(g["evidence"])
        span = analysis.doc.char_span(start, end, alignment_mode="expand")
        root = span.root
        anchor = Anchor(
            root.idx, root.idx + len(root.text), root.sent.start_char, root.sent.end_char, start, end
        )
        out.append(
            Event(
                type=g["type"],
                status=g.get("status", "occurred"),
                evidence=[Span(doc_id, start, end, g["evidence"])],
                sources=[Source(doc_id)],
                anchor=anchor,
            )
        )
    out.sort(key=lambda e: e.evidence[0].start)
    return out


def pipeline_events(analysis: Analysis) -> list[Event]:
    from tessera.events import find_events  # the events stage, only when measuring with it

    return find_events(analysis)


def baseline_when(
    analysis: Analysis, event: Event, report: ReportDate, found: list[tuple[int, datetime]]
) -> TimeSpan:
    """The dateparser date nearest the event's evidence, as a single day."""
    if not found or not event.evidence:
        return TimeSpan.unknown()
    ev = event.evidence[0]

    def distance(offset: int) -> int:
        return 0 if ev.start <= offset < ev.end else min(abs(offset - ev.start), abs(offset - ev.end))

    offset, when = min(found, key=lambda f: distance(f[0]))
    return TimeSpan(when.date(), when.date(), "day", None)


def dateparser_dates(text: str, report: ReportDate) -> list[tuple[int, datetime]]:
    settings: dict[str, Any] = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if report.latest is not None:
        settings["RELATIVE_BASE"] = datetime.combine(report.latest, datetime.min.time())
    results = search_dates(text, languages=["en"], settings=settings) or []
    out, cursor = [], 0
    for phrase, when in results:
        at = text.find(phrase, cursor)
        if at < 0:
            at = text.find(phrase)
        if at < 0:
            continue
        cursor = at + len(phrase)
        out.append((at, when))
    return out


def run(path: Path, mode: str, scorer: ModuleType, verbose: bool) -> dict[str, Any]:
    docs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    ours, base = [], []
    t_ours = t_base = 0.0
    for gold_doc in docs:
        document = Document(
            id=gold_doc["doc"],
            text=gold_doc["text"],
            title=gold_doc.get("title"),
            published=gold_doc.get("published"),
            outlet=gold_doc.get("outlet"),
        )
        analysis = analyse(document)
        events = gold_events(analysis, gold_doc) if mode == "gold" else pipeline_events(analysis)
        t0 = time.perf_counter()
        dated = date_events(events, analysis)
        t1 = time.perf_counter()
        report = report_date(document)
        found = dateparser_dates(document.text, report)
        baseline = [e.with_(when=baseline_when(analysis, e, report, found)) for e in events]
        t2 = time.perf_counter()
        t_ours += t1 - t0
        t_base += t2 - t1
        ours += [event_to_dict(e) for e in dated]
        base += [event_to_dict(e) for e in baseline]
        if verbose:
            for e, b in zip(dated, baseline, strict=True):
                print(
                    f"  {document.id[:10]:10} {e.type:20} tessera={_show(e.when)}  baseline={_show(b.when)}"
                    f"  «{e.evidence[0].text[:60]!s}»"
                )
    _, fields_ours, _, _ = scorer.score(docs, ours)
    _, fields_base, _, _ = scorer.score(docs, base)
    return {"ours": fields_ours["when"], "base": fields_base["when"], "t_ours": t_ours, "t_base": t_base}


def _show(t: TimeSpan) -> str:
    if t.start is None:
        return "-"
    return f"{t.start}..{t.end} {t.precision}"


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="*", type=Path, default=DEFAULT_GOLD)
    parser.add_argument("--events", choices=("pipeline", "gold"), default="pipeline")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    scorer = load_scorer(args.gold[0].parent if args.gold else GOLD_DIR)
    total = {"ours": [0, 0], "base": [0, 0], "t_ours": 0.0, "t_base": 0.0}
    print(f"events from: {args.events}")
    print(
        f"{'gold file':18} {'n':>4} {'tessera':>8} {'baseline':>9} {'margin':>7}"
        f" {'t_tessera':>10} {'t_base':>8}"
    )
    for path in args.gold:
        r = run(path, args.events, scorer, args.verbose)
        for key in ("ours", "base"):
            total[key][0] += r[key][0]
            total[key][1] += r[key][1]
        total["t_ours"] += r["t_ours"]
        total["t_base"] += r["t_base"]
        _row(path.name, r["ours"], r["base"], r["t_ours"], r["t_base"])
    _row("all", total["ours"], total["base"], total["t_ours"], total["t_base"])
    return 0


def _row(name: str, ours: list[int], base: list[int], t_ours: float, t_base: float) -> None:
    n = ours[1]
    a = ours[0] / n if n else float("nan")
    b = base[0] / n if n else float("nan")
    ratio = t_base / t_ours if t_ours else float("nan")
    print(
        f"{name:18} {n:4d} {a:8.3f} {b:9.3f} {a - b:+7.3f} {t_ours:9.2f}s {t_base:7.2f}s"
        f"  (baseline takes {ratio:.1f}x Tessera's time)"
    )


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

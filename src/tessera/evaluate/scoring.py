"""Scores extracted events against annotated documents, by the rules of the gold README.

A predicted event matches a gold event of the same type when one of its evidence spans overlaps
the gold evidence (or an alternative); matching is one to one, largest overlap first. Fields are
judged on matched pairs where the gold gives them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tessera.geo import distance_km

PLACE_FIELDS = ("where", "origin", "destination")
RADIUS_KM = {"point": 30, "city": 30, "county": 30, "province": 120, "region": 300}


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Scores:
    types: dict[str, Counts] = field(default_factory=lambda: defaultdict(Counts))
    fields: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[tuple[str, str, str]] = field(default_factory=list)
    extras: list[tuple[str, str, str]] = field(default_factory=list)
    matched: list[tuple[dict[str, Any], dict[str, Any]]] = field(default_factory=list)
    # (the prediction's confidence, whether it matched a gold event): for calibration
    outcomes: list[tuple[float, bool]] = field(default_factory=list)
    # Per prediction, in input order: "event" (matched a gold event), "optional" (matched an
    # optional one: neither right nor wrong) or "false_alarm"; what the keep filter learns from.
    verdicts: list[str] = field(default_factory=list)

    @property
    def overall(self) -> Counts:
        total = Counts()
        for c in self.types.values():
            total.tp, total.fp, total.fn = total.tp + c.tp, total.fp + c.fp, total.fn + c.fn
        return total

    def judge(self, name: str, right: bool) -> None:
        self.fields[name][1] += 1
        self.fields[name][0] += bool(right)


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def place_right(gold: dict[str, Any], pred: Any) -> bool:
    if (
        not isinstance(pred, dict)
        or (pred.get("country") or "").upper() != (gold.get("country") or "").upper()
    ):
        return False
    precision = gold.get("precision") or "city"
    if precision == "country" or gold.get("lat") is None or gold.get("lon") is None:
        return True
    if pred.get("lat") is None or pred.get("lon") is None:
        return False
    return distance_km(gold["lat"], gold["lon"], pred["lat"], pred["lon"]) <= RADIUS_KM.get(precision, 30)


def when_right(gold: dict[str, Any], pred: Any) -> bool:
    gs, ge = _day(gold.get("start")), _day(gold.get("end"))
    ps, pe = _day((pred or {}).get("start")), _day((pred or {}).get("end"))
    if None in (gs, ge, ps, pe):
        return False
    width = (ge - gs).days  # type: ignore[operator]
    tolerance = 1 if width == 0 else 3 if width <= 11 else 7
    return abs((ps - gs).days) <= tolerance and abs((pe - ge).days) <= tolerance  # type: ignore[operator]


def _gold_spans(doc: dict[str, Any], event: dict[str, Any]) -> list[tuple[int, int]]:
    spans = []
    for quote in [event["evidence"], *event.get("evidence_alt", [])]:
        start = doc["text"].find(quote)
        if start < 0:
            raise ValueError(f"gold evidence not in the text of {doc['doc']}: {quote[:60]!r}")
        spans.append((start, start + len(quote)))
    return spans


def _pred_spans(pred: dict[str, Any], doc_id: str) -> list[tuple[int, int]]:
    return [
        (int(e["start"]), int(e["end"]))
        for e in pred.get("evidence") or []
        if e.get("doc") == doc_id and e.get("start") is not None and e.get("end") is not None
    ]


def score(gold_docs: list[dict[str, Any]], predicted: list[dict[str, Any]]) -> Scores:
    scores = Scores()
    scores.verdicts = ["false_alarm"] * len(predicted)
    position = {id(p): i for i, p in enumerate(predicted)}
    by_doc: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in predicted:
        for doc_id in {e.get("doc") for e in p.get("evidence") or []}:
            by_doc[doc_id].append(p)
    for doc in gold_docs:
        doc_id = doc["doc"]
        golds = [(g, _gold_spans(doc, g)) for g in doc.get("events", [])]
        preds = by_doc.get(doc_id, [])
        pairs = []
        for gi, (g, gspans) in enumerate(golds):
            for pi, p in enumerate(preds):
                if p.get("type") != g["type"]:
                    continue
                overlap = max(
                    (
                        max(0, min(a[1], b[1]) - max(a[0], b[0]))
                        for a in gspans
                        for b in _pred_spans(p, doc_id)
                    ),
                    default=0,
                )
                if overlap > 0:
                    pairs.append((overlap, gi, pi))
        used_gold: set[int] = set()
        used_pred: set[int] = set()
        for _, gi, pi in sorted(pairs, reverse=True):
            if gi in used_gold or pi in used_pred:
                continue
            used_gold.add(gi)
            used_pred.add(pi)
            _judge(scores, golds[gi][0], preds[pi])
            scores.verdicts[position[id(preds[pi])]] = "optional" if golds[gi][0].get("optional") else "event"
            if not golds[gi][0].get("optional"):
                scores.outcomes.append((float(preds[pi].get("confidence", 0.5)), True))
        for gi, (g, _) in enumerate(golds):
            if gi not in used_gold and not g.get("optional"):
                scores.types[g["type"]].fn += 1
                scores.misses.append((doc_id, g["type"], g["evidence"][:90]))
        for pi, p in enumerate(preds):
            if pi not in used_pred:
                scores.outcomes.append((float(p.get("confidence", 0.5)), False))
                scores.types[p.get("type", "?")].fp += 1
                text = ((p.get("evidence") or [{}])[0].get("text") or "")[:90]
                scores.extras.append((doc_id, p.get("type", "?"), text))
    return scores


def _judge(scores: Scores, g: dict[str, Any], p: dict[str, Any]) -> None:
    if g.get("optional"):
        return
    scores.types[g["type"]].tp += 1
    scores.matched.append((g, p))
    scores.judge("status", p.get("status") == g.get("status"))
    if g.get("status") != "occurred":
        scores.judge("status_not_occurred", p.get("status") == g.get("status"))
    gw = g.get("when") or {}
    if gw.get("start") and gw.get("end"):
        scores.judge("when", when_right(gw, p.get("when")))
    for name in PLACE_FIELDS:
        if g.get(name):
            scores.judge(name, place_right(g[name], p.get(name)))
    gv = g.get("victims") or {}
    if gv.get("count_min") is not None:
        scores.judge("victims", (p.get("victims") or {}).get("count_min") == gv["count_min"])
    kinds = set(g.get("perpetrator_kinds") or [])
    if kinds:
        scores.judge("perpetrators", bool(kinds & {a.get("kind") for a in p.get("perpetrators") or []}))


CALIBRATION_BINS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def calibration(scores: Scores) -> list[tuple[float, float, int, float | None, float | None]]:
    """Per confidence band: (low, high, predictions, mean confidence, share that were right)."""
    rows = []
    for low, high in zip(CALIBRATION_BINS, CALIBRATION_BINS[1:], strict=False):
        band = [(c, ok) for c, ok in scores.outcomes if low <= c < high]
        mean = sum(c for c, _ in band) / len(band) if band else None
        right = sum(ok for _, ok in band) / len(band) if band else None
        rows.append((low, min(high, 1.0), len(band), mean, right))
    return rows


def calibration_report(scores: Scores) -> str:
    lines = ["confidence   n   mean  right"]
    for low, high, n, mean, right in calibration(scores):
        if n:
            lines.append(f"{low:.1f}-{high:.1f}  {n:4}  {mean:5.2f}  {right:5.2f}")
    return "\n".join(lines)


def report(scores: Scores, verbose: bool = False) -> str:
    """The figures as score.py prints them."""
    lines = []
    if verbose:
        lines += ["\t".join(("missed", *m)) for m in scores.misses]
        lines += ["\t".join(("extra ", *e)) for e in scores.extras]
    lines.append(f"{'type':22} {'P':>5} {'R':>5} {'F1':>5}   tp  fp  fn")
    for name, c in sorted(scores.types.items()):
        p, r, f = c.prf()
        lines.append(f"{name:22} {p:5.2f} {r:5.2f} {f:5.2f} {c.tp:4} {c.fp:3} {c.fn:3}")
    for name, (right, judged) in sorted(scores.fields.items()):
        acc = "-" if not judged else f"{right / judged:.2f}"
        lines.append(f"field {name:16} {acc:>5}  (n={judged})")
    o = scores.overall
    p, r, f = o.prf()
    lines.append(f"overall P={p:.3f} R={r:.3f} F1={f:.3f} tp={o.tp} fp={o.fp} fn={o.fn}")
    return "\n".join(lines)

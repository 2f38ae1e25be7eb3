"""Measuring the merge: gold-annotated reports in, pairwise precision and recall out.

A gold file (gold/README.md) gives each document's events. Each gold event becomes an Event
with the id "DOC#INDEX", its evidence found in the document's text, and the document as source.
A cluster file lists which gold events are one real event. Scoring is over pairs of events:
precision = correctly merged pairs / merged pairs, recall = correctly merged pairs / gold pairs.
Pairs touching an event listed as uncertain count neither way.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

from tessera.merge.combine import MergedEvent
from tessera.model import Actor, Document, Event, Source, Span, TimeSpan, Victims, place_from_dict


def _precision(start: date | None, end: date | None) -> str:
    if start is None or end is None:
        return "unknown"
    width = (end - start).days
    if width == 0:
        return "day"
    if width <= 11:
        return "days"
    if start.day == 1 and width <= 30:
        return "month"
    if start.month == 1 and start.day == 1 and width in (364, 365):
        return "year"
    return "range"


def _spans(doc: str, text: str, quotes: Iterable[str]) -> list[Span]:
    out = []
    for q in quotes:
        at = text.find(q)
        if at >= 0:
            out.append(Span(doc, at, at + len(q), q))
    return out


def gold_event(doc: dict[str, Any], index: int) -> Event:
    g = doc["events"][index]
    when = g.get("when") or {}
    start = date.fromisoformat(when["start"]) if when.get("start") else None
    end = date.fromisoformat(when["end"]) if when.get("end") else None
    v = g.get("victims")
    victims = None if not v else Victims(None, v.get("count_min"), v.get("count_max"))
    return Event(
        id=f"{doc['doc']}#{index}",
        type=g["type"],
        status=g.get("status") or "occurred",
        evidence=_spans(doc["doc"], doc["text"], [g["evidence"], *(g.get("evidence_alt") or [])]),
        sources=[Source(doc["doc"], doc.get("outlet"), doc.get("url"), doc.get("published"))],
        when=TimeSpan(start, end, _precision(start, end)),
        where=place_from_dict(g.get("where")),
        origin=place_from_dict(g.get("origin")),
        destination=place_from_dict(g.get("destination")),
        perpetrators=[Actor(k, None, k) for k in g.get("perpetrator_kinds") or []],
        victims=victims,
    )


def load_gold(path: Path) -> tuple[dict[str, Document], list[Event]]:
    documents: dict[str, Document] = {}
    events: list[Event] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        documents[d["doc"]] = Document(
            d["doc"], d["text"], d.get("title"), d.get("published"), d.get("outlet"), d.get("url")
        )
        events += [gold_event(d, i) for i in range(len(d["events"]))]
    return documents, events


@dataclass
class PairScore:
    precision: float
    recall: float
    true_pairs: int
    predicted_pairs: int
    gold_pairs: int
    wrong: list[tuple[str, str]] = field(default_factory=list)  # merged, but not one event
    missed: list[tuple[str, str]] = field(default_factory=list)  # one event, not merged


def _pairs(groups: Iterable[Sequence[str]], skip: set[str]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for g in groups:
        ids = sorted(i for i in g if i not in skip)
        out.update(combinations(ids, 2))
    return out


def pairwise(
    merged: Sequence[MergedEvent], clusters: Sequence[Sequence[str]], uncertain: Iterable[str] = ()
) -> PairScore:
    skip = set(uncertain)
    predicted = _pairs((m.member_ids for m in merged), skip)
    gold = _pairs(clusters, skip)
    true = predicted & gold
    return PairScore(
        precision=len(true) / len(predicted) if predicted else 1.0,
        recall=len(true) / len(gold) if gold else 1.0,
        true_pairs=len(true),
        predicted_pairs=len(predicted),
        gold_pairs=len(gold),
        wrong=sorted(predicted - gold),
        missed=sorted(gold - predicted),
    )


def load_clusters(path: Path) -> tuple[list[list[str]], list[str]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [c["ids"] for c in data["clusters"]], list(data.get("uncertain") or {})

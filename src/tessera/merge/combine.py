"""One record from the reports of one real event: every source, and the best-supported values.

Values that disagree are all kept, per source, in `MergedEvent.values`. The record itself takes:
- time: the narrowest period that most reports allow (a report of "October" allows "9 October");
- places: the finest place that most reports allow ("China" allows "Dandong");
- victims: the count most reports give; among counts given equally often, the most conservative
  (the lowest minimum), as ACLED does for fatalities;
- status: the one most reports give, the more confident report breaking a tie;
- perpetrators and facilitators: all of them; evidence and sources: all of them;
- summary: generated again from the chosen fields, so that it says what the record says.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tessera.merge.places import RANK, relate
from tessera.merge.profile import counts_households
from tessera.model import (
    Actor,
    Event,
    Place,
    Source,
    Span,
    TimeSpan,
    actor_to_dict,
    place_to_dict,
    timespan_to_dict,
)

FIELDS = ("status", "when", "where", "origin", "destination", "victims", "perpetrators")


@dataclass(frozen=True)
class MergedEvent:
    """One real-world event and the per-report events it was made from."""

    event: Event  # the merged record; its id is stable for the same set of members
    members: tuple[Event, ...]  # the per-report events, as extracted
    values: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # field -> one entry per member
    explanation: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return self.event.id

    @property
    def member_ids(self) -> list[str]:
        return [m.id for m in self.members]


def merged_id(member_ids: Sequence[str]) -> str:
    """A lone event keeps its id; a merged one gets a hash of its sorted member ids."""
    ids = sorted(set(member_ids))
    if len(ids) == 1:
        return ids[0]
    key = "merge\x1f" + "\x1f".join(ids)
    return "ev_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def _docs(e: Event) -> str:
    docs = sorted({s.doc for s in e.sources} or {s.doc for s in e.evidence})
    return ",".join(docs) or "?"


def _value_json(name: str, e: Event) -> Any:
    v = getattr(e, name)
    if name == "when":
        return timespan_to_dict(v)
    if name in ("where", "origin", "destination"):
        return place_to_dict(v)
    if name == "victims":
        return None if v is None else {"text": v.text, "count_min": v.count_min, "count_max": v.count_max}
    if name == "perpetrators":
        return [actor_to_dict(a) for a in v]
    return v


def _weight(counts: Mapping[str, int] | None, m: Event) -> int:
    """How many reports a member stands for (the store passes one member per distinct telling)."""
    return counts.get(m.id, 1) if counts else 1


def _choose_when(members: Sequence[Event], counts: Mapping[str, int] | None = None) -> tuple[TimeSpan, str]:
    dated = [m for m in members if m.when.start or m.when.end]
    if not dated:
        return members[0].when, ""

    def bounds(m: Event) -> tuple[int, int]:
        s = (m.when.start or m.when.end).toordinal()  # type: ignore[union-attr]
        e = (m.when.end or m.when.start).toordinal()  # type: ignore[union-attr]
        return s, e

    def support(m: Event) -> int:
        s, e = bounds(m)
        return sum(_weight(counts, o) for o in dated if bounds(o)[0] <= s and e <= bounds(o)[1])

    best = max(dated, key=lambda m: (support(m), -(bounds(m)[1] - bounds(m)[0]), m.confidence))
    n_dated = sum(_weight(counts, m) for m in dated)
    return best.when, f"when from {_docs(best)}: allowed by {support(best)} of {n_dated} dated reports"


def _choose_place(
    members: Sequence[Event], role: str, counts: Mapping[str, int] | None = None
) -> tuple[Place | None, str]:
    places = [(m, p) for m in members if (p := getattr(m, role)) is not None]
    if not places:
        return None, ""

    def support(p: Place) -> int:
        n = 0
        for om, o in places:
            rel = relate(p, o)
            if rel.kind in ("same", "close") or (
                rel.kind == "inside" and RANK.get(o.precision, 1) >= RANK.get(p.precision, 1)
            ):
                n += _weight(counts, om)
        return n

    best_m, best = max(
        places, key=lambda mp: (support(mp[1]), -RANK.get(mp[1].precision, 1), mp[0].confidence)
    )
    return (
        best,
        f"{role} {best.name} from {_docs(best_m)}: allowed by {support(best)} of "
        f"{sum(_weight(counts, m) for m, _ in places)} reports",
    )


def _choose_victims(members: Sequence[Event], counts: Mapping[str, int] | None = None) -> tuple[Any, str]:
    # "One family" is no count of people: another report's "five" is the count, not the lower one.
    counted = [
        m
        for m in members
        if m.victims is not None and m.victims.count_min is not None and not counts_households(m.victims)
    ]
    if not counted:
        return next((m.victims for m in members if m.victims is not None), None), ""
    if len(counted) == 1:
        return counted[0].victims, ""

    def count(m: Event) -> tuple[int, int | None]:
        return m.victims.count_min, m.victims.count_max  # type: ignore[union-attr,return-value]

    votes: dict[tuple[int, int | None], int] = {}
    for m in counted:
        votes[count(m)] = votes.get(count(m), 0) + _weight(counts, m)
    best = min(counted, key=lambda m: (-votes[count(m)], count(m)[0], -m.confidence))
    shown = ", ".join(f"{m.victims.count_min} ({_docs(m)})" for m in counted)  # type: ignore[union-attr]
    n = votes[count(best)]
    why = "given by the most reports" if n > 1 else "the most conservative"
    return best.victims, f"victims from {_docs(best)}: {why} of {shown}"


def _choose_status(members: Sequence[Event], counts: Mapping[str, int] | None = None) -> str:
    votes: dict[str, float] = {}
    for m in members:
        votes[m.status] = votes.get(m.status, 0.0) + _weight(counts, m) * (1.0 + m.confidence / 100)
    return max(votes, key=lambda s: votes[s])


def _union_actors(groups: Sequence[list[Actor]]) -> list[Actor]:
    out: dict[tuple[str, str, str | None], Actor] = {}
    for actors in groups:
        for a in actors:
            out.setdefault((a.name.lower(), a.kind, a.country), a)
    return list(out.values())


def _summary(event: Event) -> str:
    # Imported here: the events package loads the language model, which the merge alone
    # (the store's commands, the benchmarks) does not need until it builds a merged record.
    from tessera.events.summary import summarise

    return summarise(event)


def combine(members: Sequence[Event]) -> Event:
    """The merged record of events already judged to be one (the store may call it directly)."""
    return build(members).event


def combine_counted(members: Sequence[Event], counts: Mapping[str, int]) -> Event:
    """The merged record when each member stands for `counts[member.id]` reports that told the
    same values (the store combines one member per distinct telling, not every report again)."""
    return build(members, counts=counts).event


def build(
    members: Sequence[Event], explanation: Sequence[str] = (), counts: Mapping[str, int] | None = None
) -> MergedEvent:
    members = sorted(members, key=lambda m: m.id)
    if len(members) == 1:
        return MergedEvent(members[0], tuple(members), {f: [] for f in FIELDS}, list(explanation))
    notes: list[str] = []
    when, why = _choose_when(members, counts)
    notes += [why] if why else []
    chosen_places: dict[str, Place | None] = {}
    for role in ("where", "origin", "destination"):
        chosen_places[role], why = _choose_place(members, role, counts)
        notes += [why] if why else []
    victims, why = _choose_victims(members, counts)
    notes += [why] if why else []
    lead = max(members, key=lambda m: (m.confidence, bool(m.summary), m.id))
    sources: dict[str, Source] = {}
    evidence: dict[tuple[str, int, int], Span] = {}
    for m in members:
        for s in m.sources:
            sources.setdefault(s.doc, s)
        for span in m.evidence:
            evidence.setdefault((span.doc, span.start, span.end), span)
    event = lead.with_(
        id=merged_id([m.id for m in members]),
        status=_choose_status(members, counts),
        when=when,
        where=chosen_places["where"],
        origin=chosen_places["origin"],
        destination=chosen_places["destination"],
        victims=victims,
        perpetrators=_union_actors([m.perpetrators for m in members]),
        facilitators=_union_actors([m.facilitators for m in members]),
        evidence=list(evidence.values()),
        sources=list(sources.values()),
        # Corroboration is not independence (reports copy each other), so no noisy-OR boost.
        confidence=max(m.confidence for m in members),
        anchor=None,
    )
    event.summary = _summary(event)
    values = {
        f: [{"event": m.id, "doc": _docs(m), "value": _value_json(f, m)} for m in members] for f in FIELDS
    }
    return MergedEvent(event, tuple(members), values, [*explanation, *notes])

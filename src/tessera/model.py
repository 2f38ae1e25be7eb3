"""The record types every stage shares, and their JSON form (spec: event-record.md, v1).

Stages pass these objects along the pipeline; `event_to_dict` / `event_from_dict` are the one
place where the JSON shape of the contract is written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

EVENT_TYPES = (
    "escape",
    "disappearance",
    "arrest",
    "repatriation",
    "interrogation",
    "punishment",
    "execution",
    "violence",
    "search",
    "movement_restriction",
    "crackdown",
)
# Types that happen to people (the rest are measures against a population: searches,
# movement restrictions, crackdowns).
PEOPLE_EVENT_TYPES = frozenset(EVENT_TYPES) - {"search", "movement_restriction", "crackdown"}
STATUSES = ("occurred", "attempted", "suspected", "at_risk")
TIME_PRECISIONS = ("day", "days", "week", "month_part", "month", "season", "year", "range", "unknown")
PLACE_PRECISIONS = ("point", "city", "county", "province", "region", "country")
ACTOR_KINDS = (
    "state_security",
    "police",
    "border_guard",
    "military",
    "party",
    "court",
    "local_official",
    "broker",
    "civilian",
    "other",
)
VICTIM_GROUPS = (
    "family",
    "individual",
    "defectors",
    "residents",
    "officials",
    "workers",
    "soldiers",
    "students",
    "traders",
    "other",
)


@dataclass(frozen=True)
class Document:
    """One report as read: its text is what every evidence offset indexes into."""

    id: str
    text: str
    title: str | None = None
    published: str | None = None  # "YYYY-MM-DD", "YYYY-MM" or "YYYY"
    outlet: str | None = None
    url: str | None = None
    path: str | None = None  # where it was read from, for messages
    sha256: str | None = None  # of the raw bytes, when read from a file

    @property
    def content_hash(self) -> str:
        return self.sha256 or hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Span:
    doc: str
    start: int  # inclusive character offset into Document.text
    end: int  # exclusive
    text: str


@dataclass(frozen=True)
class Place:
    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    precision: str = "city"
    text: str | None = None  # the words of the report that named it
    id: str | None = None  # gazetteer id, when resolved


@dataclass(frozen=True)
class TimeSpan:
    start: date | None
    end: date | None
    precision: str = "unknown"
    text: str | None = None

    @staticmethod
    def unknown() -> TimeSpan:
        return TimeSpan(None, None, "unknown", None)


@dataclass(frozen=True)
class Actor:
    name: str
    country: str | None
    kind: str


# Actors no word of a report names, put where the act implies a doer (a sending back told with
# none: `tessera.events.perpetrators.default_sender`): later acts do not carry them, and merging
# does not count them as two reports agreeing on who acted.
HOLDING_POLICE = "police of the country holding them"
WORKSITE_SECURITY = "state security at the worksite"
# (an arrest told with no doer: `tessera.events.perpetrators.default_arrester`)
ARRESTING_POLICE = "police of the country where they were arrested"
# (a boat's crew sent back with no sender named: the coast force that seized them at sea)
HOLDING_COAST_GUARD = "coast guard of the country holding them"
UNTOLD_SENDERS = frozenset({HOLDING_POLICE, WORKSITE_SECURITY, ARRESTING_POLICE, HOLDING_COAST_GUARD})

# The two Koreas (ISO codes): a place in neither is abroad, where a third country's police hold
# people (`tessera.events.perpetrators`) and where a worker leaving a work site has fled
# (`tessera.events.leaving`).
HOME_COUNTRIES = frozenset({"KP", "KR"})


@dataclass(frozen=True)
class Victims:
    text: str | None
    count_min: int | None
    count_max: int | None
    group: str = "other"


@dataclass(frozen=True)
class Source:
    doc: str
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    attribution: str | None = None


@dataclass(frozen=True)
class Anchor:
    """Where the extractor found an event: used by later stages, never serialised."""

    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    clause_start: int
    clause_end: int


@dataclass
class Event:
    type: str
    status: str
    evidence: list[Span]
    sources: list[Source]
    summary: str = ""
    when: TimeSpan = field(default_factory=TimeSpan.unknown)
    where: Place | None = None
    origin: Place | None = None
    destination: Place | None = None
    perpetrators: list[Actor] = field(default_factory=list)
    victims: Victims | None = None
    facilitators: list[Actor] = field(default_factory=list)
    confidence: float = 0.5
    id: str = ""
    anchor: Anchor | None = None

    def with_(self, **changes: Any) -> Event:
        return replace(self, **changes)


def stable_event_id(doc_id: str, event_type: str, start: int, end: int) -> str:
    """The same input gives the same id on every run: a hash of where the event was read."""
    key = f"{doc_id}\x1f{event_type}\x1f{start}\x1f{end}"
    return "ev_" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


# --- JSON form of the contract ------------------------------------------------------------


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def place_to_dict(p: Place | None) -> dict[str, Any] | None:
    if p is None:
        return None
    return {
        "name": p.name,
        "country": p.country,
        "admin1": p.admin1,
        "admin2": p.admin2,
        "lat": p.lat,
        "lon": p.lon,
        "precision": p.precision,
        "text": p.text,
    }


def place_from_dict(d: dict[str, Any] | None) -> Place | None:
    if not d:
        return None
    return Place(
        name=d.get("name") or "",
        country=d.get("country"),
        admin1=d.get("admin1"),
        admin2=d.get("admin2"),
        lat=d.get("lat"),
        lon=d.get("lon"),
        precision=d.get("precision") or "city",
        text=d.get("text"),
        id=d.get("id"),
    )


def timespan_to_dict(t: TimeSpan) -> dict[str, Any]:
    return {"start": _iso(t.start), "end": _iso(t.end), "precision": t.precision, "text": t.text}


def timespan_from_dict(d: dict[str, Any] | None) -> TimeSpan:
    if not d:
        return TimeSpan.unknown()
    start, end = d.get("start"), d.get("end")
    return TimeSpan(
        date.fromisoformat(start) if start else None,
        date.fromisoformat(end) if end else None,
        d.get("precision") or "unknown",
        d.get("text"),
    )


def actor_to_dict(a: Actor) -> dict[str, Any]:
    return {"name": a.name, "country": a.country, "kind": a.kind}


def event_to_dict(e: Event) -> dict[str, Any]:
    v = e.victims
    return {
        "id": e.id,
        "type": e.type,
        "status": e.status,
        "summary": e.summary,
        "when": timespan_to_dict(e.when),
        "where": place_to_dict(e.where),
        "origin": place_to_dict(e.origin),
        "destination": place_to_dict(e.destination),
        "perpetrators": [actor_to_dict(a) for a in e.perpetrators],
        "victims": None
        if v is None
        else {"text": v.text, "count_min": v.count_min, "count_max": v.count_max, "group": v.group},
        "facilitators": [actor_to_dict(a) for a in e.facilitators],
        "evidence": [{"doc": s.doc, "start": s.start, "end": s.end, "text": s.text} for s in e.evidence],
        "sources": [
            {
                "doc": s.doc,
                "outlet": s.outlet,
                "url": s.url,
                "published": s.published,
                "attribution": s.attribution,
            }
            for s in e.sources
        ],
        "confidence": round(e.confidence, 3),
    }


def event_from_dict(d: dict[str, Any]) -> Event:
    v = d.get("victims")
    return Event(
        id=d.get("id", ""),
        type=d["type"],
        status=d.get("status", "occurred"),
        summary=d.get("summary", ""),
        when=timespan_from_dict(d.get("when")),
        where=place_from_dict(d.get("where")),
        origin=place_from_dict(d.get("origin")),
        destination=place_from_dict(d.get("destination")),
        perpetrators=[
            Actor(a.get("name", ""), a.get("country"), a.get("kind", "other"))
            for a in d.get("perpetrators") or []
        ],
        victims=None
        if not v
        else Victims(v.get("text"), v.get("count_min"), v.get("count_max"), v.get("group") or "other"),
        facilitators=[
            Actor(a.get("name", ""), a.get("country"), a.get("kind", "other"))
            for a in d.get("facilitators") or []
        ],
        evidence=[
            Span(s["doc"], int(s["start"]), int(s["end"]), s.get("text", "")) for s in d.get("evidence") or []
        ],
        sources=[
            Source(s["doc"], s.get("outlet"), s.get("url"), s.get("published"), s.get("attribution"))
            for s in d.get("sources") or []
        ],
        confidence=float(d.get("confidence", 0.5)),
    )

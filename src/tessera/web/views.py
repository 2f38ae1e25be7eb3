"""What the review pages show, computed from stored events: the queue's order, each field with
the words that support it, reports' text cut into highlighted segments, map features, filters.

Pure functions over the contract's event JSON, so they are tested without a server.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from tessera.model import ACTOR_KINDS, EVENT_TYPES, PLACE_PRECISIONS, STATUSES, TIME_PRECISIONS, VICTIM_GROUPS
from tessera.store import EventQuery, StoredEvent, parse_day
from tessera.store.filters import CHOICES, choice_problem

# How much a type adds to an event's need for a human: the gravest harms are checked first.
GRAVE_TYPES = {"execution": 1.5, "disappearance": 1.2, "violence": 1.0, "punishment": 0.5}
SINGLE_SOURCE = 0.5
SOURCES_DISAGREE = 0.8
# Places known only this coarsely are drawn as an area (a halo), never as a pin.
AREA_PRECISIONS = {"province": 60_000, "region": 120_000, "country": 250_000, "county": 20_000}
PLACE_ROLES = ("where", "origin", "destination")


@dataclass(frozen=True)
class QueueItem:
    id: str
    need: float
    reasons: list[str]
    event: StoredEvent | None = None  # the whole record, loaded only for the events shown


def need(event_id: str, type_: str, confidence: float, reports: int, disagree: bool = False) -> QueueItem:
    """How much an unreviewed event needs a human, and why: low confidence, a grave type, a
    single source, reports that disagree."""
    score = 2.0 * (1.0 - confidence)
    reasons = [f"confidence {confidence:.2f}"]
    grave = GRAVE_TYPES.get(type_, 0.0)
    if grave:
        score += grave
        reasons.append(f"grave type ({type_})")
    if reports <= 1:
        score += SINGLE_SOURCE
        reasons.append("one source")
    if disagree:
        score += SOURCES_DISAGREE
        reasons.append("reports disagree")
    return QueueItem(event_id, round(score, 3), reasons)


def order_queue(rows: list[Any]) -> list[QueueItem]:
    """Most needed first; the id breaks ties so the order is stable between page loads. `rows`
    have id, type, confidence and reports (tessera.store.review_queue.QueueRow)."""
    items = (need(r.id, r.type, r.confidence, r.reports, getattr(r, "disagree", False)) for r in rows)
    return sorted(items, key=lambda q: (-q.need, q.id))


# --- filters --------------------------------------------------------------------------------


class FilterError(ValueError):
    pass


def canonical_province(typed: str) -> str:
    """The store's name of a province from any spelling the gazetteer knows ("Yanggang" →
    "Ryanggang"); an unknown name is matched as typed (it then finds nothing, never errs)."""
    from tessera.places.lookup import canonical_admin1

    return canonical_admin1(typed) or typed


@dataclass
class Filters:
    type: str = ""
    status: str = ""
    review: str = ""
    country: str = ""
    province: str = ""
    since: str = ""
    until: str = ""
    text: str = ""
    reviewed_only: bool = False
    errors: list[str] = field(default_factory=list)

    @classmethod
    def from_params(cls, params: Any) -> Filters:
        """From query parameters; a value outside the allowed ones is an error, never SQL."""
        f = cls(
            type=(params.get("type") or "").strip(),
            status=(params.get("status") or "").strip(),
            review=(params.get("review") or "").strip(),
            country=(params.get("country") or "").strip().upper(),
            province=(params.get("province") or "").strip()[:120],
            since=(params.get("since") or "").strip(),
            until=(params.get("until") or "").strip(),
            text=(params.get("text") or "")[:200],
            reviewed_only=params.get("reviewed_only") in ("1", "true", "on"),
        )
        for name in CHOICES:
            problem = choice_problem(name, getattr(f, name) or None)
            if problem:
                f.errors.append(problem)
                setattr(f, name, "")
        if f.country and not (len(f.country) == 2 and f.country.isalpha()):
            f.errors.append("country is a two-letter ISO code, e.g. KP or CN")
            f.country = ""
        for name in ("since", "until"):
            value = getattr(f, name)
            if value:
                try:
                    parse_day(value, last=name == "until")
                except ValueError:
                    f.errors.append(f"{name} wants YYYY, YYYY-MM or YYYY-MM-DD")
                    setattr(f, name, "")
        return f

    def query(self, limit: int | None = None) -> EventQuery:
        return EventQuery(
            type=self.type or None,
            status=self.status or None,
            review_state=self.review or None,
            country=self.country or None,
            admin1=canonical_province(self.province) if self.province else None,
            since=parse_day(self.since, last=False) if self.since else None,
            until=parse_day(self.until, last=True) if self.until else None,
            text=self.text or None,
            limit=limit,
        )

    def keep(self, e: StoredEvent) -> bool:
        """ "Reviewed only": confirmed or edited by a person."""
        return not self.reviewed_only or e.review_state in ("confirmed", "edited")

    def as_params(self) -> dict[str, str]:
        out = {
            k: v
            for k, v in (
                ("type", self.type),
                ("status", self.status),
                ("review", self.review),
                ("country", self.country),
                ("province", self.province),
                ("since", self.since),
                ("until", self.until),
                ("text", self.text),
            )
            if v
        }
        if self.reviewed_only:
            out["reviewed_only"] = "1"
        return out


# --- the event page -------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldRow:
    name: str  # the contract's field
    value: str
    support: str | None  # the words of a report that gave it, when the record keeps them
    css: str  # the highlight class of those words in the reports' text


def place_text(p: dict[str, Any] | None) -> str:
    if not p:
        return ""
    bits = [p.get("name"), p.get("admin2"), p.get("admin1"), p.get("country")]
    seen: list[str] = []
    for b in bits:
        if b and b not in seen:
            seen.append(b)
    return ", ".join(seen) + f" ({p.get('precision') or '?'})"


def when_text(w: dict[str, Any] | None) -> str:
    w = w or {}
    start, end = w.get("start"), w.get("end")
    if not start and not end:
        return "unknown"
    span = start if start == end else f"{start or '?'} to {end or '?'}"
    return f"{span} ({w.get('precision') or '?'})"


def actors_text(actors: list[dict[str, Any]] | None) -> str:
    return "; ".join(f"{a.get('name')} ({a.get('kind')}, {a.get('country') or '?'})" for a in actors or [])


def field_rows(r: dict[str, Any]) -> list[FieldRow]:
    v = r.get("victims") or {}
    count = ""
    if v:
        lo, hi = v.get("count_min"), v.get("count_max")
        count = "" if lo is None else (str(lo) if lo == hi or hi is None else f"{lo}-{hi}")
    rows = [
        FieldRow("type", r.get("type", ""), None, "f-type"),
        FieldRow("status", r.get("status", ""), None, "f-status"),
        FieldRow("when", when_text(r.get("when")), (r.get("when") or {}).get("text"), "f-when"),
    ]
    for role in PLACE_ROLES:
        p = r.get(role)
        rows.append(FieldRow(role, place_text(p) if p else "", (p or {}).get("text"), f"f-{role}"))
    rows += [
        FieldRow(
            "victims",
            f"{v.get('group', '')} {count}".strip() if v else "",
            v.get("text") if v else None,
            "f-victims",
        ),
        FieldRow("perpetrators", actors_text(r.get("perpetrators")), None, "f-perpetrators"),
        FieldRow("facilitators", actors_text(r.get("facilitators")), None, "f-facilitators"),
        FieldRow("confidence", f"{float(r.get('confidence') or 0):.2f}", None, "f-confidence"),
        FieldRow("summary", r.get("summary") or "", None, "f-summary"),
    ]
    return rows


@dataclass(frozen=True)
class Segment:
    text: str
    css: str  # "" for plain text; space-separated highlight classes
    title: str = ""


def _find(text: str, words: str, within: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Where `words` stand in `text`: inside an evidence span if they occur there, else first."""
    if not words:
        return None
    for s, e in within:
        i = text.find(words, s, e + len(words))
        if i >= 0:
            return i, i + len(words)
    i = text.find(words)
    return (i, i + len(words)) if i >= 0 else None


def highlight(text: str, record: dict[str, Any], doc_key: str) -> list[Segment]:
    """The report's text cut into segments: evidence spans of this report marked, and inside
    them the words that gave each field. Segments carry plain text: the template escapes it."""
    spans = [
        (int(s["start"]), int(s["end"]))
        for s in record.get("evidence") or []
        if s.get("doc") == doc_key and 0 <= int(s["start"]) < int(s["end"]) <= len(text)
    ]
    marks: list[tuple[int, int, str, str]] = [(s, e, "ev", "evidence") for s, e in spans]
    for row in field_rows(record):
        if row.support:
            at = _find(text, row.support, spans)
            if at:
                marks.append((at[0], at[1], row.css, row.name))
    for a in (record.get("perpetrators") or []) + (record.get("facilitators") or []):
        at = _find(text, a.get("name") or "", spans)
        if at:
            marks.append((at[0], at[1], "f-perpetrators", "perpetrator"))
    cuts = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [m for m in marks if m[0] <= a and b <= m[1]]
        css = " ".join(sorted({m[2] for m in covering}))
        title = ", ".join(sorted({m[3] for m in covering}))
        if out and out[-1].css == css:
            out[-1] = Segment(out[-1].text + text[a:b], css, out[-1].title)
        else:
            out.append(Segment(text[a:b], css, title))
    return out


# --- edits ----------------------------------------------------------------------------------


def _int(value: str, name: str) -> int | None:
    value = value.strip()
    if not value:
        return None
    try:
        n = int(value)
    except ValueError:
        raise FilterError(f"{name} must be a whole number") from None
    if n < 0:
        raise FilterError(f"{name} cannot be negative")
    return n


def _float(value: str, name: str, bound: float) -> float | None:
    value = value.strip()
    if not value:
        return None
    try:
        x = float(value)
    except ValueError:
        raise FilterError(f"{name} must be a number") from None
    if not -bound <= x <= bound:
        raise FilterError(f"{name} must be within ±{bound:g}")
    return x


def actors_text_lines(actors: list[dict[str, Any]] | None) -> str:
    """Actors as the edit form shows them: one a line, "name | kind | country"."""
    return "\n".join(
        f"{a.get('name', '')} | {a.get('kind', 'other')} | {a.get('country') or ''}" for a in actors or []
    )


def actors_from_text(text: str, field_name: str) -> list[dict[str, Any]]:
    """The edit form's lines back to actors; a line may give only a name (kind "other")."""
    out = []
    for line in text.splitlines():
        parts = [p.strip() for p in line.split("|")]
        if not parts[0]:
            continue
        kind = parts[1] if len(parts) > 1 and parts[1] else "other"
        if kind not in ACTOR_KINDS:
            raise FilterError(f"{field_name}: kind must be one of " + ", ".join(ACTOR_KINDS))
        country = (parts[2] if len(parts) > 2 else "").upper() or None
        if country and not (len(country) == 2 and country.isalpha()):
            raise FilterError(f"{field_name}: country is a two-letter ISO code")
        out.append({"name": parts[0][:200], "country": country, "kind": kind})
    return out


def changes_from_form(form: Any, record: dict[str, Any]) -> dict[str, Any]:
    """The contract fields a reviewer's edit form changes; FilterError names a bad value.

    Only fields whose inputs were sent are changed, so a form may edit one field at a time."""
    changes: dict[str, Any] = {}
    if "type" in form:
        if form["type"] not in EVENT_TYPES:
            raise FilterError("type must be one of " + ", ".join(EVENT_TYPES))
        changes["type"] = form["type"]
    if "status" in form:
        if form["status"] not in STATUSES:
            raise FilterError("status must be one of " + ", ".join(STATUSES))
        changes["status"] = form["status"]
    if "summary" in form:
        changes["summary"] = form["summary"].strip()[:2000]
    if "when_start" in form:
        start = form.get("when_start", "").strip()
        end = form.get("when_end", "").strip() or start
        precision = form.get("when_precision", "day")
        if precision not in TIME_PRECISIONS:
            raise FilterError("precision must be one of " + ", ".join(TIME_PRECISIONS))
        try:
            d0 = parse_day(start, last=False).isoformat() if start else None
            d1 = parse_day(end, last=True).isoformat() if end else None
        except ValueError:
            raise FilterError("dates want YYYY, YYYY-MM or YYYY-MM-DD") from None
        if d0 and d1 and d1 < d0:
            raise FilterError("the end date is before the start")
        old = record.get("when") or {}
        changes["when"] = {
            "start": d0,
            "end": d1,
            "precision": precision if d0 else "unknown",
            "text": old.get("text"),
        }
    for role in PLACE_ROLES:
        if f"{role}_name" not in form:
            continue
        name = form.get(f"{role}_name", "").strip()
        if not name:
            changes[role] = None
            continue
        precision = form.get(f"{role}_precision", "city")
        if precision not in PLACE_PRECISIONS:
            raise FilterError("place precision must be one of " + ", ".join(PLACE_PRECISIONS))
        country = form.get(f"{role}_country", "").strip().upper() or None
        if country and not (len(country) == 2 and country.isalpha()):
            raise FilterError("country is a two-letter ISO code")
        old = record.get(role) or {}
        same = old.get("name") == name
        # A place picked from the gazetteer brings its id and county; a typed one keeps the old
        # ones only if the name did not change.
        changes[role] = {
            "name": name[:200],
            "country": country,
            "admin1": form.get(f"{role}_admin1", "").strip()[:120] or None,
            "admin2": form.get(f"{role}_admin2", "").strip()[:120] or (old.get("admin2") if same else None),
            "lat": _float(form.get(f"{role}_lat", ""), "latitude", 90),
            "lon": _float(form.get(f"{role}_lon", ""), "longitude", 180),
            "precision": precision,
            "text": old.get("text"),
            "id": form.get(f"{role}_id", "").strip()[:80] or (old.get("id") if same else None),
        }
    for role in ("perpetrators", "facilitators"):
        if role in form:
            changes[role] = actors_from_text(form[role], role)
    if "victims_min" in form:
        lo = _int(form.get("victims_min", ""), "victims (at least)")
        hi = _int(form.get("victims_max", ""), "victims (at most)")
        if lo is not None and hi is not None and hi < lo:
            raise FilterError("victims: at most is below at least")
        old = record.get("victims") or {}
        if lo is None and hi is None and not old:
            pass
        else:
            group = form.get("victims_group") or old.get("group", "other")
            if group not in VICTIM_GROUPS:
                raise FilterError("victims' group must be one of " + ", ".join(VICTIM_GROUPS))
            changes["victims"] = {
                "text": old.get("text"),
                "count_min": lo,
                "count_max": hi if hi is not None else lo,
                "group": group,
            }
    return changes


# --- the map --------------------------------------------------------------------------------


def province_key(place: dict[str, Any]) -> str | None:
    """A province-level place as the map's shipped provinces name it: "KP:North Hamgyong"."""
    name = place.get("admin1") or place.get("name")
    country = place.get("country")
    return f"{country}:{name}" if name and country else None


def map_feature(e: StoredEvent) -> dict[str, Any]:
    """One event for the map and the timeline: its main place, drawn as a point only when the
    place is known to a town or finer; a province- or region-level place is an area (the
    province's shape where the map has it, else a radius)."""
    r = e.record
    place = next((r[role] for role in PLACE_ROLES if r.get(role)), None) or {}
    when = r.get("when") or {}
    lat, lon = place.get("lat"), place.get("lon")
    precision = place.get("precision") or "city"
    return {
        "id": e.id,
        "type": r.get("type"),
        "status": r.get("status"),
        "review": e.review_state,
        "summary": r.get("summary") or "",
        "place": place_text(place) if place else "",
        "lat": lat,
        "lon": lon,
        "area_m": AREA_PRECISIONS.get(precision) if lat is not None else None,
        # the key of its shape in the shipped provinces ("KP:North Hamgyong"), drawn instead
        "area_province": province_key(place) if precision == "province" else None,
        "start": when.get("start"),
        "end": when.get("end") or when.get("start"),
        "sources": len(r.get("sources") or []),
    }


# --- picking a place from the gazetteer -----------------------------------------------------

# The gazetteer's kinds as the contract's place precisions.
KIND_PRECISION = {
    "country": "country",
    "province": "province",
    "special_city": "city",
    "county": "county",
    "city": "city",
    "town": "city",
    "district": "county",
    "village": "point",
}


def place_suggestions(typed: str, limit: int = 10) -> list[dict[str, Any]]:
    """Gazetteer places whose name (in any spelling it knows) starts with what was typed, for the
    edit form: "hyes" → Hyesan with its province, country and coordinates."""
    from tessera.places.gazetteer import load
    from tessera.places.variants import key_tokens

    wanted = " ".join(key_tokens(typed))
    if len(wanted) < 2:
        return []
    found: dict[str, Any] = {}
    for key, entries in load().index.items():
        if not " ".join(key).startswith(wanted):
            continue
        for k in entries:
            e = k.entry
            if e.id not in found:
                found[e.id] = e
    ranked = sorted(found.values(), key=lambda e: (e.country not in ("KP", "CN"), len(e.name), e.name))
    return [
        {
            "id": e.id,
            "name": e.display_name,
            "country": e.country,
            "admin1": e.admin1 or None,
            "admin2": e.admin2 or None,
            "lat": e.lat,
            "lon": e.lon,
            "precision": e.precision or KIND_PRECISION.get(e.kind, "city"),
            "kind": e.kind,
        }
        for e in ranked[:limit]
    ]


# --- duplicates -----------------------------------------------------------------------------


@dataclass(frozen=True)
class DuplicatePair:
    a: StoredEvent
    b: StoredEvent
    score: float
    reasons: list[str]
    conflict: str | None
    rows: list[tuple[str, str, str, bool]]  # field, value in a, value in b, whether they agree


def judge_pair(a: StoredEvent, b: StoredEvent) -> DuplicatePair:
    """Two stored events side by side: the merge stage's judgement and each field compared."""
    from tessera.merge import compare_events

    result = compare_events(a.event(), b.event())
    rows = [
        (ra.name, ra.value, rb.value, ra.value == rb.value)
        for ra, rb in zip(field_rows(a.record), field_rows(b.record), strict=True)
        if ra.name not in ("confidence", "summary")
    ]
    return DuplicatePair(a, b, round(result.score, 3), list(result.reasons), result.conflict, rows)

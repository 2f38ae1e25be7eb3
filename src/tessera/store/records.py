"""Row values derived from an event record: the key columns kept beside the full JSON."""

from __future__ import annotations

import hashlib
import json
from datetime import date
from typing import Any

PLACE_ROLES = ("where", "destination", "origin")  # the first present is the event's main place


def as_date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def main_place(record: dict[str, Any]) -> dict[str, Any]:
    return next((record[r] for r in PLACE_ROLES if record.get(r)), None) or {}


def mention_columns(record: dict[str, Any]) -> dict[str, Any]:
    when = record.get("when") or {}
    place = main_place(record)
    return {
        "type": record["type"],
        "status": record.get("status") or "occurred",
        "when_start": as_date(when.get("start")),
        "when_end": as_date(when.get("end")),
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "confidence": float(record.get("confidence") or 0.0),
    }


def search_text(record: dict[str, Any]) -> str:
    """Lower-cased words a --text query looks in: summary, evidence, places, actors, victims."""
    parts: list[str] = [record.get("summary") or ""]
    parts += [s.get("text") or "" for s in record.get("evidence") or []]
    for role in PLACE_ROLES:
        p = record.get(role) or {}
        parts += [p.get("name") or "", p.get("admin1") or "", p.get("admin2") or "", p.get("text") or ""]
    for key in ("perpetrators", "facilitators"):
        parts += [a.get("name") or "" for a in record.get(key) or []]
    parts.append((record.get("victims") or {}).get("text") or "")
    parts += [s.get("outlet") or "" for s in record.get("sources") or []]
    return " ".join(p for p in parts if p).lower()


def event_columns(record: dict[str, Any]) -> dict[str, Any]:
    when = record.get("when") or {}
    place = main_place(record)
    victims = record.get("victims") or {}
    return {
        "type": record["type"],
        "status": record.get("status") or "occurred",
        "summary": record.get("summary") or "",
        "when_start": as_date(when.get("start")),
        "when_end": as_date(when.get("end")),
        "when_precision": when.get("precision") or "unknown",
        "country": place.get("country"),
        "admin1": place.get("admin1"),
        "admin2": place.get("admin2"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "victims_min": victims.get("count_min"),
        "victims_max": victims.get("count_max"),
        "confidence": float(record.get("confidence") or 0.0),
        "place_name": place.get("name"),
        "place_precision": place.get("precision"),
        "victims_group": victims.get("group"),
        "perpetrator_kinds": ";".join(
            sorted({a["kind"] for a in record.get("perpetrators") or [] if a.get("kind")})
        )
        or None,
        "source_count": len({s.get("doc") for s in record.get("sources") or []}),
        "search_text": search_text(record),
        "record": record,
    }


def place_rows(event_id: str, record: dict[str, Any]) -> list[dict[str, Any]]:
    rows = []
    for role in PLACE_ROLES:
        p = record.get(role)
        if p:
            rows.append(
                {
                    "event_id": event_id,
                    "role": role,
                    "name": p.get("name"),
                    "precision": p.get("precision"),
                    "country": p.get("country"),
                    "admin1": p.get("admin1"),
                    "admin2": p.get("admin2"),
                    "lat": p.get("lat"),
                    "lon": p.get("lon"),
                }
            )
    return rows


# The fields the merged record's values are chosen from (tessera.merge.combine), and those it
# takes the union of: two reports that agree on all of them are one telling of the event.
TELLING_FIELDS = (
    "type",
    "status",
    "when",
    "where",
    "origin",
    "destination",
    "victims",
    "perpetrators",
    "facilitators",
)


def _without_words(value: Any) -> Any:
    """A value without the words that gave it (`text`): two reports told the same count or place
    whether they wrote "three women" or "3 women"."""
    if isinstance(value, dict):
        return {k: _without_words(v) for k, v in value.items() if k != "text"}
    if isinstance(value, list):
        return [_without_words(v) for v in value]
    return value


def telling(record: dict[str, Any]) -> str:
    """A hash of what a report told of an event, for counting reports that told it alike."""
    told = {k: _without_words(record.get(k)) for k in TELLING_FIELDS}
    return hashlib.sha256(json.dumps(told, sort_keys=True, default=str).encode("utf-8")).hexdigest()

"""Flat, scalar columns of an event: what GeoJSON properties and Parquet rows hold.

GIS tools (QGIS) and data frames handle scalars well and nested objects badly, so every nested
value is flattened to named columns; lists become "; "-joined text.
"""

from __future__ import annotations

from typing import Any

from tessera.export.review import Review
from tessera.model import Event, Place

ROLES = ("where", "origin", "destination")


def located(event: Event) -> tuple[str, Place] | None:
    """The place to draw an event at: where it happened, else where it started, else ended."""
    for role in ROLES:
        p = getattr(event, role)
        if p is not None and p.lat is not None and p.lon is not None:
            return role, p
    return None


def _place_cols(prefix: str, p: Place | None) -> dict[str, Any]:
    return {
        f"{prefix}_name": p.name if p else None,
        f"{prefix}_country": p.country if p else None,
        f"{prefix}_admin1": p.admin1 if p else None,
        f"{prefix}_admin2": p.admin2 if p else None,
        f"{prefix}_lat": p.lat if p else None,
        f"{prefix}_lon": p.lon if p else None,
        f"{prefix}_precision": p.precision if p else None,
    }


def flat_row(event: Event, review: Review | None = None) -> dict[str, Any]:
    """The event's scalar columns; the review columns are empty for an event from no store."""
    v = event.victims
    row: dict[str, Any] = {
        "id": event.id,
        "type": event.type,
        "status": event.status,
        "summary": event.summary,
        "date_start": event.when.start.isoformat() if event.when.start else None,
        "date_end": event.when.end.isoformat() if event.when.end else None,
        "time_precision": event.when.precision,
        "time_text": event.when.text,
    }
    for role in ROLES:
        row.update(_place_cols(role, getattr(event, role)))
    loc = located(event)
    row["geometry_from"] = loc[0] if loc else None
    row.update(
        {
            "victims_text": v.text if v else None,
            "victims_min": v.count_min if v else None,
            "victims_max": v.count_max if v else None,
            "victims_group": v.group if v else None,
            "perpetrators": "; ".join(f"{a.name} ({a.kind})" for a in event.perpetrators) or None,
            "perpetrator_kinds": "; ".join(sorted({a.kind for a in event.perpetrators})) or None,
            "facilitators": "; ".join(f"{a.name} ({a.kind})" for a in event.facilitators) or None,
            "source_count": len({s.doc for s in event.sources}),
            "sources": "; ".join(s.outlet or s.doc for s in event.sources) or None,
            "source_docs": "; ".join(s.doc for s in event.sources) or None,
            "source_urls": "; ".join(s.url for s in event.sources if s.url) or None,
            "evidence_count": len(event.evidence),
            "confidence": round(event.confidence, 3),
            "review_state": review.state if review else None,
            "review_note": review.note if review else None,
            "reviewed_at": review.at_iso() if review else None,
        }
    )
    return row

"""The reviewer's decision on each event, carried into every export.

A researcher filters on whether a person has checked an event: its review state (unreviewed,
confirmed, rejected, edited), the note the reviewer left and when they decided. The reviewer's
name stays in the store's history (`tessera explain`), not in exports that travel.

Events that never went through a store (`tessera extract`) have no review: their review columns
are empty rather than claiming "unreviewed".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tessera.store import Store, StoredEvent

# The states in which a person has checked the event and kept it: what --reviewed-only selects.
REVIEWED_STATES = ("confirmed", "edited")


@dataclass(frozen=True)
class Review:
    state: str  # unreviewed | confirmed | rejected | edited
    note: str | None = None
    at: datetime | None = None  # when the latest decision was made (UTC)

    def at_iso(self) -> str | None:
        """The decision's time as ISO 8601 in UTC, to the second."""
        if self.at is None:
            return None
        at = self.at if self.at.tzinfo else self.at.replace(tzinfo=UTC)  # SQLite drops the zone
        return at.astimezone(UTC).replace(microsecond=0).isoformat()

    def as_dict(self) -> dict[str, Any]:
        return {"state": self.state, "note": self.note, "at": self.at_iso()}


Reviews = Mapping[str, Review]


def reviews_of(store: Store, stored: Iterable[StoredEvent]) -> dict[str, Review]:
    """The review of each stored event: its state now, with the latest decision's note and time."""
    stored = list(stored)
    decisions = store.last_decisions([e.id for e in stored])
    out = {}
    for e in stored:
        d = decisions.get(e.id) or {}
        out[e.id] = Review(e.review_state, d.get("note"), d.get("at"))
    return out


def reviewed_only(stored: Iterable[StoredEvent]) -> list[StoredEvent]:
    """The events a person has confirmed or edited (REVIEWED_STATES)."""
    return [e for e in stored if e.review_state in REVIEWED_STATES]

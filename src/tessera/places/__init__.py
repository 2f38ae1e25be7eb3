"""Places stage: where each event happened, and for movements where from and where to."""

from __future__ import annotations

from tessera.language import Analysis
from tessera.model import Event


def place_events(events: list[Event], analysis: Analysis) -> list[Event]:
    """Return the events with `where`, `origin` and `destination` filled in (first version: none)."""
    return events

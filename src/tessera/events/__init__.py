"""Events stage: the events each report describes, with status, people, actors and evidence."""

from tessera.events.extract import find_events
from tessera.events.summary import summarise

__all__ = ["find_events", "summarise"]

"""Places stage: where each event happened, and for movements where from and where to.

    place_events(events, analysis) -> events with where / origin / destination set

Mentions come from the shipped gazetteer's matcher, then the GeoNames world index where the text
cues a place the gazetteer does not know (world.py), and the language model's entities
(mentions.py); they are resolved to one entry each (resolve.py) and assigned to events by role
(roles.py: datelines and acting authorities in dateline.py and actors.py). The gazetteer is loaded
once per process (gazetteer.py), the world index at its first use.
"""

from __future__ import annotations

from tessera.lazy import lazy_attributes

__all__ = ["find_places", "place_events", "to_place"]

# Loaded on first use: the stage needs the language model, while a command that only looks a
# name up (`tessera events --admin1 Yanggang`, `places.lookup`) needs the gazetteer alone.
_LAZY = {
    "find_places": "tessera.places.stage",
    "place_events": "tessera.places.stage",
    "to_place": "tessera.places.resolve",
}


__getattr__ = lazy_attributes(__name__, _LAZY)

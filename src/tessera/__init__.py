"""Tessera: news reports about human-rights events, turned into a verified, mapped record.

The Python surface (loaded on first use, so `import tessera` stays instant):

    tessera.extract(text_or_documents, published=..., outlet=...) -> list[Event]
    tessera.Store(url=None)         .ingest(paths) .query(type=..., country=...) .event(id)
                                    .review(id, state, note) .export(fmt, out, **filters)
    tessera.to_frame(events)        a pandas DataFrame, one typed row per event
    tessera.Event, tessera.Document the record types (tessera.model)
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "extract": "tessera.python_api",
    "Store": "tessera.python_api",
    "to_frame": "tessera.export.frame",
    "Event": "tessera.model",
    "Document": "tessera.model",
}

__all__ = ["Document", "Event", "Store", "__version__", "extract", "to_frame"]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'tessera' has no attribute {name!r}")

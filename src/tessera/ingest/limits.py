"""What every report must satisfy to be read, whichever command reads it and wherever it is stored.

The store keeps a report's id and outlet in columns of 200 characters, and PostgreSQL cannot keep
a NUL character in text at all (SQLite can); refusing such a report when it is read gives the same
result on every backend and in `extract` as in `ingest`.
"""

from __future__ import annotations

from tessera.model import Document

ID_MAX_CHARS = 200
OUTLET_MAX_CHARS = 200


def document_problem(doc: Document) -> str | None:
    """Why `doc` cannot be read as a report, in a few words; None when it can."""
    if len(doc.id) > ID_MAX_CHARS:
        return f"the id is {len(doc.id):,} characters, over the limit of {ID_MAX_CHARS}"
    if doc.outlet is not None and len(doc.outlet) > OUTLET_MAX_CHARS:
        return f"the outlet is {len(doc.outlet):,} characters, over the limit of {OUTLET_MAX_CHARS}"
    for name in ("id", "text", "title", "outlet", "url", "published"):
        value = getattr(doc, name)
        if value is not None and "\x00" in value:
            return f"the {name} holds a NUL character (at character {value.index(chr(0)):,})"
        if value is not None and not _is_unicode(value):
            return f"the {name} holds a lone surrogate, which is not Unicode text"
    return None


def _is_unicode(value: str) -> bool:
    # JSON can spell half of a surrogate pair ("\\ud800"); no file or database can keep it.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True

"""Annotated documents (the gold format of shared/gold/README.md) as Tessera Documents."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tessera.model import Document


class GoldError(ValueError):
    pass


def load_gold(path: Path) -> list[dict[str, Any]]:
    docs = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot be read: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path}:{number}: bad JSON ({exc.msg})") from None
        if not isinstance(record, dict) or "doc" not in record or not isinstance(record.get("text"), str):
            raise GoldError(f'{path}:{number}: a gold line needs "doc" and "text"')
        docs.append(record)
    return docs


def gold_documents(gold: list[dict[str, Any]]) -> list[Document]:
    """What the extractor is told of each annotated document: its text and metadata only."""
    return [
        Document(
            id=str(g["doc"]),
            text=g["text"],
            title=g.get("title"),
            published=g.get("published"),
            outlet=g.get("outlet"),
            url=g.get("url"),
        )
        for g in gold
    ]

"""Tessera's knowledge files (lexicons, gazetteer, calendars), each with its source and licence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent


def data_path(*parts: str) -> Path:
    return DATA_DIR.joinpath(*parts)


def load_json(*parts: str) -> Any:
    return json.loads(data_path(*parts).read_text(encoding="utf-8"))

"""JSON lines: one event a line, in the spec's shape (tessera.model.event_to_dict)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from tessera.model import Event, event_to_dict


def write_jsonl(events: Iterable[Event], out: TextIO) -> int:
    n = 0
    for e in events:
        out.write(json.dumps(event_to_dict(e), ensure_ascii=False) + "\n")
        n += 1
    return n

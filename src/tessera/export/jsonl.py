"""JSON lines: one event a line, in the spec's shape (tessera.model.event_to_dict), plus `review`:
the reviewer's decision {"state", "note", "at"}, or null for an event from no store; a store's
events also carry `review_state` at the top level, for a quick `jq` filter."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TextIO

from tessera.export.review import Reviews
from tessera.model import Event, event_to_dict


def write_jsonl(events: Iterable[Event], out: TextIO, reviews: Reviews | None = None) -> int:
    n = 0
    for e in events:
        review = reviews.get(e.id) if reviews is not None else None
        record = {**event_to_dict(e), "review": review.as_dict() if review else None}
        if review:
            record["review_state"] = review.state  # flat, for jq and `tessera events` readers
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n

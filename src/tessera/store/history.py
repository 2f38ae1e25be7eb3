"""What an event's history row keeps: the fields that changed, not two whole records.

A merged event's record grows with its reports (every source, every evidence span), so a history
row holding the record before and after each join made history grow with the square of an event's
reports. A row now holds, in `before` and `after`, only the fields whose values changed; the sources or
evidence, when they only grew at their end (a join), are kept as their new items alone,
`after[field] == {"added": [...]}`, with no `before[field]`. A record that appears or goes (an event
created, fused away) is kept whole on its side, as before.
"""

from __future__ import annotations

from typing import Any

ADDED = "added"
GROWING = ("sources", "evidence")  # the lists a join extends


def diff(
    before: dict[str, Any] | None, after: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """The (before, after) a history row keeps for a change from `before` to `after`."""
    if before is None or after is None:
        return before, after
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for key in [*before, *(k for k in after if k not in before)]:
        was, now = before.get(key), after.get(key)
        if was == now:
            continue
        if key in GROWING and isinstance(was, list) and isinstance(now, list) and now[: len(was)] == was:
            new[key] = {ADDED: now[len(was) :]}
            continue
        if key in before:
            old[key] = was
        if key in after:
            new[key] = now
    return old, new


def is_added(value: Any) -> bool:
    """Whether a history value is a list's new items rather than the field's whole value."""
    return isinstance(value, dict) and set(value) == {ADDED}

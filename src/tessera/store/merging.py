"""The store's use of the merge stage: run it over a block of events and read back its groups.

The merge stage (tessera.merge) decides which per-report events describe the same real event;
the store only persists what it returns. A store may be given another merge function with the
same signature as `tessera.merge.merge_events` (the tests use a plain rule), or none, in which
case every event stands alone: nothing is joined that should not be.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from tessera.merge import candidates_key, combine, merge_events, review_pairs
from tessera.merge.profile import cached_profiles as cached_profiles  # one profile per event per block
from tessera.model import Document, Event


class MergedGroup(Protocol):
    """What a merge function returns per group (tessera.merge.MergedEvent has this shape)."""

    member_ids: Sequence[str]
    event: Event | None
    explanation: Sequence[str]


MergeFn = Callable[..., Sequence[MergedGroup]]
CombineFn = Callable[[list[Event]], Event]
KeysFn = Callable[[Event], list[str]]
# (events, groups of ids, documents, ids to involve) -> [(id_a, id_b, result with .score/.reasons)]
ReviewFn = Callable[..., Sequence[tuple[str, str, Any]]]


@dataclass
class Group:
    members: list[str]  # ids of the input events
    event: Event | None = None  # the merged record, when the merge stage gave one
    explanation: list[str] | None = None  # why the members were merged, one line a step


def default_merge() -> MergeFn:
    return merge_events


def default_combine() -> CombineFn:
    return combine


def default_keys() -> KeysFn:
    return candidates_key


def default_review() -> ReviewFn:
    return review_pairs


def normalise(groups: Sequence[MergedGroup], inputs: list[Event]) -> list[Group]:
    """The merge stage's groups as `Group`s; every input appears in exactly one group."""
    known = {e.id for e in inputs}
    seen: set[str] = set()
    out: list[Group] = []
    for raw in groups:
        ids = [i for i in raw.member_ids if i in known and i not in seen]
        if not ids:
            continue
        seen.update(ids)
        out.append(Group(ids, raw.event, [str(line) for line in raw.explanation]))
    # Anything the merge stage left out stands alone rather than vanish.
    out.extend(Group([e.id]) for e in inputs if e.id not in seen)
    return out


def takes_members(merge_fn: MergeFn | None) -> bool:
    """Can the merge function be given stored events as their reports (`joined=` groups, and
    `touching=` the new events whose groups it should return)?
    Then a new report is compared with each report of a stored event, not only with the merged
    record, whose chosen values (the finest place, the narrowest date) hide what others said."""
    if merge_fn is None:
        return False
    try:
        return {"joined", "touching"} <= set(inspect.signature(merge_fn).parameters)
    except (TypeError, ValueError):
        return False


def run_merge(
    merge_fn: MergeFn | None,
    block: list[Event],
    documents: Mapping[str, Document] | None = None,
    cannot_link: Iterable[tuple[str, str]] = (),
    joined: Sequence[Sequence[str]] = (),
) -> list[Group]:
    if merge_fn is None or len(block) < 2:
        return [Group([e.id]) for e in block]
    # Given the stored events' reports, the merge returns only the groups of the new events.
    stored = {i for g in joined for i in g}
    fresh = [e.id for e in block if e.id not in stored]
    extra = {"joined": [list(g) for g in joined], "touching": fresh} if joined else {}
    return normalise(merge_fn(block, documents=documents, cannot_link=list(cannot_link), **extra), block)

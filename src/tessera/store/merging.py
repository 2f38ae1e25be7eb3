"""The store's view of the merge stage: call it over a block of events, read back its groups.

The merge stage (tessera.merge) decides which per-report events describe the same real event;
the store only persists what it returns. This module looks its public functions up once and
turns whatever group objects it returns into `Group`s. Without a merge stage every event stands
alone, which is safe: nothing is joined that should not be.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from tessera.model import Document, Event, Source, Span

MergeFn = Callable[..., Sequence[Any]]
CombineFn = Callable[[list[Event]], Event]
KeysFn = Callable[[Event], list[str]]

# Names the merge stage might export, most specific first.
_MERGE_NAMES = ("merge_events", "merge", "cluster_events", "cluster")
_COMBINE_NAMES = ("combine", "combine_events", "merge_records", "merged_record")


@dataclass
class Group:
    members: list[str]  # ids of the input events
    event: Event | None = None  # the merged record, when the merge stage gave one
    explanation: Any = field(default=None)  # JSON-able: why the members were merged


@cache
def _merge_module() -> Any:
    try:
        return importlib.import_module("tessera.merge")
    except ImportError:
        return None


def default_merge() -> MergeFn | None:
    module = _merge_module()
    for name in _MERGE_NAMES:
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    return None


def _first_attr(obj: Any, names: Sequence[str]) -> Any:
    if isinstance(obj, dict):
        return next((obj[n] for n in names if n in obj), None)
    return next((getattr(obj, n) for n in names if hasattr(obj, n)), None)


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_jsonable(v) for v in value]
    if hasattr(value, "__dataclass_fields__"):
        return {k: _jsonable(getattr(value, k)) for k in value.__dataclass_fields__}
    return str(value)


def normalise(groups: Sequence[Any], inputs: list[Event]) -> list[Group]:
    """The merge stage's groups as `Group`s; every input appears in exactly one group."""
    known = {e.id for e in inputs}
    seen: set[str] = set()
    out: list[Group] = []
    for raw in groups:
        members_raw = _first_attr(raw, ("members", "member_ids", "ids", "events", "mentions"))
        if members_raw is None and isinstance(raw, (list, tuple)):
            members_raw = raw
        ids = [m.id if isinstance(m, Event) else str(m) for m in members_raw or []]
        ids = [i for i in ids if i in known and i not in seen]
        if not ids:
            continue
        seen.update(ids)
        event = _first_attr(raw, ("event", "merged", "record"))
        why = _first_attr(raw, ("explanation", "explain", "reasons", "why"))
        out.append(Group(ids, event if isinstance(event, Event) else None, _jsonable(why)))
    # Anything the merge stage left out stands alone rather than vanish.
    out.extend(Group([e.id]) for e in inputs if e.id not in seen)
    return out


def default_keys() -> KeysFn | None:
    """The merge stage's lookup keys for stored candidates, if it defines them."""
    fn = getattr(_merge_module(), "candidates_key", None)
    return fn if callable(fn) else None


def run_merge(
    merge_fn: MergeFn | None,
    block: list[Event],
    documents: Mapping[str, Document] | None = None,
    cannot_link: Iterable[tuple[str, str]] = (),
) -> list[Group]:
    if merge_fn is None or len(block) < 2:
        return [Group([e.id]) for e in block]
    # Pass what the merge function can use: headlines, and the pairs a person split apart.
    try:
        params = inspect.signature(merge_fn).parameters
    except (TypeError, ValueError):
        params = {}
    kwargs: dict[str, Any] = {}
    if "documents" in params and documents:
        kwargs["documents"] = documents
    if "cannot_link" in params:
        kwargs["cannot_link"] = list(cannot_link)
    return normalise(merge_fn(block, **kwargs), block)


def default_combine() -> CombineFn:
    module = _merge_module()
    for name in _COMBINE_NAMES:
        fn = getattr(module, name, None)
        if callable(fn):
            return fn
    return combine_simple


def combine_simple(events: list[Event]) -> Event:
    """One record from several: the most confident one's fields, every source and evidence span."""
    base = max(events, key=lambda e: e.confidence)
    sources: dict[str, Source] = {}
    evidence: dict[tuple[str, int, int], Span] = {}
    for e in events:
        for s in e.sources:
            sources.setdefault(s.doc, s)
        for span in e.evidence:
            evidence.setdefault((span.doc, span.start, span.end), span)
    return replace(base, sources=list(sources.values()), evidence=list(evidence.values()))

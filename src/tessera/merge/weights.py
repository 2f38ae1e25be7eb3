"""The merge's tuned weights, read once from data/merge/weights.json.

Most of what the merge adds up is set by hand and explained where it is used (compare.py). The few
weights here are the ones tuned on annotated clusters (benchmarks/merge_tune.py; how and on which
data is in data/merge/README.md): how much a disagreement that extraction often gets wrong costs,
instead of forbidding the merge outright, and how much agreement a merge needs.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from functools import cache

from tessera.data import load_json


@dataclass(frozen=True)
class Weights:
    threshold: float  # score two events of different reports need to merge
    review_margin: float  # a pair this close below the threshold is kept for a reviewer
    status_change: float  # one report fears or reports a try, the other says it happened
    country_conflict: float  # places in different countries (often a dateline or a demonym read as the place)
    place_conflict: float  # different towns or provinces of one country
    date_gap: float  # both dated, the periods miss each other by at most a month
    published_close: float  # the reports came out within two weeks of each other
    story_bonus: float  # the two reports already tell another event in common (cluster.py)
    victims_differ: float  # the victims' descriptions name different kinds of people
    act_differs: float  # the evidence names different kinds of the act (jail vs banishment)
    act_same: float  # the evidence of both names one kind of the act (two crossings by boat)
    count_within: float  # one report's exact count lies in the other's close range (11 in "at least 9")
    count_near: float  # two exact counts one apart ("eight, including a child" against "nine")
    unnamed_questioned: float  # one of two questionings names nobody questioned (one story questions many)
    rare_same: float  # a rare kind of happening (an escape, an execution) on overlapping dates in one place
    place_in_province: float  # a town inside the province the other report names
    date_within_month: float  # overlapping dates, the wider of them a month or two long


@cache
def _stored() -> Weights:
    data = load_json("merge", "weights.json")
    return Weights(**{f.name: float(data[f.name]) for f in fields(Weights)})


_override: list[Weights] = []


def weights() -> Weights:
    """The weights in force: the stored ones, or those a tuning run is trying."""
    return _override[-1] if _override else _stored()


@contextmanager
def trying(**changes: float) -> Iterator[Weights]:
    """Use changed weights for the duration (for tuning and tests)."""
    w = replace(weights(), **changes)
    _override.append(w)
    try:
        yield w
    finally:
        _override.pop()

"""While `extract_here` runs, the cycle collector runs less often, and the caller's thresholds come
back when it ends (invented sentences)."""

from __future__ import annotations

import gc

from tessera.model import Document
from tessera.pipeline import _YOUNG_THRESHOLD, extract_here

TEXT = "Police detained three defectors near Hyesan on Monday, a source said."


def test_extraction_raises_the_young_threshold_and_gives_it_back() -> None:
    before = gc.get_threshold()
    seen: list[int] = []
    for _document, _events in extract_here([Document(id="perf49-gc", text=TEXT)]):
        seen.append(gc.get_threshold()[0])
    assert seen == [_YOUNG_THRESHOLD]
    assert gc.get_threshold() == before


def test_thresholds_come_back_when_the_caller_stops_early() -> None:
    before = gc.get_threshold()
    run = extract_here([Document(id="perf49-a", text=TEXT), Document(id="perf49-b", text=TEXT)])
    next(run)
    run.close()
    assert gc.get_threshold() == before

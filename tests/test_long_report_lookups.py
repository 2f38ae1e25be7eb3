"""A long report is read in time that grows with its length, not faster: the per-sentence look-ups
of the later stages (a token's sentence, a sentence's noun chunks, a character's sentence) are
found from tables built once per Doc, and give what a scan of every sentence gave. The time itself
is measured by benchmarks/long_report_scaling.py (speed is a benchmark's job, not a unit test's)."""

from __future__ import annotations

import sys
from pathlib import Path

from tessera.events.clauses import noun_chunks_of
from tessera.language import analyse
from tessera.model import Document
from tessera.places.roles import RoleFinder
from tessera.time.attach import sentence_index

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from long_report_scaling import report  # noqa: E402 - the invented report the benchmark times


def test_the_lookups_match_a_scan_of_every_sentence() -> None:
    doc = analyse(Document(id="r", text=report(3000))).doc
    sentences = list(doc.sents)
    for token in doc:
        assert sentence_index(doc, token) == next(
            i for i, s in enumerate(sentences) if s.start <= token.i < s.end
        )
    chunks = list(doc.noun_chunks)
    for sentence in sentences:
        expected = [c for c in chunks if sentence.start <= c.start and c.end <= sentence.end]
        assert noun_chunks_of(sentence) == expected
    finder = RoleFinder.__new__(RoleFinder)
    finder.doc = doc
    for at in range(0, len(doc.text) + 2, 7):
        expected = next((s.text for s in sentences if s.start_char <= at < s.end_char), "")
        assert finder._sentence_of(at) == expected

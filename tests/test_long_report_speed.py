"""A long report is read in time that grows with its length, not faster: the per-sentence look-ups
of the later stages (a token's sentence, a sentence's noun chunks, a character's sentence) are
found from tables built once per Doc, and give what a scan of every sentence gave."""

from __future__ import annotations

import time

from tessera.events.clauses import noun_chunks_of
from tessera.language import analyse
from tessera.model import Document
from tessera.pipeline import extract_documents
from tessera.places.roles import RoleFinder
from tessera.time.attach import sentence_index

SENTENCES = [
    "Border guards arrested {n} traders in Hyesan on {d} May 2023 as they tried to cross the river.",
    "State security agents questioned {n} families in Musan about mobile phones in early June.",
    "Chinese police repatriated {n} defectors to Sinuiju on {d} July, a source said.",
    "Two women from Hoeryong fled to China in March, and {n} of them were later caught.",
]


def report(chars: int) -> str:
    """Invented event-dense text: a sentence with an event after another, paragraphs now and then."""
    parts: list[str] = []
    i = 0
    while sum(map(len, parts)) < chars:
        sentence = SENTENCES[i % len(SENTENCES)].format(n=i % 9 + 2, d=i % 27 + 1)
        parts.append(sentence + (" " if i % 5 else "\n\n"))
        i += 1
    return "".join(parts)


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


def test_a_report_four_times_as_long_takes_about_four_times_as_long() -> None:
    def cpu_seconds(chars: int) -> float:
        started = time.process_time()
        ((_, events),) = extract_documents([Document(id="r", text=report(chars))])
        assert events
        return time.process_time() - started

    cpu_seconds(2000)  # the model and the data load once, before timing
    short, long = cpu_seconds(10_000), cpu_seconds(40_000)
    assert long < 6 * short, (short, long)  # a quadratic stage would make it about 16 times

"""The per-Doc shortcuts of session 48 give what the walks they replace gave (invented
sentences): the text kept at analysis is Doc.text, a per-token answer is the function's own, the
noun chunks of a sentence are those the scan found, and the table's count of plural nouns is the
Token walk's."""

from __future__ import annotations

from bisect import bisect_left

import pytest

from tessera.events.background import _dated, _general_time
from tessera.events.clauses import noun_chunks_of
from tessera.events.status import _in_such_places
from tessera.events.victims import _first_counted, _part_count, _safe_phrase
from tessera.language.analysis import analyse_reports, load_nlp
from tessera.model import Document

TEXT = (
    "Police detained seven fishermen and two women near Hyesan last week - a family of four among "
    "them.\n\nIn past cases, defectors were usually fined. Former inmates described beatings in "
    "such facilities, and the seven fishermen were later sent back."
)


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def test_the_text_kept_at_analysis_is_the_docs_own() -> None:
    (report,) = analyse_reports([Document(id="t", text=TEXT)])
    part = report.parts[0]
    assert part.doc.user_data["tessera_doc_text"] == part.doc.text


def test_per_token_answers_are_the_functions_own(doc) -> None:
    _read_safe_phrase = _safe_phrase.__wrapped__  # (the phrase read afresh)
    for token in doc:
        for kept in (_dated, _general_time, _part_count):
            first = kept(token)
            assert first == kept.__wrapped__(token)
            assert kept(token) is first  # (the second ask is answered from the Doc)
        assert _safe_phrase(token) == _safe_phrase(token) == _read_safe_phrase(token, False)
        assert _safe_phrase(token, alone=True) == _read_safe_phrase(token, True)
    assert any(_general_time(t) for t in doc)  # "usually fined"


def _scanned(sentence):
    """The scan `noun_chunks_of` made before: every chunk from the sentence's start to its end."""
    chunks = list(sentence.doc.noun_chunks)
    first = bisect_left([c.start for c in chunks], sentence.start)
    out = []
    for chunk in chunks[first:]:
        if chunk.start >= sentence.end:
            break
        if chunk.end <= sentence.end:
            out.append(chunk)
    return out


def test_noun_chunks_of_a_sentence_are_the_scans(doc) -> None:
    for sentence in doc.sents:
        assert [(c.start, c.end) for c in noun_chunks_of(sentence)] == [
            (c.start, c.end) for c in _scanned(sentence)
        ]


def test_first_counted_plurals_from_the_table(doc) -> None:
    walked: dict[str, int] = {}
    for token in doc:
        if token.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in token.children):
            walked.setdefault(token.lemma_.lower(), token.i)
    assert _first_counted(doc) == walked
    assert "fisherman" in walked


def test_places_of_a_kind_found_once_per_doc(doc) -> None:
    described = next(t for t in doc if t.lower_ == "beatings")
    assert _in_such_places(described)
    fined = next(t for t in doc if t.lower_ == "fined")
    assert not _in_such_places(fined)

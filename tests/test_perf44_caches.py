"""The per-Doc shortcuts of session 44 give what the walks they replace gave, and a report's Doc
is emptied of the stages' caches once it is read (invented sentences)."""

from __future__ import annotations

import pytest

from tessera.events.clauses import _find_subject, governors, sentence_of, subject_of
from tessera.events.joining import _sentence_starts_before
from tessera.events.victims import number_of
from tessera.language.analysis import load_nlp
from tessera.model import Document
from tessera.pipeline import extract_here

# Three sentences, one of them a quote's closing mark the parser may leave on its own.
TEXT = (
    'Police detained twenty-nine defectors near Hyesan on Monday. "They will be sent back," '
    "an official said. Two days later, 14 of them were handed over to the border guards."
)


@pytest.fixture(scope="module")
def doc():
    return load_nlp()(TEXT)


def _walked(doc, start: int, end: int) -> int:
    """The walk `_sentences_between` made before: every token between the two."""
    return sum(1 for t in doc[start:end] if t.is_sent_start and any(w.is_alpha for w in sentence_of(t)))


def test_sentence_starts_before_agree_with_the_walk(doc) -> None:
    counted = _sentence_starts_before(doc)
    assert len(counted) == len(doc) + 1
    for start in range(len(doc)):
        for end in range(len(doc)):
            assert max(0, counted[end] - counted[start]) == _walked(doc, start, end)


def test_number_of_reads_a_hyphenated_number_and_a_plain_one(doc) -> None:
    nine = next(t for t in doc if t.lower_ == "nine")
    fourteen = next(t for t in doc if t.text == "14")
    if doc[nine.i - 1].text == "-":  # (the tokenizer splits "twenty-nine" at its hyphen)
        assert number_of(nine) == 29
    assert number_of(fourteen) == 14


def test_a_read_report_leaves_no_caches_on_its_doc(monkeypatch) -> None:
    import tessera.pipeline as pipeline

    docs = []
    read = pipeline.extract_analysis

    def keep_doc(part):
        docs.append(part.doc)
        return read(part)

    monkeypatch.setattr(pipeline, "extract_analysis", keep_doc)
    document = Document(id="perf44", text=TEXT, published="2020-03-04")
    ((_, events),) = list(extract_here([document]))
    assert events  # the report was read, its caches were filled then emptied
    assert docs and all(not d.user_data for d in docs)


def test_subject_kept_per_doc_is_the_one_found_afresh(doc) -> None:
    for t in doc:
        assert subject_of(t) == _find_subject(t)
    verb = next(t for t in doc if t.lemma_ == "detain")
    assert subject_of(verb) is not None and subject_of(verb).lower_ == "police"
    assert subject_of(verb) is subject_of(verb)  # (read once: the same Token again)


def _walked_governors(token) -> list[int]:
    """The walk `governors` made on Tokens before its indices were kept per Doc."""
    out, current = [], token
    while current.head.i != current.i:
        if current.dep_ == "ROOT" or (
            current.dep_ in {"conj", "advcl", "ccomp", "relcl", "parataxis", "acl"}
            and current.pos_ in {"VERB", "AUX"}
        ):
            break
        current = current.head
        out.append(current.i)
    return out


def test_governors_kept_per_doc_are_the_walk_up_to_the_clause_head(doc) -> None:
    for t in doc:
        assert [g.i for g in governors(t)] == _walked_governors(t)
        assert [g.i for g in governors(t)] == _walked_governors(t)  # (asked again: from the Doc's store)
    police = next(t for t in doc if t.lower_ == "police")
    assert [g.lemma_ for g in governors(police)] == ["detain"]

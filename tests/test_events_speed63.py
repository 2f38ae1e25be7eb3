"""Speed change of session 63: the token table read from `Doc.to_array` gives what reading every
Token's attributes gave (invented sentences)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from tessera.events.lexicon import sentence_triggers
from tessera.language.analysis import load_nlp
from tessera.language.table import token_table


@cache
def _doc(text: str) -> Doc:
    return load_nlp()(text)


def test_table_columns_are_the_tokens_attributes() -> None:
    # two paragraphs (a blank line ends a sentence), a number word, a quote and a name
    doc = _doc('Guards in Sinuiju held "nine" people.\n\nThey were freed on 3 May, a cousin said.')
    table = token_table(doc)
    for t in doc:
        row = (table.text[t.i], table.lower[t.i], table.lemma[t.i], table.pos[t.i], table.tag[t.i])
        assert row == (t.text, t.lower_, t.lemma_.lower(), t.pos_, t.tag_)
        assert (table.dep[t.i], table.ent_type[t.i], table.head[t.i]) == (t.dep_, t.ent_type_, t.head.i)
        assert (table.is_punct[t.i], table.like_num[t.i]) == (t.is_punct, t.like_num)
        assert (table.sent_start[t.i], table.sent_end[t.i]) == (t.sent.start, t.sent.end)
        assert table.left_edge(t.i) == t.left_edge.i
    assert len({table.sent_start[t.i] for t in doc}) >= 2  # the blank line cut a sentence


def test_table_of_an_empty_doc_is_empty() -> None:
    table = token_table(_doc(""))
    assert table.text == [] and table.children == [] and table.sent_start == []


def test_triggers_found_and_look_alike_left_unread() -> None:
    doc = _doc("Border guards arrested four traders near Manpo.")
    words = {doc[m.start].lower_ for m in sentence_triggers(doc, 0, len(doc))}
    assert "arrested" in words
    other = _doc("The traders sold rice at the market in Manpo.")
    assert sentence_triggers(other, 0, len(other)) == []

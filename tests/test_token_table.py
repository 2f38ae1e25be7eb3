"""The per-Doc token table gives what spaCy's Token attributes give, so rules may read either."""

from __future__ import annotations

import pytest

from tessera.events.clauses import clause_indices, clause_tokens, governors, subject_of
from tessera.language.analysis import load_nlp
from tessera.language.table import token_table

# Invented sentences with relative clauses, conjoined verbs, an apposition and two sentences.
TEXTS = [
    "Police in Hyesan detained five women who had crossed the river, and they were questioned for days.",
    "The two brothers, both former soldiers, were handed over to the border guards on Tuesday. "
    "A relative said that the family had not heard from them since.",
    "YANJI, China -- Officials who asked not to be named said 12 defectors had been sent back.",
]


@pytest.fixture(scope="module")
def docs():
    nlp = load_nlp()
    return [nlp(text) for text in TEXTS]


def test_table_matches_token_attributes(docs) -> None:
    for doc in docs:
        table = token_table(doc)
        for t in doc:
            i = t.i
            assert table.text[i] == t.text
            assert table.lower[i] == t.lower_
            assert table.lemma[i] == t.lemma_.lower()
            assert (table.pos[i], table.tag[i], table.dep[i]) == (t.pos_, t.tag_, t.dep_)
            assert table.ent_type[i] == t.ent_type_
            assert table.head[i] == t.head.i
            assert table.left_edge(i) == t.left_edge.i
            assert (table.is_punct[i], table.like_num[i]) == (t.is_punct, t.like_num)
            assert table.children[i] == [c.i for c in t.children]
            assert list(table.subtree(i)) == [s.i for s in t.subtree]
            assert (table.sent_start[i], table.sent_end[i]) == (t.sent.start, t.sent.end)


def test_table_is_built_once_per_doc(docs) -> None:
    assert token_table(docs[0]) is token_table(docs[0])


def test_clause_walks_agree_with_tokens(docs) -> None:
    for doc in docs:
        for t in doc:
            assert [c.i for c in clause_tokens(t)] == list(clause_indices(t))
            above = list(governors(t))
            assert all(g.doc is doc for g in above)
    # "who had crossed the river": the relative clause's subject is the women it describes
    doc = docs[0]
    crossed = next(t for t in doc if t.lower_ == "crossed")
    subject = subject_of(crossed)
    assert subject is not None and subject.lower_ == "women"

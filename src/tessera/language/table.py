"""Token attributes read once per Doc, by index.

The rules walk the parse (heads, children, subtrees, sentences) many times for each event. Each
step through spaCy's API builds a new Token object and reads its attributes through the string
store again; on a long report that cost more than the rules' own logic. `token_table(doc)` reads
every token once and keeps the answers in plain lists in doc.user_data, so a hot rule can walk
indices and build a Token only for what it returns. The lists hold exactly what the Token
attributes give (`children` in spaCy's order: left children then right ones, each left to right).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, field
from functools import wraps
from typing import TypeVar

from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_PUNCT, LEMMA, LIKE_NUM, LOWER, ORTH, POS, SENT_START, TAG
from spacy.tokens import Doc, Span, Token

_KEY = "tessera_token_table"
_SPANS_KEY = "tessera_expanded_spans"
_ENTS_KEY = "tessera_ents"
_ROOTS_KEY = "tessera_expanded_roots"


@dataclass(frozen=True, slots=True)
class TokenTable:
    text: list[str]
    lower: list[str]
    lemma: list[str]  # lemma_.lower(), as the rules compare it
    pos: list[str]
    tag: list[str]
    dep: list[str]
    ent_type: list[str]
    head: list[int]
    is_punct: list[bool]
    like_num: list[bool]
    children: list[list[int]]
    sent_start: list[int]  # the first token of each token's sentence
    sent_end: list[int]  # one past its last
    _doc: Doc  # (read for the rare answer not kept in a column: see `left_edge`)
    _subtrees: dict[int, tuple[int, ...]] = field(default_factory=dict)
    _left_edges: dict[int, int] = field(default_factory=dict)

    def left_edge(self, i: int) -> int:
        """Token.left_edge's index (the parser's own edge, asked of few words: not a column)."""
        found = self._left_edges.get(i)
        if found is None:
            found = self._left_edges[i] = self._doc[i].left_edge.i
        return found

    def subtree(self, i: int) -> tuple[int, ...]:
        """Token.subtree's indices, in its order: each left child's subtree, the token, each
        right child's subtree (kept: the rules walk the same clauses again and again)."""
        found = self._subtrees.get(i)
        if found is None:
            out: list[int] = []
            self._walk(i, out)
            found = self._subtrees[i] = tuple(out)
        return found

    def has_child(self, i: int, deps: Container[str], words: Container[str]) -> bool:
        """Has token i a child whose dependency is one of `deps` and whose lower-cased text one of
        `words` ("had" as an aux)? Asked of verbs again and again; no child's Token is built."""
        dep, lower = self.dep, self.lower
        for c in self.children[i]:  # noqa: SIM110 - a loop: asked so often a generator cost showed
            if dep[c] in deps and lower[c] in words:
                return True
        return False

    def _walk(self, i: int, out: list[int]) -> None:
        kids = self.children[i]
        k = 0
        while k < len(kids) and kids[k] < i:
            self._walk(kids[k], out)
            k += 1
        out.append(i)
        while k < len(kids):
            self._walk(kids[k], out)
            k += 1


def token_table(doc: Doc) -> TokenTable:
    """The Doc's table, built on first use (looked up more than a hundred thousand times a run:
    the lookup that succeeds is the one made cheap)."""
    try:
        return doc.user_data[_KEY]  # type: ignore[no-any-return]
    except KeyError:
        table = doc.user_data[_KEY] = _build(doc)
        return table


# The columns `_build` reads with one `Doc.to_array` call: string ids (read through the
# StringStore once per distinct id), the head as an offset, lexical flags and sentence starts.
_COLUMNS = (ORTH, LOWER, LEMMA, POS, TAG, DEP, ENT_TYPE, HEAD, IS_PUNCT, LIKE_NUM, SENT_START)


def _build(doc: Doc) -> TokenTable:
    """The table from `Doc.to_array`: building a Token per word and reading eleven attributes
    through it cost more than the rules' use of many tables (the same values: `text` is the
    orth, the head an offset from the token, a sentence starts at each SENT_START of 1 as
    `Doc.sents` reads them)."""
    n = len(doc)
    if n == 0:
        return TokenTable([], [], [], [], [], [], [], [], [], [], [], [], [], doc)
    array = doc.to_array(_COLUMNS)  # (unsigned: the head's offset, and sentence starts, read signed)
    orth, lower_ids, lemma_ids, pos_ids, tag_ids, dep_ids, ent_ids, _, punct, num, _ = array.T.tolist()
    offsets, starts = array[:, 7].astype("int64").tolist(), array[:, 10].astype("int64").tolist()
    names: dict[int, str] = {}
    strings = doc.vocab.strings

    def read(ids: list[int]) -> list[str]:
        out = []
        for key in ids:
            name = names.get(key)
            if name is None:
                name = names[key] = strings[key]
            out.append(name)
        return out

    lemma_names = read(lemma_ids)
    lowered: dict[str, str] = {}
    lemma = [lowered.get(x) or lowered.setdefault(x, x.lower()) for x in lemma_names]
    head = [i + offset for i, offset in enumerate(offsets)]
    children: list[list[int]] = [[] for _ in range(n)]
    for i, h in enumerate(head):
        if h != i:
            children[h].append(i)
    sent_start = [0] * n
    sent_end = [0] * n
    cuts = [i for i in range(1, n) if starts[i] == 1]
    for start, end in zip([0, *cuts], [*cuts, n], strict=True):
        sent_start[start:end] = [start] * (end - start)
        sent_end[start:end] = [end] * (end - start)
    return TokenTable(
        read(orth),
        read(lower_ids),
        lemma,
        read(pos_ids),
        read(tag_ids),
        read(dep_ids),
        read(ent_ids),
        head,
        [bool(x) for x in punct],
        [bool(x) for x in num],
        children,
        sent_start,
        sent_end,
        doc,
    )


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """`doc.char_span(start, end, alignment_mode="expand")`, kept per Doc: the stages that date,
    place and keep events find each event's trigger and each place's words from character
    offsets again and again, and every char_span builds its tokens anew. (The Span is shared:
    callers read it and never change it.)"""
    cache = doc.user_data.get(_SPANS_KEY)
    if cache is None:
        cache = doc.user_data[_SPANS_KEY] = {}
    key = (start, end)
    if key not in cache:
        cache[key] = doc.char_span(start, end, alignment_mode="expand")
    return cache[key]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, read once per Doc (Doc.ents builds every entity's Span again on each call;
    the stages ask which entity holds a word for many words of each report)."""
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = tuple(doc.ents)
    return ents


def expanded_root(doc: Doc, start: int, end: int) -> Token | None:
    """The root of `expanded_span(doc, start, end)`, None for no tokens (Span.root walks the
    span's heads on every call; kept per Doc with the span)."""
    cache = doc.user_data.get(_ROOTS_KEY)
    if cache is None:
        cache = doc.user_data[_ROOTS_KEY] = {}
    key = (start, end)
    if key not in cache:
        span = expanded_span(doc, start, end)
        cache[key] = span.root if span is not None and len(span) else None
    return cache[key]


_Answer = TypeVar("_Answer")


def per_token(key: str) -> Callable[[Callable[..., _Answer]], Callable[..., _Answer]]:
    """A test of one token that reads only the parse, answered once per token of a Doc (and per
    further argument, such as a flag) and kept in doc.user_data under `key`: the rules ask it of
    the same words (a trigger, its clause head, the verbs above it) for event after event. Only
    for answers nothing changes afterwards."""

    def decorate(read: Callable[..., _Answer]) -> Callable[..., _Answer]:
        @wraps(read)
        def kept(token: Token, *args: object, **kwargs: object) -> _Answer:
            user_data = token.doc.user_data
            known = user_data.get(key)
            if known is None:
                known = user_data[key] = {}
            at = (token.i, *args, *sorted(kwargs.items())) if args or kwargs else token.i
            if at in known:
                return known[at]
            answer = known[at] = read(token, *args, **kwargs)
            return answer

        return kept

    return decorate

"""Which time expression governs an event, read from the dependency parse.

A careful coder does not take the nearest date: "arrested last month and repatriated at the
beginning of August" gives each event its own. For each event the mentions of its sentence are
ranked by how they hang on the trigger in the parse:
  0  the mention modifies the trigger itself ("the December 19 execution", "arrested last month")
  1  the mention and the trigger share their verb ("the execution was held on December 19")
  2  the mention's verb governs the trigger, other than through a coordination
  3  anything else in the sentence: another clause's date, which does not govern the event
  4  the mention dates a noun with a date of its own ("the SPA elections on March 10")
Ranks 0-2 govern. A mention that hangs on a reporting verb ("a source told Daily NK on Monday")
dates the report, never the event; a duration ("for more than 10 days") dates nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from tessera.model import TimeSpan
from tessera.time.lexicon import lexicon
from tessera.time.mentions import Mention

GOVERNING_RANK = 2
OTHER_CLAUSE_RANK = 3
OCCASION_RANK = 4  # the date of a noun with its own date ("the elections on March 10")
_VERBAL = ("VERB", "AUX")
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n|(?<=[.!?\"”’)])[ \t]*\n")


@dataclass(frozen=True)
class PlacedMention:
    """A mention with where it sits in the parse and what it resolved to."""

    mention: Mention
    span: TimeSpan | None
    sentence: int  # index of its sentence in the Doc
    paragraph: int
    chain: tuple[int, ...]  # token indices from the mention's root up to its first verb
    governor: int | None  # token index of the verb it hangs on
    attribution: bool  # hangs on a reporting verb: it dates the report, not an event
    future: bool  # looked ahead to ("the upcoming elections"): when the report was, not the event


def paragraph_of(text: str, offset: int) -> int:
    """Paragraph number of a character offset: blank lines and line ends after a full stop break."""
    return sum(1 for m in _PARAGRAPH_BREAK.finditer(text, 0, offset))


def token_span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def head_chain(token: Token, stop: set[int] | None = None) -> list[Token]:
    """Tokens above `token` up to and including its first verb (or the sentence root)."""
    chain: list[Token] = []
    current = token
    while current.head.i != current.i:
        current = current.head
        if stop and current.i in stop:
            continue
        chain.append(current)
        if current.pos_ in _VERBAL:
            break
    return chain


def governing_verb(token: Token) -> Token:
    """The token itself if a verb, else the first verb above it."""
    if token.pos_ in _VERBAL:
        return token
    chain = head_chain(token)
    return chain[-1] if chain else token


def place_mention(
    doc: Doc, text: str, mention: Mention, span: TimeSpan | None, future: bool = False
) -> PlacedMention | None:
    tokens = token_span(doc, mention.start, mention.end)
    if tokens is None or len(tokens) == 0:
        return None
    inside = {t.i for t in tokens}
    root = tokens.root
    if mention.kind == "year" and root.dep_ in ("nummod", "quantmod"):
        return None  # "2000 people": a count, not a year
    chain = head_chain(root, stop=inside)
    governor = chain[-1] if chain and chain[-1].pos_ in _VERBAL else None
    if governor is not None and _before_coordinator(doc, tokens[0].i, tokens[-1].i, governor):
        # "disappeared ... on February 19 and police are viewing ...": a date before "and"
        # belongs to the first clause, whatever the parser hung it on.
        governor = governor.head
        chain = [*chain, governor]
    attribution = (
        governor is not None
        and governor.lemma_.lower() in lexicon().reporting_verbs
        and mention.kind in ("date", "weekday", "rel_day", "days")
    )
    sentence = _sentence_index(doc, root)
    return PlacedMention(
        mention,
        span,
        sentence,
        paragraph_of(text, mention.start),
        tuple(t.i for t in chain),
        governor.i if governor is not None else None,
        attribution,
        future,
    )


def _before_coordinator(doc: Doc, first: int, last: int, governor: Token) -> bool:
    """Whether the mention ends a clause the parser hung on the next one: "X, on May 3 and Y"."""
    if governor.i <= last or governor.head.i >= first or governor.head.pos_ not in _VERBAL:
        return False
    return any(doc[i].dep_ == "cc" for i in range(last + 1, governor.i))


def _sentence_index(doc: Doc, token: Token) -> int:
    for i, sent in enumerate(doc.sents):
        if sent.start <= token.i < sent.end:
            return i
    return -1


def rank(mention: PlacedMention, trigger: Token) -> int:
    """How directly a mention governs the event whose trigger is `trigger` (see module notes)."""
    nouns = lexicon().occasion_nouns
    for i in mention.chain:
        if i == trigger.i:
            return 0
        if trigger.doc[i].lower_ in nouns and i != mention.governor:
            return OCCASION_RANK
    trigger_verb = governing_verb(trigger)
    if mention.governor is not None and mention.governor == trigger_verb.i:
        return 1
    if mention.governor is None:
        return OTHER_CLAUSE_RANK
    # The mention's verb above the trigger, reached without passing a coordination.
    current = trigger_verb
    while current.head.i != current.i:
        if current.dep_ == "conj":
            return OTHER_CLAUSE_RANK
        current = current.head
        if current.i == mention.governor:
            return 2
    return OTHER_CLAUSE_RANK

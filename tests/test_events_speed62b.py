"""Speed changes of session 62's second round: each rule now read in the Doc's token table
answers as the walk over spaCy's Tokens did (invented sentences), the look-alike included."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from tessera.events.background import set_by_an_instrument
from tessera.events.status import _word_before_infinitive, outcome_of_a_return, pending_fate
from tessera.events.victims import _part_gloss_at_or_above, is_part_gloss
from tessera.language.analysis import load_nlp
from tessera.language.table import token_table
from tessera.time.attach import pluperfect


@cache
def _doc(text: str) -> Doc:
    return load_nlp()(text)


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def _children_walk(token: Token, deps: set[str], words: set[str]) -> bool:
    return any(c.dep_ in deps and c.lower_ in words for c in token.children)


def test_has_child_agrees_with_the_tokens_children() -> None:
    doc = _doc("The fisherman had crossed the river before guards could stop him near Musan.")
    table = token_table(doc)
    for token in doc:
        for deps, words in (
            ({"aux"}, {"had", "could"}),
            ({"dobj"}, {"river", "him"}),
            ({"nsubj"}, {"guards"}),
        ):
            assert table.has_child(token.i, deps, words) == _children_walk(token, deps, words)


def test_past_perfect_read_and_simple_past_not() -> None:
    assert pluperfect(_word(_doc("The teacher had fled to Yanji in March."), "fled"))
    assert not pluperfect(_word(_doc("The teacher fled to Yanji in March."), "fled"))


def test_pending_fate_needs_whether_and_an_infinitive() -> None:
    doc = _doc("Officials in Vientiane are deciding whether to deport the four women.")
    assert pending_fate(_word(doc, "deport"))
    told = _doc("Officials in Vientiane deported the four women last week.")
    assert not pending_fate(_word(told, "deported"))


def test_outcome_of_a_return_read_under_would_with_an_if_return() -> None:
    doc = _doc("The miner said he would be jailed if he was sent back to the North.")
    assert outcome_of_a_return(_word(doc, "jailed"))
    told = _doc("The miner said he was jailed after he was sent back to the North.")
    assert not outcome_of_a_return(_word(told, "jailed"))


def test_word_before_an_infinitive_found_past_its_auxiliaries() -> None:
    doc = _doc("The agency announced its plan to be sending the crew home.")
    word = _word_before_infinitive(_word(doc, "sending"))
    assert word is not None and word.text == "plan"
    assert _word_before_infinitive(_word(_doc("The agency sent the crew home."), "sent")) is None


def test_rule_of_an_instrument_is_background_and_a_police_act_is_not() -> None:
    doc = _doc("The treaty, which bars returning refugees to danger, was signed in 1990.")
    assert set_by_an_instrument(_word(doc, "returning"))
    told = _doc("The police, who detained the refugees on Monday, returned them to the border.")
    assert not set_by_an_instrument(_word(told, "returned"))


def test_part_gloss_above_a_phrase_found_as_the_tokens_gave() -> None:
    doc = _doc("Guards held six traders, two of them teenagers, at the bridge.")
    for token in doc:
        walked = any(is_part_gloss(t) for t in [token, *list(token.ancestors)[:3]])
        assert _part_gloss_at_or_above(token) == walked
    assert _part_gloss_at_or_above(_word(doc, "two"))
    plain = _doc("Guards held six traders and two teenagers at the bridge.")
    assert not _part_gloss_at_or_above(_word(plain, "teenagers"))

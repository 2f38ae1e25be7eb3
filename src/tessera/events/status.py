"""An event's status from the words that govern its trigger, and whether it is an event at all.

"were caught trying to cross" → attempted; "in danger of being repatriated" → at_risk;
"police are viewing their disappearance as a defection" → suspected; "a defection case can
lead to…" → no event (a generic statement).
"""

from __future__ import annotations

from spacy.tokens import Token

from tessera.events.clauses import governors
from tessera.events.lexicon import lexicon

MODALS_AT_RISK = frozenset({"could", "would", "may", "might", "will", "shall", "'ll"})


def _cue_words(token: Token) -> set[str]:
    """The token's lemma and those of its auxiliaries, adverbs and markers."""
    words = {token.lemma_.lower(), token.lower_}
    for child in token.children:
        if child.dep_ in {"aux", "auxpass", "advmod", "neg", "prt", "acomp"}:
            words.add(child.lemma_.lower())
            words.add(child.lower_)
    return words


def status_of(trigger: Token, cause_types: dict[int, str]) -> str:
    """Decide the status of the event the trigger names.

    `cause_types` maps token indices of other triggers in the sentence to their event types: an
    escape governed by an arrest or a killing ("caught while crossing") was an attempt.
    """
    cues = lexicon().cues["status"]
    attempted, at_risk, suspected = (frozenset(cues[k]) for k in ("attempted", "at_risk", "suspected"))
    own = _cue_words(trigger) - {trigger.lemma_.lower(), trigger.lower_}
    if own & MODALS_AT_RISK:
        return "at_risk"
    if trigger.lower_ in {"looming", "impending", "imminent"} or any(
        c.lower_ in {"looming", "impending", "imminent", "possible", "potential", "likely"} for c in trigger.children
    ):
        return "at_risk"
    for word_token in governors(trigger):
        words = _cue_words(word_token)
        if word_token.i in cause_types and cause_types[word_token.i] in {"arrest", "violence"}:
            if _is_escape_like(trigger):
                return "attempted"
        if words & attempted:
            return "attempted"
        if words & suspected and word_token.lemma_.lower() != "likely":
            return "suspected"
        if words & at_risk:
            return "at_risk"
    # The trigger's own clause head may carry the modal: "they could face punishment".
    if trigger.lemma_.lower() in attempted:
        return "attempted"
    if any(c.lower_ == "attempt" for c in trigger.children) or (
        trigger.head.lemma_.lower() == "attempt" and trigger.dep_ == "compound"
    ):
        return "attempted"
    return "occurred"


def _is_escape_like(trigger: Token) -> bool:
    return trigger.lemma_.lower() in {"defect", "flee", "escape", "cross", "transit", "in", "leave", "move"}


def is_negated(trigger: Token) -> bool:
    negation = frozenset(lexicon().cues["negation"])
    if any(c.dep_ == "neg" for c in trigger.children):
        return True
    for word_token in governors(trigger):
        if any(c.dep_ == "neg" for c in word_token.children):
            return True
        if word_token.lemma_.lower() in negation:
            return True
    return False


def is_generic(trigger: Token) -> bool:
    """Background, not an event: "a defection case can lead to", "deportations are essential to"."""
    generic_modals = frozenset(lexicon().cues["generic_modals"])
    for word_token in [trigger, *governors(trigger)]:
        if any(c.dep_ == "aux" and c.lower_ in generic_modals for c in word_token.children):
            return True
    # A bare plural noun as subject of a present-tense verb states a general truth.
    if trigger.pos_ == "NOUN" and trigger.tag_ == "NNS" and trigger.dep_ in {"nsubj", "nsubjpass"}:
        has_det = any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children)
        if not has_det and trigger.head.tag_ in {"VBZ", "VBP"}:
            return True
    return False

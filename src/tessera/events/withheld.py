"""Passage withheld: a movement restriction told by what is stopped, not by a verb of banning.
"Travel passes to the border villages of Onsong County have been suspended", "entry permits
for people from outside the zone have been frozen", "shore leave for the crew has been
cancelled", "half-day tours to Sinuiju were halted": a verb of stopping or withdrawing whose
subject (or object) is a way of going somewhere, a pass, a permit, a tour, a trip or leave,
withholds passage, a restriction however many words stand between the two (the trigger
lexicon's phrases allow six).

The way of going is read only as the verb's own passive subject or its object, never as any
noun of the sentence ("the trader who had a permit was stopped" withholds nothing). A halt the
sentence puts down to the weather ("tours to the island were suspended because of the gales")
or to a business that runs the trips ("a travel firm in Dandong has cancelled its tours") is
no measure of the state's: no event.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tessera.events.background import words as background_words
from tessera.events.lexicon import Match, Phrase, TriggerEntry, lexicon
from tessera.language.table import token_table

PASSAGE_WITHHELD = TriggerEntry(
    type="movement_restriction",
    phrase=Phrase.parse("passage withheld"),
    text="(passage withheld)",
    pos=frozenset({"VERB"}),
    passive=False,
    active_with_object=False,
    weight=0.75,
    kind=None,
)

# Links by which a noun is what a verb stops: its passive subject or its object.
STOPPED_DEPS = frozenset({"nsubjpass", "dobj"})
# Links of a word that names a noun's kind ("tour groups", "shore leave", "entry permits").
KIND_DEPS = frozenset({"compound", "amod", "nmod"})


def _way_of_going(noun: Token) -> bool:
    """A noun that names a way of going somewhere, itself or by the word before it that names
    its kind ("permits", "tour groups"). (Its part of speech is not asked: the tagger takes
    "Travel passes …" or "Shore leave …" at a sentence's start for a subject and its verb, while
    the parse still makes the word the stopped verb's subject.)"""
    passage = lexicon().cues["passage_nouns"]
    kinds = [c for c in noun.children if c.dep_ in KIND_DEPS]
    unrelated = lexicon().cues["unrelated_permit_kinds"]
    if any(c.lower_ in unrelated or c.lemma_.lower() in unrelated for c in kinds):
        return False  # "his trading permit was revoked": leave to trade, not to go anywhere
    if noun.lemma_.lower() in passage or noun.lower_ in passage:
        return True
    return any(c.lemma_.lower() == "tour" for c in kinds)


def _put_down_to_weather_or_business(verb: Token) -> bool:
    """The verb's own words give the weather as the cause or a business as the doer."""
    weather = background_words()["weather_nouns"]
    business = lexicon().cues["business_nouns"]
    for child in verb.children:
        if child.dep_ in {"nsubj", "agent", "prep", "advcl"}:
            words = {t.lemma_.lower() for t in child.subtree}
            if words & weather or (child.dep_ != "prep" and words & business):
                return True
            if child.dep_ == "prep" and child.lower_ == "by" and words & business:
                return True
    return False


def passage_withheld(doc: Doc, start: int, end: int) -> list[Match]:
    """The verbs in tokens [start, end) that stop or withdraw a way of going somewhere, as
    movement_restriction matches of the verb alone."""
    verbs = lexicon().cues["withholding_verbs"]
    found = []
    # (asked of every sentence: the words are sifted in the Doc's table, and Tokens built only
    # for an object or passive subject whose verb is a withholding one)
    table = token_table(doc)
    dep, head, pos, lemma = table.dep, table.head, table.pos, table.lemma
    for i in range(start, end):
        h = head[i]
        if dep[i] not in STOPPED_DEPS or h == i or not start <= h < end:
            continue
        if pos[h] != "VERB" or lemma[h] not in verbs:
            continue
        noun, verb = doc[i], doc[h]
        if not _way_of_going(noun):
            continue
        if not _put_down_to_weather_or_business(verb):
            found.append(Match(PASSAGE_WITHHELD, verb.i, verb.i + 1))
    return found

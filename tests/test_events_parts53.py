"""Counts of people whose count was read from a part told beside the group (session 53)."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from tessera.events.victims import glossed_group, is_part_gloss
from test_events_people import counts


def test_a_relative_after_an_among_gloss_hung_on_the_act_tells_of_the_group() -> None:
    # the parse hangs "among them a child" on "return", and "who were detained" on the child
    text = (
        "The envoy urged Beijing to halt the forced return of eight individuals, among them a "
        "child, who were detained in Yanji on 4 June."
    )
    assert counts(text, "arrest") == [(8, 8)]


def test_an_among_gloss_parsed_as_a_second_object_tells_a_part_of_the_group() -> None:
    # the parse as the tagger gave it for such a sentence: "guard" a second object of "return",
    # its opening comma hung inside its phrase, "who were detained" a relative on "guard"
    words = ["not", "to", "return", "five", "North", "Koreans", ",", "among", "them", "a"]
    words += ["former", "guard", ",", "who", "were", "detained"]
    heads = [2, 2, 2, 5, 5, 2, 11, 11, 7, 11, 11, 2, 11, 15, 15, 11]
    deps = ["neg", "aux", "ROOT", "nummod", "compound", "dobj", "punct", "prep", "pobj", "det"]
    deps += ["amod", "dobj", "punct", "nsubjpass", "auxpass", "relcl"]
    pos = ["PART", "PART", "VERB", "NUM", "PROPN", "PROPN", "PUNCT", "ADP", "PRON", "DET", "ADJ"]
    pos += ["NOUN", "PUNCT", "PRON", "AUX", "VERB"]
    tags = ["RB", "TO", "VB", "CD", "NNP", "NNPS", ",", "IN", "PRP", "DT", "JJ", "NN", ","]
    tags += ["WP", "VBD", "VBN"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)
    guard = doc[11]
    assert is_part_gloss(guard)
    group = glossed_group(guard)
    assert group is not None and group.text == "Koreans"


def test_a_part_only_described_is_not_what_a_later_they_means() -> None:
    text = (
        "Police caught seven North Koreans in Kunming on Monday. Two of them are teenagers "
        "from Musan. They were handed over to North Korean agents on Friday."
    )
    assert counts(text, "repatriation") == [(7, 7)]


def test_a_part_told_as_acted_on_is_still_what_a_later_they_means() -> None:
    text = (
        "Police caught seven North Koreans in Kunming on Monday. Two of them were handed over "
        "to North Korean agents on Friday. They face prison camps."
    )
    assert counts(text, "repatriation") == [(2, 2)]

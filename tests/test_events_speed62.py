"""Speed changes of session 62: each shortcut through the Doc's table gives what the walk over
spaCy's Tokens it replaced gave (invented sentences)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from tessera.events.background import _ancestors, interviewer_recalling_the_guest, put_as_a_direct_question
from tessera.events.clauses import face_before, sentence_of
from tessera.events.lexicon import _doc_keys, lexicon, match_phrase
from tessera.events.teams import teams_at_work
from tessera.events.withheld import passage_withheld
from tessera.language.analysis import load_nlp


@cache
def _doc(text: str) -> Doc:
    return load_nlp()(text)


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_direct_question_found_before_its_mark() -> None:
    doc = _doc("Will the Lao police send the nine teenagers back?")
    assert put_as_a_direct_question(_word(doc, "send"))


def test_told_act_with_no_question_mark_is_no_question() -> None:
    doc = _doc("The Lao police sent the nine teenagers back.")
    assert not put_as_a_direct_question(_word(doc, "sent"))


def test_interviewer_prompt_recalls_the_guest() -> None:
    doc = _doc("Q: You crossed the river at Hyesan in 2015. What happened next?")
    assert interviewer_recalling_the_guest(_word(doc, "crossed"))


def test_interviewer_line_about_third_parties_stays() -> None:
    doc = _doc("Q: Your cousin says a trader was arrested in Musan in May. Is that true?")
    assert not interviewer_recalling_the_guest(_word(doc, "arrested"))


def test_prompt_mark_after_the_sentence_start_is_no_prompt() -> None:
    # ("Q:" must open the sentence, spaces aside: here it stands inside it)
    doc = _doc("He wrote Q: you crossed the river, and then he stopped.")
    assert not interviewer_recalling_the_guest(_word(doc, "crossed"))


def test_face_before_finds_the_nearest_face_of_the_sentence() -> None:
    doc = _doc("Those who are returned face harsh punishment and torture.")
    found = face_before(_word(doc, "torture"))
    assert found is not None and found.text == "face"
    assert face_before(_word(doc, "torture"), within=2) is None  # too far back


def test_face_before_stops_at_its_sentence() -> None:
    doc = _doc("The men face trial. Guards beat them in the cells.")
    assert face_before(_word(doc, "beat")) is None


def test_ancestors_are_spacys_ancestors() -> None:
    doc = _doc("Agents of the bureau that had questioned the two women in Yanji detained a driver.")
    for token in doc:
        assert _ancestors(token) == list(token.ancestors)


def test_phrase_search_agrees_with_every_entry_tried() -> None:
    # the second word sifted first: the same matches as each entry of the first word tried whole
    doc = _doc(
        "Police held the two men in custody and barred traders from other towns from entering "
        "the market; the boat was sent back and the women were handed over to the guards."
    )
    index = lexicon().triggers
    keys = _doc_keys(doc)
    slow = set()
    for i in range(len(doc)):
        lower, lemma = keys[i]
        for entry in {
            id(e): e for e in index._by_first.get(lower, []) + index._by_first.get(lemma, [])
        }.values():
            stop = match_phrase(doc, i, entry.phrase, len(doc))
            if stop is not None:
                slow.add((entry.text, i, stop))
    fast = {(m.entry.text, m.start, m.end) for m in index.find(doc)}
    assert fast == slow
    spans = {(doc[start:stop].text) for _, start, stop in fast}
    # a gap phrase, a two-word phrase, and a phrase whose second word is missing stays unfound
    assert "held the two men in custody" in spans and "handed over" in spans
    assert "held the two" not in spans


def test_withheld_passage_read_as_a_restriction() -> None:
    doc = _doc("Travel passes to the border villages have been suspended since Monday.")
    sentence = sentence_of(doc[0])
    found = passage_withheld(doc, sentence.start, sentence.end)
    assert [doc[m.start].text for m in found] == ["suspended"]


def test_withheld_thing_that_is_no_passage_is_no_restriction() -> None:
    doc = _doc("The trading licences of two firms have been suspended since Monday.")
    sentence = sentence_of(doc[0])
    assert passage_withheld(doc, sentence.start, sentence.end) == []


def test_team_word_that_is_no_subject_is_not_at_work() -> None:
    doc = _doc("Residents said they feared the inspection team.")
    assert teams_at_work(doc, 0, len(doc)) == []

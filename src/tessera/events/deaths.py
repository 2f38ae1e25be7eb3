"""A death in custody told by who died: "a detainee held at the border post died last month".

Reports of abuse in detention often tell a death without saying "in custody": the one who
died is named as a prisoner, or as someone held somewhere ("a woman held in the county jail
died after weeks without food", "I saw a fellow inmate die"). Such a death is violence done in
custody; a death of anyone else ("her husband died of cancer") is no event.
"""

from __future__ import annotations

from spacy.tokens import Token

from tessera.events.clauses import holds_any_phrase, prep_objects, sentence_of

# Nouns for people held by the authorities.
DETAINEE_NOUNS = frozenset({"inmate", "prisoner", "detainee", "cellmate", "convict"})
# Verbs by which a clause on the one who died says they were held.
HOLDING_VERBS = frozenset({"hold", "detain", "imprison", "jail", "keep", "lock", "incarcerate"})
# How far after the noun "death" its "of" may stand ("the death in custody of", "the death in
# September 2020 of"): a short date or place phrase between.
OF_REACH = 5
OF = frozenset({"of"})


def detainee_died(verb: Token) -> bool:
    """Whether the subject of a verb of dying is someone held: "a fellow inmate died", "the
    woman, held in a police cell in Dandong, died after refusing food", "a man who was being
    detained at the post died"; not "his father died in 2019". A death told by its noun, as a
    later report retells it, names who died by "of" (`_who_died`)."""
    subject = _who_died(verb)
    if _in_a_place_of_custody(verb) or (subject is not None and _in_a_place_of_custody(subject)):
        return True  # "was believed to have died in a holding centre", "three women in her cell died"
    if subject is None:
        # ("a woman held in a county jail died": the parser may make "held" the main verb and
        # hang "died" on it)
        return verb.head.i != verb.i and verb.head.lemma_.lower() in HOLDING_VERBS and verb.head.tag_ == "VBN"
    if subject.lemma_.lower() in DETAINEE_NOUNS or _one_of_the_held(subject) or _named_as_held(subject):
        return True
    if _counted_where_the_story_held_them(verb, subject):
        return True
    return any(
        c.dep_ in {"acl", "relcl"}
        and c.lemma_.lower() in HOLDING_VERBS
        and c.tag_ == "VBN"
        or _held_relative(c)
        or _sent_into_custody(c)
        for c in subject.children
    )


# Verbs by which people are put into a place of custody ("sent to a labour camp", "committed to
# a psychiatric ward").
SENDING_VERBS = frozenset({"send", "commit", "take", "transfer", "move", "confine"})


def _sent_into_custody(clause: Token) -> bool:
    """ "a woman who was sent to the labour training camp in February died in March", "a man
    committed to a psychiatric ward in July died there": a clause on the one who died puts them
    in a place of custody; "a man who was sent to work in the city" does not."""
    return (
        clause.dep_ in {"acl", "relcl"}
        and clause.lemma_.lower() in SENDING_VERBS
        and _in_a_place_of_custody(clause, frozenset({"to", "into"}))
    )


def _who_died(word: Token) -> Token | None:
    """Who died: the subject of a verb of dying, or the "of" object of the noun "death".

    A report that retells a death another report told first names it by its noun: "the death in
    custody of a man in Hoeryong", "documents the death of a woman held at a state security
    jail in Onsong". The one who died is then told by "of", as the verb's subject would be; a
    date or a place told first ("the death in September of a woman held ...") may leave the parser
    hanging "of" on it, so the first "of" of the noun's phrase is taken, before any verb."""
    if word.pos_ == "NOUN":
        own = prep_objects(word, OF)
        if own:
            return own[0]
        for t in word.doc[word.i + 1 : word.i + 1 + OF_REACH]:
            if t.pos_ in {"VERB", "AUX"} or t.is_sent_start:
                break
            if t.lower_ == "of":
                return next((o for o in t.children if o.dep_ == "pobj"), None)
        return None
    return next((c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _held_relative(clause: Token) -> bool:
    """ "who was being held", "who had been detained": a relative clause telling custody."""
    return (
        clause.dep_ == "relcl"
        and clause.lemma_.lower() in HOLDING_VERBS
        and any(c.dep_ == "auxpass" for c in clause.children)
    )


def _in_a_place_of_custody(word: Token, preps: frozenset[str] = frozenset({"in", "at", "inside"})) -> bool:
    """ "died in a holding centre in the county", "two women in her cell": a word's own "in",
    "at" or "inside" phrase names a place where people are held (a cell, a prison, a camp of
    confinement, or one of the places of custody that take arrested people: cues.json's
    custody_death_places, confinement_camp_kinds and custody_goals)."""
    from tessera.events.lexicon import lexicon  # (imported late: the lexicon loads its cues lazily)

    cues = lexicon().cues
    goals = [tuple(g.split()) for g in cues["custody_goals"]]
    for place in prep_objects(word, preps):
        lemma = place.lemma_.lower()
        if lemma in cues["custody_death_places"]:
            return True
        kinds = {c.lemma_.lower() for c in place.children if c.dep_ in {"compound", "amod"}}
        if lemma == "camp" and kinds & set(cues["confinement_camp_kinds"]):
            return True
        words = _place_words(place)
        if any(t.lemma_.lower() in cues["custody_death_places"] for t in words):
            return True  # "died at Kwanliso No. 16": the parser heads the name with "No."
        if holds_any_phrase(words, goals):
            return True
    return False


def _place_words(place: Token) -> list[Token]:
    """The words that name a place: the noun with the words before it, and its "of" phrase with
    theirs. "the Ministry of Social Security's holding centre in Chongjin" is one name that the
    parser may head with "Ministry", the holding centre under its "of"; the "in Chongjin" after it
    is where the place lies, not what it is."""
    words = [t for t in place.subtree if t.i <= place.i]
    for obj in prep_objects(place, OF):
        words.extend(_place_words(obj))
    return sorted(words, key=lambda t: t.i)


# Prepositions by which a subject is one of a group ("a man among the detainees").
MEMBER_PREPOSITIONS = frozenset({"among", "of"})


def _one_of_the_held(subject: Token) -> bool:
    """ "a man in his sixties among the detainees died there", "one of the prisoners died": the
    one who died is one of a group of people held."""
    return any(obj.lemma_.lower() in DETAINEE_NOUNS for obj in prep_objects(subject, MEMBER_PREPOSITIONS))


def _named_as_held(subject: Token) -> bool:
    """ "the death of a detained trader", "an imprisoned pastor died": a participle of holding
    before the noun names the one who died as someone held."""
    return any(
        c.dep_ == "amod" and (c.lemma_.lower() in HOLDING_VERBS or c.lower_ in HELD_PARTICIPLES)
        for c in subject.children
    )


# The participles of HOLDING_VERBS, which the parser may leave unlemmatised as adjectives.
HELD_PARTICIPLES = frozenset({"held", "detained", "imprisoned", "jailed", "kept", "locked", "incarcerated"})


# How many sentences before a death a place of custody may be told ("I got four years at the
# camp. Q: And the others? A: One of them died there." holds a question between).
CUSTODY_LOOK_BACK = 2
# Words that make a camp a place of shelter, not of custody.
SHELTER_WORDS = frozenset({"refugee", "transit", "summer", "training", "holiday", "army", "military"})


def _counted_where_the_story_held_them(verb: Token, subject: Token) -> bool:
    """ "I was sent to the kyohwaso for two years. Of the women in my unit, four died while I was
    there", "In the end I got four years at the camp. And the others? One of them died there",
    "She served five years in the kyohwaso. 'In my unit of 80 women, nine died in the first
    winter'": people told only by a number (or dying "there"), just after the report puts its
    teller or subject in a prison or a camp, died in that custody. A person named ("his mother
    died in 2012") is not told to have been held."""
    counted = (
        subject.pos_ == "NUM"
        or subject.lower_ in {"one", "some", "several", "many", "most"}
        # ("Eleven women in my work team died in two months": people told by a number)
        or any(c.dep_ == "nummod" for c in subject.children)
    )
    there = any(t.lower_ == "there" for t in verb.subtree)
    if not counted and (not there or subject.pos_ == "PRON"):
        return False  # ("she died there": whoever "she" is, the words do not count people held)
    sentence = sentence_of(verb)
    start = sentence.start
    for _ in range(CUSTODY_LOOK_BACK):
        if start == 0:
            break
        start = sentence_of(verb.doc[start - 1]).start
    return any(_a_place_of_custody(t) for t in verb.doc[start : sentence.start])


def _a_place_of_custody(place: Token) -> bool:
    """A prison, a cell or a camp that is not a shelter: where the story holds people."""
    from tessera.events.lexicon import lexicon  # (imported late: the lexicon loads its cues lazily)

    lemma = place.lemma_.lower()
    if lemma in lexicon().cues["custody_death_places"]:
        return True
    kinds = {c.lemma_.lower() for c in place.children if c.dep_ in {"compound", "amod"}}
    return lemma == "camp" and place.pos_ == "NOUN" and not kinds & SHELTER_WORDS

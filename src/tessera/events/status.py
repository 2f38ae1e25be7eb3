"""An event's status from the words that govern its trigger, and whether it is an event at all.

"were caught trying to cross" → attempted; "in danger of being repatriated" → at_risk;
"police are viewing their disappearance as a defection" → suspected; "a defection case can
lead to…", "if returned", "on charges of assisting defections" → no event.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Token

from tessera.events.clauses import (
    DEFINITE,
    FACE_FORMS,
    clause_head,
    clause_indices,
    face_before,
    governor_indices,
    governors,
    is_passive,
    own_subject,
    present_perfect,
    sentence_of,
    sentences_back,
    subject_of,
)
from tessera.events.lexicon import lexicon, sentence_triggers
from tessera.events.teams import inspecting_body
from tessera.events.victims import counted_person_nouns, is_generic_people, read_victims
from tessera.language.analysis import PLACE_ENTITY_LABELS
from tessera.language.table import token_table

MODALS_AT_RISK = frozenset(
    {"could", "would", "may", "might", "will", "shall", "'ll", "wo", "can", "must", "should"}
)
# Nouns whose infinitive is what was tried.
ATTEMPT_NOUNS = frozenset({"attempt", "bid"})
# Words that open an earlier or separate event: cues above them belong to another event.
BOUNDARY_WORDS = frozenset({"after", "before", "since", "following", "upon", "once", "because", "despite"})
FEAR_VERBS = frozenset({"fear", "worry", "afraid", "concern"})
AS_VERBS = frozenset({"view", "regard", "treat", "consider", "see", "classify"})
COPULAS = frozenset({"be", "become", "remain", "seem", "get", "grow", "prove"})
# Pronouns for whoever fits a description ("those caught", "anyone who crosses").
GENERIC_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "everybody"})
# Subordinators of a clause that can state a general case ("when a worker escapes, …").
# ("after", "before", "until": "relatives are detained after brokers are caught" is a rule too)
CONDITION_MARKS = frozenset({"when", "whenever", "if", "once", "after", "before", "until"})
# Nouns for what an offence earns: an act after "for" on one of them names the offence.
PENALTY_NOUNS = frozenset({"penalty", "punishment", "sentence", "fine", "term", "charge", "reward"})
# Adverbs on the trigger's own verb that make it a belief, not a report of what was seen.
SUSPECTED_ADVERBS = frozenset(
    {"allegedly", "purportedly", "presumably", "supposedly", "probably", "apparently"}
)
# Adjectives of certainty: with "to" the event looms, with a clause it is believed.
CERTAIN_TO = frozenset({"sure", "certain", "bound", "due", "poised"})
IMMINENT_WORDS = frozenset({"looming", "impending", "imminent", "possible", "potential", "likely", "planned"})


def _cue_words(token: Token) -> set[str]:
    """The token's lemma and those of its auxiliaries, adverbs and markers."""
    words = {token.lemma_.lower(), token.lower_}
    for child in token.children:
        if child.dep_ in {"aux", "auxpass", "advmod", "neg", "prt", "acomp"}:
            words.add(child.lemma_.lower())
            words.add(child.lower_)
    return words


def _path(trigger: Token) -> Iterator[tuple[Token, Token, bool]]:
    """(governor, the child it was reached through, whether a boundary was crossed on the way).

    The path ends at the trigger's clause head, or one step above it when that clause is what a
    verb of belief or fear says ("authorities suspect that the soldier fled").
    """
    below, crossed = trigger, False
    for governor in governors(trigger):
        if below.lower_ in BOUNDARY_WORDS or any(
            c.dep_ == "mark" and c.lower_ in BOUNDARY_WORDS for c in below.children
        ):
            crossed = True
        yield governor, below, crossed
        below = governor
    if below.dep_ == "ccomp" and below.head.i != below.i and not _clause_set_apart(below):
        yield below.head, below, crossed
    elif below.dep_ == "acl" and below.head.lemma_.lower() in ATTEMPT_NOUNS:
        yield below.head, below, crossed  # "helping them in an attempt to reach Seoul"


# Marks that end one clause of a sentence and begin another of its own.
CLAUSE_BREAKS = frozenset({";", "\u2014", "\u2013", "--"})


def _clause_set_apart(clause: Token) -> bool:
    """ "She was sentenced to five years; she does not know where her husband is", "I crossed the
    river near Manpo \u2014 it was not frozen yet": a clause that ends before a semicolon or a dash
    is a clause of its own, which the parser may hang on the verb after the mark as its object;
    what that verb says (its negation, its doubt) is not said of the clause before."""
    head = clause.head
    if clause.i > head.i:
        return False
    end = max(t.i for t in clause.subtree)
    return any(t.text in CLAUSE_BREAKS for t in clause.doc[end : head.i])


def conditional_for_particular(trigger: Token) -> bool:
    """ "If they are sent back, they will be jailed", "if Thai police hand the four to the
    Chinese, …", "once they are returned, the father will be jailed": an act in an "if" clause
    (or a "once" clause before a modal main clause) about particular people (a pronoun, a definite or
    counted phrase) is what looms for them (at_risk). A condition about whoever fits ("if a
    defector is caught, he is sent to a camp") states a rule; one in the past perfect ("if they
    had been caught") never came about; "asked if they were sent back" (an object clause, not an
    adverbial one) is a question; a reduced condition with no words of its own ("she feared she
    would be jailed if sent back") only frames the feared outcome."""
    if trigger.dep_ != "advcl" or not any(
        c.dep_ == "mark" and (c.lower_ == "if" or (c.lower_ == "once" and _future_main(trigger)))
        for c in trigger.children
    ):
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in trigger.children):
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "dobj"} for c in trigger.children):
        return False  # "he feared he would be jailed if sent back": a reduced condition of a feared outcome
    subject = subject_of(trigger)
    if subject is not None and subject.dep_ == "nsubjpass":
        return _particular(subject)
    # ("if the permit is missing one stamp": a thing, not people, is what the condition is about)
    return any(
        c.dep_ == "dobj" and _particular(c) and (c.tag_ == "PRP" or c.like_num or people_word(c))
        for c in trigger.children
    )


# Auxiliaries of a "whether" clause that put the act still to come: "whether to deport them",
# "whether he would be sent home".
PENDING_AUXILIARIES = frozenset({"to", "would", "will"})


def pending_fate(trigger: Token) -> bool:
    """ "Lao officials are deciding whether to deport them to China", "pending a decision on
    whether to return the two", "it was unclear whether he would be sent home": an act on
    particular people (a pronoun, a definite or counted phrase) in a "whether" clause that puts
    it still to come, by an infinitive or "would", is a fate being decided, so it looms
    (at_risk). "Whether they crossed or were caught" asks about the past; "whether defectors
    would be punished" asks about whoever."""
    table = token_table(trigger.doc)  # (asked of every trigger: its children read in the table)
    if not table.has_child(trigger.i, ("mark",), ("whether",)):
        return False
    if not table.has_child(trigger.i, ("aux",), PENDING_AUXILIARIES):
        return False
    subject = subject_of(trigger)
    if subject is not None and subject.dep_ == "nsubjpass":
        return _particular(subject)
    return any(c.dep_ == "dobj" and _particular(c) for c in trigger.children)


def _future_main(clause: Token) -> bool:
    """ "Once they are sent back, they will be jailed": the clause "once" opens is the condition
    of what a modal main clause says will come, as "if" is ("once they reached the border they
    were caught" told what happened)."""
    main = clause.head
    return main.i != clause.i and any(c.dep_ == "aux" and c.tag_ == "MD" for c in main.children)


def _faced_as_looming(trigger: Token, governor: Token) -> bool:
    """Is "faced" with an act a fear told in the past tense of reported speech? "The lawyer said
    the seven now faced almost certain deportation": a likelihood word on the act ("certain",
    "likely", "imminent") or "now" on the verb says the act was still to come when it was said;
    "he faced a public trial in March" says he had one."""
    likely = CERTAIN_TO | IMMINENT_WORDS
    return any(c.dep_ == "amod" and c.lower_ in likely for c in trigger.children) or any(
        c.dep_ == "advmod" and c.lower_ == "now" for c in governor.children
    )


def status_of(trigger: Token, cause_types: dict[int, str], event_type: str | None = None) -> str:
    """Decide the status of the event the trigger names.

    `cause_types` maps token indices of other triggers in the sentence to their event types: an
    escape governed by an arrest or a killing ("caught while crossing") was an attempt.
    `event_type`, when given, is the type the trigger names: only a flight is a movement an arrest
    can cut short ("a guard searched her while another officer went through her bags" is a search
    done, whatever its verb of going).
    """
    movement = _is_movement(trigger) and event_type in {None, "escape"}
    if conditional_for_particular(trigger) or pending_fate(trigger):
        return "at_risk"
    cues = lexicon().cues["status"]
    attempted, at_risk, suspected = (cues[k] for k in ("attempted", "at_risk", "suspected"))
    own = _cue_words(trigger) - {trigger.lemma_.lower(), trigger.lower_}
    if any(c.lemma_.lower() == "face" and c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children):
        return "at_risk"  # "… and face being deported": "face" taken for the passive's subject
    if any(c.lower_ in FACE_FORMS and c.dep_ in {"compound", "amod", "nmod"} for c in trigger.children):
        return "at_risk"  # "The nine face deportation": the verb taken for a noun modifying the act
    if _face_read_as_modifier(trigger):
        return "at_risk"  # "the two face months of interrogation", "all eight now face forced return"
    if own & MODALS_AT_RISK:
        if own & {"have"} and trigger.tag_ == "VBN":
            return "suspected"  # "he may have sought asylum": a guess about the past
        if _guess_about_now(trigger, own):
            return "suspected"  # "the four may be heading for a third country"
        if (
            event_type == "movement_restriction"
            and own & PERMISSION_DENIED
            and (own & {"not", "n't"} or _permitted_to_no_one(trigger))
        ):
            return "occurred"  # "she may not leave Hyesan without permission": a ban in force
        if (not own & {"not", "n't"} or _called_for(trigger)) and not (
            event_type == "movement_restriction" and _permission_limited(trigger, own)
        ):
            return "at_risk"  # ("could not be accounted for" says what happened)
    if own & SUSPECTED_ADVERBS:
        return "suspected"  # "allegedly sent back", "presumably fled"
    if own & {"likely", "possibly"} and (_simple_past(trigger) or _past_passive(trigger)):
        return "suspected"  # "the two most likely fled": a guess about the past, not a threat
    if trigger.lower_ in IMMINENT_WORDS or any(c.lower_ in IMMINENT_WORDS for c in trigger.children):
        believed = any(g.lemma_.lower() in suspected | AS_VERBS for g, _, _ in _path(trigger))
        return "suspected" if believed else "at_risk"  # "treating it as a possible defection"
    if hearsay(trigger):
        return "suspected"  # "residents are whispering that a smuggler was shot"
    if _belief_verb_read_as_noun(trigger):
        return "suspected"  # "his family suspects he left for China"
    if _belief_before_misread(trigger):
        return "suspected"  # "officials suspect the pair, both in their twenties, have fled"
    if thwarted_plan(trigger):
        return "attempted"  # "the group had hoped to reach Thailand"
    for governor, below, crossed in _path(trigger):
        words = _cue_words(governor)
        lemma = governor.lemma_.lower()
        if cause_types.get(governor.i) in {"arrest", "violence"} and movement:
            if _after(below):
                return "occurred"  # "police detained them after they crossed the Mekong": it was done
            return "attempted"
        if crossed:
            if _later_step_of_a_prospect(trigger, governor, at_risk):
                return "at_risk"  # "they will be held in Bangkok before being deported"
            continue
        if lemma in CERTAIN_TO and below.dep_ == "xcomp":
            return "at_risk"  # "he is sure to be handed back": it looms
        if lemma == "be" and below.dep_ == "xcomp" and _passive_infinitive(below):
            return "at_risk"  # "the three are to be sent back next week": it is arranged, still to come
        if below.dep_ == "xcomp" and _authority_plan(trigger, governor, below):
            return "at_risk"  # "police plan to question the man"
        if lemma in CERTAIN_TO and below.dep_ == "ccomp":
            return "suspected"  # "I am sure she is being beaten": believed, not seen
        # "tried to cross", "an attempt to flee": not "were tried in court".
        if lemma in attempted and (
            below.dep_ in {"xcomp", "acl", "pcomp", "compound"} or governor.pos_ == "NOUN"
        ):
            if _failure_told_on(governor):
                return "attempted"  # "in what is believed to have been a failed attempt to defect"
            if _suspected_above(governor, suspected) or _belief_over_clause(trigger, governor, suspected):
                return "suspected"  # "were suspected of attempting to flee": the attempt is believed
            return "attempted" if _failed(trigger, lemma, cause_types) else "occurred"
        # "viewing their disappearance as a defection": only what follows "as" is suspected.
        if words & suspected and lemma != "likely" and (lemma not in AS_VERBS or below.lower_ == "as"):
            return "suspected"
        if (
            lemma == "face"
            and (governor.tag_ == "VBD" or present_perfect(governor))
            and trigger.pos_ == "NOUN"
            and not _faced_as_looming(trigger, governor)
        ):
            return "occurred"  # "he faced a public trial": he had one
        if words & at_risk:
            # "they fear she has already been sent back": a feared past is suspected, not looming.
            return "suspected" if lemma in FEAR_VERBS and _perfect_or_past(trigger) else "at_risk"
    if any(c.lower_ == "failed" and c.dep_ in {"amod", "compound"} for c in trigger.children):
        return "attempted"
    if any(
        c.lower_ in {"attempt", "attempted"} and c.dep_ in {"amod", "compound"} for c in trigger.children
    ) or (trigger.head.lemma_.lower() == "attempt" and trigger.dep_ in {"compound", "amod"}):
        return "attempted" if _failed(trigger, "attempt", cause_types) else "occurred"
    # "traveling south … were stopped by police": a movement inside the people an arrest stopped
    # (not one the people had finished: "detained four men who crossed into Mongolia in May").
    if (
        movement
        and any(cause_types.get(a.i) == "arrest" for a in trigger.ancestors)
        and not _completed_before(trigger)
        and not _came_after(trigger, cause_types)
    ):
        return "attempted"
    if _doubted_description(trigger, suspected):
        return "suspected"  # "the man may have been an asylum seeker hoping to reach Seoul"
    # "fear being caught and sent home": a conjoined verb shares the status of the first.
    if (
        trigger.dep_ == "conj"
        and trigger.head.pos_ in {"VERB", "AUX"}
        and trigger.head.i != trigger.i
        and not _own_finite_clause(trigger)
    ):
        return status_of(trigger.head, cause_types, event_type)
    if _purpose_of_a_flight(trigger):
        return status_of(trigger.head, cause_types, event_type)
    return "occurred"


def _guess_about_now(trigger: Token, own: set[str]) -> bool:
    """ "The four may be heading for a third country", "the couple might be hiding in Yanji": a
    modal of possibility on a progressive tells a guess about what is going on now (suspected),
    as "may have fled" guesses about the past; "may be sent back" (a passive) is what looms."""
    return bool(own & GUESS_MODALS) and "be" in own and trigger.tag_ == "VBG"


def _past_passive(verb: Token) -> bool:
    """ "the others were most likely detained": a passive in the past tense."""
    return verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children)


# Words for what is still to come: cues of `at_risk` and modals of the future or of an obligation,
# not of an ability ("could barely stand before being shot" tells what happened).
PROSPECT_WORDS_EXCLUDED = frozenset({"can", "could"})


def _later_step_of_a_prospect(trigger: Token, governor: Token, at_risk: frozenset[str]) -> bool:
    """ "They will be held in Bangkok for a week before being deported", "once across the bridge
    they are likely to be kept in quarantine before being handed over for interrogation",
    "those caught must spend 40 days in quarantine before being questioned": what comes "before"
    (or "until") a step still to come is later still, so it looms too (at_risk). Only "before"
    and "until" stand between: what came "after" or "since" may be past ("he will be tried after
    he was caught")."""
    words = _cue_words(governor)
    if not words & (at_risk | MODALS_AT_RISK) - PROSPECT_WORDS_EXCLUDED or words & {"not", "n't", "never"}:
        return False
    marks = []
    for token in [trigger, *governors(trigger)]:
        if token.i == governor.i:
            break
        if token.lower_ in BOUNDARY_WORDS:
            marks.append(token.lower_)
        marks.extend(c.lower_ for c in token.children if c.dep_ == "mark" and c.lower_ in BOUNDARY_WORDS)
    else:
        return False
    return bool(marks) and set(marks) <= {"before", "until"}


# Words on an attempt noun that say it failed: "a failed attempt", "a foiled bid".
FAILED_ATTEMPT_WORDS = frozenset(
    {"failed", "unsuccessful", "foiled", "thwarted", "botched", "aborted", "abortive"}
)


def _failure_told_on(attempt: Token) -> bool:
    """ "In what is believed to have been a failed attempt to defect": an attempt noun the report
    itself calls failed was tried and failed; a belief above it is about what the act was meant
    to be, not about whether it failed."""
    return attempt.pos_ == "NOUN" and any(
        c.dep_ in {"amod", "compound"} and c.lower_ in FAILED_ATTEMPT_WORDS for c in attempt.children
    )


def _purpose_of_a_flight(trigger: Token) -> bool:
    """ "Officials believe they have run away to seek asylum": an infinitive of purpose on a verb
    of flight tells the same flight, and shares its status. An infinitive with a subject or a
    passive of its own tells what befell the one who fled ("tried to run across, only for him to
    be tackled"), not the flight's purpose."""
    children = list(trigger.children)
    return (
        trigger.dep_ == "advcl"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        and not any(c.dep_ in {"nsubj", "nsubjpass", "auxpass", "mark"} for c in children)
        and _is_movement(trigger.head)
        and trigger.head.i != trigger.i
    )


# Units a length of time is counted in ("for several weeks", "for years").
TIME_UNITS = frozenset({"day", "week", "month", "year", "decade"})
# Words that may stand between "face" and the act it governs: "face forced return", "face
# months of interrogation", "face almost certain deportation".
FACED_ACT_WORDS = frozenset({"of", "forced", "almost", "near"})
# Dependents by which a verb "face" parsed as one holds what is faced.
FACE_OBJECT_DEPS = frozenset({"dobj", "attr", "xcomp", "ccomp", "prep", "nsubjpass"})
# Words before "face" that make it the noun: "his face", "in the face of".
FACE_NOUN_WORDS = frozenset({"the", "a", "his", "her", "their", "its", "my", "our", "your"})


def _face_read_as_modifier(trigger: Token) -> bool:
    """ "The two face months of interrogation", "all eight now face forced return": the parser may
    take the verb "face" for a noun ("face months") or a modifier of a participle ("face forced"),
    so the act hangs below a word that is not "face". "Face" a few words before the act, with
    only a length of time, "of", "forced" or likelihood words between, governs it (at_risk).
    "His face", "the face of" are the noun."""
    doc = trigger.doc
    face = face_before(trigger, within=5)
    if face is None or any(c.dep_ in FACE_OBJECT_DEPS for c in face.children):
        return False  # (a verb "face" with its object is read by `_path`)
    if face.i > 0 and doc[face.i - 1].lower_ in FACE_NOUN_WORDS:
        return False
    between = doc[face.i + 1 : trigger.i]
    return all(
        t.pos_ in {"DET", "ADJ", "NUM", "ADV"}
        or t.lower_ in FACED_ACT_WORDS
        or t.lemma_.lower() in TIME_UNITS
        or t.lower_ in IMMINENT_WORDS | CERTAIN_TO
        for t in between
    ) and not (between and between[0].lower_ == "of")


def _passive_infinitive(verb: Token) -> bool:
    """ "to be sent", "to be executed": an infinitive of a passive verb. After a form of "be"
    ("they are to be sent back next week", "he is to be tried in May") it says what is arranged
    for its subject and has not happened yet."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(
        c.dep_ == "auxpass" and c.lower_ == "be" for c in children
    )


# Nominative pronouns: a clause they open right after a word has a subject of its own.
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "we", "i"})


def _belief_verb_read_as_noun(trigger: Token) -> bool:
    """ "His family suspects he left for China", "police on both sides of the Yalu suspect they
    fled": the parser may take the verb of belief for a noun ("the department suspects") and the
    clause it governs for a relative clause on it. A relative clause that opens with a subject
    pronoun right after "suspect(s)" or "believe(s)" is what is believed (suspected); a relative
    clause on the noun "suspects" has a gap and no verb of flight ("the suspects he named")."""
    head = trigger.head
    if trigger.dep_ != "relcl" or head.pos_ != "NOUN" or head.lemma_.lower() not in {"suspect", "believe"}:
        return False
    if not _is_movement(trigger) and not any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        return False  # ("the suspects they arrested": the object is the noun itself)
    after = trigger.doc[head.i + 1] if head.i + 1 < len(trigger.doc) else None
    return (
        after is not None
        and after.lower_ in SUBJECT_PRONOUNS
        and after.dep_ == "nsubj"
        and after.head.i == trigger.i
    )


# Verbs of belief whose object phrase the parser may take for their object instead of the
# subject of the clause believed ("officials suspect the pair have fled").
BELIEF_VERBS = frozenset({"suspect", "believe", "think"})
# Tags of a finite verb of belief in the present or past ("suspect", "suspects", "believed").
FINITE_TAGS = frozenset({"VBP", "VBZ", "VBD"})
# Parts of speech that can open the noun phrase a believed clause starts with.
PHRASE_OPENERS = frozenset({"DET", "NUM", "PRON", "PROPN", "NOUN", "ADJ"})


def _belief_before_misread(trigger: Token) -> bool:
    """ "Officials suspect the pair, both in their twenties, have fled", "residents believe the
    three defected last week": a finite verb of belief right before a noun phrase and the past act
    that phrase did is a belief about that act (suspected), even when the parser makes the phrase
    the belief verb's object and hangs the act elsewhere (beside it, or on the phrase as a
    modifier), out of reach of the path up from the trigger. A relative clause on the phrase ("police
    believe the man who fled in May was caught") tells something else, and is left alone."""
    if trigger.pos_ not in {"VERB", "AUX"} or trigger.dep_ == "relcl":
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children)
    if not (trigger.tag_ == "VBD" or (trigger.tag_ == "VBN" and perfect)):
        return False
    if trigger.dep_ == "acl" and trigger.tag_ != "VBD":
        return False  # ("officials believe the men detained in May were …": a reduced relative)
    sentence = sentence_of(trigger)
    for i in range(trigger.i - 1, sentence.start - 1, -1):
        word = trigger.doc[i]
        if word.text in CLAUSE_BREAKS:
            return False
        if word.lemma_.lower() in BELIEF_VERBS and word.pos_ == "VERB" and word.tag_ in FINITE_TAGS:
            return _believes_the_phrase(word, trigger)
        if _finite_verb_of_its_own(word, sentence.start):
            return False  # another finite verb between them, not in a relative clause: another clause
    return False


def _finite_verb_of_its_own(word: Token, start: int) -> bool:
    """A finite verb that is not an auxiliary and not inside a relative clause."""
    if word.pos_ not in {"VERB", "AUX"} or word.tag_ not in FINITE_TAGS or word.dep_ in {"aux", "auxpass"}:
        return False
    return not any(a.dep_ == "relcl" for a in (word, *word.ancestors) if a.i > start)


def _believes_the_phrase(belief: Token, trigger: Token) -> bool:
    """Whether the verb of belief, not negated, opens the noun phrase (after an optional "that")
    that runs up to the trigger."""
    if any(c.dep_ == "neg" for c in belief.children):
        return False  # "police do not believe the pair fled"
    start = belief.i + 1
    if start < trigger.i and belief.doc[start].lower_ == "that":
        start += 1
    return start < trigger.i and belief.doc[start].pos_ in PHRASE_OPENERS


# Words that deny an ability: "unable to verify", "failed to confirm".
UNABLE_WORDS = frozenset({"unable", "fail", "impossible"})
# Words by which a denial joins what it doubts: "…, but no one could confirm it".
DOUBTING_JOINS = frozenset({"but", "though", "although", "yet"})


def hearsay(trigger: Token) -> bool:
    """ "Residents are whispering that a smuggler was shot", "rumours are spreading that the family
    fled", "traders are circulating reports that two officers were arrested", "we could not verify
    reports of a hanging in the spring": an act told only as what rumour says, or as a report no one
    could confirm, is believed, not known (suspected). A report told plainly ("a rights group
    reported that …", "credible reports that …") keeps its act."""
    cues = lexicon().cues
    rumour, reports = cues["hearsay_words"], cues["report_nouns"]
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.lower_ == "of":
        holder = trigger.head.head  # "rumours of a purge", "reports of a second execution"
        lemma = holder.lemma_.lower()
        if lemma in rumour or (lemma in reports and _passed_on_or_unconfirmed(holder)):
            return True
    head = clause_head(trigger)
    if _according_to_rumour(head, rumour):
        return True  # "he has been sent to a farm, according to rumours among officials"
    if head.dep_ in {"ccomp", "acl"} and head.head.i != head.i:
        above = head.head
        lemma = above.lemma_.lower()
        if lemma in rumour:
            return True  # "whispering that …", "passing around rumours that …"
        if lemma in reports and _passed_on_or_unconfirmed(above):
            return True
        for subject in (c for c in above.children if c.dep_ in {"nsubj", "nsubjpass"}):
            if subject.lemma_.lower() in rumour:
                return True  # "rumours are spreading that …"
            if subject.lower_ == "word" and lemma == "be":
                return True  # "word is that …"
            if subject.lemma_.lower() in reports and lemma in cues["spreading_verbs"]:
                return True  # "reports are circulating that …"
    return _unconfirmed_beside(trigger)


# Adjectives that say a report is not confirmed.
UNCONFIRMED_WORDS = frozenset({"unconfirmed", "unverified", "uncorroborated"})


def _called_unconfirmed(report: Token) -> bool:
    """ "unconfirmed reports", "an unverified account": a report the text itself calls unconfirmed."""
    return any(c.dep_ == "amod" and c.lower_ in UNCONFIRMED_WORDS for c in report.children)


def _according_to_rumour(head: Token, rumour: list[str]) -> bool:
    """ "A vice premier has been sent to a farm, according to rumours circulating in Pyongyang",
    "…, according to unconfirmed reports": a clause whose source is rumour, or a report called
    unconfirmed, tells what is believed. ("According to a source" keeps its act.)"""
    for according in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "according"):
        for source in (
            t for to in according.children if to.lower_ == "to" for t in to.children if t.dep_ == "pobj"
        ):
            if source.lemma_.lower() in rumour or (
                source.lemma_.lower() in lexicon().cues["report_nouns"] and _called_unconfirmed(source)
            ):
                return True
    return False


def _passed_on_or_unconfirmed(noun: Token) -> bool:
    """A report that is passed around ("circulating reports") or that no one could confirm
    ("unable to verify reports", "could not confirm the reports")."""
    cues = lexicon().cues
    if _called_unconfirmed(noun):
        return True  # "received unconfirmed reports that one of the seven died"
    verb = noun.head
    if noun.dep_ in {"dobj", "nsubj"} and verb.lemma_.lower() in cues["spreading_verbs"]:
        return True
    return (
        noun.dep_ in {"dobj", "nsubjpass"}
        and verb.lemma_.lower() in cues["confirming_verbs"]
        and _denied(verb)
    )


def _denied(verb: Token) -> bool:
    """ "could not confirm", "unable to verify", "had not been able to confirm", "no one could confirm"."""
    for word in [verb, *list(verb.ancestors)[:2]]:
        if any(c.dep_ == "neg" for c in word.children) or word.lemma_.lower() in UNABLE_WORDS:
            return True
        if word.pos_ not in {"ADJ", "AUX", "VERB"}:
            break
    subject = subject_of(verb)
    return subject is not None and (
        subject.lower_ in {"nobody", "no-one"} or any(c.lower_ == "no" for c in subject.children)
    )


def _unconfirmed_beside(trigger: Token) -> bool:
    """ "People said he had been sent to a camp, but no one could confirm it", "…, though the
    claims could not be confirmed": a denied confirmation of "it" or of the claims, joined by "but"
    or "though" to the clause that tells the act, makes the act believed, not known."""
    cues = lexicon().cues
    doc = trigger.doc
    table = token_table(doc)
    for i in range(table.sent_start[trigger.i], table.sent_end[trigger.i]):
        if table.lemma[i] not in cues["confirming_verbs"]:
            continue
        verb = doc[i]
        if not _denied(verb):
            continue
        what = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
        if what is None or not (what.lower_ in {"it", "this"} or what.lemma_.lower() in cues["report_nouns"]):
            continue  # ("could not confirm whether they reached China" asks about its own content)
        clause = clause_head(verb)
        if trigger.i in {t.i for t in clause.subtree}:
            continue
        joined_by_but = clause.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in DOUBTING_JOINS for c in clause.head.children
        )
        joined_by_though = clause.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in DOUBTING_JOINS for c in clause.children
        )
        if (joined_by_but or joined_by_though) and trigger.i in {t.i for t in clause.head.subtree}:
            return True
    return False


# Verbs of a hope or a plan for a journey, by their past participles (the lemmatizer reads "hoped"
# as "hop"). Not a bare intention: "they told investigators they had intended to go to the South"
# says what they meant, not that they set out.
INTENT_PARTICIPLES = frozenset({"hoped", "planned"})
# Verbs of going that a plan can name besides those of `MOVEMENT_VERBS`.
GOAL_VERBS = frozenset({"reach", "get", "board", "sail", "enter", "continue"})


def thwarted_plan(trigger: Token) -> bool:
    """ "The group had set off from Kunming and had hoped to reach Thailand", "they had planned to
    cross into Laos": a journey named as what people had hoped or planned, in the past perfect, is
    one the report tells as cut short (the past perfect of intent says the plan was overtaken). The
    simple past ("they hoped to reach Seoul") and plans of a state are other matters."""
    lemma = trigger.lemma_.lower()
    if trigger.dep_ != "xcomp" or (lemma not in MOVEMENT_VERBS and lemma not in GOAL_VERBS):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    intent = trigger.head
    if intent.lower_ in INTENT_PARTICIPLES and any(
        c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in intent.children
    ):
        return True
    return _overtaken_in_the_past(intent)


# Forms of "be" in the past, which make "about to" and "planning to" what was under way then.
PAST_BE = frozenset({"was", "were"})


def _overtaken_in_the_past(intent: Token) -> bool:
    """ "Police detained them as the group was about to board a bus toward the border", "officials
    learned that a crew was planning to sail to the South", "were caught as they prepared to cross
    into Laos": a journey told as imminent or in preparation at a moment in the past is one the
    report tells as overtaken by what came then (tried, not done). In the present ("they are about to leave") it is still to come."""
    if intent.lower_ == "about" and intent.dep_ == "acomp":
        return intent.head.lower_ in PAST_BE
    if intent.lower_ == "prepared" and intent.tag_ == "VBD" and intent.dep_ == "advcl":
        return _timing_another_act(intent)
    return intent.lower_ in PREPARING_FORMS and any(
        c.dep_ == "aux" and c.lower_ in PAST_BE for c in intent.children
    )


# Progressive forms of a plan under way ("the crew was planning to sail", "were preparing to cross").
PREPARING_FORMS = frozenset({"planning", "preparing"})


def _timing_another_act(clause: Token) -> bool:
    """ "Police caught them at a bus station as they prepared to leave for the Lao border": a
    clause under "as", "when" or "while" that tells the moment another act was done; the
    preparation was under way then and was overtaken by it."""
    return any(c.dep_ in {"mark", "advmod"} and c.lower_ in WHILE_MARKS for c in clause.children)


def _own_finite_clause(verb: Token) -> bool:
    """ "The group had planned to cross but were arrested before they could": a conjunct after
    "but" with its own tensed auxiliary states a fact of its own; it does not share the plan."""
    contrast = any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in verb.head.children if c.i < verb.i)
    tensed = any(c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBD", "VBZ", "VBP"} for c in verb.children)
    return contrast and tensed


# Subordinators under which an arrest tells the moment a journey was stopped.
WHILE_MARKS = frozenset({"when", "as", "while", "before"})


def cut_short(movement: Token) -> bool:
    """ "The group had been en route to Seoul at the time of their arrest", "they were heading for
    Laos when police caught them": a journey told with the arrest that stopped it, in its own
    clause, was tried and failed."""
    failure = lexicon().cues["failure_words"]
    head = clause_head(movement)
    words = [*movement.children, *(head.children if head.i != movement.i else ())]
    for child in words:
        marked = any(c.dep_ in {"mark", "advmod"} and c.lower_ in WHILE_MARKS for c in child.children)
        if child.dep_ == "advcl" and marked and child.lemma_.lower() in failure:
            return True
        if child.dep_ == "prep" and child.lower_ == "before" and _stopped_in(child, failure):
            return True  # "had travelled from Kunming before being stopped at a checkpoint"
        if child.dep_ == "prep" and child.lower_ in {"at", "upon", "on"}:
            words = [t for t in child.subtree]
            if any(t.lower_ == "time" for t in words) and any(
                t.lemma_.lower() in failure and t.pos_ == "NOUN" for t in words
            ):
                return True
    return False


def _stopped_in(before: Token, failure: list[str]) -> bool:
    """ "before being stopped", "before being caught by a patrol": a passive gerund of a verb of
    failure under "before" (the parser takes "before" for a preposition there)."""
    return any(
        c.dep_ == "pcomp"
        and c.lemma_.lower() in failure
        and any(a.dep_ == "auxpass" and a.lower_ == "being" for a in c.children)
        for c in before.children
    )


# Nouns for what is said without proof: what they say happened is believed, not known.
CLAIM_NOUNS = frozenset({"claim", "allegation"})


def _doubted_description(trigger: Token, suspected: frozenset[str]) -> bool:
    """The trigger's clause describes someone in a copula that only guesses ("the man may have been
    an asylum seeker hoping to reach Seoul", "he is believed to be a soldier who fled"), or is
    the content of a claim ("rejected claims that China had sent them back")."""
    head = clause_head(trigger)
    if _claimed_in_order(trigger):
        return True
    if head.dep_ in {"acl", "ccomp"} and head.head.pos_ == "NOUN":
        noun = head.head.lemma_.lower()
        if noun in CLAIM_NOUNS:
            return True
        future = any(c.dep_ == "aux" and c.lower_ in MODALS_AT_RISK for c in head.children)
        if noun in {"fear", "suspicion"} and not future:
            return True  # "raising fears that a wave of forced returns is under way"
    that = next((c for c in head.children if c.lower_ == "that" and c.i < head.i), None)
    if that is not None and head.dep_ in {"acl", "relcl", "ccomp"}:
        # (the parser may hang "claims by rights groups that …" on the groups)
        before = head.doc[max(sentence_of(head).start, that.i - 12) : that.i]
        if any(t.pos_ == "NOUN" and t.lemma_.lower() in CLAIM_NOUNS for t in before):
            return True
    if head.dep_ not in {"acl", "relcl"} or head.head.dep_ != "attr":
        return False
    copula = head.head.head
    words = _cue_words(copula)
    return bool(words & MODALS_AT_RISK and "have" in words) or bool(words & suspected)


def _claimed_in_order(trigger: Token) -> bool:
    """ "rejected claims by rights groups and others that Beijing forcibly returned escapees": the
    words in order, a claim noun, then "that", then the act, when the parser loses the clause."""
    doc, start = trigger.doc, sentence_of(trigger).start
    that = next((t for t in reversed(doc[max(start, trigger.i - 6) : trigger.i]) if t.lower_ == "that"), None)
    if that is None or any(t.pos_ in {"VERB", "AUX"} and t.dep_ == "ROOT" for t in doc[that.i : trigger.i]):
        return False
    before = doc[max(start, that.i - 12) : that.i]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in CLAIM_NOUNS for t in before)


def _came_after(trigger: Token, cause_types: dict[int, str]) -> bool:
    """Between the movement and the arrest above it stands an "after" ("arrested after it came out
    that a relative had defected", "detained them after they crossed"): the movement came first."""
    for token in [trigger, *trigger.ancestors]:
        if cause_types.get(token.i) == "arrest":
            return False
        if _after(token):
            return True
    return False


def _after(clause: Token) -> bool:
    """The clause is under "after" or "following": it tells what came first. So is a measure of
    time that "after" follows ("caught in Jilin days after crossing the Yalu", "weeks after
    fleeing"): the parser hangs "after" on the noun of time."""
    return (
        clause.lower_ in {"after", "following"}
        or any(c.dep_ == "mark" and c.lower_ in {"after", "following"} for c in clause.children)
        or (
            clause.dep_ == "npadvmod"
            and any(c.dep_ == "prep" and c.lower_ in {"after", "following"} for c in clause.children)
        )
    )


def _suspected_above(word: Token, suspected: frozenset[str]) -> bool:
    """A belief word above an attempt, in its clause: "the seven were suspected of attempting to
    escape" (the attempt is what they are suspected of, not a known fact). A verb of viewing
    counts only over what follows its "as": "police are treating his absence as a possible attempt
    to defect" (the attempt is how they view it)."""
    below = word
    for governor in governors(word):
        lemma = governor.lemma_.lower()
        if lemma in suspected and (lemma not in AS_VERBS or below.lower_ == "as"):
            return True
        below = governor
    return False


def _belief_over_clause(trigger: Token, attempt: Token, suspected: frozenset[str]) -> bool:
    """A verb of belief whose clause tells an attempt going on now: "managers believe he may be
    trying to reach Seoul", "activists suspect the two are seeking to defect" (whether they are
    fleeing at all is what is believed, not a known fact). The belief is the step `_path` takes
    above the clause head. Not an attempt told in the past ("police believe the eight were trying
    to reach Thailand" when they were caught): the belief there is only about where they went."""
    if attempt.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in PAST_BE for c in attempt.children):
        return False
    for governor, below, crossed in _path(trigger):
        lemma = governor.lemma_.lower()
        if not crossed and below.dep_ == "ccomp" and lemma in suspected and lemma not in AS_VERBS:
            return True
    return False


def _completed_before(verb: Token) -> bool:
    """ "police detained four men who crossed into Mongolia last month", "arrested a worker who had
    fled a logging camp": a relative clause in the simple past or past perfect tells a movement
    the people finished before they were caught (it failed only when told as going on: "who
    were crossing the river", or as tried: "who tried to cross")."""
    if verb.dep_ != "relcl":
        return False
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBD" and not auxiliaries:
        return True
    # ("who had walked across": the tagger may take the participle after "had" for a past tense)
    return verb.tag_ in {"VBN", "VBD"} and [a.lower_ for a in auxiliaries] == ["had"]


def _failed(trigger: Token, cue: str, cause_types: dict[int, str]) -> bool:
    """An attempt is 'attempted' (tried and failed) when the sentence says it failed: someone
    caught or stopped them. "Tried to" implies it; "began a defection attempt" does not."""
    if cue not in ATTEMPT_NOUNS:
        return True
    if any(t in {"arrest", "violence"} for t in cause_types.values()):
        return True
    failure = lexicon().cues["failure_words"]
    return any(t.lemma_.lower() in failure for t in sentence_of(trigger))


def _simple_past(verb: Token) -> bool:
    """A verb in the simple past: "they fled", and a participle with a subject but no auxiliary,
    which the tagger took for one ("the pair most likely fled" tagged as a participle)."""
    if verb.tag_ == "VBD":
        return True
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)
    )


def _perfect_or_past(verb: Token) -> bool:
    """ "she fled", "has been sent back", "were returned" (a passive in the past tense)."""
    return verb.tag_ == "VBD" or any(
        (c.dep_ == "aux" and c.lemma_ == "have") or (c.dep_ == "auxpass" and c.tag_ == "VBD")
        for c in verb.children
    )


def _is_movement(trigger: Token) -> bool:
    return trigger.lemma_.lower() in MOVEMENT_VERBS


# The verbs of going that tell a crossing or a flight (a movement an arrest can cut short).
MOVEMENT_VERBS = frozenset(
    {
        "defect",
        "flee",
        "escape",
        "cross",
        "transit",
        "in",
        "leave",
        "move",
        "travel",
        "head",
        "wade",
        "wad",  # (the lemmatizer's lemma of "wading")
        "swim",
        "come",
        "go",
        "walk",
        "run",
        "sail",
        "slip",
        "drift",
        "sneak",
        "climb",
        "crawl",
        "paddle",
        "row",
        "trek",
        "hike",
        "make",
    }
)


def is_negated(trigger: Token, phrase: range = range(0)) -> bool:
    """'was not arrested', 'none of them was punished'; negation words inside the trigger phrase
    itself ('has not been seen since') are part of what it names."""
    negation = lexicon().cues["negation"]
    if _called_for(trigger):
        return False  # "China should not send them back": a call against what looms (at_risk)
    if any(c.dep_ == "neg" and c.i not in phrase for c in trigger.children):
        return True
    if _denied_with_an_alternative(trigger):
        return True
    subject = subject_of(clause_head(trigger))
    if (
        subject is not None
        and subject.i not in phrase  # "nobody has seen him since" names the event itself
        and (
            # ("neither the soldiers nor the smugglers left": both are denied)
            subject.lower_ in {"none", "nobody", "no-one", "neither"}
            or any(c.lower_ in {"no", "neither"} for c in subject.children)
        )
    ):
        return True
    if trigger.dep_ == "acl" and trigger.tag_ == "VBG" and trigger.head.i != trigger.i:
        # "the boats were not manned by people fleeing the country": the people are denied
        holder = clause_head(trigger.head)
        if any(c.dep_ == "neg" for c in holder.children):
            return True
    for governor, below, crossed in _path(trigger):
        if crossed:
            break
        if _ended_in_an_outcome(governor, below, negation):
            continue
        if _not_eased(governor, below):
            return False
        denied = any(c.dep_ == "neg" and c.i not in phrase for c in governor.children)
        if (
            governor.lemma_.lower() in negation
            and not _outcome(below)
            and not _purpose_of_a_stop(governor, below)
        ):
            # "did not prevent the guards from beating her": a denied prevention is no denial
            return not denied
        if denied:
            return True
    return False


# Verbs of a measure slackening ("let up", "ease", "relent"): denied, they say it goes on.
EASING_VERBS = frozenset({"let", "ease", "relent", "abate", "slacken", "subside"})


def _not_eased(governor: Token, below: Token) -> bool:
    """ "The campaign against phone calls has not let up", "the crackdown has not eased": a
    measure that is the subject of a denied verb of slackening goes on, so the denial says it is
    in force ("police have not searched the house" is still a denial; "let" only with "up")."""
    if below.dep_ != "nsubj" or governor.lemma_.lower() not in EASING_VERBS:
        return False
    if governor.lemma_.lower() == "let" and not any(
        c.dep_ == "prt" and c.lower_ == "up" for c in governor.children
    ):
        return False
    return any(c.dep_ == "neg" for c in governor.children)


# Conjunctions that join what one denial covers: "not questioned or detained", "nor".
DENIED_ALTERNATIVES = frozenset({"or", "nor"})


def _denied_with_an_alternative(trigger: Token) -> bool:
    """ "His sister has not been questioned or detained": a verb joined by "or" to a denied verb,
    with no subject or helper of its own, is denied with it ("was not arrested and was released
    on Monday" has a helper of its own, and tells the release)."""
    first = trigger.head
    if trigger.dep_ != "conj" or first.i == trigger.i or first.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trigger.children):
        return False
    joined_by_or = any(
        c.dep_ == "cc" and c.lower_ in DENIED_ALTERNATIVES and first.i < c.i < trigger.i
        for c in first.children
    )
    return joined_by_or and any(c.dep_ == "neg" for c in first.children)


def _ended_in_an_outcome(governor: Token, below: Token, negation: Collection[str]) -> bool:
    """ "A house-to-house search in the second week ended with a dozen arrests", "a raid on the
    market ended in the detention of four traders": an act that is the subject of a verb of
    ending with what it ended in took place; only an object of the verb is what was stopped
    ("police ended the practice"). ("once the inspection ends": an end still ahead, told of an
    act the report tells elsewhere, is no telling of it.)"""
    return (
        below.dep_ == "nsubj"
        and governor.lemma_.lower() in negation
        and governor.pos_ in {"VERB", "AUX"}
        and any(_outcome(c) for c in governor.children)
    )


# Prepositions after a verb of ending that name what the thing ended in, not what was stopped.
OUTCOME_PREPOSITIONS = frozenset({"in", "with"})


def _outcome(below: Token) -> bool:
    """ "a mass trial that ended in the shooting of two smugglers", "the raid ended with the
    arrest of a broker": what something ended in happened; "ended the practice of shooting
    smugglers" stops it."""
    return below.dep_ == "prep" and below.lower_ in OUTCOME_PREPOSITIONS


def _purpose_of_a_stop(governor: Token, below: Token) -> bool:
    """ "Guards have been stopping buses to check passengers' papers", "police stopped young
    people in the street to search their bags": a verb of stopping with its own object, and an
    infinitive after that object, tells why the people or vehicles were halted (the check is what
    was done); "stopped checking phones" or "stopped them from crossing" is what was stopped."""
    return (
        below.dep_ in {"advcl", "xcomp"}
        and below.pos_ in {"VERB", "AUX"}
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in below.children)
        and any(c.dep_ == "dobj" and c.i < below.i for c in governor.children)
    )


def _called_for(verb: Token) -> bool:
    """A negated verb under "should", "must" or "ought": what someone urges not to happen (an
    appeal by a verb, "urged Laos not to deport the seven", is `appeal_against`)."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    negated = any(c.dep_ == "neg" for c in verb.children)
    return negated and bool(auxiliaries & {"should", "must", "ought"})


# Marks that open a condition or an open question ("if returned", "whether they were caught").
_CONDITION_MARKS = frozenset({"if", "unless", "whether"})
# Modals under which a noun is a feared consequence ("they could face serious punishment").
_FEARED_MODALS = frozenset({"could", "would", "might", "may"})


def _precaution_against(verb: Token) -> bool:
    """Whether the verb's clause is opened by "in case" or "lest", what someone guards against:
    "traders hide their phones in case their homes are raided", "she kept quiet lest she be
    arrested" (the parser hangs "in case" on the verb as marks, as a preposition, or makes the
    clause hang on "case")."""
    kids = list(verb.children)
    if any(c.dep_ == "mark" and c.lower_ == "lest" for c in kids):
        return True
    # (the words open the verb's own clause, before it: "detained her in case she fled" hangs
    # them on the arrest, whose clause they follow; "in case of unrest" names no clause)
    doc = verb.doc
    if any(
        c.lower_ == "in"
        and c.i < verb.i
        and doc[c.i + 1].lower_ == "case"
        and (c.i + 2 >= len(doc) or doc[c.i + 2].lower_ != "of")
        for c in kids
        if c.dep_ in {"mark", "prep"}
    ):
        return True
    head = verb.head
    return verb.dep_ in {"acl", "relcl"} and head.lower_ == "case" and head.head.lower_ == "in"


def is_no_event(
    trigger: Token, measure: bool = False, charge_tells: bool = False, event_type: str | None = None
) -> bool:
    """Background, hypothesis or accusation rather than an event that happened or looms.

    `measure`: the trigger names a measure (a search, a restriction, a crackdown), which an order
    to carry it out already is ("guards were told to shoot on sight"). `charge_tells`: the act
    a charge names is told as one (`counted_people_carried`), so the charge does not undo it.
    `event_type`: the type the trigger names (a search told after a measure is its practice)."""
    cues = lexicon().cues
    generic_modals = cues["generic_modals"]
    accusation = cues["accusation"]
    chain = [trigger, *governors(trigger)]
    table = token_table(trigger.doc)  # (the children's words read in the Doc's table, not as Tokens)
    for token in chain:
        # "defectors can face prison" is a rule; "the nine can face prison" looms (at_risk).
        if table.has_child(token.i, ("aux",), generic_modals) and not (
            _particular(subject_of(clause_head(token)))
            or any(c.dep_ == "dobj" and _particular(c) for c in token.children)
        ):
            return True
        # "If returned to North Korea, they would…": a condition, not an event; so is the second
        # of two verbs under one "whether" ("whether they made it across or were caught").
        # ("whether the person met them, attended a church or tried to leave": the first of a list)
        first = (_earlier_conjuncts(token) or [token])[-1]
        if table.has_child(token.i, ("mark",), _CONDITION_MARKS) or table.has_child(
            first.i, ("mark",), _CONDITION_MARKS
        ):
            # ("If they are sent back, they will be jailed": what looms for people in the story)
            # ("while officials decide whether to deport them": a fate still being decided looms)
            return (
                measure
                or token.i != trigger.i
                or not (conditional_for_particular(trigger) or pending_fate(trigger))
            )
    # "burying cash in case their homes are searched", "kept quiet lest she be caught": a
    # precaution against an act that has not happened
    if any(_precaution_against(token) for token in chain):
        return True
    # "sentenced on charges of assisting defections": the content of a charge, not an event
    # ("in charge of" is an idiom for responsibility).
    if not charge_tells and any(
        a.lemma_.lower() in accusation and not _charge_of_a_duty(a) for a in _content_ancestors(trigger)
    ):
        return True
    # A noun under a conditional modal is a feared consequence ("they could face serious
    # punishment"), except for people named by what the report told happened to them ("those
    # arrested could be undergoing torture") or a penalty faced by a person the story is about
    # ("he could face execution", "the two smugglers may face torture"): for them it looms.
    if trigger.pos_ == "NOUN" and any(table.has_child(t.i, ("aux",), _FEARED_MODALS) for t in chain):
        subject = subject_of(clause_head(trigger))
        return not (_told_people(subject) or _penalty_faced_by_someone_told(trigger, subject))
    # A description of what an institution does: "the guard that controls the movement of people".
    head = chain[-1]
    if (
        head.dep_ == "relcl"
        and head.tag_ in {"VBZ", "VBP"}
        and not past_read_as_present(head)  # "men who swam across": a past misread
        and not any(c.dep_ == "aux" for c in head.children)
        and any(c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in head.children)
        and head.lemma_.lower()
        not in {"remain", "be", "stay", "face"}  # "who remain in detention": a state now
    ):
        return True
    if head.i == trigger.i and _befalls_whoever_is(head):
        return True  # (the act itself: "a physician who is believed to have been detained" is a belief)
    if measure and _time_reference(chain[-1]) and not _campaign_opened_on_a_date(trigger):
        return True
    if _in_such_places(trigger):
        return True
    if _statistic(trigger) or _past_risk(trigger) or _intended(trigger, cues):
        return True
    if _condition_of_a_future(chain[-1]) or _generic_people_face(trigger) or _whoever_may(chain[-1]):
        return True
    if _standing_risk(chain):
        return True
    if not measure and _mandate(trigger, cues):
        return True
    if trigger.pos_ == "NOUN" and _names_a_kind(trigger, cues, measure):
        return True
    if trigger.dep_ == "amod" and _kind_of_case(trigger):
        return True
    if (
        (not measure and _is_purpose_or_order(trigger, cues) and not thwarted_plan(trigger))
        or (
            _habitual(trigger, cues)
            and not (
                measure
                and (
                    _in_force_now(trigger, cues)
                    or _in_force_this_week(trigger)
                    or _rule_told_to_them(trigger)
                    or _particular_act_described(trigger)
                    or (event_type in PRACTICE_TYPES and practice_of_a_told_measure(trigger))
                    or (event_type in PRACTICE_TYPES and _practice_of_a_named_force(trigger))
                )
            )
        )
        or _generic_subject(trigger, cues)
        or _people_named_by_event(trigger)
        or _general_case(chain[-1])
    ):
        return True
    # "they had planned the escape": what was planned is not yet an event (a crackdown that was
    # ordered is one: measures are what orders make).
    if (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower() in {"plan", "prepare", "intend", "want", "hope", "attempt"}
    ):
        return True
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lemma_.lower() == "plan" for c in trigger.children
    ):
        return True  # "reporting a planned defection"
    # "sentenced for assisting defections": a kind of act someone helped with, not one event.
    if (
        trigger.tag_ == "NNS"
        and trigger.dep_ == "dobj"
        and trigger.head.lemma_.lower()
        in {"assist", "help", "aid", "facilitate", "arrange", "organize", "organise"}
        and not any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children)
    ):
        return True
    if _offence_of_a_penalty(trigger):
        return True
    # "leaving the country without permission is punishable": the act as a topic, not an event.
    if trigger.tag_ == "VBG" and trigger.dep_ in {"csubj", "nsubj", "csubjpass"} and not _phase_told(trigger):
        return True
    habitual = cues["habitual_words"]
    # "are routinely detained and tortured": the adverb of the first verb covers the second.
    conjoined = [first for t in chain if not own_subject(t) for first in _earlier_conjuncts(t)]
    if any(table.has_child(t.i, ("advmod",), habitual) for t in chain + conjoined):
        return True
    ongoing = cues["ongoing_words"]
    if any(table.has_child(t.i, ("advmod",), ongoing) and _present(t) for t in chain):
        return True  # "executions have continuously been taking place": a trend, not one event
    # A bare plural as subject of a simple present states a general truth: "defectors who are
    # caught face punishment".
    root = sentence_of(trigger).root
    reporting = root.lemma_.lower() in cues["reporting_verbs"]  # "rights groups estimate that…"
    now = any(c.lower_ in cues["now_words"] for c in root.children)  # "residents are now banned…"
    plan = _authority_plan(trigger, root, trigger)  # "police plan to question him": what is to come
    # (a measure's practice told after the measure is no general truth: "Checkpoints went up on
    # every road. Barracks and lockers are searched every night")
    practice = event_type in PRACTICE_TYPES and (
        practice_of_a_told_measure(trigger) or _practice_of_a_named_force(trigger)
    )
    in_force = event_type == "movement_restriction" and (
        _prohibition_in_force(chain[-1]) or _in_force_this_week(trigger)
    )
    if (
        not reporting
        and not now
        and not plan
        and not practice
        and not in_force
        and simple_present(root)
        and _bare_plural(subject_of(root))
        and not (measure and _own_clause_in_the_past(trigger, root))
    ):
        return True
    if (
        reporting
        and not plan
        and not practice
        and not in_force
        and _general_truth_reported(chain[-1], root, cues)
    ):
        return True
    # A bare plural noun as subject of a present-tense verb states a general truth.
    if trigger.pos_ == "NOUN" and trigger.tag_ == "NNS" and trigger.dep_ in {"nsubj", "nsubjpass"}:
        has_det = any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children)
        if not has_det and trigger.head.tag_ in {"VBZ", "VBP"} and not practice:
            return True
    return False


# Verbs that forbid a journey: "residents were forbidden to cross", "barred from crossing".
FORBIDDING_VERBS = frozenset({"forbid", "ban", "bar", "prohibit", "outlaw"})


def _prohibition_in_force(verb: Token) -> bool:
    """ "Residents are banned from going near the river bank after 6 p.m.", "pupils are not
    allowed into the town": a prohibition told in the present passive of the people it binds is
    the restriction in force now, not a general truth about a kind of people (as "defectors who
    are caught face prison" is)."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in FORBIDDING_VERBS:
        return True
    return lemma in {"allow", "permit"} and any(c.dep_ == "neg" for c in verb.children)


# Verbs whose present passive tells a state now ("a man who is held in Hyesan"), not a rule.
STATE_PASSIVES = frozenset({"hold", "keep", "detain", "imprison", "jail", "lock", "confine", "intern"})
PRESENT_BE = frozenset({"is", "are", "'s", "'re"})


def _befalls_whoever_is(head: Token) -> bool:
    """ "What happens to a smuggler who is caught depends on whom he paid", "a trader who is
    arrested is fined": an act in the simple present passive of a relative clause says what
    befalls anyone of whom it is true, a rule, not an event. (A verb of custody in that form
    tells a state now: "the man, who is held at the county station, has seen no lawyer".)"""
    return (
        head.dep_ == "relcl"
        and head.tag_ == "VBN"
        and head.lemma_.lower() not in STATE_PASSIVES
        and any(c.dep_ == "auxpass" and c.lower_ in PRESENT_BE for c in head.children)
        and not any(c.dep_ == "aux" for c in head.children)
        and any(c.dep_ == "nsubjpass" and c.tag_ in {"WDT", "WP"} for c in head.children)
    )


# Verbs that tell a phase of an act: its start, its going on, its end.
PHASE_VERBS = frozenset({"begin", "start", "continue", "resume", "last", "end", "stop", "go"})


def _phase_told(gerund: Token) -> bool:
    """ "Questioning about their time abroad began the same evening", "the beating went on for an
    hour": a gerund subject whose verb, in the past, tells when the act began, went on or ended
    is the act itself, not the act as a topic ("leaving without a permit is punishable")."""
    verb = gerund.head
    return verb.lemma_.lower() in PHASE_VERBS and verb.tag_ == "VBD"


# Subordinators of a clause that sets when a foretold outcome will come ("once they are sent back, …").
FUTURE_CONDITION_MARKS = frozenset({"once", "when", "after", "if"})
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "could", "might", "may", "shall"})


def _condition_of_a_future(head: Token) -> bool:
    """ "Once they are sent back, the parents will almost certainly go to a camp", "when they are
    returned they will be questioned": an act in the present under "once" or "when", framing what
    the main clause foretells, is the occasion of a feared outcome, neither told as done nor an
    event of its own (the report tells the looming act elsewhere, as "could be handed over")."""
    if head.dep_ != "advcl" or head.head.i == head.i:
        return False
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in FUTURE_CONDITION_MARKS for c in head.children):
        return False
    reduced = head.tag_ == "VBN" and not any(
        c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in head.children
    )  # "once returned, they will be jailed"
    if not (_present(head) or reduced):
        return False
    main = head.head
    return any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in main.children)


# Words that make a risk a standing condition of life rather than one act that looms.
STANDING_WORDS = frozenset(
    {"constant", "permanent", "perpetual", "continual", "continuous", "ever-present", "daily", "everyday"}
)


def _standing_risk(chain: list[Token]) -> bool:
    """ "Tens of thousands of women live in hiding, at constant risk of arrest and forced return":
    a risk or a fear told as a standing condition is how people live, not an act that looms for
    them ("at grave risk of being returned" still looms)."""
    nouns = lexicon().cues["at_risk_nouns"]
    return any(
        t.lemma_.lower() in nouns and any(c.dep_ == "amod" and c.lower_ in STANDING_WORDS for c in t.children)
        for t in chain
    )


POSSIBILITY_MODALS = frozenset({"may", "might", "can", "could"})
# Modals of a guess ("may be hiding"), not of an ability or a permission ("can"); "could be
# undergoing torture" is told of a fate as much as of a guess.
GUESS_MODALS = POSSIBILITY_MODALS - {"can", "could"}

# Modals of permission, and the words that narrow what they permit: "may no longer walk along
# the bank", "may leave their compounds only in pairs".
PERMISSION_MODALS = frozenset({"may", "can", "must"})
LIMITING_WORDS = frozenset({"longer", "only"})
# Modals whose negation denies a permission ("may not leave", "cannot travel"); "must not" urges.
PERMISSION_DENIED = PERMISSION_MODALS - {"must"} | {"ca"}


# Words by which a subject names no one at all ("no worker", "nobody", "none of them").
NO_ONE_WORDS = frozenset({"no", "nobody", "none", "no-one"})


def _permitted_to_no_one(trigger: Token) -> bool:
    """ "No worker may leave the camp except in a group", "no boat may now leave the shore": a
    permission whose subject is no one denies it to all, the ban in force (as "may not" does)."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and any(t.lower_ in NO_ONE_WORDS for t in c.subtree)
        for c in trigger.children
    )


def _permission_limited(trigger: Token, own: set[str]) -> bool:
    """ "Residents may no longer walk along the bank after dark", "staff may now leave their
    compounds only in pairs": a permission withdrawn or narrowed is the rule now in force, the
    restriction itself, not a possibility ("boats may sail again next month" is one)."""
    return bool(own & PERMISSION_MODALS) and (
        bool(own & LIMITING_WORDS)
        or any(t.lower_ == "only" and t.dep_ == "advmod" for t in trigger.subtree if t.i > trigger.i)
    )


def _whoever_may(head: Token) -> bool:
    """ "A well-connected official may be fined, while a person without connections may be sent to
    a camp": what may befall "a person" or "any worker", with nothing that makes them someone in
    particular (a count, a relative clause: "a soldier who fled last week could be shot"), is what
    the system does to whoever fits, not an event. A guess about the past ("a guard may have been
    shot") is another matter."""
    if head.dep_ not in {"ROOT", "conj", "advcl"}:
        return False
    auxiliaries = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if not any(a.lower_ in POSSIBILITY_MODALS for a in auxiliaries) or any(
        a.lemma_ == "have" for a in auxiliaries
    ):
        return False
    subject = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an", "any", "every", "each"} for c in subject.children):
        return False
    return not any(c.dep_ in {"relcl", "acl", "appos", "nummod"} for c in subject.children)


def _generic_people_face(trigger: Token) -> bool:
    """ "Rights groups say those sent back face torture and detention", "North Koreans returned
    from China face interrogation and long prison terms": what people named only by what befalls
    them ("those sent back", "anyone returned", a bare plural with a participle) face, when the
    parser takes the participle for the main verb and "face" for a noun or a clause beside it,
    is a rule about whoever fits, not an event ("the nine returned last week face …" are
    particular people)."""
    first = (_earlier_conjuncts_of_noun(trigger) or [trigger])[-1]
    before = first.doc[first.i - 1] if first.i > 0 else first
    holder = first.head
    # ("face" as a modifier of the act, or as a second object of the participle)
    if any(c.lower_ in FACE_FORMS and c.dep_ in {"compound", "amod", "nmod"} for c in first.children) or (
        before.lower_ in FACE_FORMS and before.head.i == first.head.i
    ):
        pass
    elif (
        first.dep_ == "dobj"
        and holder.lower_ in FACE_FORMS
        and holder.dep_ in {"advcl", "conj", "ccomp"}
        and holder.head.i < holder.i
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in holder.children)
    ):
        holder = holder.head  # ("… returned from China face interrogation": "face" hung on the participle)
    elif before.lower_ in FACE_FORMS and before.tag_ in {"VBP", "VBZ"}:
        return _class_before(before)  # ("face" read as the subject of a gerund: word order only)
    elif first.dep_ == "conj" and first.head.lower_ in FACE_FORMS and first.head.tag_ in {"VBP", "VBZ"}:
        return _class_before(first.head)  # ("face questioning and long terms": the second object)
    else:
        return False
    if holder.tag_ not in {"VBN", "VBD"} or any(c.dep_ in {"aux", "auxpass"} for c in holder.children):
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in holder.subtree if t.i < first.i):
        return False
    # ("those sent back": the participle on the pronoun, or the pronoun read as its subject)
    people = holder.head if holder.dep_ == "acl" else subject_of(holder)
    if people is None or people.i == holder.i or not people.i < holder.i < first.i:
        return False  # ("the nine face deportation, activists said": the sayers face nothing)
    return people.lower_ in GENERIC_PRONOUNS or (holder.tag_ == "VBD" and _bare_plural(people))


def _class_before(face: Token) -> bool:
    """The words of the sentence before "face" name people only by a kind and what befell them:
    "those returned", "North Koreans forcibly returned from Russia" (a bare plural, then a
    participle), with no date that makes them particular people."""
    words = list(face.doc[sentence_of(face).start : face.i])
    nouns = [i for i, t in enumerate(words) if t.pos_ in {"NOUN", "PROPN", "PRON"}]
    if not nouns or any(t.ent_type_ in {"DATE", "TIME"} for t in words):
        return False
    first = words[nouns[0]]
    if any(t.pos_ in {"DET", "NUM"} for t in words[: nouns[0]]):
        return False
    if first.lower_ not in GENERIC_PRONOUNS and first.tag_ not in {"NNS", "NNPS"}:
        while first.dep_ == "compound" and first.head.i > first.i:
            first = first.head
        if first.tag_ not in {"NNS", "NNPS"}:
            return False
    return any(t.tag_ in {"VBN", "VBD"} and t.lemma_.lower() not in {"be", "have"} for t in words[nouns[0] :])


def _earlier_conjuncts_of_noun(noun: Token) -> list[Token]:
    """The nouns a conjoined noun follows ("torture, detention and violence": "torture" for "violence")."""
    out = []
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
        noun = noun.head
        out.append(noun)
    return out


def _offence_of_a_penalty(trigger: Token) -> bool:
    """ "heavier penalties for crossing the border illegally": an act named as what a penalty is
    for is an offence in a law, no event ("jailed for crossing the border" tells of a jailing by
    its verb, and keeps its own reading)."""
    if trigger.tag_ != "VBG" or trigger.dep_ != "pcomp" or trigger.head.lower_ != "for":
        return False
    noun = trigger.head.head
    if any(c.dep_ in {"nsubj", "poss"} for c in trigger.children):
        return False  # ("a sentence for his crossing": his own act)
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in PENALTY_NOUNS


# Verbs whose object "charge" is a duty taken on, not an accusation ("has taken charge of the
# remaining workers", "assumed charge of the unit").
DUTY_CHARGE_VERBS = frozenset({"take", "assume"})


def _charge_of_a_duty(word: Token) -> bool:
    """ "in charge of", "has taken charge of the remaining 22 workers, who have been confined to
    their camp": "charge" as the duty someone holds or takes on, whose "of" phrase names what
    they answer for, not the content of an accusation."""
    if word.head.lower_ == "in":
        return True
    return word.lower_ == "charge" and word.dep_ == "dobj" and word.head.lemma_.lower() in DUTY_CHARGE_VERBS


def _content_ancestors(trigger: Token) -> list[Token]:
    """The words above a trigger whose content it may be: up to a verb it is conjoined with,
    which tells an act beside it ("they will be charged with espionage and executed": the
    execution is no part of the charge). An act named as the occasion of another, under
    "during" ("detained two women accused of sheltering them during a raid on a flat"), is when
    the telling happened, not what anyone is charged with, wherever the parser hangs it. Nor is
    the subject of a verb what the verb says: an act describing the people charged ("two traders
    detained in Dandong have been charged with smuggling", "the director, who had been arrested in
    January, was convicted"), with a place or time of its own, tells who they are, not the charge."""
    above: list[Token] = []
    below = trigger
    for ancestor in trigger.ancestors:
        if below.dep_ == "conj" and below.pos_ in {"VERB", "AUX"} and ancestor.pos_ in {"VERB", "AUX"}:
            break
        if (
            below.i != trigger.i
            and below.dep_ in {"nsubj", "nsubjpass"}
            and ancestor.pos_ in {"VERB", "AUX"}
            and _told_with_its_setting(trigger)
        ):
            break
        if below.dep_ == "pobj" and ancestor.lower_ == "during" and below.pos_ == "NOUN":
            break
        above.append(ancestor)
        below = ancestor
    return above


# Prepositions that set an act in a place or a time of its own ("arrested in Dandong", "during an audit").
SETTING_PREPOSITIONS = frozenset({"in", "on", "at", "near", "during"})


def _told_with_its_setting(trigger: Token) -> bool:
    """ "two traders arrested in Dandong in mid-November", "who had been arrested in January": a
    verb in the subject of a charge told with a place or a time of its own tells an act of its
    own; "those arrested were charged with smuggling" only names the people an act told before
    befell."""
    return trigger.pos_ == "VERB" and any(
        (c.dep_ == "prep" and c.lower_ in SETTING_PREPOSITIONS) or c.dep_ in {"npadvmod", "tmod"}
        for c in trigger.children
    )


def _earlier_conjuncts(verb: Token) -> list[Token]:
    """The verbs a conjoined verb follows ("are usually charged, fined and held": "fined" and
    "charged" for "held")."""
    out = []
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
        out.append(verb)
    return out


def _in_such_places(trigger: Token) -> bool:
    """ "Former inmates have described beatings in such facilities": what happens in places of a
    kind is told as a kind of act, not one event."""
    places = _such_places(trigger.doc)
    if not places:
        return False
    return any(i in places and i != trigger.i for i in clause_indices(clause_head(trigger)))


def _such_places(doc: Doc) -> frozenset[int]:
    """The Doc's objects of "in", "at" or "inside" that name places of a kind ("in such
    facilities"), found once per Doc: most reports have none, and every trigger asks."""
    found: frozenset[int] | None = doc.user_data.get("tessera_such_places")
    if found is None:
        table = token_table(doc)
        dep, lower, tag, children = table.dep, table.lower, table.tag, table.children
        found = doc.user_data["tessera_such_places"] = frozenset(
            i
            for i in range(len(dep))
            if dep[i] == "pobj"
            and lower[table.head[i]] in {"in", "at", "inside"}
            and any(lower[c] == "such" and dep[c] in {"amod", "det", "predet"} for c in children[i])
            # ("in the first such crossing this year", "another such case": one of a count of
            # acts, the one just told among them, not a kind of place)
            and not any(
                dep[c] in {"det", "nummod"} or tag[c] == "JJS" or lower[c] in ORDINALS for c in children[i]
            )
        )
    return found


# Ordinal words that make "such" count acts ("the first such crossing").
ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "latest", "last", "only", "another"})


def _names_a_kind(noun: Token, cues: dict, measure: bool) -> bool:
    """An event noun that names a kind of act, place or trend rather than one event:
    "an interrogation facility", "the raid team" (a modifier of a place or a body);
    "crackdowns against defection" (a bare singular after "against", "including");
    "the state is stepping up punishments" (a bare plural that a trend verb governs);
    "disappearances are treated as defections" (a bare plural subject in the simple present,
    unless a status word governs it: "executions are expected" looms)."""
    modifier = noun
    while modifier.dep_ == "conj" and modifier.head.i != modifier.i:
        modifier = modifier.head  # "a detention and interrogation facility"
    if modifier.dep_ in {"compound", "nmod"} and modifier.head.lemma_.lower() in cues["institution_nouns"]:
        return True
    determined = any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children)
    if determined:
        return False
    if noun.tag_ == "NN" and noun.dep_ == "pobj" and noun.head.lower_ in cues["kind_prepositions"]:
        return True
    if noun.tag_ != "NNS" or measure:
        return False
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in cues["trend_verbs"]:
        return True
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.lemma_.lower() in AS_VERBS and _present(noun.head):
        return True  # "disappearances are being treated as defections": a category
    if noun.dep_ in {"nsubj", "nsubjpass"} and _rule_present(noun.head):
        status_words = set().union(*(cues["status"][k] for k in ("attempted", "at_risk", "suspected")))
        # ("treated as defections": only what follows "as" is suspected, not the subject)
        return not (_cue_words(noun.head) & (status_words - AS_VERBS))
    return False


def _kind_of_case(trigger: Token) -> bool:
    """ "missing person cases", "a missing persons unit": a trigger word that modifies a noun
    modifying another names a kind of case or body (not "the two arrested Party agents", whose
    head noun names people)."""
    head = trigger.head
    if head.dep_ in {"compound", "nmod"}:
        return not people_word(head.head)
    compounds = [c for c in head.children if c.dep_ == "compound" and trigger.i < c.i < head.i]
    return bool(compounds) and not people_word(head)


def people_word(noun: Token) -> bool:
    """The noun's own word names people ("agents", "women"), whatever modifies it."""
    from tessera.events.victims import person_nouns, victim_groups  # (imported late: victims is larger)

    words = {noun.lower_, noun.lemma_.lower()}
    return bool(words & person_nouns()) or any(words & names for names in victim_groups().values())


def _past_risk(trigger: Token) -> bool:
    """ "Throughout the trek they risked being arrested and sent back": a risk told in the past
    tense is one that passed; had it come about the report would tell it as an event. Reported
    speech shifts tenses back, so a past "risked" said by someone ("activists said the five
    risked being deported") is the risk they face as the report is written, not one that passed."""
    reporting = lexicon().cues["reporting_verbs"]
    return any(
        a.lemma_.lower() == "risk"
        and a.tag_ == "VBD"
        and a.pos_ == "VERB"
        and not (a.dep_ == "ccomp" and a.head.lemma_.lower() in reporting)
        for a in trigger.ancestors
    )


def _mandate(trigger: Token, cues: dict) -> bool:
    """ "a unit tasked with seeking out and arresting violators", "officials responsible for
    repatriating defectors": the act as a duty, not one that happened."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "seeking out and arresting": the first gerund holds the preposition
    if verb.tag_ != "VBG" or verb.dep_ != "pcomp":
        return False
    holder = verb.head.head  # the word the preposition belongs to (or, misattached, one above it)
    holders = [holder, *list(holder.ancestors)[:2]]
    return verb.head.lower_ in {"with", "for", "of"} and any(
        h.lemma_.lower() in cues["mandate_words"] for h in holders
    )


def _intended(trigger: Token, cues: dict) -> bool:
    """ "their plot to defect", "the plan to send them back": an infinitive right after a noun of
    intent is what was meant (the parser may hang it elsewhere, so the words are read in order)."""
    word = _word_before_infinitive(trigger)
    return (
        word is not None
        and word.lower_ in cues["intent_nouns"]
        and word.pos_ != "VERB"  # ("police plan to question him": a verb, see _authority_plan)
    )


def _word_before_infinitive(trigger: Token) -> Token | None:
    """The word an infinitive trigger follows, read in order ("plan" of "the plan to be sent
    back", "decision" of "its decision to turn over"): the parser may hang it elsewhere."""
    doc = trigger.doc
    table = token_table(doc)  # (words read in the table: asked of every trigger, most have no "to")
    dep, lower = table.dep, table.lower
    to = trigger.i - 1
    while to > 0 and dep[to] in {"auxpass", "aux"} and lower[to] != "to":
        to -= 1  # "the plan to be sent back"
    return doc[to - 1] if to > 0 and lower[to] == "to" and table.tag[to] == "TO" else None


HYPOTHETICAL_MODALS = frozenset({"would", "could", "might"})


def outcome_of_a_return(trigger: Token) -> bool:
    """ "He feared he would be imprisoned or killed if sent back", "If returned, they would face
    torture": what would befall people once returned, under "would" with an "if" clause of their
    return, is a feared outcome, not an act that looms as told (the return itself may loom; "the
    seven could be sent back if Seoul fails to act" keeps its return, whose condition is no return)."""
    # (the verbs are found in the Doc's table, and built as Tokens only past the modal's test)
    doc = trigger.doc
    table = token_table(doc)
    dep, heads = table.dep, table.head
    at = [trigger.i, *governor_indices(doc, trigger.i)]
    while dep[at[-1]] == "conj" and heads[at[-1]] != at[-1]:
        at.append(heads[at[-1]])  # "imprisoned or killed": the modal stands on the first
    at += [c for v in list(at) for c in table.children[v] if dep[c] == "conj"]  # ("… or killed if sent back")
    if not any(table.has_child(v, ("aux",), HYPOTHETICAL_MODALS) for v in at):
        return False
    verbs = [doc[i] for i in at]
    for verb in verbs:
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.i == trigger.i:
                continue
            if not any(c.dep_ == "mark" and c.lower_ == "if" for c in clause.children):
                continue
            found = lexicon().triggers.find(clause.doc, clause.i, min(len(clause.doc), clause.i + 4))
            if any(m.entry.type == "repatriation" and m.start <= clause.i < m.end for m in found):
                return True
    return False


def offence_of_a_sanction(trigger: Token) -> bool:
    """ "executed last week for helping residents flee to China", "sentenced for organising
    illegal border crossings", "penalties for defection": a flight named in a "for" phrase that a
    penalty governs is the offence the sanction answers, not a flight the report tells (the walk
    up stops at a relative clause: "jailed for sheltering a woman who had fled" tells her flight).
    The penalty may be the object of a light verb: "the court gave him a sentence of five years
    for helping others cross"; the offence may be a charge: "detained on suspicion of helping
    others cross and travel on to Laos"."""
    sanctions = lexicon().cues["sanction_words"]
    below = trigger
    for above in trigger.ancestors:
        if below.dep_ in {"relcl", "parataxis"}:
            return False
        if above.dep_ == "prep" and above.lower_ == "for" and _sanctions(above.head, sanctions):
            return True
        if above.dep_ == "prep" and _charged(above):
            return True
        below = above
    return False


def counted_people_carried(trigger: Token) -> bool:
    """ "sentenced for helping two women cross the Tumen into China", "convicted of helping his
    two nephews cross the river", "arrested for trying to smuggle four women across the border":
    a flight whose people the offence counts is a flight the report tells (theirs: occurred, or
    attempted when they were caught), whatever penalty or charge answers it; "executed for
    helping residents flee" or "jailed for organising crossings" names only a kind of offence.
    The people are the flight verb's own subject or object, never the one punished ("a man was
    jailed for crossing the river": his own offence, told by the jailing). A suspicion alone
    ("detained on suspicion of helping six women cross") tells no flight."""
    if any(a.lemma_.lower() == "suspicion" for a in trigger.ancestors):
        return False
    for people in (c for c in trigger.children if c.dep_ in {"nsubj", "dobj"}):
        victims = read_victims(people)
        if victims is not None and victims.count_min is not None and not is_generic_people(people):
            return True
    return False


# Nouns and verbs that charge someone with an offence named by their "of" or "with" phrase.
CHARGE_NOUNS = frozenset({"suspicion", "charge", "accusation", "allegation"})
CHARGE_VERBS = frozenset({"accuse", "charge", "convict"})


def _charged(preposition: Token) -> bool:
    """ "detained on suspicion of helping others cross", "charged with organising crossings",
    "accused of smuggling people over the river": the offence someone is charged with."""
    holder = preposition.head
    if preposition.lower_ == "of" and holder.pos_ == "NOUN":
        return holder.lemma_.lower() in CHARGE_NOUNS
    return preposition.lower_ in {"of", "with"} and holder.lemma_.lower() in CHARGE_VERBS


def _sanctions(word: Token, sanctions: frozenset[str] | list[str]) -> bool:
    """ "sentenced", or "gave … a sentence", "handed … a prison term": a penalty, or a verb whose
    object is one."""
    if word.lemma_.lower() in sanctions:
        return True
    return word.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in sanctions for c in word.children
    )


APPEAL_VERBS = frozenset(
    {
        "urge",
        "ask",
        "call",
        "appeal",
        "press",
        "plead",
        "implore",
        "request",
        "beg",
        "demand",
        "petition",
        "lobby",
    }
)
PREVENTION_VERBS = frozenset({"prevent", "stop", "spare", "save", "shield", "protect", "keep"})


def appeal_against(trigger: Token) -> bool:
    """ "Rights groups urged Beijing not to send them back", "Seoul is working to prevent the nine
    from being deported": an appeal against an act, or an effort to stop it, says the act looms
    for those people (at risk); it is not denied. People in general ("called on China not to
    send back defectors") are no particular people for whom it looms. So does a request for the
    act (`requested_act`), a call to halt a plan for it (`plan_called_off`) or to halt the act
    itself (`halt_called_for`)."""
    if requested_act(trigger) or plan_called_off(trigger) or halt_called_for(trigger):
        return True
    if trigger.dep_ == "pcomp" and trigger.head.lower_ == "from":
        governor = trigger.head.head
        # (the people are those the act would befall: "from being deported", not "from beating her")
        passive = any(c.dep_ == "auxpass" for c in trigger.children)
        denied = any(c.dep_ == "neg" for c in governor.children)
        if governor.lemma_.lower() not in PREVENTION_VERBS or not passive or denied:
            return False
        people = next((c for c in governor.children if c.dep_ == "dobj"), None)
    else:
        negated = any(c.dep_ == "neg" for c in trigger.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
        # ("urged Bangkok to review their cases and not to deport them": the second of two asks,
        # which the parser may also hang on the first as an adverbial clause)
        infinitive_above = trigger.head.dep_ == "xcomp" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in trigger.head.children
        )
        second = trigger.dep_ == "conj" or (trigger.dep_ in {"advcl", "ccomp"} and infinitive_above)
        first = trigger.head if second and trigger.head.i != trigger.i else trigger
        if negated and _ensured_against(trigger):
            people = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
            return people is not None and (_particular(people) or people.like_num)
        if not (negated and infinitive and first.dep_ in {"xcomp", "ccomp"}):
            return False
        if first.head.lemma_.lower() not in APPEAL_VERBS:
            return False
        people = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return people is not None and (_particular(people) or people.like_num)  # ("the nine": a number)


# Verbs of making sure that something is so.
ENSURE_VERBS = frozenset({"ensure", "guarantee", "assure"})


def _ensured_against(trigger: Token) -> bool:
    """ "Seoul is making efforts to ensure they are not sent back to China": a denied act in a
    passive clause that someone works to make sure of is an effort to stop it (the act looms)."""
    return (
        trigger.dep_ == "ccomp"
        and trigger.head.lemma_.lower() in ENSURE_VERBS
        and any(c.dep_ == "auxpass" for c in trigger.children)
    )


# Verbs whose "that" clause in the subjunctive is what they ask for ("demanded that the nine be returned").
SUBJUNCTIVE_ASKS = frozenset({"demand", "ask", "request", "insist", "urge"})


def requested_act(trigger: Token) -> bool:
    """ "An embassy official asked for the two men to be handed over", "security officials are
    pressing for his return", "Pyongyang has demanded their return", "the consulate demanded that
    the nine be sent back": an act against particular people that someone asks for looms for them
    (at risk). A call for an end to a practice ("called for an end to forced returns") names no
    particular people; a refusal ("did not ask for their return") asks for nothing."""
    people: Token | None = None
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "for" for c in trigger.children):
        asker = trigger.head  # "asked for the men to be handed over"
        people = next((c for c in trigger.children if c.dep_ in {"nsubjpass", "nsubj"}), None)
    elif trigger.dep_ == "ccomp" and _subjunctive_passive(trigger):
        asker = trigger.head  # "demanded that the nine be sent back"
        if asker.lemma_.lower() not in SUBJUNCTIVE_ASKS:
            return False
        people = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    elif trigger.pos_ == "NOUN" and (
        trigger.dep_ == "dobj" or (trigger.dep_ == "pobj" and trigger.head.lower_ == "for")
    ):
        asker = trigger.head if trigger.dep_ == "dobj" else trigger.head.head  # "pressing for his return"
        people = next((c for c in trigger.children if c.dep_ == "poss"), None)
    else:
        return False
    if asker.lemma_.lower() not in APPEAL_VERBS or any(c.dep_ == "neg" for c in asker.children):
        return False
    return people is not None and (_particular(people) or people.like_num or _personal_possessive(people))


def _subjunctive_passive(verb: Token) -> bool:
    """ "(demanded that the nine) be sent back": a bare "be" with no "to" and no modal."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return [a.lower_ for a in auxiliaries] == ["be"]


def _personal_possessive(word: Token) -> bool:
    """ "his", "her", "their" return: particular people named by a possessive pronoun."""
    return word.tag_ == "PRP$" and word.lower_ in {"his", "her", "their"}


# Verbs that call a plan off: "should halt plans to return them".
HALT_VERBS = frozenset({"halt", "stop", "suspend", "cancel", "drop", "scrap", "abandon", "shelve", "reverse"})


def plan_called_off(trigger: Token) -> bool:
    """ "Beijing should immediately halt plans to forcibly return the 40 detainees", "urged Hanoi to
    stop its plan to deport the family": a call to halt a plan for an act against particular people
    says the act looms for them (at risk). A plan told as halted ("China halted plans to …") or a
    plan for people in general is no such call."""
    # ("plans to forcibly return": an adverb may stand between "to" and the verb)
    noun = trigger.head if trigger.dep_ == "acl" else _word_before_infinitive(trigger)
    if noun is None or noun.lower_ not in lexicon().cues["intent_nouns"] or noun.dep_ != "dobj":
        return False
    if not _halt_called_for(noun.head):
        return False
    people = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return people is not None and (_particular(people) or people.like_num or _one_described(people))


def _halt_called_for(halt: Token) -> bool:
    """Whether a verb of halting is called for ("China should halt …", "urged Hanoi to stop …"),
    not told as done ("China halted …")."""
    if halt.lemma_.lower() not in HALT_VERBS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in {"should", "must", "ought"} for c in halt.children) or (
        halt.dep_ == "xcomp" and halt.head.lemma_.lower() in APPEAL_VERBS
    )


def halt_called_for(trigger: Token) -> bool:
    """ "Rights groups urged China to halt the imminent forced return of the five", "Beijing must
    stop the deportation of the nine": a call to stop an act named by a noun, against particular
    people, says the act looms for them; "urged China to stop repatriations" (people in general)
    names no one."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "dobj":
        return False
    return _halt_called_for(trigger.head) and of_particular_people(trigger)


def of_particular_people(noun: Token) -> bool:
    """Whether the noun's "of" names people the story has counted or pointed at: "of the five",
    "of about forty North Koreans", "of more than 50 detainees" (not "of North Koreans")."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for people in (c for c in prep.children if c.dep_ == "pobj"):
            if people.like_num or any(
                c.dep_ in {"nummod", "poss"} or (c.dep_ == "det" and c.lower_ in DEFINITE)
                for c in people.children
            ):
                return True
            if _one_person_of_one_act(noun, people):
                return True
    return False


def _one_person_of_one_act(noun: Token, people: Token) -> bool:
    """ "halt the deportation of a North Korean logger": one act (a singular noun with "the")
    befalling one person told with "a" is that person's case, not a kind of people ("stop
    deportations of North Koreans", "the deportation of a defector is a crime" stay general:
    there the act is plural, or the noun has no "the")."""
    one_act = noun.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)
    return (
        one_act
        and people.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in people.children)
    )


def _one_described(noun: Token) -> bool:
    """ "a North Korean man detained in Khasan", "a woman who fled a logging camp": one person
    the report picks out by what happened to them, in the story though told with "a"."""
    return noun.tag_ == "NN" and any(c.dep_ in {"acl", "relcl"} for c in noun.children)


DECISION_NOUNS = frozenset({"decision", "decisions"})
UNREAL_AUXILIARIES = frozenset({"will", "would", "could", "may", "might", "should", "must", "can", "shall"})


def decided_act(trigger: Token) -> bool:
    """ "Laos drew criticism for its decision to turn over nine defectors", "the government made a
    decision to repatriate 600 detainees": a decision told as taken names the act that the report
    tells (or will tell) as done; alone it is no event, but beside that telling it is another
    telling of the same act. A decision still to come ("a decision to deport them will be made")
    or denied is not."""
    noun = _word_before_infinitive(trigger)
    if noun is None or noun.lower_ not in DECISION_NOUNS:
        return False
    governors_of_noun = [noun, *list(noun.ancestors)[:2]]
    return not any(
        c.dep_ in {"aux", "neg"} and c.lower_ in UNREAL_AUXILIARIES | {"not", "n't", "never"}
        for g in governors_of_noun
        for c in g.children
    )


STATISTIC_NOUNS = frozenset(
    {"number", "numbers", "total", "count", "share", "proportion", "figure", "figures"}
)


def _statistic(trigger: Token) -> bool:
    """ "the number of defectors arriving in the South fell to 67": people counted by what they
    did, a statistic over a year or a period, not one event."""
    if trigger.dep_ != "acl" or trigger.head.i == trigger.i:
        return False
    noun = trigger.head
    if noun.lower_ in STATISTIC_NOUNS:
        return True  # (the parser may hang the participle on "number" itself)
    return noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ in STATISTIC_NOUNS


def _time_reference(head: Token) -> bool:
    """ "the first repatriations since the two countries closed their border": a measure named
    in a clause under "since" dates another event; it is background, not news. Not a measure
    whose start the clause tells ("traders have gone quiet since police launched a drive against
    smuggling in early May"): the launch of a campaign or an order is itself news, the event
    the rest of the sentence follows from."""
    if head.lemma_.lower() in LAUNCHING_VERBS and any(c.dep_ == "dobj" for c in head.children):
        return False  # ("since the campaign began": the campaign told before, dating what follows)
    if _inspecting_team_arrived(head):
        return False  # ("since an inspection team arrived": the campaign's start, still going on)
    if any(
        c.dep_ == "mark" and c.lower_ == "since" and not _fronted_phrase(c, head) and not _since_then(c)
        for c in head.children
    ):
        return True  # (whatever the parser made of the clause, "since" subordinates it)
    return (
        head.dep_ in {"advcl", "pcomp", "prep", "acl", "relcl"}
        and any(c.dep_ in {"mark", "advmod"} and c.lower_ == "since" for c in head.children)
        or (head.head.lower_ == "since" and head.head.i != head.i)
    )


def _inspecting_team_arrived(verb: Token) -> bool:
    """ "Officers have been audited since a joint inspection team from Pyongyang arrived in the
    province": an inspecting team's arrival under "since" tells when its campaign began, which
    the main clause shows still at work; it is news as a launched campaign is, not a date for
    another act."""
    return verb.lemma_.lower() in ARRIVING_VERBS and any(
        c.dep_ == "nsubj" and inspecting_body(c) for c in verb.children
    )


# Verbs of a team's coming to where it works ("since a team arrived in Hyesan").
ARRIVING_VERBS = frozenset({"arrive", "descend"})

# Verbs that tell a measure's start ("began a drive", "issued an order", "launched a campaign").
LAUNCHING_VERBS = frozenset({"begin", "launch", "open", "start", "issue"})


# Nouns of a campaign as a whole, which its target names apart from the acts done in it.
CAMPAIGN_NOUNS = frozenset({"crackdown", "campaign", "drive", "purge", "offensive"})

# Verbs that open a campaign (those that launch a measure, an order aside, and "mount"), and the
# nouns of a campaign they open (a sweep or a "battle" opened is one too).
OPENING_VERBS = (LAUNCHING_VERBS - {"issue"}) | {"mount"}
OPENED_CAMPAIGN_NOUNS = CAMPAIGN_NOUNS | {"sweep", "battle"}


def _campaign_opened_on_a_date(verb: Token) -> bool:
    """ "Traders have gone quiet since police opened a 100-day drive against fortune-tellers in
    early March", "since state security launched a sweep of the fishing cooperatives last
    month": a campaign whose opening the clause dates is the news the report tells, and what it
    led to follows; "since the two countries closed their border" names a measure only to date
    another act."""
    if verb.lemma_.lower() not in OPENING_VERBS:
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in OPENED_CAMPAIGN_NOUNS for c in verb.children):
        return False
    return any(t.ent_type_ == "DATE" for t in verb.subtree)


def _since_then(since: Token) -> bool:
    """ "Since then guards have been ordered to stop anyone walking along the river": "since then"
    is a phrase of time (since that moment), which the parser may hang on the main verb as if
    "since" subordinated it; it dates the measure told, which is the news."""
    following = since.nbor(1) if since.i + 1 < len(since.doc) else None
    return following is not None and following.lower_ == "then"


def _fronted_phrase(since: Token, head: Token) -> bool:
    """ "Since the defection of the four, boats have been banned from going out": a fronted
    "since" phrase, set off by a comma, that the parser hung on the sentence's main verb as if it
    subordinated it; the main clause is the news (a "since" clause is never the root). A "since"
    followed by a date or governing a noun phrase of its own is such a phrase wherever its verb
    stands ("noted that since September villagers have been forbidden to approach the water",
    "since the fever order we cannot go to another county"): no clause of its own follows it."""
    if _date_after(since) or any(c.dep_ == "pobj" for c in since.children):
        return True
    if head.dep_ != "ROOT":
        return False
    return any(t.lower_ == "," for t in head.doc[since.i + 1 : head.i])


def _date_after(since: Token) -> bool:
    """ "Since September villagers along the estuary have been forbidden to approach the water":
    with no comma, the parser may still hang a fronted "since" on the main verb; when a date
    follows "since", it is a phrase of time that dates the measure, not a clause of its own."""
    following = since.nbor(1) if since.i + 1 < len(since.doc) else None
    return following is not None and following.ent_type_ in {"DATE", "TIME"}


def _people_named_by_event(trigger: Token) -> bool:
    """ "Those caught are sent to camps", "anyone caught crossing will be shot", "the families of
    those who are detained": people named by what happens to them, as a rule or as told already,
    not a telling of the event."""
    # "anyone caught there will be shot" can parse with "anyone" as the participle's subject
    bare_participle = trigger.tag_ in {"VBN", "VBD"} and not any(
        c.dep_ in {"aux", "auxpass"} for c in trigger.children
    )
    if bare_participle and any(
        c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ in GENERIC_PRONOUNS for c in trigger.children
    ):
        return True
    # ("there are fears that they could be sent back": a clause with its own subject says what is
    # feared for them, it names no one)
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in trigger.children)
    if (
        trigger.dep_ == "acl"
        and not own_subject
        and _bare_plural(trigger.head)
        and _rule_present(trigger.head.head)
    ):
        return True  # "people returned to the North are detained": whoever is returned
    if trigger.head.lower_ not in GENERIC_PRONOUNS or trigger.head.i == trigger.i:
        return False
    if trigger.dep_ == "acl":
        return True
    return trigger.dep_ == "relcl" and _present(trigger)


# Verbs whose simple present tells how things stand or what is foreseen now, not a rule: "agents
# are on a manhunt for them", "officials are expected to hand the two back within days".
REPORTED_STATE_LEMMAS = frozenset({"be", "expect"})


def _general_truth_reported(clause: Token, root: Token, cues: dict) -> bool:
    """ "'Women with no card are taken off straight away,' he said", "residents say checks have
    been stepped up, and people without papers are sent home", "'thousands of conscripts are
    beaten every year,' the group added": a bare plural as subject of a simple present states a
    general truth when a reporting verb carries the statement too; the rule read at the
    sentence's root must then read the reported clause (or a conjunct of it with a subject of
    its own), not the reporting verb ("residents say …" is no truth about residents). ("'Two women
    are held in the cells,' he said" counts people; "he said guards beat them" is past; "agents are
    on a manhunt" and "detainees are expected to be sent to a camp" tell the present and a forecast.)"""
    base = clause
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head
    if base.dep_ != "ccomp" or base.head.i != root.i:
        return False
    if clause.i != base.i and not own_subject(clause):
        clause = base  # "are taken off and questioned": the first verb's subject and tense
    if any(c.lower_ in cues["now_words"] for c in clause.children):
        return False  # "people are now sent home": a new measure, told as news
    if clause.lemma_.lower() in REPORTED_STATE_LEMMAS:
        return False  # "agents are on a manhunt", "detainees are expected to be sent": the now
    return simple_present(clause) and not past_read_as_present(clause) and _bare_plural(subject_of(clause))


def _general_case(head: Token) -> bool:
    """ "When a worker escapes, his managers are summoned and purged": a clause under "when" or
    "if" in the present, about someone indefinite ("a worker", "any citizen", "defectors"), states
    what happens as a rule; so does the clause it governs. Particular people ("if the nine are
    sent back, they can face prison", "they fear deportation if the police find them") keep their
    events."""
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "are summoned and purged": the first verb holds the clauses
    clauses = [head, *(c for c in head.children if c.dep_ == "advcl")]
    if head.dep_ == "advcl" and head.head.i != head.i:
        clauses.append(head.head)
    for clause in clauses:
        if clause.dep_ != "advcl" or not any(
            c.dep_ in {"mark", "advmod"} and c.lower_ in CONDITION_MARKS for c in clause.children
        ):
            continue
        if any(c.dep_ == "dobj" and (_particular(c) or c.lower_ == "them") for c in clause.children):
            continue  # "they fear they will be deported if the police find them": these people
        # (the present perfect tells what has happened, not a rule: "a woman who was sent back
        # after a failed escape has been sentenced to five years", however the parser hangs it)
        if _rule_present(clause) and _indefinite(subject_of(clause)) and not _foretold_for_one(clause):
            return True
    return False


def _foretold_for_one(condition: Token) -> bool:
    """ "If investigators find that he kept the files, he could be sent to a camp", "they fear
    they will be banished if officials conclude the family has gone south": a condition that
    speaks of particular people ("he", "the family"), before a clause with a modal of the future
    or the possible, is what looms for them, though the ones who would judge are named in general.
    ("If guards catch defectors, they are sent to camps": no one in particular.) What one
    "faces" is still to come as a modal's act is ("if investigators conclude she tried to
    reach the South, she faces a long sentence"), and the main clause may name the people
    itself when the condition speaks only of the judges or the evidence ("if contacts of that
    kind are found, both could be sent to a camp", "fears the men will be sent to a camp if
    investigators conclude they met missionaries"), unless the condition befalls someone
    indefinite ("if a worker is caught, he will be sent to a camp": whoever is caught)."""
    main = condition.head
    if main.i == condition.i or not (
        any(c.dep_ == "aux" and c.lower_ in FUTURE_AUXILIARIES for c in main.children)
        or main.lemma_.lower() == "face"
    ):
        return False
    subject = subject_of(condition)
    if any(
        t.i != (subject.i if subject is not None else -1)
        and t.dep_ in {"nsubj", "nsubjpass", "dobj"}
        and (t.lower_ in {"he", "she", "him", "her"} or (t.pos_ != "PRON" and _particular(t)))
        for t in condition.subtree
    ):
        return True
    return _told_in_the_main_clause(condition, main)


def _told_in_the_main_clause(condition: Token, main: Token) -> bool:
    """Whether the main clause's subject is one person or group the story is about ("he",
    "she", "both", "the men", "the whole family") while no one indefinite undergoes the
    condition ("if a defector is caught", "if anyone is found to have talked": its passive
    subject or its object) or does what the condition finds out ("if officials find that
    defectors met missionaries")."""
    judge = subject_of(condition)
    undergoing = [t for t in condition.children if t.dep_ in {"nsubjpass", "dobj"}]
    # ("if officials find that defectors met missionaries": whoever did it, told in the content)
    undergoing += [
        t
        for t in condition.subtree
        if t.dep_ in {"nsubj", "nsubjpass"} and t.i != condition.i and t is not judge
    ]
    if any(_indefinite(t) and (t.lower_ in GENERIC_PRONOUNS or people_word(t)) for t in undergoing):
        return False
    own = subject_of(main)
    if own is None:
        return False
    return own.lower_ in {"he", "she", "both"} or (own.pos_ != "PRON" and _particular(own))


def _present(verb: Token) -> bool:
    tensed = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    return any(t.tag_ in {"VBZ", "VBP"} for t in tensed) and not any(t.tag_ == "VBD" for t in tensed)


def _rule_present(verb: Token) -> bool:
    """The simple present that states a rule ("are detained"), not the present perfect, which
    tells particular past events ("have been sentenced"), nor the progressive, which tells what
    is going on ("arrests are being made")."""
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
        return False
    progressive = verb.tag_ == "VBG" or any(c.lower_ == "being" for c in verb.children)
    return _present(verb) and not progressive  # "arrests are being made": going on now


def _indefinite(noun: Token | None) -> bool:
    """ "a worker", "any citizen", "defectors", "anyone": no one in particular."""
    if noun is None:
        return False
    if noun.lower_ in GENERIC_PRONOUNS:
        return True
    if any(c.dep_ == "det" and c.lower_ in {"a", "an", "any", "every", "each"} for c in noun.children):
        return True
    return _bare_plural(noun)


def simple_present(verb: Token) -> bool:
    if verb.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ == "aux" for c in verb.children)
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return (
        verb.tag_ == "VBN"
        and len(auxiliaries) == 1
        and auxiliaries[0].tag_ in {"VBZ", "VBP"}
        and auxiliaries[0].dep_ == "auxpass"
    )


def _particular(noun: Token | None) -> bool:
    """ "the nine", "they", "these defectors", "his wife", "three women": people already in
    the story, not whoever fits a description."""
    if noun is None or noun.lower_ in GENERIC_PRONOUNS:
        return False
    if noun.tag_ == "PRP":
        return noun.lower_ not in {"it", "you", "one"}
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "these", "this", "that"}) or c.dep_ in {"poss", "nummod"}
        for c in noun.children
    )


def particular_people(noun: Token | None) -> bool:
    """ "the five women", "his son", "them", "two of his nephews": particular people (a count
    alone is a particular group), not a kind ("people", "young women", "goods")."""
    return noun is not None and (_particular(noun) or (noun.like_num and noun.tag_ == "CD"))


def _penalty_faced_by_someone_told(trigger: Token, subject: Token | None) -> bool:
    """ "He could face execution", "the two smugglers may face torture": the object of "face" or
    "risk" whose subject is one person or group the story is about. "They" is left out: in
    reports it as often stands for whoever is sent back ("they could face punishment on their
    return"), and so is anything that is no one ("the cost of an escape could rise")."""
    if trigger.dep_ != "dobj" or trigger.head.lemma_.lower() not in {"face", "risk"}:
        return False
    return _particular(subject) and subject is not None and subject.lower_ != "they"


def _told_as_ongoing(head: Token) -> bool:
    """ "Those detained are being questioned at the county office", "those arrested are being
    held in Hyesan": a progressive tells what is going on now to the people the report named by
    their fate, not a rule for whoever fits ("those caught are sent to camps")."""
    helpers = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
    if head.tag_ == "VBG" and any(c.lemma_.lower() == "be" for c in helpers):
        return True  # "are questioning them"
    return any(c.lower_ == "being" for c in helpers)  # "are being questioned"


def _told_people(noun: Token | None) -> bool:
    """ "those arrested", "others who were caught": people named by what happened to them."""
    if noun is None or noun.lower_ not in {"those", "others"}:
        return False
    # (the tagger often reads the participle as a past tense: "those found to have met them")
    return any(
        (c.dep_ == "relcl" and (c.tag_ == "VBN" or _past_relative(c)))
        or (c.dep_ == "acl" and c.tag_ in {"VBN", "VBD"})
        for c in noun.children
    )


def _past_relative(verb: Token) -> bool:
    """ "those who had contact with missionaries", "others who went to church in China": a relative
    clause in the past tense picks out the people who did something, a set the report knows of
    (its present, "those who cross the river", is whoever does it: a rule)."""
    return verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)


# Present-tense verbs whose object is what lies ahead of their subject ("those arrested face up to
# five years in a camp", "those found to have met South Koreans risk being sent to a camp").
PROSPECT_VERBS = frozenset({"face", "risk"})


def _in_prospect(head: Token) -> bool:
    """ "those caught are likely to be sent to camps": a prospect adjective (background.json)
    over the clause puts it in the future, as a modal does."""
    from tessera.events.background import words  # (background imports this module)

    prospect = words()["prospect_adjectives"]
    return any(c.dep_ == "acomp" and c.lower_ in prospect for c in head.children)


def _own_clause_in_the_past(trigger: Token, root: Token) -> bool:
    """ "Soldiers are deserting in growing numbers, and the authorities have responded with a
    crackdown": a measure's own clause, joined to the sentence's first (the parser may hang it
    anywhere under the root) with an authority of its own as subject, tells in the past or the
    perfect what was done, whatever general truth the first clause states. (A relative clause,
    "defectors who reached the South describe …", describes the first clause's subject.)"""
    verb = clause_head(trigger)
    if verb.i == root.i or verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"conj", "ccomp"}:
        return False
    if not any(c.dep_ == "nsubj" and is_authority(c) for c in verb.children):
        return False
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect)


def _bare_plural(noun: Token | None) -> bool:
    if noun is None or noun.tag_ not in {"NNS", "NNPS"}:
        return False
    return not any(c.dep_ in {"det", "poss", "nummod", "quantmod"} or c.like_num for c in noun.children)


def _is_purpose_or_order(trigger: Token, cues: dict) -> bool:
    """ "set up a task force to hunt down…", "were ordered to shoot", "enough to be sent to a camp":
    an infinitive under a noun, an adjective or a verb of intent names what is meant to happen.
    Under other verbs it is part of what happened ("were dispatched to question the workers")."""
    verb = trigger.head if trigger.dep_ == "conj" else trigger  # "to leave … and seek asylum"
    if verb.pos_ == "NOUN" and verb.dep_ in {"dobj", "pobj"}:
        # "arrangements are underway to put them on trial": the verb the noun completes
        verb = verb.head.head if verb.dep_ == "pobj" and verb.head.dep_ == "prep" else verb.head
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    governor = verb.head
    lemma = governor.lemma_.lower()
    if lemma in CERTAIN_TO or any(
        lemma in cues["status"][status] for status in ("attempted", "at_risk", "suspected")
    ):
        return False  # "likely to be repatriated", "tried to cross": a status, decided elsewhere
    if governor.pos_ in {"NOUN", "PROPN", "ADJ"}:
        return True
    if lemma in COPULAS and any(c.dep_ == "acomp" for c in governor.children):
        return True  # "it is difficult for them to cross": what is hard, not what happened
    if _authority_plan(trigger, governor, verb):
        return False  # "the police plan to send 200 youths to camps": it looms (at_risk)
    return lemma in cues["intent_words"]


# Verbs by which a power says what it will do: with people as the object, the act looms.
PLAN_VERBS = frozenset({"plan", "intend", "decide", "prepare", "vow", "threaten", "aim", "schedule"})


def _authority_plan(trigger: Token, governor: Token, verb: Token) -> bool:
    """ "The city's security office plans to send about 200 youths to labour camps", "agencies
    plan to question the man": an act against people that an authority or a state has decided on
    is at risk of happening, while people's own plans ("the family planned to defect") and plans
    for a measure stay as they were."""
    from tessera.events.victims import read_victims, victim_phrase  # (imported late: victims is larger)

    if governor.lemma_.lower() not in PLAN_VERBS or verb.dep_ != "xcomp" or verb.head.i != governor.i:
        return False
    if trigger.lemma_.lower() in MOVEMENT_VERBS:
        return False
    if not is_authority(subject_of(governor)):
        return False
    people = victim_phrase(trigger, "arrest")
    return people is not None and read_victims(people) is not None


def is_authority(noun: Token | None) -> bool:
    """A state, an armed force or an office: named in actors.json, or a country as the actor."""
    from tessera.events.actors import STATE_KINDS, find_actors

    if noun is None:
        return False
    if noun.ent_type_ == "GPE" and noun.pos_ == "PROPN":
        return True  # "China plans to repatriate them"
    words = list(noun.subtree)
    if any(t.lemma_.lower() in lexicon().cues["authority_nouns"] for t in words):
        return True  # "government agencies", "the county office"
    mentions = find_actors(noun.doc, words[0].i, words[-1].i + 1)
    return any(m.actor.kind in STATE_KINDS or m.actor.kind == "other" for m in mentions)


# Verbs of seeing or hearing whose bare-verb complement tells what was seen ("saw him fall").
PERCEPTION_VERBS = frozenset({"see", "watch", "witness", "hear", "notice"})


# Verbs whose bare-infinitive complement tells the act they help happen ("helped them cross"):
# the complement's form is no present tense. ("took money to let three women cross" is a
# purpose, left to the purpose rules.)
CAUSATIVE_VERBS = frozenset({"help"})


def _habitual(trigger: Token, cues: dict) -> bool:
    """ "China says it sends them back": what someone does as a rule, in the active simple present
    of a main or reported clause, is no particular event. A present state of particular people
    ("are held at the centre", "remain in detention", "is barred from leaving") is one."""
    head = clause_head(trigger)
    if head.dep_ not in {"ROOT", "ccomp", "conj"} or head.tag_ not in {"VBZ", "VBP"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in head.children):
        return False
    if past_read_as_present(head):
        return False  # "three men swam across the river": the tagger's present is a past
    if head.dep_ == "ccomp" and head.head.lemma_.lower() in PERCEPTION_VERBS and head.head.tag_ != head.tag_:
        return False  # "I saw a guard beat him": a bare verb after a verb of seeing, told when seen
    if (
        head.dep_ == "ccomp"
        and head.head.lemma_.lower() in CAUSATIVE_VERBS
        and head.head.tag_ != head.tag_
        and particular_people(subject_of(head))
    ):
        # "jailed for helping two women cross the river": the bare verb takes its tense from
        # "help" ("helped defectors travel through Laos" is a kind of work, no one's flight)
        return False
    if any(c.dep_ == "auxpass" and c.lower_ == "being" for c in trigger.children):
        return False  # "with the roads being placed under control": going on, not a habit
    if _authority_plan(trigger, head, trigger):
        return False  # "police plan to question him": what is to come, not a habit
    if _one_act_named(trigger, head):
        return False  # "the report documents the detention of a trader": the verb tells of the act
    if head.lemma_.lower() in cues["status"]["suspected"] and _perfect_infinitive(trigger):
        return False  # "the minister appears to have been dismissed": a past act believed, not a habit
    if head.lemma_.lower() in EXPECTING_VERBS and _held_by_people(trigger, head):
        return False  # "the relatives expect to be banished": an expectation held now, no habit
    # ("the cases include the return of 300 people": a list of what happened; "nobody knows where
    # she is": a state of knowledge now, not a habit)
    return head.lemma_.lower() not in {
        "be",
        "have",
        "remain",
        "stay",
        "live",
        "face",
        "include",
        "involve",
        "know",
    }


# Verbs of expecting or fearing what lies ahead.
EXPECTING_VERBS = frozenset({"expect", "fear", "dread", "await"})
# Pronouns for people who may expect or fear something for themselves or their kin.
PERSONAL_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def _held_by_people(trigger: Token, head: Token) -> bool:
    """ "Relatives of the family expect to be banished to a farm", "people in the neighbourhood
    expect heavy sentences for all three", "traders expect a wave of arrests": an act that people
    (not an authority, a body or "it") expect or fear now, told after the verb, is what they see
    ahead, at risk, not what is done as a rule. ("The think-tank expects more trials this year"
    foretells; "the authorities fear a wave of defections" is no threat to anyone; an act inside
    the subject, "parents of the detained pupils fear …", is not what is feared.)"""
    subject = subject_of(head)
    if subject is None or subject.i <= trigger.i <= max(t.i for t in subject.subtree):
        return False
    authorities = set(lexicon().cues["authority_nouns"])
    if subject.lemma_.lower() in authorities or subject.ent_type_ in {"ORG", "NORP", "GPE"}:
        return False
    if subject.tag_ == "PRP":
        return subject.lower_ in PERSONAL_PRONOUNS
    return read_victims(subject) is not None or subject.lemma_.lower() in counted_person_nouns()


def past_read_as_present(verb: Token) -> bool:
    """ "Two soldiers swam across the river on Sunday": the tagger may read an irregular past
    ("swam", "fled") as a present VBP; but a present not in the third person singular is the
    verb's base form itself, so a VBP spelled otherwise than its lemma is a past ("be", whose
    "are" and "am" differ from it, aside)."""
    lemma = verb.lemma_.lower()
    return verb.tag_ == "VBP" and lemma != "be" and verb.lower_ not in {lemma, "ai"}


def _one_act_named(trigger: Token, head: Token) -> bool:
    """ "The group condemns the forced return on May 2 of 30 North Koreans", "the report documents
    the detention of a trader", "the execution comes amid an intensified campaign against phones":
    an event noun under a present verb that is not the act but tells, judges or places it names
    one act when it is singular and marked as one: "a"/"an", or "the" (or a possessive) with a
    date or with particular people ("of the five", "of a trader"); the present is the telling's,
    not a habit of the act. ("We condemn the forced return of North Koreans" speaks of a kind;
    "China sends them back" is the act itself.)"""
    if trigger.pos_ != "NOUN" or trigger.i == head.i or trigger.tag_ != "NN":
        return False
    if any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in trigger.children):
        return True
    if not any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in trigger.children):
        return False
    dated = any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree)
    one_person = any(
        p.dep_ == "pobj"
        and p.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in p.children)
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
    )
    return dated or one_person or of_particular_people(trigger)


def _particular_act_described(trigger: Token) -> bool:
    """ "The crackdown targets traders who sell foreign films", "this campaign aims at smugglers":
    a measure named by a singular noun with a definite determiner, the subject of a present verb,
    is one measure told by what it does now, not a rule (a rule speaks of a kind: "crackdowns
    target traders")."""
    return (
        trigger.pos_ == "NOUN"
        and trigger.tag_ == "NN"
        and trigger.dep_ == "nsubj"
        and trigger.head.i == clause_head(trigger).i
        and any(c.dep_ == "det" and c.lower_ in DEFINITE for c in trigger.children)
    )


def _in_force_now(trigger: Token, cues: dict) -> bool:
    """ "Guards at the bridge now search every bag", "agents currently check all phones": a
    measure told in the simple present with "now" (cues.json 'now_words') is the practice in
    force since a change the report tells, not a standing habit. Only the verb that tells the
    measure, or its object ("the county now requires a travel permit for every trip"): a noun
    elsewhere in its clause ("guards at the checkpoint now open every bag") may only say where
    it happens. So is one told in force "since" a date or a change ("since March, anyone entering
    the zone needs a pass")."""
    head = clause_head(trigger)
    told = head.i == trigger.i or (trigger.dep_ == "dobj" and trigger.head.i == head.i)
    return told and any(
        (c.dep_ == "advmod" and c.lower_ in cues["now_words"]) or (c.dep_ == "prep" and c.lower_ == "since")
        for c in head.children
    )


# Nouns of a stretch of time that "this" or "these" make the present one ("this week").
PRESENT_SPAN_NOUNS = frozenset({"week", "weekend", "month", "days"})
# Verbs by which people are told a rule ("have been told they need a permit").
RULE_TELLING_VERBS = frozenset({"tell", "inform", "warn", "notify", "order", "instruct"})


def _in_force_this_week(trigger: Token) -> bool:
    """ "Residents need a pass stamped by the police to leave the city this week": a measure in
    the simple present dated to the present stretch of time ("this week", "this month", "these
    days") anywhere in its clause is the rule in force now, not a standing habit ("residents
    need a pass to leave the city", told with no time, stays a habit)."""
    head = clause_head(trigger)
    return any(
        t.lower_ in PRESENT_SPAN_NOUNS
        and t.dep_ in {"npadvmod", "pobj"}
        and any(c.dep_ == "det" and c.lower_ in {"this", "these"} for c in t.children)
        for t in head.subtree
    )


def _rule_told_to_them(trigger: Token) -> bool:
    """ "Villagers near the river have been told they need a permit to receive visitors": a
    measure in the simple present reported as what people were told, warned or ordered (the
    telling itself done) is the rule handed down to them, in force; not a habit described."""
    head = clause_head(trigger)
    teller = head.head
    return (
        head.dep_ == "ccomp"
        and teller.lemma_.lower() in RULE_TELLING_VERBS
        and any(c.dep_ == "nsubjpass" for c in teller.children)
        and _told_as_done(teller)
    )


# Types of event that a measure told before may be carried out by: checks of bags, homes and
# phones at its checkpoints or in its campaign. (A restriction told again in the present, "need
# a pass", is the restriction told before, not one of its own.)
PRACTICE_TYPES = frozenset({"search"})
# Types of event whose telling as done makes the present after it the practice of a measure.
MEASURE_TOLD_TYPES = frozenset({"movement_restriction", "search", "crackdown"})


# How many sentences back a measure told as done makes a present search its practice: the one
# before, or the one before that when a sentence on the measure's first results comes between
# ("The campaign started this month. Twenty vans have been impounded. Passengers are searched at
# every checkpoint").
PRACTICE_REACH = 2


def practice_of_a_told_measure(trigger: Token) -> bool:
    """ "Police have set up checkpoints on every road into the city since Monday. At the
    checkpoints, soldiers open bags and read the messages on phones." A measure told in the
    simple present right after a measure the report tells as done or in force (in the past, the
    perfect, going on, or "since" a date), in the sentence before or earlier in its own ("… has
    set up new checkpoints, where guards open bags"), is how that measure is carried out: the
    practice now in force, not a standing habit ("guards search bags at the border", told alone
    or after another habit, is one)."""
    sentence = sentence_of(trigger)
    doc = trigger.doc
    start = sentences_back(doc, sentence.start, PRACTICE_REACH)
    return any(
        m.entry.type in MEASURE_TOLD_TYPES and _measure_told_as_done(doc[m.start])
        for m in sentence_triggers(doc, start, sentence.end)
        if m.end <= trigger.i and clause_head(doc[m.start]).i != clause_head(trigger).i
    )


def _measure_told_as_done(word: Token) -> bool:
    """A measure's word told as done or in force by its clause ("police have set up checkpoints")
    or, for a noun, by a clause that describes it ("the crackdown, which the bureau launched on 1
    February, targets phone users": launched, whatever the tense of the clause it sits in)."""
    if _told_as_done(clause_head(word)):
        return True
    return word.pos_ == "NOUN" and any(
        c.dep_ in {"relcl", "acl"} and c.pos_ in {"VERB", "AUX"} and _told_as_done(c) for c in word.children
    )


def _practice_of_a_named_force(trigger: Token) -> bool:
    """ "At the Kilju junction, railway police search every passenger's luggage", "soldiers of the
    unit at Sinpo stop everyone and go through their bags": a search told in the active simple
    present with a force of actors.json as its subject, in a sentence that names the place
    (a place entity), is that force's practice where the report is set, the search in force
    there; not a rule stated of nobody in particular ("bags are searched at the border", "people
    who cross are searched" stay a habit), nor a force's way told of no place ("police search
    homes for foreign films")."""
    head = clause_head(trigger)
    if is_passive(head):
        return False
    subject = subject_of(head)
    if subject is None or subject.dep_ != "nsubj" or not is_authority(subject):
        return False
    return any(_names_a_place(t) for t in sentence_of(trigger))


def _names_a_place(word: Token) -> bool:
    """A place entity, or a proper noun in an "at", "in" or "on" phrase ("at the Kilju junction",
    which the tagger may not read as a place)."""
    if word.ent_type_ in PLACE_ENTITY_LABELS:
        return True
    return word.pos_ == "PROPN" and any(
        a.dep_ == "prep" and a.lower_ in {"at", "in", "on"} for a in word.ancestors
    )


# Auxiliaries that put a verb in prospect or in the possible, not among what was done: the
# unreal ones with the contracted "will" ("they'll set up checkpoints").
PROSPECT_AUXILIARIES = UNREAL_AUXILIARIES | {"'ll"}


def _told_as_done(verb: Token) -> bool:
    """A verb of a measure told as done or in force: in the past ("checkpoints were set up that
    evening"), the present perfect ("have set up checkpoints"), going on ("are searching the
    bags of everyone"), or "since" a date; not in prospect ("will set up checkpoints")."""
    auxiliaries = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxiliaries & PROSPECT_AUXILIARIES or "to" in auxiliaries:
        return False
    return (
        verb.tag_ in {"VBD", "VBN"}
        or (verb.tag_ == "VBG" and bool(auxiliaries & {"is", "are", "am", "'re", "was", "were"}))
        or any(c.dep_ == "prep" and c.lower_ == "since" for c in verb.children)
    )


def _perfect_infinitive(verb: Token) -> bool:
    """ "to have been removed", "to have fled": an infinitive telling what is past."""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    return "to" in auxiliaries and "have" in auxiliaries


def _passive_present_perfect(verb: Token) -> bool:
    """ "some have been beaten", "most have been moved": a passive participle under a present
    "have", an act done to them before now (the present tense of a rule reads "some are
    beaten"); an active one ("a few have asked to go south") may still tell what they do."""
    children = list(verb.children)
    return (
        verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in children)
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" and c.tag_ in {"VBZ", "VBP"} for c in children)
    )


def _partitive(quantifier: Token) -> bool:
    """ "some of them", "most of the detainees", "those among the sixty": a part of people the
    report has named, not whoever fits a description ("some of them are likely to be sent to
    camps" looms for them)."""
    for prep in (c for c in quantifier.children if c.dep_ == "prep" and c.lower_ in {"of", "among"}):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if _class_named_by_an_act(obj):
                continue  # "most of those detained are allowed to leave": whoever is detained
            if _particular(obj) or obj.lower_ in {"them", "us", "these", "those"}:
                return True
    return False


def _class_named_by_an_act(noun: Token) -> bool:
    """ "those detained", "those who are caught": people named only by what is done to them, in
    no particular time (whoever it is done to). ("those detained last week" are particular.)"""
    if noun.lower_ != "those":
        return False
    clauses = [c for c in noun.children if c.dep_ in {"acl", "relcl"}]
    return bool(clauses) and not any(t.ent_type_ in {"DATE", "TIME"} for c in clauses for t in c.subtree)


# Subjects that name whoever a rule applies to.
UNIVERSAL_SUBJECTS = frozenset({"anyone", "everyone", "all", "nobody"})


def _rule_for_whoever(trigger: Token) -> bool:
    """ "Anyone entering the border districts needs a travel permit", "nobody may leave without a
    pass": a restriction of movement told of whoever moves is the rule in force, the measure
    itself, not a general statement about people. So is the verb of need told with such a noun
    ("anyone crossing the bridge now needs a pass"), and a verb of leave given to no one since
    a time, in the perfect ("nobody has been let in since Tuesday", "nobody has been allowed
    out"): who may pass is the rule in force ("nobody is let out after dark" stays a habit)."""
    if trigger.pos_ in {"VERB", "AUX"} and trigger.lemma_.lower() in PERMISSION_VERBS:
        perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in trigger.children)
        subject = subject_of(clause_head(trigger))  # (none in a headline's "Has been let in")
        return perfect and subject is not None and subject.lower_ == "nobody"
    if trigger.pos_ in {"VERB", "AUX"} and trigger.lemma_.lower() in {"need", "require"}:
        return any(c.dep_ == "dobj" and c.lemma_.lower() in RESTRICTION_NOUNS for c in trigger.children)
    return trigger.pos_ == "NOUN" and trigger.lemma_.lower() in RESTRICTION_NOUNS


# Verbs of leave to pass, which a rule gives to no one ("nobody has been let in").
PERMISSION_VERBS = frozenset({"allow", "permit", "let"})
# Nouns of a restriction that whoever moves must hold or obey.
RESTRICTION_NOUNS = frozenset({"permit", "pass", "permission", "authorisation", "authorization", "curfew"})


# Quantifiers that name a share of people ("most", "many", "some", "few"); "anyone" and "all"
# name whoever fits, unless "else" sets them beside a part already named ("everyone else").
SHARE_SUBJECTS = frozenset({"most", "many", "some", "few"})
# Modals that put what follows ahead of its subject ("will", "could"), not what may be done to
# whoever fits ("can", "must", "should": a rule).
PROSPECT_MODALS = frozenset({"will", "'ll", "wo", "would", "could", "may", "might"})


def _share_in_prospect(subject: Token, head: Token, tensed: list[Token]) -> bool:
    """ "After questioning, most will likely be sent to labour camps", "many are expected to be
    sent to re-education camps", "everyone else is expected to get a term in a kyohwaso": a share
    of people, or everyone else beside a part already named, with what lies ahead of them (by a
    modal of the future or an expectation) is what looms for the people the report tells of; a
    rule about whoever fits is told in the present ("most are sent back within weeks") or with
    "anyone" ("anyone caught will be sent to a camp")."""
    share = subject.lower_ in SHARE_SUBJECTS or (
        subject.lower_ in UNIVERSAL_SUBJECTS and any(c.lower_ == "else" for c in subject.children)
    )
    if not share:
        return False
    return any(t.lower_ in PROSPECT_MODALS for t in tensed) or _expected(head) or _in_prospect(head)


def _expected(head: Token) -> bool:
    """ "are expected to be sent to camps": an expectation over the clause puts it ahead."""
    return head.lemma_.lower() == "expect" and any(c.dep_ == "auxpass" for c in head.children)


# Prepositional phrases that say what threatens their clause's subject ("are at risk of being
# sent to a camp", "are in danger of deportation").
RISK_PHRASES = frozenset({("at", "risk"), ("in", "danger")})


def _at_risk_of(head: Token) -> bool:
    """ "Those identified as Christians are at risk of being sent to political prison camps": a
    copula with "at risk" or "in danger" puts what follows ahead of its subject, as a modal does."""
    return any(
        (prep.lower_, obj.lower_) in RISK_PHRASES
        for prep in head.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _generic_subject(trigger: Token, cues: dict) -> bool:
    """ "most are sent back within weeks": the present tense about most, many or anyone."""
    head = clause_head(trigger)
    subject = subject_of(head)
    if subject is None or subject.lower_ not in cues["generic_subjects"] or _partitive(subject):
        return False
    if subject.lower_ in UNIVERSAL_SUBJECTS and _rule_for_whoever(trigger):
        return False
    if _perfect_infinitive(trigger):
        return False  # "some are believed to have been sent to camps": a past act believed, not a rule
    if subject.lower_ in SHARE_SUBJECTS and _passive_present_perfect(head):
        return False  # "where some have been beaten during questioning": a past act, not a rule
    tensed = [head, *(c for c in head.children if c.dep_ in {"aux", "auxpass"})]
    if _told_people(subject) and (
        any(t.tag_ == "MD" for t in tensed)
        or _told_as_ongoing(head)
        or _in_prospect(head)
        or head.lemma_.lower() in PROSPECT_VERBS
        or _at_risk_of(head)
        or _expected(head)
    ):
        # ("those caught are expected to be sent to labour camps": an expectation, as a modal)
        return False  # "those returned will be questioned": what looms for people the report told of
    if _share_in_prospect(subject, head, tensed):
        return False  # "after questioning, most will likely be sent to camps": what looms for them
    # (also "nobody knows what happened to him" or "where she is": the question is about them)
    questions = [c for c in head.children if c.dep_ == "ccomp"]
    if subject.lower_ == "nobody" and any(
        _particular(c) or (c.dep_ == "prep" and any(_particular(o) for o in c.children if o.dep_ == "pobj"))
        for verb in (head, *questions)
        for c in verb.children
        if c.dep_ in {"dobj", "prep"} or (verb is not head and c.dep_ in {"nsubj", "nsubjpass"})
    ):
        # ("nobody knows where they were taken": the question's passive subject is the people)
        return False  # "nobody has heard from them since": no one has, of these people in particular
    return any(t.tag_ in {"VBZ", "VBP", "MD"} for t in tensed) and not any(t.tag_ == "VBD" for t in tensed)

"""Inspection teams at work: a team its own words call inspecting ("an inspection team", "a
detection squad", "a team of inspectors"), told by its own verb of ongoing work, is a campaign
of control where it works, a crackdown ("an inspection group from the
Central Committee has been going through the books of every factory in Kaechon").

The team is read only as the subject of a verb of work in a main clause (or a clause a source
reports), never in a clause that times or describes something else ("after an inspection team
from Pyongyang found the fees, three officers were dismissed": the team is background there).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tessera.events.lexicon import Match, Phrase, TriggerEntry
from tessera.language.table import token_table

# Nouns of a body of people sent to check, and the words that make one an inspecting body
# ("an inspection team", "a detection group", "a team of inspectors").
TEAM_NOUNS = frozenset({"team", "group", "squad", "brigade"})
INSPECTOR_NOUNS = frozenset({"inspector", "investigator", "auditor"})  # "a team of inspectors"
INSPECTING_WORDS = frozenset(
    {
        "inspection",
        "inspector",
        "investigation",
        "investigative",
        "detection",
        "surveillance",
        "crackdown",
        "audit",
        "109",
        "anti",
        "non",
    }
)

# Words of a body that polices residents, whose patrols are sent to check them ("police patrols",
# "youth league patrols", "patrols of the Ministry of Social Security").
POLICING_BODY_WORDS = frozenset({"police", "league", "security", "inspection", "party", "militia", "109"})

# Verbs of a team's ongoing work where it was sent ("arrived in", "has been combing",
# "went through the books", "targets smugglers"); "go" and "be" only with the preposition
# that makes them work ("going through", "has been in Hoeryong since March"; "at" only in the
# perfect, a stay at the place checked: "has been at the hospital since last week", not "was at
# the meeting").
WORK_VERBS = frozenset(
    {
        "arrive",
        "descend",
        "comb",
        "scour",
        "sweep",
        "audit",
        "patrol",
        "target",
        "work",
        "ride",
        "inspect",
        "board",
    }
)
# Verbs that start a team's work, and the work they start ("began auditing the units").
STARTING_VERBS = frozenset({"begin", "start"})
WORK_BEGUN = WORK_VERBS | {"check", "investigate", "examine", "review"}
# ("riding", which the tagger may take for a form of "rid")
WORK_FORMS = frozenset({"riding"})
PREPOSITIONAL_WORK = {"go": frozenset({"through"}), "be": frozenset({"in", "out", "at"})}
PERFECT_ONLY_PREPS = frozenset({"at"})
# Verbs whose passive subject is a team sent to work ("a team was dispatched to Hyesan").
SENDING_VERBS = frozenset({"dispatch", "send", "deploy", "station"})

# Links by which a clause stays a main clause or one a source reports ("a source said the
# team has arrived"), or is joined to one ("arrived and began checking").
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "conj"})
REPORTING_VERBS = frozenset({"say", "tell", "report", "add", "confirm", "explain"})

TEAM_AT_WORK = TriggerEntry(
    type="crackdown",
    phrase=Phrase.parse("team at work"),
    text="(an inspection team at work)",
    pos=frozenset({"VERB", "AUX"}),
    passive=False,
    active_with_object=False,
    weight=0.6,
    kind=None,
)


def _named_as_inspecting(noun: Token) -> bool:
    """ "An inspection team", "a detection group", "a team of inspectors": the team's own words
    say it checks."""
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nummod", "nmod"} and child.lemma_.lower() in INSPECTING_WORDS:
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            return any(g.lemma_.lower() in INSPECTOR_NOUNS for g in child.children if g.dep_ == "pobj")
    return False


def inspecting_body(noun: Token) -> bool:
    """A body of people sent to check, not any group ("a group of traders"): a team its own words
    call inspecting. (A team known only by the body that sent it, "a team from the consulate
    arrived", and inspectors so named, are as often sent to escort or question someone or to
    search one place: measured, they read more false alarms than campaigns.)"""
    if noun.lemma_.lower() == "patrol":
        return _patrol_of_a_policing_body(noun)
    return noun.lemma_.lower() in TEAM_NOUNS and _named_as_inspecting(noun)


def _patrol_of_a_policing_body(noun: Token) -> bool:
    """ "Police patrols have been combing the markets", "youth league patrols have
    been out in force in Pyongsong", "patrols of the Ministry of Social Security": patrols its
    own words give to a body that polices residents are a campaign at work. Patrols named by no
    such body, or by the border they guard ("border patrols caught a woman"), stay a guard's
    routine (a restriction or an arrest, when their act says so)."""
    owners = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    owners += [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.subtree]
    return any(t.lemma_.lower() in POLICING_BODY_WORDS for t in owners)


def _work_verb(verb: Token, subject: Token) -> bool:
    """Whether the verb tells the subject team at work where it was sent."""
    lemma = verb.lemma_.lower()
    if subject.dep_ == "nsubjpass":
        return lemma in SENDING_VERBS
    if lemma in WORK_VERBS or verb.lower_ in WORK_FORMS:
        return True
    if lemma in STARTING_VERBS:
        # "an inspection team began work in Hyesan", "began auditing border units": the team's work begun
        return any(c.dep_ in {"dobj", "xcomp"} and c.lemma_.lower() in WORK_BEGUN for c in verb.children)
    preps = PREPOSITIONAL_WORK.get(lemma)
    if preps is None:
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children):
        preps = preps - PERFECT_ONLY_PREPS
    # ("have been out in force": the parser makes "out" an adverb)
    return any(c.dep_ in {"prep", "prt", "advmod"} and c.lower_ in preps for c in verb.children)


def _main_clause(verb: Token) -> bool:
    """The verb heads the sentence, a clause a source reports, or one joined to either: not a
    clause that times, explains or describes another ("after a team arrived", "a team which
    came")."""
    token = verb
    while token.dep_ != "ROOT":
        if token.dep_ not in MAIN_CLAUSE_DEPS:
            return False
        if token.dep_ == "ccomp" and token.head.lemma_.lower() not in REPORTING_VERBS:
            return False  # "traders fear that a team will arrive": awaited, not at work
        token = token.head
    return True


def teams_at_work(doc: Doc, start: int, end: int) -> list[Match]:
    """The verbs in tokens [start, end) that tell an inspecting body at work, as crackdown
    matches of the verb alone."""
    found = []
    # (asked of every sentence: only a subject named by a team's or a patrol's word, sifted in
    # the Doc's table, can be an inspecting body, and only for it is a Token built)
    table = token_table(doc)
    dep, lemma = table.dep, table.lemma
    for i in range(start, end):
        if dep[i] not in {"nsubj", "nsubjpass"} or not (lemma[i] == "patrol" or lemma[i] in TEAM_NOUNS):
            continue
        noun = doc[i]
        if not inspecting_body(noun):
            continue
        verb = noun.head
        if verb.pos_ in {"VERB", "AUX"} and _work_verb(verb, noun) and _main_clause(verb):
            found.append(Match(TEAM_AT_WORK, verb.i, verb.i + 1))
    return found

"""Background told beside the news: clauses that describe people, places or a pattern by an act,
and acts that are only feared, awaited or denied.

A report about one arrest also says who the people are ("relatives who defected"), what usually
happens ("in the past, those who reached the border were allowed on"), what a country is like
("deported to a country where they can expect prison") and what people wait for ("until the
fugitives are caught"). The words of an event are there, but no event is told. Each rule below
reads the dependency parse; the words it needs are data (src/tessera/data/events/background.json).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from tessera.data import load_json
from tessera.events.clauses import governors
from tessera.events.lexicon import lexicon
from tessera.events.status import STATISTIC_NOUNS
from tessera.model import PEOPLE_EVENT_TYPES


@cache
def words() -> dict[str, frozenset[str]]:
    data = load_json("events", "background.json")
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}


def is_background(trigger: Token, event_type: str) -> bool:
    """Whether the trigger tells background rather than an event (see the module docstring)."""
    if event_type in PEOPLE_EVENT_TYPES and (describes_by_kin(trigger) or caught_in_a_told_way(trigger)):
        return True
    if event_type == "interrogation" and inquiry_into_a_matter(trigger):
        return True
    if event_type == "arrest" and picked_up_at_sea(trigger):
        return True
    if event_type == "escape" and news_travelling(trigger):
        return True
    return (
        in_general_time(trigger)
        or people_in_general(trigger)
        or counted_in_a_statistic(trigger)
        or known_habit(trigger)
        or under_a_pattern_noun(trigger)
        or describes_a_place(trigger)
        or awaited_until(trigger)
        or (event_type in PEOPLE_EVENT_TYPES and what_was_fled(trigger))
        or listed_kind_of_abuse(trigger)
        or denied_by_no(trigger)
        or said_to_be_frequent(trigger)
        or counterfactual(trigger)
    )


def _chain(trigger: Token) -> list[Token]:
    return [trigger, *governors(trigger)]


def _clause_of(trigger: Token) -> Token:
    chain = _chain(trigger)
    return chain[-1]


def _dated(clause: Token) -> bool:
    return any(t.ent_type_ in {"DATE", "TIME"} for t in clause.subtree)


def _kin(noun: Token) -> bool:
    """ "relatives", "his wife", "family members": someone named by a tie to someone else."""
    kin = words()["kin_nouns"]
    if noun.lower_ in kin or noun.lemma_.lower() in kin:
        return True
    return any(c.dep_ == "compound" and c.lower_ in kin for c in noun.children)


def describes_by_kin(trigger: Token) -> bool:
    """A people event in a relative clause, with no date of its own, that says who someone is by
    what a relative of theirs did: "households whose sons fled abroad were moved to farms",
    "most of those held have relatives who defected", "the parents of a teacher who escaped were
    questioned". The report is about the kin; the flight (or arrest) is how they are known.
    ("the parents of a soldier who defected on Monday": a dated act is news of its own.)"""
    clause = _clause_of(trigger)
    if clause.dep_ not in {"relcl", "acl"} or clause.head.i == clause.i or _dated(clause):
        return False
    described = clause.head
    # "households whose family members fled": the clause's subject is someone's kin
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is not None and any(c.tag_ == "WP$" for c in subject.children) and _kin(subject):
        return True
    # "have relatives who defected": kin held by the main clause's subject
    if _kin(described) and described.dep_ == "dobj" and described.head.lemma_.lower() == "have":
        return True
    # "the parents of a nurse who escaped": the one described is the kin's relative
    of = described.head if described.dep_ == "pobj" else None
    return of is not None and of.lower_ == "of" and of.head.i != of.i and _kin(of.head)


def news_travelling(trigger: Token) -> bool:
    """ "according to letters reaching Tokyo", "reports filtering out of the country": news
    travels, no one crosses a border. (The content of news, "the news that China deported
    them", is another matter: it tells the event.)"""
    if trigger.dep_ not in {"acl", "relcl"} or trigger.head.i == trigger.i:
        return False
    if any(c.dep_ == "mark" for c in trigger.children):
        return False  # "reports that …": a content clause
    if trigger.dep_ == "relcl" and not any(
        c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in trigger.children
    ):
        return False  # "the report it received": the news is not what moves
    noun = trigger.head
    return noun.lower_ in words()["information_nouns"] or noun.lemma_.lower() in words()["information_nouns"]


def _phrase(prep: Token) -> str:
    return " ".join(t.lower_ for t in prep.subtree)


def _general_time(verb: Token) -> bool:
    """The verb, or a verb it is conjoined to, carries an adverb of occasional habit or a phrase
    of no particular time ("in past cases they were fined or jailed": "jailed" too)."""
    adverbs = words()["occasional_adverbs"] | lexicon().cues["habitual_words"]
    verbs = [verb]
    while verbs[-1].dep_ == "conj" and verbs[-1].head.i != verbs[-1].i and len(verbs) < 6:
        verbs.append(verbs[-1].head)
    for token in verbs:
        if any(c.dep_ == "advmod" and c.lower_ in adverbs for c in token.children):
            return True
        if any(c.dep_ == "prep" and _phrase(c) in words()["general_time_phrases"] for c in token.children):
            return True
        if any(
            c.dep_ == "prep" and c.i < token.i and _phrase(c) in words()["fronted_time_phrases"]
            for c in token.children
        ):
            return True
    return False


def in_general_time(trigger: Token) -> bool:
    """A clause set in no particular time tells a pattern, not an event: "in past cases, migrants
    have been fined and deported", "the ministry has in recent years tightened checks at ports",
    "Burma has sometimes sent people back". So does a relative clause describing people whose own
    clause tells such a pattern: "in the past, travellers who reached the frontier have usually
    been let through". ("in the past two weeks" names a time, not a pattern.)"""
    chain = _chain(trigger)
    if any(_general_time(token) for token in chain):
        return True
    clause = chain[-1]
    if clause.dep_ in {"relcl", "acl"} and clause.head.i != clause.i and not _dated(clause):
        holder = clause.head
        while holder.head.i != holder.i and holder.pos_ not in {"VERB", "AUX"}:
            holder = holder.head
        return _general_time(holder)
    return False


# Prepositions whose object is a topic: "a question about migrants detained abroad".
TOPIC_PREPOSITIONS = frozenset({"about", "on", "regarding", "concerning", "over", "for"})


def _bare_plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "amod" and c.like_num) for c in noun.children
    )


def people_in_general(trigger: Token) -> bool:
    """People named, in no particular time, by what is done to people like them: "a question
    about migrants detained abroad", "inmates held on espionage charges can be transferred to a camp
    without trial", "any worker caught leaving is punished". Whoever fits the description, not
    news of one event. ("migrants detained in Laos last week": dated, an event.)"""
    clause = _clause_of(trigger)
    if clause.dep_ not in {"acl", "relcl"} or clause.head.i == clause.i or _dated(clause):
        return False
    people = clause.head
    if any(c.dep_ == "det" and c.lower_ in {"every", "any", "each"} for c in people.children):
        return True
    if not _bare_plural(people):
        return False
    if people.dep_ == "pobj" and people.head.lower_ in TOPIC_PREPOSITIONS:
        return True
    holder = people.head
    generic_modals = lexicon().cues["generic_modals"]
    return people.dep_ in {"nsubj", "nsubjpass"} and any(
        c.dep_ == "aux" and c.lower_ in generic_modals for c in holder.children
    )


def counted_in_a_statistic(trigger: Token) -> bool:
    """ "the number of migrants who have reached the South this year rose to five": people
    counted by what they did, not one event (the relative-clause form of a statistic)."""
    clause = _clause_of(trigger)
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return False
    people = clause.head
    of = people.head
    return (
        people.dep_ == "pobj"
        and of.lower_ == "of"
        and of.head.i != of.i
        and of.head.lower_ in STATISTIC_NOUNS
    )


def known_habit(trigger: Token) -> bool:
    """ "agents are known to hunt down runaway workers", "guards tend to beat newcomers": what
    someone is known for or tends to do is a habit, not one event."""
    for token in _chain(trigger):
        if token.dep_ != "xcomp":
            continue
        above = token.head
        if above.lemma_.lower() == "tend":
            return True
        if above.lemma_.lower() == "know" and any(c.dep_ == "auxpass" for c in above.children):
            return True
    return False


def under_a_pattern_noun(trigger: Token) -> bool:
    """ "the regime has a history of purging its envoys", "the practice of sending migrants back":
    an act named as what a pattern or a policy consists of."""
    pattern = words()["pattern_nouns"]
    for token in _chain(trigger):
        if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "of":
            noun = token.head.head
            if noun.lemma_.lower() in pattern and not any(c.dep_ == "nummod" for c in noun.children):
                return True
    return False


def describes_a_place(trigger: Token) -> bool:
    """A clause opened by "where" that describes a place by what may happen there, or by what
    happens there to anyone: "deported to a country where they can expect prison", "held in
    camps where inmates are beaten". It is about the place. ("the centre where they are being
    questioned", about these people now, tells an event; so does "sent to Laos, where they will
    be handed on to the North", what looms for them.)"""
    clause = _clause_of(trigger)
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for c in clause.children):
        return False
    # a consequence that may come, named by a noun ("where they will face torture"); a verb for
    # these people ("where they will be handed on to the North") tells what looms for them
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ in words()["future_modals"] for c in clause.children
    ):
        return True
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NNS":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children)


def awaited_until(trigger: Token) -> bool:
    """ "the curfew stays until the runaways are found": a clause under "until" in the
    present tells what is awaited, not what happened ("held until they were deported" did)."""
    for token in _chain(trigger):
        if any(c.dep_ == "mark" and c.lower_ in {"until", "till"} for c in token.children):
            tensed = [token, *(c for c in token.children if c.dep_ in {"aux", "auxpass"})]
            return any(t.tag_ in {"VBZ", "VBP"} for t in tensed) and not any(
                t.tag_ in {"VBD", "MD"} for t in tensed
            )
    return False


def what_was_fled(trigger: Token) -> bool:
    """ "they fled to escape hunger and forced labour", "he went into hiding to avoid arrest": the
    object of a verb of flight is what was feared, not an event that happened. (A measure fled,
    "they fled the crackdown", was in force: it stays.)"""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in words()["flight_verbs"]


def listed_kind_of_abuse(trigger: Token) -> bool:
    """A bare event noun in a list of kinds of abuse: "abuses including executions and torture",
    "the group has documented beatings and forced labour in detention centres". Kinds of acts
    are listed, no one event. ("documented the beating of two women" names its people.)"""
    if trigger.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    listing = words()["enumerating_words"]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in listing:
        return True  # "including executions", "such as beatings"
    if noun.dep_ == "pobj" and head.lower_ == "as" and head.head.lower_ == "such":
        return True
    # "beatings have been documented in the camps": the same list in the passive
    return noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in listing and not _dated(head)


def denied_by_no(trigger: Token) -> bool:
    """ "there was no trial", "no arrests have been reported": an event noun with "no" is denied."""
    return trigger.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.children)


# Manner words that point back to a way of catching told before.
TOLD_MANNER = frozenset(
    {"in this way", "in that way", "this way", "that way", "like this", "like that", "thus"}
)


def caught_in_a_told_way(trigger: Token) -> bool:
    """ "four students detained in this way were forced to apologise": people named by a
    catching the report has told already (the patrols' stops), not a new arrest. ("Two more
    were caught this way on Monday": dated, an event.)"""
    if trigger.dep_ not in {"acl", "relcl"} or _dated(trigger):
        return False
    manners = [_phrase(c) for c in trigger.children if c.dep_ in {"prep", "advmod", "npadvmod"}]
    return any(m in TOLD_MANNER for m in manners)


def inquiry_into_a_matter(trigger: Token) -> bool:
    """ "the ministry is investigating how the dinghy went unnoticed": an inquiry into a question,
    with no one questioned, is no interrogation ("investigating the two men" questions people)."""
    if trigger.pos_ != "VERB" or any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        return False
    return any(
        c.dep_ == "ccomp" and any(w.tag_ in {"WRB", "WP", "WDT"} or w.lower_ == "whether" for w in c.children)
        for c in trigger.children
    )


def picked_up_at_sea(trigger: Token) -> bool:
    """ "the four were picked up by a fishing boat off the coast": taken aboard by a craft, a
    rescue, not an arrest (who runs the craft may detain them later, told in its own words)."""
    if trigger.lemma_.lower() != "pick":
        return False
    vessels = words()["vessel_nouns"]
    for agent in (c for c in trigger.children if c.dep_ == "agent"):
        if any(p.dep_ == "pobj" and p.lower_ in vessels for p in agent.children):
            return True
    return False


def said_to_be_frequent(trigger: Token) -> bool:
    """ "traders say police raids in the port are rare", "beatings are common in the camps": an event
    noun whose predicate is how often such things happen names a pattern, not one event."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj":
        return False
    verb = trigger.head
    return any(c.dep_ == "acomp" and c.lower_ in words()["frequency_adjectives"] for c in verb.children)


def counterfactual(trigger: Token) -> bool:
    """ "a few more hours and they would have reached the Mekong": "would have" with a past participle
    tells what did not happen ("they may have fled", a guess about the past, is another thing)."""
    for token in _chain(trigger):
        auxiliaries = [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]
        if "would" in auxiliaries and "have" in auxiliaries and token.tag_ == "VBN":
            return True
    return False

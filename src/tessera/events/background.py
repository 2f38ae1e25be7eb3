"""Background told beside the news: clauses that describe people, places or a pattern by an act,
and acts that are only feared, awaited or denied.

A report about one arrest also says who the people are ("relatives who defected"), what usually
happens ("in the past, those who reached the border were allowed on"), what a country is like
("deported to a country where they can expect prison") and what people wait for ("until the
fugitives are caught"). The words of an event are there, but no event is told. Each rule below
reads the dependency parse; the words it needs are data (src/tessera/data/events/background.json).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TypeVar

from spacy.tokens import Doc, Span, Token

from tessera.data import load_json
from tessera.events.actors import actor_words
from tessera.events.choosing import CHOICE_VERBS
from tessera.events.clauses import (
    FACE_FORMS,
    agents_of,
    clause_head,
    clause_indices,
    date_after_clause,
    doc_text,
    face_before,
    governors,
    is_passive,
    own_subject,
    prep_objects,
    sentence_of,
    sentences_back,
    subject_of,
    told_in_present,
    verb_above,
)
from tessera.events.deaths import DETAINEE_NOUNS
from tessera.events.lexicon import lexicon, sentence_triggers
from tessera.events.people import names_things, speaks_as_subject
from tessera.events.status import (
    APPEAL_VERBS,
    FORBIDDING_VERBS,
    GENERIC_PRONOUNS,
    STATISTIC_NOUNS,
    TIME_UNITS,
    _particular,
    _partitive,
    conditional_for_particular,
    hearsay,
    of_particular_people,
    past_read_as_present,
    pending_fate,
    simple_present,
)
from tessera.events.victims import kin_words, people_words, person_nouns, read_victims, victim_groups
from tessera.language import PLACE_ENTITY_LABELS
from tessera.language.table import TokenTable, per_token, token_table
from tessera.model import PEOPLE_EVENT_TYPES


@cache
def words() -> dict[str, frozenset[str]]:
    data = load_json("events", "background.json")
    return {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}


def is_background(trigger: Token, event_type: str) -> bool:
    """Whether the trigger tells background rather than an event (see the module docstring)."""
    if event_type in PEOPLE_EVENT_TYPES and (
        describes_by_kin(trigger) or describes_the_teller(trigger) or caught_in_a_told_way(trigger)
    ):
        return True
    if event_type == "interrogation" and (
        inquiry_into_a_matter(trigger)
        or matter_investigated(trigger)
        or screening_of_arrivals(trigger)
        or summoned_to_a_gathering(trigger)
        or audience_summoned(trigger)
        or questioning_before_resettlement(trigger)
        or questioned_by_overseers(trigger)
        or summoned_home(trigger)
    ):
        return True
    if event_type == "arrest" and (
        uncounted_rest_held(trigger)
        or picked_up_at_sea(trigger)
        or found_at_sea(trigger)
        or caught_by_the_weather(trigger)
        or where_held_asked(trigger)
    ):
        return True
    if event_type == "escape" and (news_travelling(trigger) or matter_reaching(trigger)):
        return True
    if event_type == "escape" and (
        counted_over_a_period(trigger) or helper_fled(trigger) or describes_a_route(trigger)
    ):
        return True
    if event_type == "disappearance" and (
        lacks_a_thing(trigger) or thing_gone(trigger) or heard_nothing_of_a_thing(trigger)
    ):
        return True
    if event_type in PEOPLE_EVENT_TYPES and access_sought(trigger):
        return True
    if event_type in MEASURE_TYPES and cause_of_a_change(trigger):
        return True
    if event_type == "search" and (
        inspection_that_led_to(trigger) or check_at_a_control_point(trigger) or raid_as_the_manner(trigger)
    ):
        return True
    if event_type == "escape" and stray_crossing(trigger):
        return True
    if event_type == "movement_restriction" and (
        setting_of_another_act(trigger) or start_of_a_period(trigger)
    ):
        return True
    if event_type == "crackdown" and (known_campaign_as_setting(trigger) or tracing_that_led_to(trigger)):
        return True
    if event_type == "repatriation" and (
        returned_by_own_wish(trigger) or sent_back_within_the_country(trigger)
    ):
        return True
    if event_type == "arrest" and (
        caught_as_a_condition(trigger)
        or moved_out_of_custody(trigger)
        or transferred_in_custody(trigger)
        or named_by_what_was_found_on_them(trigger)
        or caught_in_the_act_before_a_penalty(trigger)
    ):
        return True
    if event_type == "escape" and (
        crossing_where_shot(trigger)
        or share_of_arrivals(trigger)
        or flight_describing_a_class(trigger)
        or arrival_told_of_most(trigger)
        or journey_forbidden(trigger)
    ):
        return True
    if event_type in PEOPLE_EVENT_TYPES and (studied_population(trigger) or kin_object_described(trigger)):
        return True
    if event_type in PEOPLE_EVENT_TYPES and done_with_a_company_told(trigger):
        return True
    if event_type in PEOPLE_EVENT_TYPES and stated_under_a_rule(trigger):
        return True
    if event_type == "movement_restriction" and restriction_under_a_standing_rule(trigger):
        return True
    if event_type in {"arrest", "punishment"} and held_in_an_estimated_range(trigger):
        return True
    if event_type == "punishment" and (
        military_service(trigger)
        or self_criticism_written(trigger)
        or service_told_by_its_length(trigger)
        or loss_of_post_describing_a_person(trigger)
    ):
        return True
    if event_type == "escape" and (
        flight_of_a_sample(trigger)
        or journey_waited_for(trigger)
        or flight_that_sorts_people(trigger)
        or flights_in_the_plural(trigger)
    ):
        return True
    if event_type in PEOPLE_EVENT_TYPES and (
        offence_of_a_penalty_in_prospect(trigger)
        or offence_naming_a_class(trigger)
        or class_whose_condition_is_told(trigger)
        or class_named_by_participle_in_a_present_statement(trigger)
    ):
        return True
    if in_a_heading(trigger) or in_a_run_in_heading(trigger):
        return True
    if told_of_a_share(trigger) or named_as_a_kind(trigger) or listed_cases(trigger) or tally_since(trigger):
        return True
    if event_type not in {"movement_restriction", "crackdown"} and set_by_an_instrument(trigger):
        return True
    if event_type in {"movement_restriction", "crackdown"} and power_granted_by_an_instrument(trigger):
        return True
    return (
        in_general_time(trigger)
        or under_a_habitual_clause(trigger)
        or people_in_general(trigger)
        or described_class_under_a_rule(trigger)
        or anyone_who_might(trigger)
        or one_of_a_kind_under_a_rule(trigger)
        or counted_in_a_statistic(trigger)
        or known_habit(trigger)
        or under_a_pattern_noun(trigger)
        or (
            describes_a_place(trigger)
            and not (event_type == "search" and searched_at_a_particular_place(trigger))
        )
        or awaited_until(trigger)
        or (event_type in PEOPLE_EVENT_TYPES and what_was_fled(trigger))
        or listed_kind_of_abuse(trigger)
        or named_as_a_topic(trigger)
        or asked_for_in_general(trigger)
        or denied_by_no(trigger)
        or (denied_by_none(trigger) and not none_went_out(trigger, event_type))
        or said_to_be_frequent(trigger)
        or counterfactual(trigger)
        or ranked_against_others(trigger)
        or participle_read_as_verb(trigger)
        or faced_by_a_class(trigger)
        or prospect_of_a_class(trigger)
        or judged_for_difficulty(trigger)
        or dates_a_period(trigger)
        or compared_with_than(trigger)
        or asked_how_many(trigger)
        or asked_in_a_question(trigger)
        or put_as_a_direct_question(trigger)
        or (event_type == "escape" and journey_on_a_timetable(trigger))
        or charged_as_a_practice(trigger)
        or every_such_act(trigger)
        or (event_type in PEOPLE_EVENT_TYPES and those_who_will_face(trigger))
        or (event_type == "violence" and (killed_by_a_calamity(trigger) or natural_death_as_told(trigger)))
        or denied_report(trigger)
        or feared_kind_of_harm(trigger, event_type)
        or harm_foreseen_after_a_return(trigger, event_type)
        or what_an_inquiry_may_find(trigger)
        or liable_under_a_rule(trigger)
        or offence_made_punishable(trigger, event_type)
        or possibility_not_ruled_out(trigger)
        or further_acts_forecast(trigger)
        or trial_of_a_thing(trigger)
        or what_something_is_used_for(trigger)
        or interviewer_recalling_the_guest(trigger)
        or done_in_turn_by_a_third(trigger)
        or (event_type in PEOPLE_EVENT_TYPES and rule_told_in_the_present(trigger))
    )


# Types that name a measure rather than an act against particular people.
MEASURE_TYPES = frozenset({"movement_restriction", "crackdown", "search", "punishment"})


def _chain(trigger: Token) -> list[Token]:
    return [trigger, *governors(trigger)]


def _clause_of(trigger: Token) -> Token:
    chain = _chain(trigger)
    return chain[-1]


@per_token("tessera_dated_clauses")
def _dated(clause: Token) -> bool:
    """A date in the clause, or right after a relative clause on the subject ("men who were
    caught in Laos last week fear deportation": the parser may hang it on the main verb)."""
    table = token_table(clause.doc)
    return any(table.ent_type[i] in {"DATE", "TIME"} for i in table.subtree(clause.i)) or date_after_clause(
        clause
    )


def _kin(noun: Token) -> bool:
    """ "relatives", "his wife", "family members": someone named by a tie to someone else."""
    kin = kin_words()
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
    # "the parents of a nurse who escaped": the one described is the kin's relative ("a family of
    # four who fled": a count of the kin themselves, who are the ones told of)
    of = described.head if described.dep_ == "pobj" and not described.like_num else None
    return of is not None and of.lower_ == "of" and of.head.i != of.i and _kin(of.head)


# Verbs whose object is the one a report cites as its teller ("citing a witness who ...").
CITING_VERBS = frozenset({"cite", "quote"})
# Adverbs that make a relative clause a sequel to the news ("a witness who later fled"), which
# the gold reads both ways; such clauses are left as they are.
SEQUEL_ADVERBS = frozenset({"later", "then", "since", "subsequently", "afterwards"})


def _teller(noun: Token) -> bool:
    """The noun names who tells the report: the subject of a verb of speech ("a teacher ...
    said"), the one cited ("citing a witness"), or the one after "according to"."""
    while noun.dep_ in {"appos", "conj"} and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    if noun.dep_ == "nsubj":
        return speaks_as_subject(noun)
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in CITING_VERBS
    return noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according"


def describes_the_teller(trigger: Token) -> bool:
    """A people event in a relative clause on the one who tells the report, with neither a date
    nor a place of its own, says who the teller is, not what the report tells: "a teacher whose
    pupil was caught said bribes were paid", "citing a guard who was held in the same cell at the
    time". A teller's own act with a date or a place is news the gold keeps ("a woman who fled in
    2019 told the group", "a man who was held in Hyesan said"), and so is a sequel ("a witness
    who later fled")."""
    clause = _clause_of(trigger)
    if clause.dep_ != "relcl" or clause.head.i == clause.i or not _teller(clause.head):
        return False
    # (only "who", "whom" or "whose" describe a person: "the purge that ended with a hanging, a
    # source said" may be parsed with the purge as the teller)
    if not any(t.tag_ in {"WP", "WP$"} for t in clause.subtree if t.i < clause.i):
        return False
    # (a proper noun stands for a place the parser may not label: "who was held in Hyesan")
    return not _dated(clause) and not any(
        t.ent_type_ in PLACE_ENTITY_LABELS or t.pos_ == "PROPN" or t.lower_ in SEQUEL_ADVERBS
        for t in clause.subtree
    )


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


# Campaigns and inquiries, which spread from one body to the next ("the purge has reached the
# city committee").
CAMPAIGN_NOUNS = frozenset(
    {"campaign", "drive", "crackdown", "inspection", "investigation", "inquiry", "purge"}
)


def matter_reaching(trigger: Token) -> bool:
    """ "The case has also reached the border guards", "rumours of executions reached South Korean
    media", "the party's drive against factionalism has reached the city committee": a verb of
    reaching whose subject is news, a matter or a campaign (background.json's information_nouns
    and matter_nouns, CAMPAIGN_NOUNS) tells how far something spread; no one crossed a border.
    ("The family reached Seoul" has people as its subject.)"""
    if trigger.lemma_.lower() not in {"reach", "arrive"}:
        return False
    things = words()["information_nouns"] | words()["matter_nouns"] | CAMPAIGN_NOUNS
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in things or c.lower_ in things)
        for c in trigger.children
    )


def _phrase(prep: Token) -> str:
    return " ".join(t.lower_ for t in prep.subtree)


@cache
def _general_adverbs() -> frozenset[str]:
    """Adverbs of occasional habit: the data's and the event lexicon's habitual words."""
    return frozenset(words()["occasional_adverbs"] | lexicon().cues["habitual_words"])


def _phrase_at(table: TokenTable, prep: int) -> str:
    """`_phrase` of token `prep`, read from the Doc's table."""
    lower = table.lower
    return " ".join(lower[i] for i in table.subtree(prep))


@per_token("tessera_general_time")
def _general_time(verb: Token) -> bool:
    """The verb, or a verb it is conjoined to, carries an adverb of occasional habit or a phrase
    of no particular time ("in past cases they were fined or jailed": "jailed" too)."""
    adverbs = _general_adverbs()
    doc = verb.doc
    table = token_table(doc)
    dep, lower, head = table.dep, table.lower, table.head
    verbs = [verb.i]
    # (not past a conjunct with a subject of its own: "she was beaten regularly, and that she was
    # detained in a raid in May" tells the raid as one occasion)
    while (
        dep[verbs[-1]] == "conj"
        and head[verbs[-1]] != verbs[-1]
        and len(verbs) < 6
        and not own_subject(doc[verbs[-1]])
    ):
        verbs.append(head[verbs[-1]])
    general, fronted = words()["general_time_phrases"], words()["fronted_time_phrases"]
    for at in verbs:
        kids = table.children[at]
        if any(dep[c] == "advmod" and lower[c] in adverbs for c in kids):
            return True
        preps = [c for c in kids if dep[c] == "prep"]
        # (a phrase fronted before a participle the parser reads as a clausal subject is the
        # sentence's: "In most cases travellers stopped without a pass are fined")
        fronted_on_subject = [
            g
            for c in kids
            if dep[c] in {"csubj", "csubjpass"}
            for g in table.children[c]
            if dep[g] == "prep" and g < c
        ]
        if any(_phrase_at(table, c) in general for c in preps + fronted_on_subject):
            return True
        if any(_earlier_occasions(doc[c]) for c in preps):
            return True
        if any(c < at and _phrase_at(table, c) in fronted for c in preps):
            return True
    return False


# Adjectives that set a plural of occasions before the one the report tells ("in earlier drives").
EARLIER_WORDS = frozenset({"previous", "past", "earlier", "former", "prior"})


def _earlier_occasions(prep: Token) -> bool:
    """ "In previous campaigns", "in past crackdowns", "during earlier purges": a phrase of
    occasions before the one told, in the plural and uncounted, sets its clause in no particular
    time ("in the past two weeks" counts a time; "in the earlier raid" is one occasion)."""
    if prep.lower_ not in {"in", "during"}:
        return False
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return (
        noun is not None
        and noun.tag_ == "NNS"
        and any(c.dep_ == "amod" and c.lower_ in EARLIER_WORDS for c in noun.children)
        and not any(c.dep_ in {"det", "nummod", "poss"} for c in noun.children)
    )


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
        return _general_time(verb_above(clause.head))
    return False


# Prepositions whose object is a topic: "a question about migrants detained abroad".
TOPIC_PREPOSITIONS = frozenset({"about", "on", "regarding", "concerning", "over", "for"})


def _bare_plural(noun: Token) -> bool:
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} or (c.dep_ == "amod" and c.like_num) for c in noun.children
    )


# Nouns that name anyone at all when they follow "a": "a person without connections".
ANYONE_NOUNS = frozenset({"person", "individual", "someone", "somebody", "one"})


def anyone_who_might(trigger: Token) -> bool:
    """ "a person without connections may be sent to a camp for the same offence", "someone
    caught twice can be jailed": "a person" or "someone" under a modal of what can happen is
    anyone at all, a rule, not one event. ("A woman detained on Monday may be sent back" is
    about her.)"""
    head = clause_head(trigger)
    subject = subject_of(head)
    if subject is None:
        return False
    anyone = subject.lower_ in {"someone", "somebody"} or (
        subject.lower_ in ANYONE_NOUNS
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in subject.children)
    )
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ != "will" for c in head.children)
    return anyone and modal and not _dated(head)


# Determiners that make a singular noun with a present-tense description any one of a kind.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "any", "every"})
# Modals of what may befall one of a kind ("will" and "would" tell warnings, which the gold reads
# both ways).
POSSIBILITY_MODALS = frozenset({"can", "may", "might", "could"})
# Verbs through whose complement or conjunct a rule's subject still governs the act.
_RULE_LINKS = frozenset({"conj", "advcl", "ccomp", "xcomp"})


def _present_description(relative: Token) -> bool:
    """A relative clause in the simple present or under a modal ("who enters", "that loses",
    "who is caught", "who can be jailed"), with no date: it says what one does, not what someone
    did ("who has fled", "who is being held", "who was caught" tell of someone)."""
    auxes = [c for c in relative.children if c.dep_ in {"aux", "auxpass"}]
    if relative.tag_ == "VBG" or any(a.tag_ == "VBG" or a.lemma_.lower() == "have" for a in auxes):
        return False
    modal = any(a.tag_ == "MD" and a.lower_ in POSSIBILITY_MODALS for a in auxes)
    present = relative.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes)
    return (modal or present) and not dated_occasion(relative)


def one_of_a_kind(noun: Token) -> bool:
    """ "a foreigner who enters without papers", "a unit that loses a soldier", "any trader who
    can be jailed": a singular noun after "a", "any" or "every" that a present-tense relative
    clause describes is whoever fits the description, not someone the report tells of."""
    return (
        noun.tag_ == "NN"
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in noun.children)
        and any(c.dep_ == "relcl" and _present_description(c) for c in noun.children)
    )


def _possible_for(verb: Token) -> bool:
    """The verb says what may befall its subject: under "can", "may", "might" or "could", or
    "faces" in the present ("a broker who is caught faces years in prison")."""
    if any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children):
        return True
    return verb.lemma_.lower() == "face" and verb.tag_ == "VBZ"


def one_of_a_kind_under_a_rule(trigger: Token) -> bool:
    """ "Under the law, a foreigner who enters without papers may be detained, fined and
    deported", "a trader who deals abroad without approval can be fined", "a unit that loses a
    soldier across the border can expect its officers to be dismissed", "a broker who is caught
    faces years in prison": one of a kind (see `one_of_a_kind`) as the subject of what can or may
    befall it states a rule, and every act in the clause, and in the description itself ("who is
    caught", "who can be jailed"), is the rule's, not an event. ("A woman who has lived in hiding
    for years could be deported", "a woman detained last week may be sent back" tell of her.)"""
    verb = clause_head(trigger)
    if verb.dep_ == "relcl" and one_of_a_kind(verb.head):
        described = verb.head
        holder = described.head if described.dep_ in {"nsubj", "nsubjpass"} else None
        modal_inside = any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children)
        return modal_inside or (holder is not None and _possible_for(holder))
    for _ in range(4):
        subject = _one_before(verb)
        if subject is not None and _possible_for(verb):
            return not _names_an_occasion(verb)
        if verb.dep_ not in _RULE_LINKS or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


def _one_before(verb: Token) -> Token | None:
    """The verb's subject if it is one of a kind; else one of a kind whose description ends right
    before the verb's auxiliaries (the parser may hang "a foreigner who enters …" on a fronted
    phrase: "Under the law, a foreigner who enters without papers may be detained")."""
    subject = subject_of(verb)
    if subject is not None and (one_of_a_kind(subject) or _kin_of_one_of_a_kind(subject)):
        return subject
    table = token_table(verb.doc)  # (the children read in the Doc's table: no Token built for them)
    first = min(
        [c for c in table.children[verb.i] if table.dep[c] in {"aux", "auxpass", "neg"} and c < verb.i],
        default=verb.i,
    )
    if first == 0:
        return None
    before = verb.doc[first - 1]
    for noun in before.ancestors:
        if noun.i < first and noun.right_edge.i == first - 1 and one_of_a_kind(noun):
            return noun
    return None


def _kin_of_one_of_a_kind(noun: Token) -> bool:
    """ "A defector's relatives", "an escapee's family": people named through someone after "a",
    "an", "any" or "every", who is whoever fits, so they are too (what may befall them is a rule,
    "a defector's parents may be banished"; "his parents", "the defector's parents" are people
    told of)."""
    return any(
        c.dep_ == "poss"
        and c.tag_ == "NN"
        and any(d.dep_ == "det" and d.lower_ in INDEFINITE_DETERMINERS for d in c.children)
        for c in noun.children
    )


def _names_an_occasion(verb: Token) -> bool:
    """A date or time in the verb's clause that places it, not a term it may last ("for up to a
    year", "up to five years", "for months")."""
    doc = verb.doc
    own = set(clause_indices(verb))
    for start in _dating_entity_starts(doc):
        if start not in own:
            continue
        before = doc[start - 1].lower_ if start > 0 else ""
        if doc[start].lower_ not in {"up", "for"} and before not in {"for", "to", "of", "than"}:
            return True
    return False


def described_class_under_a_rule(trigger: Token) -> bool:
    """ "Foreigners who enter without permission can be held while their cases are investigated and
    then deported", "workers who leave their site must be reported": people named only by a
    description (a bare plural with a relative clause or a participle) as the subject of "can",
    "must" or "should" are whoever fits it; what the clause, and the clauses it carries, says
    befalls them is a rule. ("The workers who fled on Monday may be deported": dated, and "may"
    tells a risk to them.)"""
    generic_modals = lexicon().cues["generic_modals"]
    verb = clause_head(trigger)
    for _ in range(4):
        subject = subject_of(verb)
        if (
            subject is not None
            and _bare_plural(subject)
            and _names_people(subject)
            and any(c.dep_ in {"relcl", "acl"} for c in subject.children)
            and any(c.dep_ == "aux" and c.lower_ in generic_modals for c in verb.children)
        ):
            return not _dated(verb)
        if verb.dep_ not in {"conj", "advcl"} or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


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
    """ "the regime has a history of purging its envoys", "the practice of sending migrants back",
    "the pace of deportations has quickened": an act named as what a pattern or a policy consists
    of. So is one told as what a policy "is" ("the border police's practice is to return migrants
    who are caught"), with the people its relative clause describes."""
    pattern = words()["pattern_nouns"]
    chain = _chain(trigger)
    clause = chain[-1]
    if clause.dep_ == "relcl" and clause.head.i != clause.i:
        chain = chain + _chain(clause.head)  # "to return migrants who are caught": the return's clause
    for token in chain:
        if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "of":
            noun = token.head.head
            if noun.lemma_.lower() in pattern and not any(c.dep_ == "nummod" for c in noun.children):
                return True
        if token.dep_ == "xcomp" and token.head.lemma_ == "be":
            subject = subject_of(token.head)
            if subject is not None and subject.lemma_.lower() in pattern:
                return True
    return False


def describes_a_place(trigger: Token) -> bool:
    """A clause opened by "where" that describes a place by what may happen there, or by what
    happens there to anyone: "deported to a country where they can expect prison", "held in
    camps where inmates are beaten". It is about the place. ("the centre where they are being
    questioned", about these people now, tells an event, as does "the road where cars are being
    stopped", what goes on there now; so does "sent to Laos, where they will
    be handed on to the North", what looms for them.)"""
    clause = _clause_of(trigger)
    verbs = [clause]
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.pos_ in {"VERB", "AUX"}:
        clause = _clause_of(clause.head)  # "where inmates are starved and beaten": "beaten" too
        verbs.append(clause)
    # (the parser may hang "where" on the last verb of the list)
    if clause.dep_ != "relcl" or not any(c.lower_ == "where" for v in verbs for c in v.children):
        return False
    if any(v.tag_ == "VBG" or any(c.lower_ == "being" for c in v.children) for v in verbs):
        return False  # "the road where cars are being stopped": what goes on there now
    if (
        trigger.dep_ == "nsubj"
        and trigger.head.i == clause.i
        and clause.tag_ == "VBD"
        and clause.lemma_ != "be"
    ):
        return False  # "taken to the bureau, where interrogations began that night": an act told, in the past
    if _where_clause_in_the_past(clause):
        return False  # "kept at the post in Musan, where guards kicked the prisoners": told, not a habit
    # a consequence that may come, named by a noun ("where they will face torture"); a verb for
    # these people ("where they will be handed on to the North") tells what looms for them
    if trigger.pos_ == "NOUN" and any(
        c.dep_ == "aux" and c.lower_ in words()["future_modals"] for c in clause.children
    ):
        return True
    if trigger.pos_ == "NOUN" and _any_such_place(clause.head):
        return True  # "no one may be returned to a country where they face torture": any such country
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ != "NNS":
        return False
    return not any(c.dep_ in {"det", "poss", "nummod"} for c in subject.children)


def searched_at_a_particular_place(trigger: Token) -> bool:
    """ "North Korea has set up new checkpoints at the entrances to Sinuiju, where guards open bags
    and go through phones", "the Kilju junction, where officers demand permits and search
    luggage": a search told in a "where" clause of one particular place (a name, or a noun with
    its own determiner or modifier: "the junction", "new checkpoints") is the search done there
    now, a measure in force, not what such places are known for. Only a place of any kind keeps
    the clause a description ("sent to camps where belongings are searched", "a country where
    homes can be searched at will")."""
    clause = _clause_of(trigger)
    while clause.dep_ == "conj" and clause.head.i != clause.i and clause.pos_ in {"VERB", "AUX"}:
        clause = _clause_of(clause.head)
    if clause.dep_ != "relcl" or any(c.tag_ == "MD" for c in clause.children):
        return False  # ("a town where homes may be searched at any hour": what may happen there)
    place = clause.head
    return place.pos_ in {"NOUN", "PROPN"} and not _any_such_place(place)


def _any_such_place(place: Token) -> bool:
    """ "a country where they face torture", "countries where they risk prison": a place named
    with "a", "any" or as a bare plural is any place of that kind, so what its "where" clause
    names befalls no one told ("North Korea, where she faces prison", "the department, where
    they face questioning" name the place these people are in or are sent to)."""
    if place.pos_ != "NOUN":
        return False
    determiners = {c.lower_ for c in place.children if c.dep_ in {"det", "poss", "nummod"}}
    if determiners:
        return determiners <= {"a", "an", "any"}
    return place.tag_ == "NNS" and not any(c.dep_ == "amod" for c in place.children)


def _where_clause_in_the_past(clause: Token) -> bool:
    """A "where" clause whose verb is in the simple past tells what was done at the place, an
    act, not what the place is known for: "the market in Kowon, where inspectors fined a dozen
    traders on Friday", "she was kept at a county post, where guards kicked the prisoners". A
    verb whose past is spelled as its present ('unchanged_past_verbs': "where guards beat the
    prisoners", which the tagger may read as present) is read as past when the place hangs on a
    past-tense clause. A modal ("where they would face prison") or a present ("camps where
    inmates are beaten") keeps it a description."""
    if any(c.tag_ == "MD" for c in clause.children):
        return False
    if _past_tense(clause):
        return True
    if clause.tag_ != "VBP" or clause.lower_ not in words()["unchanged_past_verbs"]:
        return False
    return _past_tense(verb_above(clause.head))


def _past_tense(verb: Token) -> bool:
    """ "inspectors fined", "prisoners were kicked", "had beaten": the verb or its auxiliary is in
    the past tense."""
    return verb.tag_ == "VBD" or any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in verb.children)


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
    if _adjective_read_as_listed_verb(trigger):
        return True  # "documented beatings and forced labour": "forced" read as a verb of the list
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
    if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in listing and not _dated_act(head):
        return True
    return _deeper_in_a_described_list(trigger)


# Verbs that tell a list of kinds of acts (of the "enumerating_words"; "include", "such" are no verbs).
LISTING_VERBS = frozenset({"document", "describe", "record", "catalogue", "catalog", "detail", "list"})


def _deeper_in_a_described_list(trigger: Token) -> bool:
    """A bare event noun further down a list of kinds of abuse that a verb of describing tells:
    "survivors have described beatings during interrogation and forced labour", "detainees
    describe interrogations that last for weeks, beatings and hunger". The parser hangs the later
    items and their "during" phrases on the verb, on an earlier item or on a clause about it; all
    are kinds of acts listed, no one event. A clause with a subject of its own ("and several say
    they saw a public execution") tells something else, and a date ("described searches that ran
    from March until May") makes the list a particular account."""
    if trigger.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod"} for c in trigger.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in trigger.children):
        return False
    word = trigger
    for _ in range(8):
        head = word.head
        if head.i == word.i:
            return False
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in LISTING_VERBS and head.i < trigger.i:
            return not _dated_act(head)
        if _has_own_subject(head):
            return False
        word = head
    return False


def _has_own_subject(token: Token) -> bool:
    """A clause with a subject of its own; a relative pronoun ("interrogations that last for
    weeks") points back at the noun the clause describes and is none."""
    return any(
        c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.tag_ not in {"WDT", "WP"} for c in token.children
    )


def named_as_a_topic(trigger: Token) -> bool:
    """An act noun with no people of its own, named as the matter of concern, debate or study:
    "the resolution expressed concern about torture, arbitrary detention and restrictions on
    movement", "the minister raised the issue of forced repatriation with Beijing", "the envoy
    will present findings on forced labour". A kind of act is discussed; no event is told. ("They
    voiced concern about the repatriation of the nine" names its people, and stays.)"""
    noun = trigger.head if trigger.dep_ == "amod" and trigger.head.pos_ == "NOUN" else trigger
    if noun.pos_ != "NOUN" or any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    while prep.dep_ == "conj" and prep.head.i != prep.i:
        prep = prep.head  # "findings on forced labour and on people returned"
    if prep.lower_ not in {"about", "on", "over", "of", "regarding", "concerning"}:
        return False
    holder = prep.head
    topics = words()["topic_nouns"]
    if holder.lower_ in topics:
        return True
    # "present findings on forced labour": the phrase may hang on the verb of the topic noun
    return (
        holder.pos_ == "VERB"
        and prep.lower_ != "of"
        and any(c.dep_ == "dobj" and c.lower_ in topics for c in holder.children)
    )


# Verbs and nouns by which a body asks that something be done ("recommends that ...").
ASKING_WORDS = APPEAL_VERBS | {"recommend", "recommendation", "recommendations"}
# The links by which what is asked hangs on the word that asks ("recommends that ...", "urged
# China to ...", "calls for the closure"): not a coordinated or an adverbial clause ("called on
# states to act and said that ...", "urged Moscow to halt it, warning that ...").
ASKED_COMPLEMENTS = frozenset({"ccomp", "xcomp", "dobj", "prep"})
# Links by which a clause or phrase says what is asked ("urged China to end ...", "calls for the closure of ...").
ASKED_LINKS = frozenset(
    {"ccomp", "xcomp", "dobj", "pobj", "prep", "conj", "acl", "advcl", "nsubj", "relcl", "compound", "amod"}
)


def asked_for_in_general(trigger: Token) -> bool:
    """ "The rapporteur recommends that the government release all persons detained under the
    laws", "the report calls on the authorities to end incommunicado detention", "recommendations
    calling for the closure of prison camps": an act named inside what a body recommends, urges
    or calls for, with no particular people and no date of its own, is a policy asked for, not an
    event. ("Activists urged Beijing not to send back the nine women held in Tumen" names the
    people for whom a return looms, and stays.)"""
    path = [trigger]
    while path[-1].head.i != path[-1].i and path[-1].dep_ in ASKED_LINKS:
        path.append(path[-1].head)
        if path[-1].lemma_.lower() in ASKING_WORDS:
            break
    if len(path) < 2 or path[-1].lemma_.lower() not in ASKING_WORDS:
        return False
    asked = path[-2]  # the clause or phrase that says what is asked
    # (a bare verb the parser hangs on the asking verb is one more thing asked: "recommends that
    # the state repeal the laws, release all persons ...")
    if asked.dep_ not in ASKED_COMPLEMENTS and not (asked.dep_ == "advcl" and asked.tag_ == "VB"):
        return False  # ("urged Moscow to halt it, warning that he faces prison": what they warn of, not ask)
    asker = path[-1]
    if any(c.dep_ == "prt" and c.lower_ == "in" for c in asker.children):
        return False  # ("called in the two managers for questioning": a summons, nothing asked for)
    if asked.dep_ == "xcomp" and not any(c.dep_ == "dobj" or c.lower_ == "on" for c in asker.children):
        return False  # ("the other man has asked to stay in the South": his own act, how a defection is told)
    if any(t.ent_type_ in {"DATE", "TIME"} for t in asked.subtree):
        return False  # ("asked China to explain the detention of three men arrested in late August")
    # ("... the detention of three men who were arrested": the act describes people told)
    return not any(_people_told(t) or (_names_people(t) and _particular(t)) for t in path[:-1])


def _people_told(trigger: Token) -> bool:
    """Whether the act has people the story points at: "them", "the nine", "three women", "of the
    five" (not "all persons", "North Koreans")."""
    if trigger.pos_ == "NOUN":
        return of_particular_people(trigger) or any(c.dep_ in {"poss", "nummod"} for c in trigger.children)
    # (the ones the act befalls: "release them", "the nine be returned"; not "the government" doing it)
    people = [
        c
        for c in trigger.children
        if c.dep_ in {"dobj", "nsubjpass"}
        or (c.dep_ == "nsubj" and c.tag_ == "PRP" and c.lower_ not in {"it", "we"})
    ]
    if trigger.dep_ in {"acl", "relcl"}:
        people.append(trigger.head)
    return any(_particular(p) or p.like_num for p in people)


def _dated_act(verb: Token) -> bool:
    """A date in the verb's clause outside its subject: "the report, released last week,
    described killings" dates the report, not what it lists. A length of time ("interrogations
    that last for weeks") places nothing in time and is no date."""
    subject = {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}
    return any(
        t.ent_type_ in {"DATE", "TIME"} and t.i not in subject and not _a_length_of_time(t)
        for t in verb.subtree
    )


def _a_length_of_time(token: Token) -> bool:
    """A date word in a "for" phrase: "for weeks", "for three months" tell how long, not when."""
    word = token
    while word.dep_ in {"nummod", "amod", "compound", "quantmod", "det"} and word.head.i != word.i:
        word = word.head
    return word.dep_ == "pobj" and word.head.lower_ == "for"


def _adjective_read_as_listed_verb(trigger: Token) -> bool:
    """ "has documented beatings, sexual violence and forced labour": the parser may read the
    participle of "forced labour" as a verb joined to "documented" (or hung on it loosely:
    "described beatings, forced labour and starvation rations", its noun a modifier of the last
    item); with no subject of its own and its noun right after it, it is a kind of abuse in the
    list. (A date outside the list's subject makes the account particular; "detainees
    interviewed over the past decade" dates only who tells it.)"""
    if trigger.pos_ != "VERB" or trigger.dep_ not in {"conj", "dep"} or trigger.head.i == trigger.i:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in trigger.children):
        return False
    after = trigger.doc[trigger.i + 1] if trigger.i + 1 < len(trigger.doc) else None
    listed = after is not None and after.pos_ == "NOUN" and after in trigger.subtree and after.dep_ != "nsubj"
    head = trigger.head
    return listed and head.lemma_.lower() in words()["enumerating_words"] and not _dated_act(head)


def denied_by_no(trigger: Token) -> bool:
    """ "there was no trial", "no arrests have been reported": an event noun with "no" is denied;
    so is one named after "no such thing as" or "no such … as" ("there is no such thing as
    forced return", "there were no such arrests as the report claims")."""
    if trigger.pos_ == "NOUN" and _with_no(trigger):
        return True
    # (read from the words, not the parse, which may hang "as forced return" on the verb)
    doc = trigger.doc
    before = token_table(doc).lower[max(sentence_of(trigger).start, trigger.i - 6) : trigger.i]
    if "as" not in before:
        return False
    opening = before[: len(before) - 1 - before[::-1].index("as")]
    return opening[-3:-1] == ["no", "such"] or opening[-2:] == ["no", "such"]


# Nouns of news: "had no word of her son since May" is how a disappearance is told, not an act
# denied (the disappearance triggers of triggers.json that have "no word").
NEWS_NOUNS = frozenset({"word", "news"})


GOING_OUT_VERBS = frozenset({"go", "leave", "sail", "put"})


def none_went_out(trigger: Token, event_type: str) -> bool:
    """A restriction told by the going out that none did: "not one boat has gone out since
    March", "not a single boat has left the harbour" tell boats kept in, not a denied act."""
    return event_type == "movement_restriction" and trigger.lemma_.lower() in GOING_OUT_VERBS


def denied_by_none(trigger: Token) -> bool:
    """An act whose people, whose outcome or whose record is "none": "not a single person has
    been punished for his faith", "not one official has been held to account" (a subject
    counted as none), "the officer faces no charges" (an object with "no"), "it found no
    evidence to support a report that the army executed ten officers", "our monitors recorded
    no confirmed cases of forced return this month", "there is no such thing as forced
    repatriation" (the act is the content of a sign, a case, a report or a record, the
    evidence_nouns, case_nouns and record_nouns of background.json and the cues' report_nouns,
    or of "no such" thing, that the sentence says there is none of). Each denies the act; the
    report tells none. ("The guards gave no reason for the arrest" still tells the arrest.)"""
    subject = subject_of(clause_head(trigger))
    if subject is not None and _counted_as_none(subject):
        return True
    if any(c.dep_ == "dobj" and _with_no(c) and c.lemma_.lower() not in NEWS_NOUNS for c in trigger.children):
        return True
    holders = (
        words()["evidence_nouns"]
        | words()["case_nouns"]
        | words()["record_nouns"]
        | lexicon().cues["report_nouns"]
    )
    word = trigger
    for _ in range(8):
        if word.dep_ in {"relcl", "advcl", "parataxis", "conj"} or word.head.i == word.i:
            return False
        word = word.head
        if word.pos_ == "NOUN" and _with_no(word):
            return word.lemma_.lower() in holders or any(
                c.dep_ == "amod" and c.lower_ == "such" for c in word.children
            )
        if word.pos_ in {"VERB", "AUX"} and word.dep_ not in {"acl", "xcomp"}:
            return False
    return False


def _with_no(noun: Token) -> bool:
    """ "no charges", "no evidence": a noun with the determiner "no"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _counted_as_none(subject: Token) -> bool:
    """ "not a single person", "not one official": a subject negated as a whole or counted as
    not one."""
    if any(c.dep_ == "neg" for c in subject.children):
        return True
    return any(
        c.dep_ == "nummod" and c.lower_ == "one" and any(n.dep_ == "neg" for n in c.children)
        for c in subject.children
    )


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


# Words that put a journey on a timetable: "are expected to arrive", "was due to leave".
TIMETABLE_WORDS = frozenset({"expect", "expected", "due", "schedule", "scheduled"})


def journey_on_a_timetable(trigger: Token) -> bool:
    """A leg of a journey that people are expected, due or scheduled to make: "the three, who
    reached Mongolia last month, are expected to arrive in Seoul soon", "she was arrested days
    before she was due to leave for Thailand". Travel arranged ahead (a transfer after release,
    a booked departure) is the next step of a flight the report tells elsewhere, or of none; it
    is no flight of its own, neither made nor looming. ("They plan to cross into Laos" or "may
    try to cross" are intents and risks, and keep their reading.)"""
    if trigger.pos_ != "VERB" or trigger.dep_ != "xcomp" or trigger.head.i == trigger.i:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if trigger.lemma_.lower() in {"try", "attempt", "seek"}:
        return False  # "expected to try to cross": an attempt that looms, not a timetable
    head = trigger.head
    return head.lower_ in TIMETABLE_WORDS or head.lemma_.lower() in TIMETABLE_WORDS


# Verbs whose object clause is a question put or a thing not known: "asked who had helped him",
# "could not confirm where they were held", "are checking whether the two crossed the river".
ASKING_VERBS = frozenset(
    {
        "ask",
        "question",
        "interrogate",
        "investigate",
        "probe",
        "check",
        "confirm",
        "verify",
        "know",
        "learn",
        "establish",
        "determine",
        "focus",
        "wonder",
        "inquire",
        "enquire",
        "decide",
    }
)
# Words that open a question about people: who did it, where they are, whether they did it.
# ("how" and "when" are left out: "described how guards beat her" tells what happened, and a
# "when" clause is mostly a time.)
QUESTION_OPENERS = frozenset({"who", "whom", "where", "whether"})


def asked_in_a_question(trigger: Token) -> bool:
    """An act told only inside a question that someone asks or cannot answer: "officers asked who
    had helped him leave the farm", "the family asked the embassy to confirm where the men were
    held". A question does not tell its act: what it takes for granted (that he left, that they
    are held) is told, if at all, where the report says so. The questioning itself ("were
    questioned about who helped them") is told by the verb above, not here."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if pending_fate(trigger):
        return False  # "officials decide whether to deport them": their fate is still to come
    word = trigger
    for _ in range(4):
        head = word.head
        if head.i == word.i or word.dep_ not in {"xcomp", "ccomp", "pcomp", "conj"}:
            return False
        if word.dep_ in {"ccomp", "pcomp"} and word.doc[word.left_edge.i].lower_ in QUESTION_OPENERS:
            return any(a.lemma_.lower() in ASKING_VERBS for a in [head, *list(head.ancestors)[:2]])
        word = head
    return False


# Marks after which a question may stand inside a statement: an opening quote ("asked, 'Who
# sent you?'"), a colon ("asked me again and again: had I gone to church?", "Q: Was there a
# trial?") or a semicolon. The question begins after the last of them.
QUESTION_STARTS = frozenset({'"', "“", "‘", "'", ":", ";"})
# Links by which a clause describes a thing or sets a time or cause: an act told there is taken
# for granted by the question, not asked ("what happened to the men China returned?").
SUBORDINATE_DEPS = frozenset({"relcl", "acl", "advcl"})


def put_as_a_direct_question(trigger: Token) -> bool:
    """ "Q: Have there been arrests?", "Could they be punished?", "Will the Russians send him
    back?": an act that is the very thing a direct question asks about is not told; the answer,
    if it tells the act, is its own telling. The question is what stands between the last opening
    quote, colon or semicolon of the sentence (or its start) and its closing "?"; an act in a
    relative or adverbial clause of it is taken for granted and stays told ("What happened to the
    two men China returned in May?"), and so does an act told before the question ("he was
    interrogated, asked 'Who sent you?'", "the interrogators asked me again and again: had I
    prayed?")."""
    sentence = sentence_of(trigger)
    # (the marks found in the Doc's table: most sentences hold none, and no Token is built for them)
    texts = token_table(trigger.doc).text
    marks = [i for i in range(sentence.start, sentence.end) if texts[i] == "?"]
    if not marks or any(t.is_alpha for t in sentence[marks[-1] - sentence.start + 1 :]):
        return False
    end = marks[-1]
    if trigger.i > end:
        return False
    start = max(
        (t.i + 1 for t in sentence if t.i < end and t.text in QUESTION_STARTS), default=sentence.start
    )
    if trigger.i < start:
        return False
    word = trigger
    while word.head.i != word.i and start <= word.head.i <= end:
        if word.dep_ in SUBORDINATE_DEPS:
            return False
        word = word.head
    return word.dep_ not in SUBORDINATE_DEPS


def inquiry_into_a_matter(trigger: Token) -> bool:
    """ "the ministry is investigating how the dinghy went unnoticed": an inquiry into a question,
    with no one questioned, is no interrogation ("investigating the two men" questions people).
    A question about what people did is an inquiry into them: "the drivers were handed to the
    police, which is investigating whether they carried letters" questions the drivers."""
    if trigger.pos_ != "VERB" or any(c.dep_ in {"dobj", "nsubjpass"} for c in trigger.children):
        return False
    return any(
        c.dep_ == "ccomp"
        and any(w.tag_ in {"WRB", "WP", "WDT"} or w.lower_ == "whether" for w in c.children)
        and not _asks_about_people(c)
        for c in trigger.children
    )


# Pronouns that stand for people (not "it", which stands for a thing or the matter itself).
PERSONAL_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you"})


def _asks_about_people(question: Token) -> bool:
    """ "whether she had paid a broker": a yes-or-no question whose subject is a person who acted
    (a personal pronoun or a noun for people) asks whether someone did something, a suspicion they
    are questioned on. "how he crossed" or "why the guard was not alerted" asks how a known thing
    came about."""
    if not any(c.dep_ == "mark" and c.lower_ in {"whether", "if"} for c in question.children):
        return False
    people = person_nouns() | kin_words() | frozenset(w for group in victim_groups().values() for w in group)
    return any(
        c.dep_ == "nsubj"
        and (c.lower_ in PERSONAL_PRONOUNS or c.lemma_.lower() in people or c.lower_ in people)
        for c in question.children
    )


# Round quantities that count a crowd without counting it ("dozens", "several hundred").
ROUGH_QUANTITY_WORDS = frozenset(
    {"dozens", "hundreds", "thousands", "scores", "dozen", "hundred", "thousand"}
)


def uncounted_rest_held(trigger: Token) -> bool:
    """ "Dozens more North Koreans are still held in Chinese detention centres and could be
    returned within weeks", "hundreds more held in detention remain at risk of being sent back":
    the rest of a group, beyond the people the report tells of and counted only roughly, held
    as a standing condition (no one seen detaining them) is the background of a return that
    looms, not an arrest of its own. "Police detained a dozen more in Yanji" tells the act."""
    verb = trigger.head if trigger.dep_ == "acl" else clause_head(trigger)
    if any(c.dep_ in {"agent", "dobj"} for c in verb.children):
        return False
    # ("dozens more were detained in Yanji on Monday": a dated act, told)
    own_words = [t for c in verb.children if c.dep_ not in {"conj", "cc"} for t in c.subtree]
    if any(t.ent_type_ in {"DATE", "TIME"} and t.lower_ not in ROUGH_QUANTITY_WORDS for t in own_words):
        return False
    # the people: the words of the clause before the trigger, or the noun a participle describes
    words = [t for t in (trigger.head if trigger.dep_ == "acl" else verb).subtree if t.i < trigger.i]
    # ("dozens more", "several hundred more"; not the count "more than a dozen")
    rest = any(
        t.lower_ == "more" and t.i > 0 and t.doc[t.i - 1].lower_ in ROUGH_QUANTITY_WORDS for t in words
    )
    return rest and not any(t.like_num and t.lower_ not in ROUGH_QUANTITY_WORDS for t in words)


def _sends_back(span: Span, leave_out: set[int]) -> bool:
    """Whether the words of `span` (but those left out) tell a sending back across a border."""
    back_words = words()["sending_back_words"]
    for token in span:
        if token.i in leave_out:
            continue
        if token.lower_ in back_words or (token.pos_ == "VERB" and token.lemma_.lower() in back_words):
            return True
        particles = {c.lower_ for c in token.children if c.dep_ in {"prt", "advmod"}}
        if token.pos_ == "VERB" and ("back" in particles or ("over" in particles and token.lemma_ == "hand")):
            return True
    return False


def picked_up_at_sea(trigger: Token) -> bool:
    """ "the four were picked up by a fishing boat off the coast": taken aboard by a craft, a
    rescue, not an arrest (who runs the craft may detain them later, told in its own words).
    So is a craft picking up a craft, "a patrol ship picked up a wooden boat carrying six people":
    those aboard are what it took in (see people_aboard)."""
    if trigger.lemma_.lower() != "pick":
        return False
    vessels = words()["vessel_nouns"]
    if any(c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in vessels for c in trigger.children):
        return True
    if any(c.dep_ == "nsubj" and c.lower_ in vessels for c in trigger.children):
        return True
    for agent in (c for c in trigger.children if c.dep_ == "agent"):
        if any(p.dep_ == "pobj" and p.lower_ in vessels for p in agent.children):
            return True
    return False


def found_at_sea(trigger: Token) -> bool:
    """ "Japan's coast guard found four men aboard a wooden boat", "a patrol boat spotted them off
    the island": people found at sea by a craft or a coast guard were come upon adrift, not taken
    into custody (an arrest, if any, is told in its own words: "and detained them")."""
    if trigger.lemma_.lower() not in {"find", "spot"}:
        return False
    vessels = words()["vessel_nouns"]
    finders = [c for c in trigger.children if c.dep_ == "nsubj"]
    finders += agents_of(trigger)
    return any(
        f.lower_ in vessels or (f.lemma_.lower() == "guard" and any(c.lower_ == "coast" for c in f.children))
        for f in finders
    )


def said_to_be_frequent(trigger: Token) -> bool:
    """ "traders say police raids in the port are rare", "beatings are common in the camps": an event
    noun whose predicate is how often such things happen names a pattern, not one event (each
    noun of a list: "beatings and forced labour are common")."""
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head  # "beatings and forced labour are common": the labour too
    if trigger.pos_ != "NOUN" or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    return any(c.dep_ == "acomp" and c.lower_ in words()["frequency_adjectives"] for c in verb.children)


def counterfactual(trigger: Token) -> bool:
    """ "a few more hours and they would have reached the Mekong": "would have" with a past participle
    tells what did not happen ("they may have fled", a guess about the past, is another thing)."""
    for token in _chain(trigger):
        auxiliaries = [c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}]
        if "would" in auxiliaries and "have" in auxiliaries and token.tag_ == "VBN":
            return True
    return False


def lacks_a_thing(trigger: Token) -> bool:
    """ "fined for missing his work quota", "if the pass is missing a stamp": "missing" with an
    object is failing to meet something or lacking it; no one has gone missing. ("a fisherman
    went missing", "two workers are missing" have no object.) So is "missing" said of goods
    (`thing_missing`)."""
    if trigger.lemma_.lower() not in {"miss", "missing"}:
        return False
    return any(c.dep_ == "dobj" for c in trigger.children) or thing_missing(trigger)


# Verbs of going missing, which say a thing is lost or gone as readily as a person.
GOING_LEMMAS = frozenset({"disappear", "vanish", "miss", "missing"})


# Pronouns that point at a matter, not a person: "heard nothing of it".
MATTER_PRONOUNS = frozenset({"it", "this", "that", "anything", "any", "such"})


def heard_nothing_of_a_thing(trigger: Token) -> bool:
    """ "Residents named by the rumour said they had heard nothing about it", "our sources in the
    capital heard nothing of the story": hearing nothing of a matter (a pronoun such as "it", or
    a noun that names no people) says a report could not be confirmed; no one has gone missing.
    ("He has heard nothing about his sister", "heard nothing from them since": people.)"""
    verb = trigger
    if trigger.lower_ == "nothing" and trigger.head.i != trigger.i:
        verb = trigger.head
    # ("officials gave no word of the arrest": no word of a matter, as hearing nothing of it)
    news = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in NEWS_NOUNS and _with_no(c)]
    if verb.lemma_.lower() != "hear" and not news:
        return False
    holders = [verb, *news, *(c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "nothing")]
    heard_of = [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ in {"of", "about", "from"}
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return bool(heard_of) and all(
        o.lower_ in MATTER_PRONOUNS or (o.pos_ == "NOUN" and not _names_people(o) and read_victims(o) is None)
        for o in heard_of
    )


def thing_gone(trigger: Token) -> bool:
    """ "what is missing is the political will", "food had been disappearing from the
    storehouse", "open worship had all but vanished by the 1960s", "a sum of money missing from
    the shared fund": going missing, said of a thing (a common noun that names no people and no
    craft that carries people, the vessel_nouns; or "what"), is a loss or a change, not a
    disappearance. ("The boat has been missing since May", "the crew vanished", "the missing
    man's brother" are people; a relative clause, "two women who have been missing", is read
    with the people it describes, which the parse may hang elsewhere, and is left alone.)"""
    if trigger.lemma_.lower() not in GOING_LEMMAS or trigger.dep_ == "relcl":
        return False
    if trigger.dep_ in {"amod", "acl"} and trigger.head.i != trigger.i:
        gone = trigger.head  # "money missing from the fund"
    else:
        gone = subject_of(trigger) if trigger.pos_ in {"VERB", "AUX", "ADJ"} else None
    if gone is None:
        return False
    if gone.lower_ == "what":
        return True
    return (
        gone.pos_ == "NOUN"
        and not _names_people(gone)
        and gone.lemma_.lower() not in words()["vessel_nouns"]
        and read_victims(gone) is None
        and not any(_names_people(o) for o in prep_objects(gone, frozenset({"of"})))
    )


def thing_missing(trigger: Token) -> bool:
    """ "the inspectors found that two tonnes of maize were missing", "a quarrel over missing
    fuel coupons": what is missing is an amount of goods, or the noun "missing" stands before
    names no one; it is a loss or a theft, not a disappearance. ("the missing fishermen", "two
    workers are missing", "his wife is missing" are people.)"""
    if trigger.dep_ == "amod" and trigger.head.i != trigger.i:
        return not _names_people(trigger.head)
    subject = subject_of(trigger) if trigger.pos_ in {"VERB", "AUX", "ADJ"} else None
    if subject is None and trigger.dep_ == "acomp":
        subject = subject_of(trigger.head)
    if subject is None:  # (the parser may hang the subject on "were" in "were missing")
        helpers = [c for c in trigger.children if c.dep_ in {"aux", "auxpass"}]
        subject = next((c for h in helpers for c in h.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and _amount_of_goods(subject)


def _amount_of_goods(noun: Token) -> bool:
    """ "several tons of rice", "a sack of flour", "the cash": a quantity counted in units, or a
    thing (cues.json's non_people)."""
    return (
        noun.ent_type_ in {"QUANTITY", "MONEY"}
        or noun.lemma_.lower() in words()["measure_units"]
        or noun.lower_ in words()["measure_units"]
        or names_things(noun)
    )


# Words for people beside the lexicon's person and group nouns ("two of the members are missing").
PEOPLE_NOUNS = frozenset({"member", "people", "person", "one", "other", "crew", "crewman", "crewmen"})


def _names_people(noun: Token) -> bool:
    """Whether a noun names people: a pronoun, a number, a name, a nationality, or a person, kin
    or group noun of the lexicon."""
    if noun.tag_ in {"PRP", "WP"} or noun.like_num or noun.pos_ == "PROPN":
        return True
    if noun.ent_type_ in {"PERSON", "NORP"}:
        return True
    known = _people_nouns()
    return noun.lemma_.lower() in known or noun.lower_ in known


@cache
def _people_nouns() -> frozenset[str]:
    """Every noun that names people: the lexicon's person, kin and group nouns, and PEOPLE_NOUNS
    (built once, not at every noun asked about)."""
    return (person_nouns() | PEOPLE_NOUNS | kin_words()).union(*victim_groups().values())


def _access(word: Token, prep: Token) -> bool:
    """Whether a preposition hangs on an access noun, or on the verb that grants one before it
    ("access to prisoners in custody": the parser may hang "in custody" on "access" or on
    "grant")."""
    nouns = words()["access_nouns"]
    if word.lemma_.lower() in nouns:
        return True
    return word.pos_ == "VERB" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in nouns and c.i < prep.i for c in word.children
    )


# Links by which a noun hangs inside the object of a preposition ("places of detention").
NOUN_PHRASE_LINKS = frozenset({"pobj", "prep", "conj", "compound", "nmod", "appos", "amod"})


def access_sought(trigger: Token) -> bool:
    """ "The commission asked to be given access to prisoners in custody", "urged Hanoi to let
    diplomats have access to its detention sites": a custody noun inside what someone would
    have "access to" names the people or places a visit would reach; the visit is asked for
    or refused, and no one is taken in by it. ("were detained without access to a lawyer": the
    arrest is told by its verb, which this does not read.)"""
    if trigger.pos_ != "NOUN":
        return False
    token = trigger
    for _ in range(8):
        if token.dep_ not in NOUN_PHRASE_LINKS or token.head.i == token.i:
            return False
        if token.dep_ == "prep" and _access(token.head, token):
            return True
        token = token.head
    return False


def _noun_described(trigger: Token) -> Token | None:
    """The noun a participle or relative clause describes, through an infinitive or a participle
    between them ("the group reported detained": "group"; "most of those who fled": "those")."""
    token = trigger
    while token.dep_ in {"xcomp", "conj"} and token.head.i != token.i:
        token = token.head
    if token.dep_ not in {"acl", "relcl"} or token.head.i == token.i:
        return None
    noun = token.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
        return noun.head.head  # "the largest group of migrants detained": the group
    return noun


def ranked_against_others(trigger: Token) -> bool:
    """ "It was the first defection across the sea border this year", "this is the largest group
    of migrants detained in Laos since 2019", "it is the first confirmed killing under the order":
    an event the report has told, ranked against others of its kind by "it is the first / the
    largest …". No new event is told. ("The first of the men was executed on Monday" is no
    ranking by a copula: it stays.)"""
    gerund = trigger.tag_ == "VBG" and trigger.dep_ == "attr"  # "the first killing"
    noun = trigger if trigger.pos_ in {"NOUN", "PROPN"} or gerund else _noun_described(trigger)
    if noun is None or noun.dep_ != "attr" or noun.head.lemma_.lower() != "be":
        return False
    subject = subject_of(noun.head)
    if subject is None or subject.lower_ not in {"it", "this", "that"}:
        return False
    ranking = words()["ranking_words"]
    # the ranking word may modify the noun's participle: "the first confirmed killing"
    modifiers = [c for c in noun.children if c.dep_ == "amod"]
    modifiers += [g for c in modifiers if c.tag_ == "VBN" for g in c.children if g.dep_ in {"advmod", "amod"}]
    return any(
        c.tag_ in {"JJS", "RBS"} or c.ent_type_ == "ORDINAL" or c.lower_ in ranking
        for c in modifiers
        if c.i < noun.i
    )


def _people_counted(trigger: Token) -> Token | None:
    """Who did the act: the noun a participle describes, or the subject of the trigger's clause."""
    described = _noun_described(trigger)
    if described is not None:
        return described
    return subject_of(clause_head(trigger))


def _rough_count(people: Token) -> bool:
    if people.lower_ in words()["aggregate_subjects"]:
        return True  # "most had left years ago"
    rough = words()["rough_quantifiers"]
    return any(t.lower_ in rough for t in people.subtree if t.i < people.i)


def _over_a_period(verb: Token) -> bool:
    """The clause counts over a year or more: "since 2014", "since the end of the war", "last
    year", "years ago" (not "last Tuesday")."""
    periods = words()["period_words"]
    for token in verb.subtree:
        if token.lower_ == "since" and token.head.i == verb.i:
            return True
        if token.ent_type_ == "DATE" and (
            token.lower_ in periods or (token.like_num and len(token.text) == 4 and token.text.isdigit())
        ):
            return True
    return False


def over_a_period(verb: Token) -> bool:
    """Does the clause (or phrase) count over a year or more? (`_over_a_period`, for the events
    stage's counts of acts.)"""
    return _over_a_period(verb)


def counted_over_a_period(trigger: Token) -> bool:
    """A flight counted in a statistic: a rough number of people ("fewer than 1,200 defectors",
    "some 500 soldiers", "only a handful of migrants", "most") over a period of a year or more
    ("last year", "since the 1990s", "years ago"). "Fewer than 900 defectors reached the South
    last year" tells a total, not one event. ("About 20 soldiers crossed the line on Sunday" is
    one event; so is "three defectors reached the South last year", counted exactly.) So is a
    sum: "a total of 224 defectors arrived last year" adds up flights, however exact its number
    ("a total of 61 arrived in the July-September period" counts a quarter, news of its own)."""
    people = _people_counted(trigger)
    if people is None:
        return False
    summed = people.lower_ == "total"  # "a total of 224 defectors": a sum, never one group
    if not summed and (not _rough_count(people) or _partitive(people)):
        return False
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else clause_head(trigger)
    return _over_a_period(verb)


# Subordinators of a clause told as the cause of a change ("fell out of use after China
# tightened its border", "crossings became rare as checks grew").
CAUSE_MARKS = frozenset({"as", "because", "after", "since", "once", "when"})
# Predicates of a change in how things stand ("the route has become more dangerous").
CHANGE_VERBS = frozenset({"become", "grow", "get", "fall", "drop", "decline", "rise", "dwindle", "shrink"})


def cause_of_a_change(trigger: Token) -> bool:
    """Controls made harsher, told as the cause of a change or in a description, tell a trend,
    not a measure of their own: "crossings have become rare as China tightened security", "the
    route has grown riskier as surveillance has tightened", "the desert route fell out of use
    after China tightened its border", "under a leader who has toughened border controls". ("Police tightened checks at the station on Monday", a dated clause of its
    own, is a measure.)"""
    head = clause_head(trigger)
    if head.lemma_.lower() not in words()["degree_verbs"] or head.head.i == head.i:
        return False
    if any(t.ent_type_ == "DATE" for t in head.subtree if t.dep_ != "relcl"):
        return False
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" for d in c.children) for c in head.children):
        return False  # "as the state stepped up a campaign against phones": a campaign, a measure
    if head.dep_ == "relcl":
        return not any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in head.children):
        return False
    changed = head.head
    if changed.dep_ in {"acomp", "oprd"} and changed.head.i != changed.i:
        changed = changed.head  # "have become rare as …": the clause hangs on the adjective
    if changed.lemma_.lower() in CHANGE_VERBS:
        return True
    return any(t.tag_ in {"JJR", "RBR"} for t in changed.subtree if t.i < head.i and t.head.i != head.i)


def _class_noun(noun: Token) -> bool:
    """ "women", "people", "those": people named by no number, name or determiner."""
    if noun.lower_ == "those":
        return True
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod", "compound"} or c.like_num for c in noun.children
    )


def _participle_phrase(trigger: Token) -> set[int]:
    """The participle's own words after it: "returned to the North from China"."""
    return {
        t.i
        for c in trigger.children
        if c.i > trigger.i
        and c.dep_ in {"prep", "prt", "advmod", "dobj", "agent", "npadvmod", "dative"}
        and c.lower_ != "according"  # "according to a report": the teller, not the participle's
        for t in c.subtree
    }


def _finite_verb_after(trigger: Token, phrase: set[int]) -> Token | None:
    """The verb the parser hung beside a participle it read as a main verb: "women returned to
    the North are routinely beaten" parsed as "women returned" + "are beaten" with no subject.
    It comes right after the participle's phrase, with only its auxiliaries and adverbs between."""
    end = max(phrase, default=trigger.i)
    for token in trigger.doc[end + 1 : sentence_of(trigger).end]:
        if token.dep_ in {"aux", "auxpass", "advmod", "neg"}:
            continue
        if token.pos_ not in {"VERB", "AUX"}:
            return None
        if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in token.children):
            return None  # a clause with its own subject
        return token
    return None


def participle_read_as_verb(trigger: Token) -> bool:
    """A class of people named by what was done to them, as the subject of a statement of what
    happens to such people: "women returned to the North are routinely beaten", "migrants
    deported from Russia continue to describe beatings", "people sent back were commonly
    jailed". The parser often reads the participle as the main verb; the statement's own verb
    then has no subject. ("Two women returned to the North are held in Hyesan", counted, and
    "women deported on Monday are held in Hyesan", dated, are events.)"""
    if trigger.pos_ != "VERB" or trigger.tag_ not in {"VBD", "VBN"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return False
    subject = next((c for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > trigger.i or not _class_noun(subject):
        return False
    phrase = _participle_phrase(trigger)
    if any(trigger.doc[i].ent_type_ == "DATE" for i in phrase):
        return False
    verb = _finite_verb_after(trigger, phrase)
    if verb is None:
        return False
    tensed = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if any(t.tag_ == "VBG" for t in tensed) or verb.lemma_.lower() in {
        "hold",
        "keep",
        "detain",
        "remain",
        "stay",
    }:
        return False  # "deportees taken to Onsong are being held there": these people, now
    present = any(t.tag_ in {"VBZ", "VBP"} for t in tensed)
    return present or _general_time(verb)


def faced_by_a_class(trigger: Token) -> bool:
    """What people named only by what was done to them face: "those sent back face torture and
    detention", "migrants returned to the North face prison camps". A class's prospects, no
    event. (The parser may read "face" as a noun: "sent back face torture".) The trigger may be
    "face" itself ("escapees caught abroad face long spells in camps", a penalty faced)."""
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() == "face":
        people = subject_of(trigger)
        if people is None:
            # "escapees caught abroad face ...": the participle read as the main verb, its
            # "subject" the people of "face"
            # ("North Koreans returned from Russia face ...": a people's plural is a class too)
            before = trigger.doc[sentence_of(trigger).start : trigger.i]
            misread = next((t for t in reversed(before) if t.tag_ in {"VBN", "VBD"}), None)
            subjects = [c for c in misread.children if c.dep_ == "nsubj"] if misread is not None else []
            return bool(subjects) and (
                _class_noun(subjects[0])
                or (
                    subjects[0].tag_ == "NNPS"
                    and not any(
                        c.dep_ in {"det", "poss", "nummod"} or c.like_num for c in subjects[0].children
                    )
                )
            )
        return _class_facing(trigger, people)
    if trigger.pos_ != "NOUN":
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    head = noun.head
    before = noun.doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    misread = any(c.dep_ == "compound" and c.lemma_.lower() == "face" for c in noun.children) or (
        before is not None and before.lower_ in FACE_FORMS and before.pos_ == "NOUN"
    )
    if misread and noun.dep_ == "dobj" and head.dep_ == "acl":
        people = head.head  # "those sent back face torture": "face" read as a noun
    elif noun.dep_ == "dobj" and head.lemma_.lower() == "face":
        return _class_facing(head, subject_of(head))
    else:
        return False
    return _class_noun(people) and not any(t.ent_type_ == "DATE" for t in people.subtree)


# Subordinators of the condition under which a class faces a penalty ("if anyone crosses").
RULE_CONDITION_MARKS = frozenset({"if", "unless", "whenever"})


def _class_facing(face: Token, people: Token | None) -> bool:
    """The subject of the verb "face" names a class of people, so what it faces is a rule or a
    threat, no event: a bare plural or "those" described by a participle or a relative clause
    ("those who tried to reach the South face harsh punishment", "women who are sent back face
    prison", "returnees sent home from Russia face years in camps"), or one whose prospect hangs
    on a condition ("guards on the night shift now face punishment if anyone crosses"). A date
    makes them particular people ("women who were sent back in May face prison"), as do a
    number, a determiner or a possessive ("the three who fled face prison")."""
    if face.tag_ not in {"VBP", "VBZ"} and face.pos_ != "NOUN":
        return False  # ("faced", "will face": told of particular people or read elsewhere)
    if people is None or not _class_noun(people):
        return False
    # (the people's own words: "who face …" hung on them is the clause of "face", not theirs)
    inside = people.is_ancestor(face)
    if any(
        t.ent_type_ in {"DATE", "TIME"}
        for t in people.subtree
        if not (inside and face.left_edge.i <= t.i <= face.right_edge.i)
    ):
        return False
    if people.lower_ in CLASS_PRONOUNS:
        return True
    if any(
        (c.dep_ == "acl" or (c.dep_ == "relcl" and told_in_present(c))) and c.i != face.i
        for c in people.children
    ):
        return True
    # ("women sent back to the North face …": the participle read as the main verb, "face" as
    # a clause hung on it)
    misread = face.head
    if (
        face.dep_ == "advcl"
        and misread.i < face.i
        and misread.tag_ in {"VBN", "VBD"}
        and subject_of(misread) is not None
        and subject_of(misread).i == people.i
        and not any(c.dep_ in {"aux", "auxpass"} for c in misread.children)
    ):
        return True
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in RULE_CONDITION_MARKS for m in c.children)
        for c in face.children
    )


def _number(token: Token) -> float | None:
    text = token.text.replace(",", "")
    return float(text) if text.isdigit() else None


def held_in_an_estimated_range(trigger: Token) -> bool:
    """People held counted as a range of thousands: "between 70,000 and 110,000 people are held in
    the camps", "an estimated 70,000 to 110,000 prisoners". A range of thousands is an estimate of
    a population, not people taken or held in one event. ("Police detained 1,200 people in the
    sweep" counts one campaign's arrests.)"""
    head = clause_head(trigger)
    tokens = trigger.doc[head.left_edge.i : trigger.i]
    for token in tokens:
        low = _number(token)
        if low is None or low < 1000 or token.i + 2 >= trigger.i:
            continue
        link, high = trigger.doc[token.i + 1], _number(trigger.doc[token.i + 2])
        if link.lower_ in {"to", "and", "-", "–"} and high is not None and high > low:
            return True
    return False


# Places of custody: a term served there is a sentence whatever else the clause names.
CUSTODY_WORDS = frozenset(
    {
        "camp",
        "camps",
        "prison",
        "prisons",
        "jail",
        "jails",
        "kyohwaso",
        "kwanliso",
        "detention",
        "sentence",
        "term",
    }
)


def military_service(trigger: Token) -> bool:
    """A term served in the armed forces: "he had served six years in a border unit", "she served
    ten years in the army", "served as a guard at a post on the river". Years served with a unit, a
    post or a service are military service, not a sentence. ("He served three years in a labour
    camp" is one.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "serve":
        return False
    service = words()["military_service_nouns"]
    places = [
        o
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in {"in", "at", "with", "as", "on"}
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    if any(t.lower_ in CUSTODY_WORDS for t in trigger.subtree):
        return False
    return any(p.lower_ in service or p.lemma_.lower() in service for p in places)


# Words of a sentence that make a term served one in custody ("released from the camp after
# serving 18 months").
CUSTODY_CONTEXT_LEMMAS = frozenset({"release", "free", "inmate", "prisoner", "convict", "sentence"})


def _a_length(noun: Token) -> bool:
    """ "two years", "fewer than five years", "18 months": a length of time."""
    return noun.lemma_.lower() in TIME_UNITS


# Verbs by which someone leaves a post or a job, a sanction only when told as one.
LOSS_OF_POST_VERBS = frozenset({"discharge", "lose"})

# Prepositions and subordinators that give why or after what a post was lost ("discharged for
# sleeping on duty", "lost her job after her son fled"): the loss is then told as a sanction.
CAUSE_MARKERS = frozenset({"for", "over", "after", "following", "because", "as"})


def loss_of_post_describing_a_person(trigger: Token) -> bool:
    """ "a former soldier who had been discharged from an artillery unit this spring crossed the
    river", "the man, who had lost his job at a fish plant in the spring, phoned his mother", "the
    family had struggled since the husband lost his job at a mine": a discharge or a lost job told
    in a relative clause describing a person, or in a "since" clause dating a state, with no cause
    and no other sanction beside it, is the person's history (the end of a term of service, a job
    gone), not a punishment. ("Her husband was discharged from the army after the incident", "a
    woman who lost her job after her daughter fled" and "were discharged and sent to a mine" tell
    the sanction.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in LOSS_OF_POST_VERBS:
        return False
    dating = trigger.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in trigger.children
    )
    if trigger.dep_ != "relcl" and not dating:
        return False
    for child in trigger.children:
        if child.dep_ in {"prep", "mark", "agent"} and child.lower_ in CAUSE_MARKERS:
            return False
        if child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in CAUSE_MARKERS for m in child.children
        ):
            return False
        if child.dep_ == "conj" and child.pos_ == "VERB":
            return False  # "discharged and sent to a mine": one of a list of sanctions
        if child.dep_ == "advmod" and child.lower_.endswith("ably"):
            return False  # "dishonourably discharged": a discharge as a sanction
    return True


def service_told_by_its_length(trigger: Token) -> bool:
    """ "a 21-year-old private who had been serving for two years", "the sergeant had served for nine
    years on that stretch of river": a term told only by how long it lasted, in a sentence that
    names the ranks or a unit and no custody, is the years someone has served in a post or in the
    ranks, not a sentence. ("She had been serving five years for carrying phones"
    names the offence; "released from the camp after serving 18 months" names the custody: both are
    sentences served.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() != "serve":
        return False
    if any(
        t.dep_ == "prep"
        and t.lower_ == "for"
        and not all(_a_length(o) for o in t.children if o.dep_ == "pobj")
        or (t.dep_ == "pcomp" and t.head.lower_ == "for")
        for t in trigger.subtree
    ):
        return False  # "serving six years for smuggling": the offence of a sentence
    lengths = 0
    for child in trigger.children:
        if child.dep_ in {"dobj", "npadvmod"}:
            if not _a_length(child):
                return False  # "serving a term", "served his sentence"
            lengths += 1
        elif child.dep_ == "prep" and child.lower_ == "for":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if not objects or not all(_a_length(o) for o in objects):
                return False  # "for carrying phones": an offence
            lengths += 1
    if not lengths:
        return False
    sentence = sentence_of(trigger)
    if any(t.lower_ in CUSTODY_WORDS or t.lemma_.lower() in CUSTODY_CONTEXT_LEMMAS for t in sentence):
        return False
    # the sentence must name the ranks or a unit: a term told by its length alone may be a
    # sentence whose camp the sentence before named ("He served eight years.")
    military = actor_words().army_members | words()["military_service_nouns"]
    return any(t.lower_ in military or t.lemma_.lower() in military for t in sentence)


# Plural people nouns that do not end in "s".
IRREGULAR_PLURALS = frozenset({"people", "women", "men", "children", "youth", "police"})


def _plural_people_noun(noun: Token) -> bool:
    """ "returnees", "migrants", "North Koreans", "people", "those": people named in the plural."""
    if noun.lower_ == "those":
        return True
    if not (noun.lower_.endswith("s") or noun.lower_ in IRREGULAR_PLURALS):
        return False
    known = _people_nouns()
    return (
        noun.ent_type_ == "NORP"
        or noun.lemma_.lower() in known
        or noun.lower_ in known
        or noun.lower_[:-1] in known
    )


def _bare_class_before(noun: Token) -> bool:
    """No article, number or possessive before the noun (past its adjectives and name words): a
    class ("North Korean returnees"), not a group the report has named ("the returnees")."""
    if noun.lower_ == "those":
        return True
    j = noun.i - 1
    start = sentence_of(noun).start
    while j >= start and (
        noun.doc[j].pos_ in {"ADJ", "PROPN"}
        or (noun.doc[j].dep_ == "compound" and noun.doc[j].pos_ == "NOUN")
    ):
        j -= 1
    if j < start:
        return True
    before = noun.doc[j]
    if before.like_num or before.pos_ in {"DET", "NUM"} or before.tag_ in {"PRP$", "POS", "CD", "WDT", "WP"}:
        return False
    return before.lower_ not in {"of", "among"}  # "most of returnees": a share


def _class_subject_of_face(face: Token) -> bool:
    """The words right before "face" name a class: a bare plural of people ("returnees face"),
    or one followed by a participle phrase with no date ("people returned to the North face",
    "those sent back face"). Adverbs and modals between are passed over ("returnees often
    face")."""
    doc = face.doc
    start = sentence_of(face).start
    j = face.i - 1
    while j >= start and (doc[j].pos_ == "ADV" or doc[j].tag_ == "MD"):
        j -= 1
    if j < start:
        return False
    if _plural_people_noun(doc[j]) and doc[j].ent_type_ != "DATE":
        return _bare_class_before(doc[j])
    # a participle phrase: "people returned to the North", "those sent back"; or a relative
    # clause: "people who have tried to reach the South", "women who are sent back"
    window = range(j, max(start, j - 12) - 1, -1)
    relative = next((k for k in window if doc[k].lower_ in {"who", "that"} and k > start), None)
    for k in window:
        token = doc[k]
        if k == relative:
            return _relative_class(doc[k - 1], doc[k + 1 : face.i])
        if token.ent_type_ in {"DATE", "TIME"} or token.tag_ == "MD" or token.is_punct:
            return False
        if token.tag_ in {"VBZ", "VBP"} or token.pos_ == "AUX" or token.lower_ == "which":
            if relative is None:
                return False
            continue  # (the relative clause's own verbs: "who are sent back")
        if token.tag_ in {"VBN", "VBD"} and k > start:
            noun = doc[k - 1]
            if relative is None or _plural_people_noun(noun):
                return _plural_people_noun(noun) and _bare_class_before(noun)
    return False


def _relative_class(noun: Token, clause: Span) -> bool:
    """A bare plural or "those" with a relative clause whose first verb is in the present:
    "those who tried to flee", "people who have tried to reach the South", "women who are
    sent back" (not "women who were sent back", told of some)."""
    if not (_plural_people_noun(noun) and _bare_class_before(noun)):
        return False
    if noun.lower_ == "those":
        return True
    verb = next((t for t in clause if t.pos_ in {"VERB", "AUX"}), None)
    return verb is not None and verb.tag_ in {"VBP", "VBZ"}


def prospect_of_a_class(trigger: Token) -> bool:
    """What a class of people faces, told token by token where the parse is unreliable:
    "returnees face interrogation, torture and prison", "people returned to the North face a real
    risk of torture and enforced disappearance", "those returned face detention and years of
    forced labour". Every act in the object of "face" is the class's prospect, no event. ("The
    returnees face long prison terms" and "three migrants face deportation" name people the report
    tells of; "who face trial" describes someone.)"""
    doc = trigger.doc
    face = face_before(trigger)
    if face is None or trigger.i - face.i > 25:
        return False
    for token in doc[face.i + 1 : trigger.i + 1]:
        if token.lower_ in {";", ":"} or (
            token.pos_ in {"VERB", "AUX"}
            and any(c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i > face.i for c in token.children)
        ):
            return False  # another clause between: the act is not the object of "face"
    return _class_subject_of_face(face)


def _difficulty(word: Token) -> bool:
    """ "harder", "more dangerous", "difficult": how hard or risky something is to do."""
    # (not any comparative: "checks have become stricter" tells that checks tightened, a measure)
    difficulty = words()["difficulty_adjectives"]
    return word.lemma_.lower() in difficulty or word.lower_ in difficulty


def judged_for_difficulty(trigger: Token) -> bool:
    """An act named only to say how hard or risky it is (or has become): "fences have made an
    escape far harder", "checks have made the journey to Laos more dangerous", "patrols have
    made the trip to Laos riskier and dearer, with guides asking more", "getting out of
    Russia has become more difficult". A kind of act judged, no event told. ("The escape was
    harder than they expected" tells of one escape: its subject is determined and past.)"""
    tokens = [trigger, *governors(trigger)]
    tokens.append(tokens[-1].head)
    for token in tokens:
        if token.lemma_.lower() == "make":
            # (the parser often hangs a coordinated judgement, "made the trip riskier and
            # costlier", on the verb as an adverbial clause)
            complements = [
                c
                for c in token.children
                if c.dep_ in {"oprd", "advmod", "acomp", "ccomp", "xcomp"}
                or (c.dep_ == "advcl" and c.pos_ == "ADJ")
            ]
            if any(_difficulty(c) for c in complements):
                return True
        judged = token.dep_ in {"csubj", "nsubj", "nsubjpass"} and token.head.lemma_.lower() in CHANGE_VERBS
        if judged and any(c.dep_ in {"acomp", "oprd"} and _difficulty(c) for c in token.head.children):
            # "getting out has become harder", "crossings have grown rarer": a kind of act
            bare = not any(c.dep_ in {"det", "poss", "nummod"} for c in token.children)
            return token.dep_ == "csubj" or token.tag_ in {"VBG", "NNS"} or (token.i == trigger.i and bare)
    return False


def matter_investigated(trigger: Token) -> bool:
    """ "authorities will investigate the route and motive of the crossing", "police are
    investigating the cause of the fire": what is looked into is a matter, not a person, so no
    one is questioned. ("Police investigated the two brothers" questions people.)"""
    if trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in words()["matter_nouns"] for o in objects)


def screening_of_arrivals(trigger: Token) -> bool:
    """A screening named as the procedure arrivals pass through, not as anyone's act: "the man
    is undergoing the standard investigation by intelligence authorities", "defectors go through
    a routine screening". The act of the officials who question arrivals is one questioning,
    whoever holds it ("intelligence officials are questioning the two", "the four are being
    questioned by a joint team", "were handed to the intelligence service for a joint
    investigation"): only the questioning undergone, or named by a screening adjective of its
    own ("standard", "routine", "joint"), is the procedure told in general; so is one named so
    only to date what arrivals said ("both said during joint questioning that they wished to go
    home")."""
    screening = words()["screening_words"]
    if trigger.lemma_.lower() in UNDERGOING_VERBS:  # the phrase "undergoing the … investigation"
        acts = [c for c in trigger.children if c.dep_ in {"dobj", "pobj"}]
    elif trigger.dep_ in {"dobj", "pobj"} and trigger.head.lemma_.lower() in UNDERGOING_VERBS:
        acts = [trigger]
    elif trigger.dep_ == "pobj" and trigger.head.lower_ == "during":
        acts = [
            trigger
        ]  # "both said during joint questioning that they wished to go home": it dates a saying
    else:
        return False
    return any(c.dep_ == "amod" and c.lower_ in screening for act in acts for c in act.children)


# Verbs by which people pass through a procedure ("undergoing the standard investigation").
UNDERGOING_VERBS = frozenset({"undergo", "through"})


def helper_fled(trigger: Token) -> bool:
    """ "the broker is believed to have gone into hiding", "the guide fled when the group was
    stopped": a broker, guide or smuggler running from the police, to no place named, is no one
    leaving the country in flight (the people they helped are the report's victims). ("The
    family fled with a broker": the family flees; "a smuggler is hiding with relatives in
    Linjiang": across the border, a flight.)"""
    head = clause_head(trigger)
    subject = subject_of(head)
    if subject is None or any(t.ent_type_ in PLACE_ENTITY_LABELS for t in head.subtree):
        return False
    helpers = lexicon().cues["facilitator_nouns"]
    return subject.lemma_.lower() in helpers or subject.lower_ in helpers or _helper_by_deed(subject)


# Verbs for what a broker or a guide does for people in flight ("a man suspected of guiding the
# boat", "a driver who helped them cross").
HELPING_VERBS = frozenset({"guide", "help", "smuggle", "ferry", "drive", "transport", "shelter"})


def _helper_by_deed(subject: Token) -> bool:
    """ "A local man suspected of guiding the boat fled into the forest", "the driver who had
    helped them cross ran off": a person described by a clause that says they helped the people
    in flight is a helper, as a broker or a guide is. ("A woman who was helped by a broker
    fled", "a woman he guided crossed the river": helped, not helping.)"""
    for clause in (c for c in subject.children if c.dep_ in {"acl", "relcl"}):
        for verb in clause.subtree:
            if verb.pos_ != "VERB" or verb.lemma_.lower() not in HELPING_VERBS or is_passive(verb):
                continue
            if verb.i == clause.i and clause.dep_ == "acl" and verb.tag_ == "VBN":
                continue  # "a woman helped by a broker": a reduced passive
            doer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if doer is not None and doer.tag_ not in {"WP", "WDT"}:
                continue  # "a woman he guided": his deed, not hers
            return True
    return False


# Prepositions for travelling by a way: "caught on an escape route", "along the defection path".
ROUTE_PREPOSITIONS = frozenset({"on", "along", "via", "by", "through"})


def describes_a_route(trigger: Token) -> bool:
    """ "one of the few escape routes still in use", "the main route for migrants escaping through
    China and Laos": an escape word that modifies routes, or a clause that hangs on a route,
    names the way people take, not one flight (the parse often hangs the participle on the route
    rather than on the people). ("The family fled along the route last May" is a flight: the
    verb is not a modifier of the route; so is "the group was stopped on an escape route to
    Thailand": the route they were on.)"""
    routes = words()["route_nouns"]
    route = trigger.head
    if trigger.dep_ == "xcomp" and route.dep_ in {"acl", "relcl"} and route.head.i != route.i:
        # "the route many defectors use to reach Laos": the purpose of a clause on the route
        trigger, route = route, route.head
    if route.i == trigger.i or not {route.lemma_.lower(), route.lower_} & routes:
        return False
    if trigger.dep_ == "compound":
        # (people stopped "on an escape route to Thailand" were on their flight: the way they took)
        travelled = route.dep_ == "pobj" and route.head.lower_ in ROUTE_PREPOSITIONS
        return route.tag_ == "NNS" or not travelled
    return trigger.dep_ in {"acl", "relcl"} and not _dated(trigger)


def dates_a_period(trigger: Token) -> bool:
    """ "few have arrived since 2020, when the North sealed its border", "fences built since
    2017, when the new leader took power": a clause under "when" that says what a date in a
    "since" phrase was dates a period; it is background told to date something else. (Only
    when the date names a year or a decade: "detained since mid-May, when police began a sweep
    against radios" tells the sweep as news.)"""
    clause = _clause_of(trigger)
    if clause.dep_ not in {"relcl", "advcl"} or not any(c.lower_ == "when" for c in clause.children):
        return False
    date = clause.head
    if date.ent_type_ != "DATE" or date.dep_ != "pobj" or date.head.lower_ != "since":
        return False
    # A date finer than a year ("since mid-October, when state security began a sweep against
    # phones", "since April 2022, when two smugglers were shot") dates an act the report tells
    # as news of its own; a bare year or decade ("since 2020", "since the 1990s") names an era.
    return _year_only(date)


# Words a date naming only a year or a decade may hold besides the number ("the late 1990s").
YEAR_ONLY_WORDS = frozenset({"the", "early", "late", "mid", "-"})


def _year_only(date: Token) -> bool:
    """ "2020", "early 2017", "the 1990s": a date phrase naming a year or a decade, no finer."""
    span = next((e for e in date.doc.ents if e.start <= date.i < e.end), None)
    words = list(span) if span is not None else [date]
    return all(re.fullmatch(r"\d{4}s?", t.text) or t.lower_ in YEAR_ONLY_WORDS for t in words)


def check_at_a_control_point(trigger: Token) -> bool:
    """ "Police have set up checkpoints on the roads into the city to check travel permits",
    "at checkpoints on every road, officers are checking each vehicle and passenger": a check of
    papers, vehicles or travellers in a sentence that sets up or names a checkpoint is how the
    checkpoint controls movement (the restriction told), not a search of anyone's home, body or
    belongings. ("Officers went door to door checking identity cards", "at the checkpoint they
    checked bags and phones": a search.)"""
    if trigger.pos_ != "VERB":
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    travel = words()["travel_check_objects"]
    if not objects or not all(o.lemma_.lower() in travel or o.lower_ in travel for o in objects):
        return False
    points = words()["control_point_nouns"]
    return any(t.lemma_.lower() in points for t in sentence_of(trigger))


# Nouns for an inspection of how an office or a unit works (an audit), not of people's things.
AUDIT_NOUNS = frozenset({"inspection", "audit", "review"})


def raid_as_the_manner(trigger: Token) -> bool:
    """ "five women who were arrested in a police raid in Yanji", "they were taken from the flat
    in an early-morning raid", "caught in separate raids across the prefecture": a raid named
    after "in" by the verb of another act (an arrest, a taking), with no place of its own that it
    went through, is the manner of that act, not a search the report tells of its own; the act is
    the event. ("Police raided the flat and detained four", "documents were seized during a raid
    on the office", "detained 40 people in a raid on a house": a place raided is a search told.)"""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() != "raid" or trigger.dep_ != "pobj":
        return False
    if prep_objects(trigger, frozenset({"on", "of", "at"})):
        return False
    preposition = trigger.head
    if preposition.lower_ != "in" or preposition.head.pos_ != "VERB":
        return False
    verb = preposition.head
    found = lexicon().triggers.find(trigger.doc, verb.i, verb.i + 1)
    return any(m.entry.type in PEOPLE_EVENT_TYPES for m in found)


def inspection_that_led_to(trigger: Token) -> bool:
    """ "officials were dismissed following a month-long inspection by the party committee",
    "the company was replaced after an inspection found that soldiers took bribes": an
    inspection of how a unit works, named as what led to the event told, searched no one's
    home or belongings. ("after agents searched their homes", a verb, and "after the inspection
    of homes in the district" tell a search.)"""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in AUDIT_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in trigger.children):
        return False
    dwellings = words()["dwelling_nouns"]
    if any(t.lower_ in dwellings for t in trigger.subtree):
        return False
    head = trigger.head
    if trigger.dep_ == "nsubj":  # "after an inspection found …": the subject of a clause under "after"
        return any(c.dep_ == "mark" and c.lower_ in {"after", "following"} for c in head.children)
    return trigger.dep_ == "pobj" and head.lower_ in {"after", "following"}


# Nouns of an inspection that the lexicon reads alone, with no verb or thing of its phrases.
BARE_INSPECTION_NOUNS = frozenset({"inspection", "inspections"})
# Prepositions whose object is what an inspection goes through ("of the lockers", "at the camps").
INSPECTED_PREPOSITIONS = frozenset({"of", "at", "on"})
# Verbs of handing things over to be inspected ("phones were collected for inspection").
HANDED_FOR_INSPECTION_VERBS = frozenset(
    {"collect", "submit", "hand", "surrender", "bring", "take", "confiscate", "seize"}
)
# Verbs of coming upon hidden things during an inspection ("found a radio during an inspection").
COMING_UPON_VERBS = frozenset({"find", "discover", "uncover", "turn", "hide", "catch"})


def inspection_of_nothing_searched(trigger: Token) -> bool:
    """ "The inspection is being run by the prosecutors", "some venues had failed fire-safety
    inspections", "we were told to expect inspections", "questioned during the inspection": an
    inspection told by its noun alone, which goes through no home, body or belongings named in
    its 'of' or 'at' phrase or before it, is no raid on anyone ('inspection_marks' and
    'inspected_things' of background.json), nor handed things ("phones collected for
    inspection") nor hidden things found in it ("a radio found hidden in the boat during an
    inspection"), checks how an office, a unit or a building works; it searched no one. ("A
    surprise inspection of the dormitory", "an inspection of the workers' lockers" are searches.)"""
    if trigger.pos_ != "NOUN" or trigger.lower_ not in BARE_INSPECTION_NOUNS:
        return False
    data = words()
    things = (
        data["inspected_things"] | data["dwelling_nouns"] | data["searched_things"] | data["vessel_nouns"]
    )
    # (the words before the noun in its phrase, hyphened ones word by word: "late-night")
    before = trigger.doc[trigger.left_edge.i : trigger.i]
    if any(t.lower_ in data["inspection_marks"] | things for t in before):
        return False
    gone_through = [
        t
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ in INSPECTED_PREPOSITIONS
        for o in p.children
        for t in o.subtree
    ]
    if any(t.lower_ in things for t in gone_through):
        return False
    if trigger.dep_ != "pobj":
        return True
    preposition = trigger.head
    if preposition.lower_ == "for" and preposition.head.lemma_.lower() in HANDED_FOR_INSPECTION_VERBS:
        return False  # "phones were collected for inspection"
    # ("a radio found hidden under the deck during an inspection": what it found)
    return not (
        preposition.lower_ in {"during", "in", "at"}
        and any(a.lemma_.lower() in COMING_UPON_VERBS for a in list(preposition.ancestors)[:2])
    )


# Subordinators and prepositions that name what came before the act told ("after", "following").
LEADING_MARKERS = frozenset({"after", "following"})
# Verbs of following someone's calls or signals to find them.
TRACING_VERBS = frozenset({"trace", "track", "record", "intercept", "pinpoint", "monitor", "detect"})


def tracing_that_led_to(trigger: Token) -> bool:
    """ "five traders were arrested after a detection team traced their calls to China", "she
    crossed the river days after a radio unit tracked calls she had made": the tracing of calls,
    named as what came before the act told, is how those people were found, a step of that
    act, no campaign of its own. ("A detection team has been tracing calls across the city since
    March" tells the campaign.)"""
    verb = (
        trigger if trigger.pos_ == "VERB" else next((t for t in trigger.ancestors if t.pos_ == "VERB"), None)
    )
    if verb is None or not {trigger.lemma_.lower(), verb.lemma_.lower()} & TRACING_VERBS:
        return False  # ("six months after a team swept the town for phones": the sweep is the campaign)
    if verb.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in LEADING_MARKERS for c in verb.children)
    return verb.dep_ == "pcomp" and verb.head.lower_ in LEADING_MARKERS


def stray_crossing(trigger: Token) -> bool:
    """ "a dozen soldiers briefly crossed the line on Friday and went back after warning shots",
    "a patrol mistakenly strayed over the border and withdrew": a step over the line made for a
    moment or by mistake, and undone, is no flight. ("A soldier crossed the line on Friday and
    surrendered" is one; so is "crossed the river and went back to fetch their son", a second
    trip with an errand of its own.)"""
    if trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words()["stray_adverbs"] for c in trigger.children):
        return True
    returns = words()["return_verbs"]
    for verb in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > trigger.i):
        if any(d.dep_ in {"nsubj", "nsubjpass"} for d in verb.children):
            continue  # a clause with its own subject: someone else goes back
        if any(d.dep_ == "neg" for d in verb.children):
            continue  # "walked out and did not return": the flight stands
        if any(d.dep_ in {"xcomp", "advcl"} and d.pos_ == "VERB" for d in verb.children):
            continue  # "went back to fetch their son": a trip with an errand of its own
        back = any(d.dep_ in {"advmod", "prt"} and d.lower_ == "back" for d in verb.children)
        if verb.lemma_.lower() in returns or (verb.lemma_.lower() in {"go", "head", "walk", "run"} and back):
            return True
    return False


# Prepositions by which a restricted zone or a check is only where or when another act happened.
SETTING_PREPOSITIONS = frozenset({"through", "across", "during", "past", "via", "because"})
# Prepositions by which a measure already known to the reader ("the border closure") is what
# another act went on in spite of or all through ("smuggling carried on despite the border
# closure"), or the point a change is counted from ("arrivals have fallen since the border
# closure", "goods bought before the lockdown"); a measure told with its own time ("despite
# increased controls during the week", "since the ban on boats in February") is news.
KNOWN_SETTING_PREPOSITIONS = frozenset({"despite", "throughout", "since", "before", "after"})
# Words before "to" that make its object what another act is put down to ("executions linked to
# the border closure").
LINKING_LEMMAS = frozenset({"link", "relate", "connect", "tie", "attribute", "due"})


# Words opening a clause that dates a story by a restriction ("since", "before the border closed").
PERIOD_MARKS = frozenset({"since", "before"})


def start_of_a_period(trigger: Token) -> bool:
    """ "defections have become rare since Pyongyang sealed its borders in 2020 and ordered guards
    to shoot anyone approaching them", "workers stuck in Vladivostok since the pandemic halted
    flights and closed the land border", "crossings have been rare since the pandemic, when
    guards were ordered to shoot": a restriction told inside a "since" clause dated by a year or
    by a period the reader knows (background.json's epoch_nouns) is the start of the state the
    report describes, not news of a measure; so is one inside a "before" clause dated so ("she
    crossed twice before the border was sealed in early 2020"): a time the story is placed by.
    ("For the first time since the province halted them in late December", dated within the
    year, may be news and stays.)"""
    epochs = words()["epoch_nouns"]
    for token in (trigger, *trigger.ancestors):
        opened = any(c.dep_ == "mark" and c.lower_ in PERIOD_MARKS for c in token.children) or (
            token.dep_ == "pobj" and token.head.lower_ in PERIOD_MARKS
        )
        if opened:
            return any(
                t.lower_ in epochs or (t.like_num and len(t.text) == 4 and t.text.isdigit())
                for t in token.subtree
            )
    return False


def setting_of_another_act(trigger: Token) -> bool:
    """A restricted zone or a check named only as where, when or why another act happened: "the
    guards fired as she ran through the buffer zone", "he was detained during an identity check",
    "escapes are rare because of the many checkpoints", "trade carried on despite the border
    closure", "controls tightened throughout the lockdown", "ten executions linked to the border
    closure". The report tells the shooting, the arrest or the trend; the zone, the check or the
    closure is their setting, not a measure it tells. ("The army set up checkpoints on every
    road" and "a buffer zone was declared along the river" are.)"""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    if _broken_measure(trigger):
        return True
    if trigger.dep_ != "pobj":
        return False
    noun = trigger
    if noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and noun.head.head.dep_ == "pobj":
        noun = noun.head.head  # "because of the number of checkpoints"
    preposition = noun.head
    known = (
        preposition.lower_ in KNOWN_SETTING_PREPOSITIONS
        or (preposition.lower_ == "to" and _put_down_to(preposition))
    ) and _known_measure(noun)
    if preposition.lower_ not in SETTING_PREPOSITIONS and not known:
        return False
    verb = preposition.head
    while verb.pos_ not in {"VERB", "AUX", "ADJ"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX", "ADJ"}:
        return False
    # a measure verb ("banned travel through the zone") tells the measure itself
    found = lexicon().triggers.find(trigger.doc, verb.i, verb.i + 1)
    return not any(m.entry.type == "movement_restriction" for m in found)


def known_campaign_as_setting(trigger: Token) -> bool:
    """A campaign the reader already knows, named only as the point another act or change is
    counted from or went on in spite of: "smuggling has surged despite the crackdown", "prices
    have doubled since the purge of the border unit", "the second wave of arrests, after
    the spring purge of the party leadership"; or named as what an act is a sign of or done under
    cover of ("the latest sign of Pyongyang's campaign against foreign films", "extorting money
    under cover of the anti-drug campaign"). The report tells the arrests or the change; the
    campaign is their setting. (A campaign told with its own time, "after a crackdown launched
    on Monday", or a sweep the arrests happened during, "detained during a crackdown on phones",
    is news.)"""
    if trigger.pos_ not in {"NOUN", "PROPN"} or trigger.dep_ != "pobj":
        return False
    preposition = trigger.head
    if preposition.lower_ == "of" and preposition.head.lemma_.lower() in words()["sign_nouns"]:
        return True  # "the latest sign of Pyongyang's campaign", "under cover of the campaign"
    if preposition.lower_ not in KNOWN_SETTING_PREPOSITIONS or not _known_measure(trigger):
        return False
    verb = preposition.head
    while verb.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"} and verb.head.i != verb.i:
        verb = verb.head
    # a campaign verb ("launched a drive after the purge") tells a campaign itself
    found = lexicon().triggers.find(trigger.doc, verb.i, verb.i + 1)
    return not any(m.entry.type == "crackdown" for m in found)


def _broken_measure(noun: Token) -> bool:
    """ "a boat crossed in violation of the border closure", "a man who broke the curfew",
    "fined for violating the lockdown": a measure named only as what an offence broke. The report
    tells the offence (or what was done to the offender); the measure is the rule it broke, not
    news of its own. (One told with its own time, "broke the curfew imposed on Monday", is.)"""
    breaking = words()["breaking_words"]
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.i != head.i:
        head = head.head  # "in violation of the closure", "in breach of the lockdown"
    elif noun.dep_ not in {"dobj", "nsubjpass"}:
        return False
    if head.lemma_.lower() not in breaking and head.lower_ not in breaking:
        return False
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def _put_down_to(to: Token) -> bool:
    """ "linked to the closure", "attributing the decline to the closure" (the parser may hang the
    "to" on what is put down to it, the object of the linking verb)."""
    above = to.head
    if above.lemma_.lower() in LINKING_LEMMAS:
        return True
    return above.dep_ == "dobj" and above.head.lemma_.lower() in LINKING_LEMMAS


def _known_measure(noun: Token) -> bool:
    """ "the border closure", "the lockdown", "North Korea's border closure": a measure named with
    "the" or a possessive and no time of its own, one the reader is taken to know."""
    # ("North Korea's border closure", "its lockdown": a possessive makes the phrase as definite)
    definite = any((c.dep_ == "det" and c.lower_ == "the") or c.dep_ == "poss" for c in noun.children)
    return definite and not any(t.ent_type_ in {"DATE", "TIME"} for t in noun.subtree)


def compared_with_than(trigger: Token) -> bool:
    """An act named as the second term of a comparison or a preference: "she said she would
    rather die than be arrested again", "officials may find bribes more attractive than sending
    offenders to prison", "they chose the sea rather than crossing the river". What is weighed
    against something else is not told as done. ("More than 30 were arrested" counts people:
    its "than" belongs to the number.)"""
    for token in _chain(trigger):
        if any(c.dep_ == "mark" and c.lower_ == "than" and not _than_of_an_amount(c) for c in token.children):
            return True
        if token.dep_ in {"pcomp", "pobj"} and token.head.lower_ == "than" and token.pos_ in {"VERB", "NOUN"}:
            return True
    return False


# Words after which "than" compares amounts ("more than their ration"), not acts.
AMOUNT_WORDS = frozenset({"more", "less", "fewer"})
# Parts of speech that open a noun phrase: what an amount's "than" is followed by.
NOUN_PHRASE_OPENERS = frozenset({"DET", "PRON", "NUM", "NOUN", "PROPN", "ADJ"})


def _than_of_an_amount(than: Token) -> bool:
    """ "Farmers found with more than their ration were fined": a "than" right after "more",
    "less" or "fewer" and before a noun phrase compares amounts, whatever clause the parse hangs
    it on; a comparison of acts goes on with a verb ("more attractive than sending them")."""
    doc = than.doc
    before = doc[than.i - 1] if than.i > 0 else None
    after = doc[than.i + 1] if than.i + 1 < len(doc) else None
    return (
        before is not None
        and before.lower_ in AMOUNT_WORDS
        and after is not None
        and after.pos_ in NOUN_PHRASE_OPENERS
    )


def _asks_how(noun: Token) -> bool:
    """ "how many migrants", "how many": a number asked for, not given."""
    return any(t.lower_ == "how" and t.i < noun.i + 1 for t in noun.subtree) and any(
        t.lower_ in {"many", "much"} for t in noun.subtree
    )


def asked_how_many(trigger: Token) -> bool:
    """ "Officials declined to say how many migrants had been detained or how many had been sent
    back", "it is not known how many were arrested": a number asked for or not given is a
    question, not a report of one event. (The count given later, "officials said 12 were
    arrested", is the event.)"""
    head = clause_head(trigger)
    people = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "dobj"}]
    if trigger.pos_ in {"NOUN", "PROPN"}:
        people.append(trigger)  # "how many arrests were made"
    return any(_asks_how(p) for p in people)


# Verbs and nouns that charge someone with a practice: "accused of returning refugees".
CHARGE_WORDS = frozenset(
    {"accuse", "accusation", "criticise", "criticize", "criticism", "condemn", "blame", "allegation", "deny"}
)


def charged_as_a_practice(trigger: Token) -> bool:
    """A people event charged against a state as its practice: an act in the present simple or
    a gerund, done to a class of people named by no number, name or determiner, under a word
    of accusation, criticism or denial: "Beijing rejected accusations that it forcibly returns
    North Korean refugees", "the country was criticised for deporting asylum seekers". A policy
    is charged, no one event told. ("criticised for deporting the nine women last week" tells
    one.)"""
    if trigger.pos_ != "VERB" or trigger.tag_ not in {"VBZ", "VBP", "VBG"}:
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return False
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    if not objects or not all(_bare_plural(o) for o in objects):
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree):
        return False
    return any(token.lemma_.lower() in CHARGE_WORDS for token in list(trigger.ancestors)[:4])


def every_such_act(trigger: Token) -> bool:
    """An event noun under "every" or "any" names a kind of act, whatever its instances: "every
    successful escape is followed by new restrictions", "any defection brings punishment on
    the family". No one event is told. ("each of the arrests" and "the arrest" name theirs.)"""
    if trigger.pos_ not in {"NOUN", "PROPN"}:
        return False
    return any(c.dep_ == "det" and c.lower_ in {"every", "any"} for c in trigger.children)


# Pronouns that name people only by the relative clause after them.
CLASS_PRONOUNS = frozenset({"those", "anyone", "anybody", "whoever", "everyone"})


def those_who_will_face(trigger: Token) -> bool:
    """ "Those who had tried to reach Seoul will be sent to a prison camp", "anyone who crossed
    could be jailed": people named by "those" or "anyone" and an act, in a sentence about what
    will or may happen to them. The act sorts people into a class for a threat or a rule; it is
    not told as news. ("Those who did not sign were arrested": what happened to them is told;
    "the two who had tried to flee will be tried" counts them.)"""
    clause = _clause_of(trigger)
    if clause.dep_ != "relcl" or clause.head.i == clause.i or _dated(clause):
        return False
    people = clause.head
    if people.lower_ not in CLASS_PRONOUNS or people.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    holder = people.head
    return any(c.dep_ == "aux" and c.tag_ == "MD" for c in holder.children)


def audience_summoned(trigger: Token) -> bool:
    """ "shot in front of traders summoned to the riverbank", "before residents who had been called
    from nearby villages": a summons describing the crowd before which something was done brings
    an audience, and questions no one. Read token by token: the parser often hangs the participle
    on the main verb."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in {"summon", "call"}:
        return False
    if any(c.dep_ == "nsubj" and c.tag_ not in {"WP", "WDT"} for c in trigger.children):
        return False  # "police summoned them": a clause of its own
    doc = trigger.doc
    j = trigger.i - 1
    while j > sentence_of(trigger).start and (doc[j].pos_ == "AUX" or doc[j].tag_ in {"WP", "WDT"}):
        j -= 1  # "residents who had been summoned"

    def audience_opener(k: int) -> bool:
        return doc[k].lower_ == "before" or (doc[k].lower_ == "of" and doc[k - 1].lower_ == "front")

    steps = 0
    while j > sentence_of(trigger).start and steps < 12 and not audience_opener(j):
        # the crowd's words: "several hundred workers and farmers", "a crowd of residents"
        if doc[j].pos_ not in {"NOUN", "PROPN", "ADJ", "NUM", "CCONJ", "DET"} and doc[j].lower_ not in {
            ",",
            "of",
        }:
            return False
        j -= 1
        steps += 1
    return audience_opener(j)


def summoned_to_a_gathering(trigger: Token) -> bool:
    """ "Villagers were summoned to a lecture on the new rules", "all residents were called to a
    meeting": a summons to a gathering mobilises people and questions no one. ("The couple were
    summoned to the security office" and "summoned to a meeting and questioned for hours" are
    interrogations: the second names the questioning itself, which is its own trigger.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in {"summon", "call"}:
        return False
    gatherings = words()["gathering_nouns"]
    return _summoned_to_watch(trigger) or any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ in gatherings for o in prep.children)
        for prep in trigger.children
    )


def _summoned_to_watch(summons: Token) -> bool:
    """ "About 300 cadres were summoned to watch", "residents were called to witness the
    hanging": a summons whose purpose is a verb of watching (people.json's audience_verbs) brings
    an audience to a happening, and questions no one."""
    watching = people_words()["audience_verbs"]
    return any(
        c.dep_ in {"xcomp", "advcl"}
        and c.lemma_.lower() in watching
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in summons.children
    )


def under_a_habitual_clause(trigger: Token) -> bool:
    """An act named in a phrase under a clause told as a habit: "those caught there are usually
    allowed to travel on after paying fines or serving short sentences", "detainees are often
    beaten after being questioned", "police usually let such groups travel on" (what a habit of
    letting or making people do lets them do). The habit covers the act in its phrase. ("He was released
    on Monday after serving a sentence" is one event.)"""
    verb = _clause_of(trigger)
    while verb.dep_ == "conj" and verb.head.i != verb.i and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head  # "paying fines or serving short sentences": the first of the list
    if dated_occasion(verb):
        return False
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        holder = verb.head.head
    elif verb.dep_ == "advcl":
        holder = verb.head
    elif verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in words()["letting_verbs"]:
        holder = verb.head  # "the authorities usually let such groups travel on after a fine"
    else:
        return False
    holders = [holder]
    while len(holders) < 4 and (above := _verb_of_a_complement(holders[-1])) is not None:
        holders.append(above)  # "are usually allowed to travel on after …"
    return any(_general_time(h) and not dated_occasion(h) for h in holders)


# Words that make a time expression a point in time, not a length ("last year", "two weeks ago").
POINT_WORDS = frozenset(
    {"last", "next", "this", "ago", "earlier", "later", "since", "until", "before", "after"}
)


def dated_occasion(clause: Token) -> bool:
    """Whether the clause names a date or a time, not only a length of time: "in March", "last
    week", "two years ago" date a clause; "for years", "several weeks in detention" only say how
    long (a habit can last years)."""
    low, high = clause.left_edge.i, clause.right_edge.i
    return any(low <= start <= high for start in _dating_entity_starts(clause.doc))


def _dating_entity_starts(doc: Doc) -> list[int]:
    """Where each DATE or TIME entity of the Doc that names a date, not only a length, starts:
    read once per Doc (Doc.ents builds every entity's Span again on each call)."""
    starts = doc.user_data.get("tessera_dating_entities")
    if starts is None:
        starts = [
            entity.start
            for entity in doc.ents
            if entity.label_ in {"DATE", "TIME"} and not _only_a_length(entity)
        ]
        doc.user_data["tessera_dating_entities"] = starts
    return starts


def _only_a_length(entity: Span) -> bool:
    """ "for years", "several weeks": a length of time, with no word that makes it a point."""
    words = [t for t in entity if t.lower_ != "for"]
    return (
        bool(words)
        and words[-1].lemma_.lower() in TIME_UNITS
        and words[-1].tag_ == "NNS"
        and not any(t.lower_ in POINT_WORDS or t.ent_type_ == "DATE" and t.shape_ == "dddd" for t in words)
    )


def _verb_of_a_complement(verb: Token) -> Token | None:
    """The verb whose complement `verb` is: "allowed to travel on" (an infinitive), "lets them
    leave" (a bare infinitive with its own subject), "allowed migrants to fly on" (an infinitive
    the parser hangs on the object as a relative clause)."""
    if verb.head.i == verb.i:
        return None
    if verb.dep_ in {"xcomp", "ccomp"} and verb.tag_ == "VB":
        return verb.head
    infinitive = verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "relcl" and infinitive and verb.head.dep_ == "dobj":
        return verb.head.head
    return None


def killed_by_a_calamity(trigger: Token) -> bool:
    """ "the famine that killed hundreds of thousands in the 1990s", "floods killed dozens in the
    county", "three workers were killed in an explosion at the dam site": deaths a calamity or an
    accident caused, with no one acting against the people, are no act of violence. ("Guards killed two smugglers" is one; "prisoners died of hunger in the camp",
    told of custody, has no calamity as its subject.)"""
    if trigger.pos_ != "VERB":
        return False
    calamities = words()["calamity_nouns"]
    if is_passive(trigger) and any(_calamity(cause, calamities) for cause in _causes_in_or_by(trigger)):
        return True
    subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.tag_ == "WDT" and trigger.dep_ == "relcl":
        subject = trigger.head  # "the famine that killed …"
    if subject is None:
        return False
    return _calamity(subject, calamities)


# Verbs by which the authorities give kin an account of a death ("the police told his mother he
# had died of an illness"); a source telling a reporter is news, so the one told must be kin.
TELLING_LEMMAS = frozenset({"tell", "inform"})
# Papers kin are made to sign ("a statement that he died of illness").
ACCOUNT_PAPERS = frozenset({"statement", "paper", "certificate", "document"})
# How far up from the verb of dying the account's verb may stand ("told the students he was a
# thief who had died of disease": died → thief → was → told).
ACCOUNT_REACH = 4


def natural_death_as_told(trigger: Token) -> bool:
    """ "The unit told the family that he had died of illness", "she signed a paper saying he had
    died of heart failure", "told the students he was a thief who had died of disease": a death
    put down to an illness inside what kin were told, or a paper they signed, is the authorities'
    account of a death (the death itself, and how it came, is told elsewhere), not a death of its
    own. The one told must be kin or a peer of the dead: a source telling a reporter that
    prisoners died of disease tells news. ("Two women in her cell died of illness", told as what
    happened, is a death in custody.)"""
    if trigger.lemma_.lower() != "die":
        return False
    causes = prep_objects(trigger, frozenset({"of", "from"}))
    illness = words()["illness_nouns"]
    if not any(
        c.lemma_.lower() in illness or any(d.lemma_.lower() in illness for d in c.children) for c in causes
    ):
        return False
    token = trigger
    for _ in range(ACCOUNT_REACH):
        if token.head.i == token.i:
            return False
        head = token.head
        if head.lemma_.lower() in ACCOUNT_PAPERS or (
            head.lemma_.lower() in TELLING_LEMMAS and _kin_told(head)
        ):
            return True
        token = head
    return False


# Those the authorities give an account of a death besides kin: the dead man's fellow detainees
# and, for a pupil, his schoolmates ("told the students he had died of disease").
TOLD_PEERS = DETAINEE_NOUNS | {"student", "pupil", "classmate"}


def _kin_told(verb: Token) -> bool:
    """ "told his mother", "his family was told", "guards told the other detainees": the one told
    is kin or a peer of the dead, not a reporter or an outlet."""
    told = words()["household_nouns"] | kin_words() | TOLD_PEERS
    return any(
        c.dep_ in {"dobj", "dative", "nsubjpass", "iobj"} and (c.lemma_.lower() in told or c.lower_ in told)
        for c in verb.children
    )


def _calamity(noun: Token, calamities: frozenset[str]) -> bool:
    return noun.lemma_.lower() in calamities or noun.lower_ in calamities


def _causes_in_or_by(verb: Token) -> list[Token]:
    """ "were killed in a blast", "was killed by a landslide": what a passive death is put down
    to ("was killed by guards" names people, no calamity)."""
    preps = [c for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by"}]
    return [o for p in preps for o in p.children if o.dep_ == "pobj"]


# Nouns of a person's own wish, in "at their own request", "of his own free will".
WISH_NOUNS = frozenset({"request", "wish", "wishes", "will", "choice", "accord", "volition"})
# Prepositions that put a return at someone's wish ("against their will" is the opposite).
WISH_PREPOSITIONS = frozenset({"at", "in", "of", "by"})
# Adverbs that make a return the returnee's own act.
WILLING_ADVERBS = frozenset({"voluntarily", "willingly"})


def returned_by_own_wish(trigger: Token) -> bool:
    """A return that the people returned asked for is no forced repatriation: "the navy sent
    the two fishermen back at their own request", "plans to return them in accordance with
    their free will", "two of the crew asked to be sent home", "the three who wished to go back
    were handed over at sea", "she returned voluntarily", "they had said they wished to go home,
    and they were sent back by boat" (the return joined to the wish told before it). ("Deported the men against their
    will", "China wants to send them back" and "Beijing's request" are forced returns.)"""
    if trigger.pos_ != "VERB":
        return False
    for child in trigger.children:
        if child.dep_ == "advmod" and child.lower_ in WILLING_ADVERBS:
            return True
        if child.dep_ == "prep" and child.lower_ in WISH_PREPOSITIONS and _own_wish(child):
            return True
    if trigger.dep_ == "xcomp" and is_passive(trigger) and _wished(trigger.head, trigger):
        return True  # "asked to be sent home": the one who asks is the one sent
    if (
        trigger.dep_ == "conj"
        and trigger.head.i < trigger.i
        and any(
            _wished(verb, wish)
            for verb in trigger.head.subtree
            if verb.i < trigger.i
            for wish in verb.children
            if wish.dep_ == "xcomp"
        )
    ):
        return True  # "they had said they wanted to return, and they were handed over at sea"
    returned = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    return returned is not None and any(
        clause.dep_ == "relcl" and _wished(clause, wish)
        for clause in returned.children
        for wish in clause.children
        if wish.dep_ == "xcomp"
    )  # "the two who wished to go back were handed over"


# Verbs of sending or taking people back.
RETURN_VERBS = frozenset({"return", "send", "take", "bring", "escort"})


def sent_back_within_the_country(trigger: Token) -> bool:
    """ "she was fined and sent back to the fields", "afterwards she was returned to the same
    site", "the traders will be sent back to their home county under escort", "he has been sent
    back to a detention cell after a week in hospital": a return to a place of work, study,
    custody or residence (the home_ground_nouns of background.json, named by a common noun)
    moves people within the country, no repatriation across a border. A return to a country or
    a named place ("returned to the North", "sent back to Sinuiju"), or one with a place abroad
    in its sentence ("sent back from Dandong to their hometowns"), stays a repatriation."""
    if trigger.lemma_.lower() not in RETURN_VERBS or trigger.pos_ != "VERB":
        return False
    holders = [trigger, *(c for c in trigger.children if c.dep_ in {"advmod", "prt"} and c.lower_ == "back")]
    destinations = [o for h in holders for o in prep_objects(h, frozenset({"to"}))]
    grounds = words()["home_ground_nouns"]
    if destinations and all(_town_of_the_north(d) for d in destinations):
        return _told_inside_the_north(trigger)
    if not destinations or not all(
        d.pos_ == "NOUN" and d.lower_ in grounds and not d.ent_type_ for d in destinations
    ):
        return False
    # (imported here: joining reads this module's word lists, so it cannot be imported above)
    from tessera.events.joining import country_of_place

    sentence = sentence_of(trigger)
    return not any(
        t.ent_type_ in PLACE_ENTITY_LABELS and country_of_place(t) not in {None, "KP"} for t in sentence
    )


# Names that stand for North Korea as a whole or for its capital, where people abroad are sent
# back to ("returned to the North", "recalled to Pyongyang"): a return across the border.
WHOLE_NORTH_NAMES = frozenset({"north", "korea", "dprk", "pyongyang"})
# Sentences before a return read with it for where the people were ("detained in Wonsan. Most
# were sent back to South Hamgyong").
RETURN_CONTEXT_SENTENCES = 3
# Words that make the police a local force at home ("the county police", "the city police").
LOCAL_UNIT_WORDS = frozenset({"county", "city", "town", "local", "provincial"})


def _town_of_the_north(place: Token) -> bool:
    """A town, county or province of North Korea named as a goal ("Hamhung", "South Hamgyong"),
    not the country as a whole or its capital."""
    from tessera.events.joining import country_of_place

    return place.pos_ == "PROPN" and place.lower_ not in WHOLE_NORTH_NAMES and country_of_place(place) == "KP"


def _told_inside_the_north(trigger: Token) -> bool:
    """ "The five were questioned by the county police before being sent back to Hamhung",
    "police detained traders living in the city without registration. Most were sent back to
    South Hamgyong": people sent back to a town of the North, in a passage that names no place
    abroad, no foreign people and no border crossing (handover_places) in the return's sentence
    or the ones just before, and that names where in the North they were (a place of the North
    before the act, or the county or city police), are sent home inside the country, no repatriation
    ("China sent them back to Sinuiju", "handed back across the bridge to Namyang" stay returns)."""
    from tessera.events.joining import country_of_place

    sentence = sentence_of(trigger)
    window = trigger.doc[sentences_back(trigger.doc, sentence.start, RETURN_CONTEXT_SENTENCES) : sentence.end]
    # (a crossing word inside a name does not count: "the East Sea Herald reported")
    crossings = {p for p in lexicon().cues["handover_places"] if " " not in p}
    if any(
        t.lower_ in {"abroad", "overseas"}
        or (t.lower_ in crossings and not t.ent_type_)
        or (t.ent_type_ in PLACE_ENTITY_LABELS | {"NORP"} and country_of_place(t) not in {None, "KP"})
        for t in window
    ):
        return False
    # the people were somewhere in the North: another of its places named before the goal ("Wonsan
    # police detained …", "questioned by the county police in Hamhung"); a goal alone ("the two
    # brothers are sent back to Hyesan") may be the end of a return from China
    # (a name the parser took for a body's counts: "Police in Chongjin rounded up vendors")
    return any(
        t.i < trigger.i
        and (t.ent_type_ in PLACE_ENTITY_LABELS or t.pos_ == "PROPN")
        and t.lower_ not in WHOLE_NORTH_NAMES
        and country_of_place(t) == "KP"
        for t in window
    ) or any(t.i < trigger.i and t.lower_ in LOCAL_UNIT_WORDS and t.head.lower_ == "police" for t in window)


def _wished(verb: Token, wish: Token) -> bool:
    """ "asked to be sent home", "wished to go back"; not "asked not to be sent back" nor "had
    asked to go to South Korea" (a wish to go on, not back)."""
    going_back = wish.lemma_.lower() == "return" or any(
        c.dep_ in {"advmod", "prt"} and c.lower_ in {"home", "back"} for c in wish.children
    )
    return (
        going_back
        and verb.lemma_.lower() in CHOICE_VERBS
        and not any(c.dep_ == "neg" for c in (*verb.children, *wish.children))
    )


def _own_wish(prep: Token) -> bool:
    """ "at their own request", "in accordance with their free will", "of his own accord": the
    wish is the returnee's (a pronoun's or 'own'), not a state's ("at Beijing's request")."""
    return any(
        noun.lemma_.lower() in WISH_NOUNS
        and any((c.dep_ == "poss" and c.tag_ == "PRP$") or c.lower_ == "own" for c in noun.children)
        for noun in prep.subtree
    )


def carried_by(craft: Token) -> Token | None:
    """What a craft is told as carrying: "a boat carrying six men" (six men); None otherwise."""
    for verb in (c for c in craft.children if c.dep_ == "acl" and c.lemma_.lower() == "carry"):
        carried = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if carried is not None:
            return carried
    return None


def people_aboard(trigger: Token) -> Token | None:
    """The people a craft picked up was carrying: "picked up a boat carrying six men" (six men),
    "picked up a boat with two women aboard" (two women); None when the words name no one."""
    vessels = words()["vessel_nouns"]
    for craft in (c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"} and c.lower_ in vessels):
        if (carried := carried_by(craft)) is not None:
            return carried
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "with"):
        carried = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if carried is not None and any(a.lower_ in {"aboard", "on board"} for a in carried.children):
            return carried
    return None


# Named-entity labels that make what a report says happened particular: a date, a place, a count.
# A count names particular people in a report's content; a place or a date alone does not ("denied
# reports that it had returned North Koreans to China last year" rejects a kind of act the
# report charges, as "dismissed reports of executions" does).
PARTICULAR_ENTITIES = frozenset({"CARDINAL"})
# Determiners that point at particular people or acts ("a group of students", "the five").
PARTICULAR_DETERMINERS = frozenset({"a", "an", "the", "this", "these", "those", "that"})


# Modals that make a use of an instrument a possibility ("could be used to", "will be used to");
# apart from POSSIBILITY_MODALS, which leaves out the warnings "will" and "would" on purpose.
USE_MODALS = frozenset({"could", "can", "may", "might", "would", "will"})


def what_something_is_used_for(trigger: Token) -> bool:
    """ "lawyers say the provisions could be used to justify killing people who stray near the
    river", "the decree could also be used to send offenders' families to a camp", "such warnings
    have been used to justify expulsions": an act told as what a law, a rule or a figure is or may
    be put to serve ("could be used to", or "used to justify") is a use feared or alleged of the
    instrument, no act done to particular people. ("A fishing boat was used to carry ten people
    south" tells the crossing; "they used to be held for a week" is a past habit.)"""
    child = trigger
    for head in trigger.ancestors:
        if head.lemma_.lower() == "use" and head.pos_ == "VERB" and is_passive(head):
            purpose = child.dep_ in {"xcomp", "advcl"} and any(t.lower_ == "to" for t in child.children)
            possible = any(c.dep_ == "aux" and c.lower_ in USE_MODALS for c in head.children)
            return purpose and (possible or child.lemma_.lower() == "justify")
        child = head
    return False


def interviewer_recalling_the_guest(trigger: Token) -> bool:
    """ "Q: You left Hyesan last year. What happened?", "Q: You tried to cross more than once.
    When was the first time?": in an interview printed as questions and answers, the
    interviewer's line that tells the guest ("you") what he did is a prompt recalling the guest's
    history, not news; the answers tell the events. ("Q: Your sources say a trader was arrested
    in May" names third parties, and stays.)"""
    sentence = sentence_of(trigger)
    # (the sentence's characters from the Doc's text read once: Span.text joins its tokens anew)
    if not doc_text(trigger.doc)[sentence.start_char : sentence.end_char].lstrip().startswith("Q:"):
        return False
    for verb in (trigger, *trigger.ancestors):
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subject = subject_of(verb)
        if subject is not None:
            return subject.lower_ == "you"
    return False


def denied_report(trigger: Token) -> bool:
    """ "State media dismissed reports of public hangings as lies", "the ministry rejected claims
    that it tortures returnees", "rumours that a broker was held in Hyesan last week are untrue, a
    trader said", "officials said there was no sign that the crew had meant to defect": an act
    told only as what a report, a claim or a rumour says, when the sentence rejects it as untrue,
    or as what no sign shows, is no event. A rejection by the accused of a report that names
    particular people, a place or a date ("Pyongyang dismissed reports that five officials were shot
    in March") still tells the act the report gives (the report is the news); a report the
    sentence itself calls false does not."""
    cues = lexicon().cues
    holders = cues["report_nouns"] | cues["hearsay_words"] | words()["claim_nouns"]
    holder = _content_holder(trigger)
    # ("claims that staff work under conditions of forced labour": the nearest noun is a setting
    # inside the content; the claim above it holds the whole)
    while holder is not None and holder.lemma_.lower() not in holders | words()["evidence_nouns"]:
        holder = _content_holder(holder)
    if holder is None:
        return False
    lemma = holder.lemma_.lower()
    if lemma in words()["evidence_nouns"]:
        return _with_no(holder)
    if _called_false(holder):
        return True
    if not _rejected(holder):
        return False
    return _rejected_as_hearsay(holder) or not _particular_content(holder)


def rumoured_prospect(trigger: Token) -> bool:
    """ "Rumours are spreading that the families will be banished to the hills", "another rumour,
    that the river districts will be sealed from March, …", "there has been a rumour that the
    hospital will be closed and its patients sent home": an act still to come (the caller has
    read it as looming) that only rumour tells is talk of what may happen, no event; the same
    act feared by people or planned by an authority ("residents fear the five will be sent to a
    camp", "police say the women will be sent back") looms for them and stays."""
    word = trigger
    while word.dep_ == "conj" and word.head.i != word.i:
        word = word.head  # "will be closed and its patients sent home": the rumour holds both
    rumour = lexicon().cues["hearsay_words"]
    holder = _content_holder(word)
    if holder is not None and holder.lemma_.lower() in rumour:
        return True
    clause = clause_head(word)
    above = clause.head
    # "there has been a rumour that …": the parser hangs the content on "been"
    there_is_a_rumour = (
        clause.dep_ == "ccomp"
        and above.lemma_ == "be"
        and any(c.dep_ == "expl" for c in above.children)
        and any(c.dep_ == "attr" and c.lemma_.lower() in rumour for c in above.children)
    )
    return there_is_a_rumour or hearsay(trigger)


# Those a report quotes as knowing the ground (not the accused): a rumour they reject is idle talk.
INFORMANT_NOUNS = frozenset({"source", "resident", "witness", "trader"})


def _rejected_as_hearsay(holder: Token) -> bool:
    """A rejected rumour, or a report rejected by one of the outlet's own informants, tells no act
    even when it names people: "a second rumour, that the border would be closed from December,
    was denied by a resident", "a report that the county party secretary had been held was denied
    by a source close to the committee". (The accused rejecting a report that names people,
    "Pyongyang dismissed reports that five officials were shot", still leaves the report's act.)"""
    if holder.lemma_.lower() in lexicon().cues["hearsay_words"]:
        return True
    verb = holder.head
    agents = [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    agents += [c for c in verb.children if c.dep_ == "nsubj"]
    return any(a.lemma_.lower() in INFORMANT_NOUNS for a in agents)


def _rejected(holder: Token) -> bool:
    """ "dismissed reports that …", "reports … were rejected", and "rejected as a fabrication
    reports that …", where the parser hangs the report on the verdict's "as"; and "called claims
    that its workers are beaten 'a smear campaign'", a report named by a verdict of falsity."""
    verb = holder.head
    if holder.dep_ == "pobj" and verb.lower_ == "as" and verb.head.i != verb.i:
        verb = verb.head
    elif holder.dep_ not in {"dobj", "nsubjpass", "oprd"}:
        return False
    if verb.lemma_.lower() in NAMING_VERBS:
        return _named_false(verb, holder)
    return verb.lemma_.lower() in words()["denying_verbs"]


# Verbs that name what their object is ("called the reports lies").
NAMING_VERBS = frozenset({"call", "brand", "label", "describe"})


def _named_false(verb: Token, holder: Token) -> bool:
    """The naming verb's other complement ("a smear campaign", "lies") is a verdict of falsity."""
    falsity = words()["falsity_words"]
    # (the parser may hang the verdict inside the claim's clause: "called claims that they are
    # beaten 'a smear campaign'"; any word of falsity after the claim is read as the verdict)
    after = _rest_of_sentence(holder)
    return any(t.lower_ in falsity or t.lemma_.lower() in falsity for t in after)


def _rest_of_sentence(token: Token) -> Span:
    """The rest of the token's sentence after it."""
    return token.doc[token.i + 1 : sentence_of(token).end]


# Prepositions whose object is what a noun says: "reports of", and after a report "on", "about".
CONTENT_PREPOSITIONS = frozenset({"of", "on", "about"})


def _content_holder(trigger: Token) -> Token | None:
    """The noun whose content the trigger's words are: "reports of executions", "claims that
    they were shot", "no sign that the men had tried to defect", "a report on public
    executions", "reports of executions and of raids on homes"."""
    word = trigger
    for _ in range(8):
        head = word.head
        if _content_read_as_relative(word):
            return head
        if head.i == word.i or word.dep_ in {"relcl", "advcl", "parataxis"}:
            return None
        if word.dep_ == "pobj" and head.lower_ in CONTENT_PREPOSITIONS:
            preposition = head
            while preposition.dep_ == "conj" and preposition.head.i != preposition.i:
                preposition = preposition.head  # "of executions and of raids"
            holder = preposition.head
            if holder.pos_ == "NOUN" and (
                head.lower_ == "of" or holder.lemma_.lower() in lexicon().cues["report_nouns"]
            ):
                return holder
        if word.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN":
            return head
        if word.dep_ == "ccomp" and head.pos_ == "VERB":
            # "called claims that they are beaten 'a smear'": the parser may hang the claim's
            # that-clause on the verb beside the claim it names
            named = [
                c
                for c in head.children
                if c.dep_ in {"dobj", "oprd"}
                and c.i < word.i
                and c.lemma_.lower() in lexicon().cues["report_nouns"]
            ]
            if named and any(c.dep_ == "mark" and c.lower_ == "that" for c in word.children):
                return named[-1]
        word = head
    return None


def _content_read_as_relative(clause: Token) -> bool:
    """ "A rumour that a stall holder had been arrested turned out to be false": the parser may
    read a that-clause after a noun of report as a relative clause; with "that" as its marker and
    a subject of its own it says what the report says (a true relative clause, "a rumour that swept
    the city", "a story that he told", has "that" as its subject or object)."""
    if clause.dep_ != "relcl":
        return False
    holder = clause.head
    cues = lexicon().cues
    if holder.lemma_.lower() not in cues["report_nouns"] | cues["hearsay_words"] | words()["claim_nouns"]:
        return False
    if not any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in clause.children):
        return False
    that = next((t for t in clause.subtree if t.lower_ == "that" and t.i < clause.i), None)
    if that is None:
        return False
    if that.dep_ == "mark":
        return True
    # ("a rumour that a seller had been arrested for lending out films": "that" hung on a
    # preposition that has an object of its own is no relative pronoun either)
    return (
        that.i == holder.i + 1
        and that.dep_ == "pobj"
        and any(c.i != that.i and c.dep_ in {"pobj", "pcomp"} for c in that.head.children)
    )


def _called_false(noun: Token) -> bool:
    """ "the rumours are false", "the claims were a fabrication", "talk of camps was invented":
    the noun's own predicate says it is untrue."""
    falsity = words()["falsity_words"]
    if noun.dep_ == "nsubjpass":
        return noun.head.lower_ in falsity  # "was invented", "were fabricated"
    if noun.dep_ != "nsubj":
        return False
    verb = noun.head
    # "the rumour turned out to be false", "the report proved unfounded"
    complements = [*verb.children]
    if verb.lemma_.lower() in {"turn", "prove"}:
        complements += [g for c in verb.children if c.dep_ == "xcomp" for g in c.children]
    return any(
        c.dep_ in {"acomp", "attr", "oprd"} and (c.lemma_.lower() in falsity or c.lower_ in falsity)
        for c in complements
    )


def _particular_content(holder: Token) -> bool:
    """Whether the content of a report names particular people, a place or a date: a count, a
    determiner on a noun of people ("the five traders"; "the spread of films", "in the country"
    point at no one), or a named date or place. (An "as" phrase is the rejection's verdict
    that the parser may hang on the content: "dismissed reports that it hanged people as a
    smear".)"""
    verdict = {t.i for c in holder.subtree if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree}
    content = [t for t in holder.subtree if t.i > holder.i and t.i not in verdict]
    return any(
        t.ent_type_ in PARTICULAR_ENTITIES
        or t.like_num
        or (
            t.dep_ == "det"
            and t.lower_ in PARTICULAR_DETERMINERS
            and _names_people(t.head)
            and not t.head.ent_type_  # "the North" is a place, not people
        )
        for t in content
    )


def feared_kind_of_harm(trigger: Token, event_type: str) -> bool:
    """ "Returnees face a real risk of torture, arbitrary detention and enforced disappearance",
    "if sent back they are at grave risk of torture": a bare noun of harm after "risk of" (or
    "danger of", "threat of") names a kind of harm feared, which no one act tells. A return that
    looms ("at risk of forced return") is the news of such a sentence and keeps its reading; so
    does harm with its own people or date ("the risk of their detention")."""
    if event_type == "repatriation" or trigger.pos_ != "NOUN":
        return False
    noun = trigger
    while noun.dep_ == "conj" and noun.head.i != noun.i and noun.head.pos_ == "NOUN":
        noun = noun.head
    if any(c.dep_ in {"det", "poss", "nummod"} for t in (trigger, noun) for c in t.children):
        return False
    preposition = noun.head
    return (
        noun.dep_ == "pobj"
        and preposition.lower_ == "of"
        and preposition.head.lemma_.lower() in lexicon().cues["at_risk_nouns"]
    )


# Conjunctions that make a clause the condition of what its main clause foresees.
CONDITION_MARKERS = frozenset({"if", "once", "unless"})
# Types of harm that reports foresee for people sent back, rather than tell.
FORESEEN_HARM_TYPES = frozenset({"violence", "interrogation"})


def harm_foreseen_after_a_return(trigger: Token, event_type: str) -> bool:
    """ "If they are sent back, they will face interrogation and torture", "once they are
    returned, the women will be beaten", "the twelve, who face torture if they are handed over":
    harm told as what follows a return that has not happened, in a clause whose condition ("if",
    "once") is that return, is the harm feared for the people, not an act anyone did. The return
    itself keeps its reading (a return that looms is the news of such a sentence)."""
    if event_type not in FORESEEN_HARM_TYPES:
        return False
    token = trigger
    for _ in range(12):  # up the clauses that hold the harm, to the sentence's root
        for condition in token.children:
            if condition.dep_ != "advcl" or condition.i == trigger.i:
                continue
            marks = {c.lower_ for c in condition.children if c.dep_ == "mark"}
            if not marks & CONDITION_MARKERS or (marks == {"once"} and _told_as_past(condition)):
                continue  # ("once they were handed over, guards beat them": the return was done)
            if _sends_back(condition.doc[condition.left_edge.i : condition.right_edge.i + 1], set()):
                return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


# Conditions that keep what a main clause foresees (beside the verbs of establishing and the words
# of a sending back): the people caught, held or handed on, a verdict on them, a case told before
# ("if that happens"), or help that fails ("if Seoul fails to act").
CAUGHT_CONDITION_VERBS = frozenset(
    {
        "catch",
        "arrest",
        "detain",
        "learn",
        "identify",
        "hand",
        "send",
        "decide",
        "judge",
        "rule",
        "happen",
        "fail",
        "convict",
        "sentence",
        "charge",
        "try",
        "prosecute",
        "blame",
    }
)
# Verbs of going back oneself: "if the floods come back" sends no one back.
GOING_BACK_VERBS = frozenset({"come", "go", "get", "turn"})


def outcome_of_an_imagined_act(trigger: Token) -> bool:
    """ "If she crosses the river herself, the guards might shoot", "if the clip goes online, she
    could be questioned for weeks", "if the floods return, the authorities could seal off the
    area": what a main clause foresees as following an act or a turn of events that its "if"
    clause only imagines is a scenario, no event (the caller has read it as looming). A
    condition that is the people's being found, caught or sent back keeps what looms for them
    ("if they are found, they will be sent back", "if investigators conclude that he tried to
    reach the South, he could be sent to a kyohwaso", "if they are caught, they could be sent
    back"), as does help withheld ("they could be sent back if Seoul does not intervene")."""
    conditions = _if_conditions_over(trigger)
    if not conditions:
        return False
    kept = words()["establishing_verbs"] | CAUGHT_CONDITION_VERBS
    for condition in conditions:
        verbs = [condition, *(c for c in condition.children if c.dep_ == "conj")]
        span = condition.doc[condition.left_edge.i : condition.right_edge.i + 1]
        going_back = {t.i for t in span if t.lemma_.lower() in GOING_BACK_VERBS}
        if any(_keeps_by_itself(v, kept) for v in verbs) or _sends_back(span, going_back):
            return False
        if _custody_told_in(span):
            return False  # "if the police pick them up", "if the inquiry blames them"
        if any(c.dep_ == "neg" for c in condition.children):
            return False  # "at risk of being sent back if Seoul does not intervene": help withheld
    return True


def _keeps_by_itself(verb: Token, kept: frozenset[str] | set[str]) -> bool:
    """Whether the verb of an "if" clause keeps what its main clause foresees: a verb of being
    caught, judged or found ("if they are caught", "if he is tried", "if investigators decide he
    helped them"), not an attempt told with what was tried ("if he tried to swim the river")."""
    return verb.lemma_.lower() in kept and not _tried_to(verb)


def _tried_to(verb: Token) -> bool:
    """ "tried to swim", "try to cross": a verb of trying with its infinitive, an attempt and no
    trial ("if he is tried" names a court)."""
    return verb.lemma_.lower() == "try" and any(c.dep_ == "xcomp" for c in verb.children)


# Types whose trigger in an "if" clause makes it a condition of the people's being caught, held,
# questioned, judged or sent back.
CUSTODY_CONDITION_TYPES = frozenset({"arrest", "repatriation", "interrogation", "punishment"})


def _custody_told_in(span: Span) -> bool:
    """Whether a trigger of the lexicon in `span` names a taking into custody, a questioning, a
    penalty or a sending back ("if the police pick them up", "if they are questioned"): the
    sentence's triggers, found once per Doc, that lie inside the span."""
    sentence = sentence_of(span.root)
    return any(
        m.entry.type in CUSTODY_CONDITION_TYPES
        and span.start <= m.start
        and m.end <= span.end
        and not _an_attempt(span.doc[m.start : m.end])
        for m in sentence_triggers(span.doc, sentence.start, sentence.end)
    )


def _an_attempt(words: Span) -> bool:
    """Whether a trigger's words are a verb of trying with its complement, an attempt and no
    trial ("if he tried to swim the river": "tried" names no court)."""
    return len(words) == 1 and _tried_to(words[0])


def _if_conditions_over(trigger: Token) -> list[Token]:
    """The "if" clauses that govern the trigger's clause: those on the clauses above it, and one
    that opens the sentence, whose condition holds for every clause after it ("if a neighbour
    tells the bureau, she could be questioned, her home could be searched"). A condition that
    holds the trigger itself is left out (an act inside it is read by its own rules)."""
    found: list[Token] = []
    token = trigger
    for _ in range(12):  # up the clauses that hold the act, to the sentence's root
        found += [c for c in token.children if c.dep_ == "advcl"]
        if token.head.i == token.i:
            break
        token = token.head
    opening = next((t for t in sentence_of(trigger) if not t.is_punct), None)
    if opening is not None and opening.lower_ == "if" and opening.dep_ == "mark":
        found.append(opening.head)
    return [
        c
        for c in dict.fromkeys(found)
        if any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        and not c.left_edge.i <= trigger.i <= c.right_edge.i
        and c.right_edge.i < trigger.i + 40
    ]


def _told_as_past(verb: Token) -> bool:
    """Whether a clause's verb or its auxiliaries are in the past tense ("were sent back")."""
    return any(t.tag_ in {"VBD"} for t in (verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})))


# Conjunctions that leave open what their clause's inquiry will settle.
OPEN_QUESTION_MARKERS = frozenset({"if", "whether", "unless"})


def what_an_inquiry_may_find(trigger: Token) -> bool:
    """ "She faces a long sentence if investigators conclude that she tried to reach the South",
    "the wives will be sent away if it turns out their husbands went south", "his parents could
    be banished if the defection is confirmed": an act told as what an inquiry may settle, in the
    clause of a verb of establishing under "if" or "whether", is not known to have happened; the
    report tells the threat, not the act."""
    establishing = words()["establishing_verbs"]
    token = trigger
    for _ in range(6):  # up to the verb of establishing that holds the act, if any
        if token.head.i == token.i:
            return False
        token = token.head
        if token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in establishing:
            marks = {c.lower_ for c in token.children if c.dep_ == "mark"}
            if token.lemma_.lower() == "turn" and not any(c.lower_ == "out" for c in token.children):
                return False  # ("if they turn back": no inquiry)
            return bool(marks & OPEN_QUESTION_MARKERS)
    return False


def caught_by_the_weather(trigger: Token) -> bool:
    """ "The boat was caught in a gale near the island", "fishermen caught in bad weather":
    caught in weather or a calamity takes no one into custody."""
    if trigger.lemma_.lower() != "catch":
        return False
    weather = words()["weather_nouns"] | words()["calamity_nouns"]
    return any(_calamity(cause, weather) for cause in _causes_in_or_by(trigger))


def studied_population(trigger: Token) -> bool:
    """People described, in a relative clause, by what once befell them as the sample of a study
    or by how often it did: "the survey drew on interviews with 40 women who had been deported",
    "interviewees who were sent back before 2015 described short stays", "people who had been
    returned at least once". The study or the count of times tells a history shared by many,
    not one event. ("A woman who was deported last month was arrested again" is about her; a
    sample told with the dates of what befell it, "women detained after being returned between
    2009 and 2019", is told as events.)"""
    clause = _clause_of(trigger)
    if clause.dep_ not in {"relcl", "acl"} or clause.head.i == clause.i:
        return False
    text = " ".join(t.lower_ for t in clause.subtree)
    if any(f" {phrase} " in f" {text} " for phrase in words()["repeat_phrases"]):
        return True
    if _dated(clause):
        return False  # "interviewed 100 women detained after being returned between 2009 and 2019"
    return _sample_of_a_study(clause.head)


def _sample_of_a_study(people: Token) -> bool:
    """People named as the sample of a study: "interviewees", "interviewed 40 women", "a
    survey of 1,000 defectors"."""
    if people.lower_ in words()["study_subject_nouns"]:
        return True
    study = words()["study_words"]
    if people.dep_ == "dobj" and people.head.lower_ in study:
        return True
    preposition = people.head
    if (
        people.dep_ != "pobj"
        or preposition.lower_ not in {"with", "of"}
        or preposition.head.i == preposition.i
    ):
        return False
    if preposition.head.lower_ in study:
        return True
    # "drawn from interviews with 500 people": "with" parsed onto the verb beside the study noun
    return preposition.lower_ == "with" and any(
        grandchild.dep_ == "pobj" and grandchild.lower_ in study
        for child in preposition.head.children
        if child.dep_ == "prep" and child.i < preposition.i
        for grandchild in child.children
    )


def liable_under_a_rule(trigger: Token) -> bool:
    """ "Foreign nationals without valid visas are subject to deportation", "offenders are liable to
    a fine": an act named after "subject to" or "liable to" in the present tense is what a class of
    people may meet under a rule, not an act done. ("The nine were made subject to deportation
    last week" is past, and told.)"""
    if trigger.dep_ != "pobj" or trigger.head.lower_ != "to":
        return False
    adjective = trigger.head.head
    if adjective.i == trigger.head.i or adjective.lemma_.lower() not in words()["rule_adjectives"]:
        return False
    verb = adjective.head if adjective.dep_ in {"acomp", "amod", "oprd"} else adjective
    return verb.tag_ in {"VBP", "VBZ"} or any(
        c.dep_ == "aux" and c.tag_ in {"VBP", "VBZ"} for c in verb.children
    )


# Types whose passive verb says what someone is made to suffer for an offence.
PENALTY_TYPES = frozenset({"punishment", "execution"})


def offence_made_punishable(trigger: Token, event_type: str) -> bool:
    """ "Theft of military supplies will be punished with the full force of the law", "violations
    that cause serious harm may be punished with death": a penalty verb in the passive, under a
    modal, whose subject is an act or a thing rather than people, says what a rule threatens for a
    kind of offence, not what was done to anyone. ("The five will be punished", "those caught may
    be sent to a camp": people, and an act that looms for them.)"""
    if event_type not in PENALTY_TYPES or trigger.pos_ != "VERB" or not is_passive(trigger):
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in trigger.children):
        return False
    subjects = [c for c in trigger.children if c.dep_ in {"nsubjpass", "csubjpass"}]
    return bool(subjects) and all(_names_an_act_or_thing(s) for s in subjects)


def _names_an_act_or_thing(subject: Token) -> bool:
    """ "theft of supplies", "violations", "distributing films": a noun that names no people, or
    a gerund with no subject of its own. ("Those found to have had contact …", a clause the parser
    may take for the subject, names people by its own subject; "the couple", "a dozen of them":
    people counted or paired, read by the victims' reader.)"""
    if subject.dep_ == "csubjpass":
        return subject.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in subject.children)
    return (
        subject.pos_ == "NOUN"
        and not _names_people(subject)
        and subject.ent_type_ not in {"PERSON", "NORP", "ORG"}
        and read_victims(subject) is None
    )


# Auxiliaries of what someone would or might do, never of what they will do.
CONDITIONAL_MODALS = frozenset({"would", "could", "might"})
# Relative pronouns that stand for the doer of a relative clause.
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})


def done_in_turn_by_a_third(trigger: Token) -> bool:
    """ "activists fear they could be deported to China, which would send them back to the
    North", "handed to Russian police, who would return them to Pyongyang": a relative clause that
    says what a country or an agency would do describes it by a further step the feared act
    might lead to, not an act of its own. ("The police, who will question them, arrived" tells what
    is planned, and stays.)"""
    clause = _clause_of(trigger)
    if clause.dep_ != "relcl" or clause.head.i == clause.i:
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in RELATIVE_PRONOUNS:
        return False
    return any(c.dep_ == "aux" and c.lower_ in CONDITIONAL_MODALS for c in clause.children)


def caught_as_a_condition(trigger: Token) -> bool:
    """ "If they are caught in Russia and sent back, the family is finished", "if the police pick
    them up, they could be deported within days": an arrest in an "if" clause is the condition of
    what looms, which the report tells as the feared act (the return), not an arrest feared of its
    own."""
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    return conditional_for_particular(clause)


def named_by_what_was_found_on_them(trigger: Token) -> bool:
    """ "A lieutenant who was caught with 2,000 dollars in his quarters was beaten", "traders
    caught with banned clothes have been fined", "a woman caught with drugs in her house is likely
    to be sent to a camp": people named, in a relative or participle clause, by what they were
    caught with are described by the offence that came to light; the report's event is what the
    clause's noun then suffered, and the catching is no arrest of its own. ("A man caught with the
    drug by border police in Dandong in December was sent back": a catcher, a place and a date of
    its own tell an arrest; "caught with five other women": company, not a thing found.)"""
    if trigger.dep_ not in {"acl", "relcl"} or trigger.head.i == trigger.i:
        return False
    if trigger.lemma_.lower() != "catch" or _dated(trigger):
        return False
    if any(c.dep_ == "agent" for c in trigger.children):
        return False
    # a place named in the clause tells where an arrest was made ("caught with phones in Yanji")
    if any(t.ent_type_ in PLACE_ENTITY_LABELS for t in trigger.subtree if t.i > trigger.i):
        return False
    things = prep_objects(trigger, frozenset({"with"}))
    return bool(things) and not any(_names_people(g) for g in things)


# Verbs of the act a catching may name that tell a flight or an attempt ("caught trying to
# cross the river" is an attempted escape and an arrest both, as the annotations read it).
ATTEMPT_OR_FLIGHT_VERBS = frozenset(
    {"try", "attempt", "flee", "cross", "wade", "swim", "run", "escape", "defect", "leave", "slip"}
)


def caught_in_the_act_before_a_penalty(trigger: Token) -> bool:
    """ "Two nurses were dismissed after being caught selling medicine", "a driver was sent to a
    labour unit after he was caught carrying rice": a catching in the act, told only as the time
    ("after") of the penalty its sentence reports, names the offence the penalty was for; the
    report's event is the penalty, and the catching is no arrest of its own. ("Caught trying to
    cross the river" tells an attempt; "caught by border guards" names a catcher, "caught in
    May" a date and "caught in Yanji" a place of its own, which tell an arrest; "was caught
    selling rice and fined" joins the two acts, and both are told.)"""
    if trigger.lemma_.lower() != "catch" or trigger.head.i == trigger.i:
        return False
    if trigger.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in trigger.children):
        penalised = trigger.head
    elif trigger.dep_ == "pcomp" and trigger.head.lower_ == "after":
        penalised = trigger.head.head
    else:
        return False
    # a catcher or a date of its own tells an arrest ("after they were caught in May driving …")
    if any(c.dep_ == "agent" for c in trigger.children) or _dated(trigger):
        return False
    # a place named in the clause tells where an arrest was made ("caught in Yanji working …")
    if any(t.ent_type_ in PLACE_ENTITY_LABELS for t in trigger.subtree if t.i > trigger.i):
        return False
    acts = [c for c in trigger.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG"]
    if not acts or any(a.lemma_.lower() in ATTEMPT_OR_FLIGHT_VERBS for a in acts):
        return False
    sentence = sentence_of(trigger)
    return any(
        m.entry.type in PENALTY_TYPES and m.start <= penalised.i < m.end
        for m in sentence_triggers(trigger.doc, sentence.start, sentence.end)
    )


# Verbs of going over water or a line that tell no flight of their own ("ran", "fled" do).
CROSSING_VERBS = frozenset({"cross", "wade", "wad", "swim", "ford"})  # ("wading": "wad" to the tagger)


def crossing_where_shot(trigger: Token) -> bool:
    """ "A guard shot and killed a man wading across the river", "a trader was shot dead as he
    crossed the river": a crossing told in a participle or an "as" clause of a shooting is where
    the shooting happened, not a flight of its own. ("Shot as he tried to cross the river" tells
    an attempt, which the trying makes; "shot as he ran across the border" tells a flight.)"""
    if trigger.pos_ != "VERB" or trigger.dep_ not in {"acl", "advcl"} or trigger.head.i == trigger.i:
        return False
    if trigger.lemma_.lower() not in CROSSING_VERBS or any(c.dep_ == "xcomp" for c in trigger.children):
        return False  # "as he tried to cross": the trying tells an attempt; "as he ran": a flight
    if trigger.dep_ == "advcl" and not any(
        c.dep_ == "mark" and c.lower_ in {"as", "while", "when"} for c in trigger.children
    ):
        return False
    shooting = trigger.head
    if trigger.dep_ == "acl":
        if shooting.dep_ not in {"dobj", "nsubjpass"} or shooting.head.i == shooting.i:
            return False
        shooting = shooting.head
    verbs = [shooting, *(c for c in shooting.children if c.dep_ == "conj")]
    while shooting.dep_ == "conj" and shooting.head.i != shooting.i:
        shooting = shooting.head
        verbs.append(shooting)
    return any(v.lemma_.lower() in words()["shooting_verbs"] for v in verbs)


# Verbs by which people join a population counted at its destination ("those who have
# resettled in the South", "those who arrived last year").
ARRIVAL_VERBS = frozenset({"arrive", "resettle", "settle", "reach", "enter", "come"})


def share_of_arrivals(trigger: Token) -> bool:
    """ "Most of the roughly 30,000 North Koreans who have resettled in the South fled via China",
    "only a handful of those who arrived last year left the North directly": a share ("most",
    "a handful") of a large or rough number, or of a population named by its arrival, says how
    people came, a statistic, not one flight. ("Most of the 20 workers fled the site last week"
    tells one.)"""
    people = _people_counted(trigger)
    if people is None or people.lower_ not in words()["aggregate_subjects"] | {"handful"}:
        return False
    for prep in (c for c in people.children if c.dep_ == "prep" and c.lower_ == "of"):
        for whole in (c for c in prep.children if c.dep_ == "pobj"):
            if any(
                c.dep_ == "relcl" and c.lemma_.lower() in ARRIVAL_VERBS for c in whole.children
            ) or _large_or_rough(whole):
                return True
    return False


def _large_or_rough(noun: Token) -> bool:
    """ "the roughly 30,000 defectors", "some 900 migrants", "thousands of workers": a number of a
    thousand or more, or one given roughly."""
    for t in noun.subtree:
        if t.i >= noun.i:
            break
        if t.lower_ in words()["rough_quantifiers"]:
            return True
        if t.like_num:
            try:
                if float(t.text.replace(",", "")) >= 1000:
                    return True
            except ValueError:
                continue
    return False


# Heads of a relative clause that name whoever fits it: "anyone who crosses", "those who tried".
CLASS_HEADS = GENERIC_PRONOUNS | {"ones"}
# Of those, the ones that name a class on their own ("anyone who ..."; "those who" may be a group).
WHOEVER_WORDS = GENERIC_PRONOUNS - {"those"}


def flight_describing_a_class(trigger: Token) -> bool:
    """ "Anyone who helps people cross the river will meet the same end", "those suspected of
    trying to reach the South are treated most harshly", "the ones who had tried to go to the
    South are in the worst position": a flight that only says who falls under a rule or a fate
    told in the present or the future describes a class of people, not one flight. ("Those who
    fled last year were caught" tells of particular people, in the past.)"""
    token = trigger
    for _ in range(6):
        if token.head.i == token.i:
            return False
        if token.dep_ not in {"relcl", "acl"}:
            if token.dep_ not in {"conj", "ccomp", "xcomp", "pcomp", "pobj", "prep"}:
                return False
            token = token.head  # "who sells drugs or helps people cross": up to the clause on "anyone"
            continue
        people = token.head
        if people.lower_ not in CLASS_HEADS:
            return False
        if people.lower_ in WHOEVER_WORDS:
            return True
        holder = people.head
        if people.dep_ not in {"nsubj", "nsubjpass"} or holder.i == people.i:
            return False
        return holder.tag_ in {"VBP", "VBZ"} or any(
            c.dep_ in {"aux", "auxpass"}
            and (c.tag_ in {"VBP", "VBZ"} or c.lower_ in {"will", "would", "can"})
            for c in holder.children
        )
    return False


def possibility_not_ruled_out(trigger: Token) -> bool:
    """ "Police have not ruled out that the family was kidnapped", "officials could not rule out
    that he drowned": what someone does not rule out is a possibility still open, no act told."""
    token = trigger
    for _ in range(6):
        if token.head.i == token.i or token.dep_ not in {"ccomp", "conj", "xcomp", "pcomp", "pobj", "prep"}:
            return False
        token = token.head
        if token.lemma_.lower() == "rule" and any(
            c.dep_ == "prt" and c.lower_ == "out" for c in token.children
        ):
            return True
    return False


# Verbs of moving people from one place to another ("taken from the detention centre").
MOVING_VERBS = frozenset({"take", "move", "transfer", "drive", "bring"})


def moved_out_of_custody(trigger: Token) -> bool:
    """ "The group was taken by bus from the border detention centre and handed to the North's
    officers": people moved out of a place of confinement were already held; the move is a
    transfer (here part of their return), not an arrest. ("Taken from their home by agents" is
    one.)"""
    if trigger.lemma_.lower() not in MOVING_VERBS:
        return False
    places = lexicon().cues["confinement_places"]
    # ("taken by bus from the centre": the parse may hang the "from" on the means of transport)
    holders = [
        trigger,
        *(p for c in trigger.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"),
    ]
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(g.dep_ == "pobj" and g.lemma_.lower() in places for g in c.children)
        for holder in holders
        for c in holder.children
    )


# Subordinators of a clause that names a time by the end of a process ("once the questioning
# is over", "after questioning ends").
TIME_MARKS = frozenset({"once", "after", "when", "until", "before"})


def questioning_before_resettlement(trigger: Token) -> bool:
    """ "The group would be handed over to resettlement authorities once the questioning was
    finished", "the two will be moved to a resettlement centre after questioning ends": questioning
    named only as the time after which arrivals go on to resettlement is the screening every
    arrival in the South passes, told to date the move. ("Investigators are still questioning the
    soldier" tells the questioning itself; "to be flown to Seoul once Mongolian officials finish
    their investigation" tells the inquiry of a state that holds them.)"""
    if trigger.dep_ in {"pcomp", "pobj"} and trigger.head.lower_ in TIME_MARKS:
        clause = trigger.head  # "after questioning ends": the parse may take "after" for a preposition
    else:
        clause = trigger
        for _ in range(4):
            if clause.dep_ == "advcl" or clause.head.i == clause.i:
                break
            clause = clause.head
        if clause.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in clause.children
        ):
            return False
    main = clause.head
    inside = {t.i for t in clause.subtree}
    text = " " + " ".join(t.lower_ for t in main.subtree if t.i not in inside) + " "
    return " resettlement " in text


# Words of a forecast on the clause of "further trials": "likely", "expected", "set to".
FORECAST_WORDS = frozenset({"likely", "expected", "set", "bound", "will", "could", "may", "might"})


def further_acts_forecast(trigger: Token) -> bool:
    """ "Experts said further public trials were likely to follow", "more arrests are expected":
    acts forecast as "further" or "more" of a kind, with no people of their own, are a prediction,
    not an event. ("Further arrests were made on Friday" tells them.)"""
    if trigger.pos_ != "NOUN" or trigger.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    if not any(c.dep_ == "amod" and c.lower_ in {"further", "more"} for c in trigger.children):
        return False
    verb = trigger.head
    near = [
        verb,
        *verb.children,
        *(g for c in verb.children if c.dep_ in {"acomp", "xcomp"} for g in c.children),
    ]
    return any(t.lower_ in FORECAST_WORDS for t in near)


def trial_of_a_thing(trigger: Token) -> bool:
    """ "Trials of the new scanner had been discussed at meetings", "field trials of the system":
    a trial of a thing is a test of it, no one put on trial. ("The trial of the five smugglers",
    "the trial of Kim" and "the trial of a North Korean spy" are court trials.)"""
    if trigger.lemma_.lower() != "trial" or trigger.pos_ != "NOUN":
        return False
    objects = [
        o
        for p in trigger.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    # ("the trial of a North Korean spy": a noun with a nationality names a person)
    return bool(objects) and not any(
        _names_people(o) or _kin(o) or any(t.ent_type_ in {"NORP", "PERSON"} for t in o.subtree)
        for o in objects
    )


def _ancestors(trigger: Token) -> list[Token]:
    """The words above the trigger up to the sentence's root, nearest first."""
    doc = trigger.doc
    head = token_table(doc).head  # (the walk in the Doc's table: one Token built per word above)
    found: list[Token] = []
    current = trigger.i
    while head[current] != current:
        current = head[current]
        found.append(doc[current])
    return found


def _subjects(verb: Token) -> list[Token]:
    """The verb's subjects, a relative pronoun read as the noun its clause describes ("the
    convention, which bars ..." has "convention" for subject)."""
    subjects = []
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if child.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl" and verb.head.i != verb.i:
            subjects.append(verb.head)
        else:
            subjects.append(child)
    return subjects


def told_of_a_share(trigger: Token) -> bool:
    """ "38 percent had witnessed a public execution", "a fifth of respondents said a relative had
    been sent to a camp": an act told of a share of a population, the trigger's own clause or a
    clause it is said in having a share for subject, is a figure of a survey, not one event.
    ("Police detained 30 percent of the market's traders on Monday": the share is the object, the
    arrest is told.)"""
    shares = words()["share_nouns"]
    for verb in [trigger, *_ancestors(trigger)]:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        for subject in _subjects(verb):
            if subject.lower_ in shares or subject.text == "%":
                return True
            # "a fifth of respondents", "the share of those who ...", "two-thirds of arrivals"
            fraction = subject if subject.lower_ in FRACTION_WORDS else None
            if fraction is None and subject.like_num:
                fraction = next((c for c in subject.children if c.lower_ in FRACTION_WORDS), None)
            if _one_in_so_many(subject):
                return True
            # ("since the third of the month": a date the parser took for a subject, no share)
            if fraction is None or fraction.ent_type_ in {"DATE", "TIME"}:
                continue
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in fraction.children):
                return True
    return False


def _one_in_so_many(subject: Token) -> bool:
    """ "One in five said a teacher had checked their phone", "almost four in five defectors who
    were held say they were beaten", "one in three respondents": a share told as so many in so
    many, whether the parser reads "in" as a preposition of the first number or as a modifier of
    the second."""
    if any(
        c.dep_ == "nummod" and any(q.dep_ == "quantmod" and q.lower_ == "in" for q in c.children)
        for c in subject.children
    ):
        return True
    return subject.like_num and any(
        c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.like_num for o in c.children)
        for c in subject.children
    )


# Fractions that name a share of people ("a fifth of", "two-thirds of").
FRACTION_WORDS = frozenset(
    {"fifth", "third", "quarter", "half", "tenth", "fifths", "thirds", "quarters", "tenths", "halves"}
)


def journey_forbidden(trigger: Token) -> bool:
    """A crossing that is the content of a ban: "residents were forbidden to cross into any other
    province", "boats are not allowed to cross the line". A rule forbids the journey; nobody made
    it (the ban is the movement restriction)."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ not in {"xcomp", "pcomp"} or verb.head.i == verb.i:
        return False
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.lower_ == "from" and governor.head.i != governor.i:
        governor = governor.head  # "barred from crossing"
    lemma = governor.lemma_.lower()
    if lemma in FORBIDDING_VERBS:
        return True
    return lemma in {"allow", "permit"} and any(c.dep_ == "neg" for c in governor.children)


# Verbs of knowing or telling whose "where" question is what is not known.
KNOWING_VERBS = frozenset(
    {"tell", "know", "learn", "say", "disclose", "reveal", "confirm", "establish", "find", "inform", "ask"}
)


def where_held_asked(trigger: Token) -> bool:
    """Custody named only as the place nobody is told: "his family has not been told where he is
    being held", "nobody knows where the two men are held now". The unanswered question tells that the
    people are missing (a disappearance), not a detention of its own: the arrest, if any, is
    told elsewhere. ("She was taken to the county jail, where she is still held" describes the
    jail: an arrest.)"""
    verb = trigger if trigger.pos_ == "VERB" else clause_head(trigger)
    if verb.lemma_.lower() not in {"hold", "keep", "detain", "imprison", "jail"}:
        return False
    if not any(c.dep_ == "advmod" and c.lower_ == "where" and c.i < verb.i for c in verb.children):
        return False
    if verb.dep_ not in {"ccomp", "advcl", "dobj", "xcomp"} or verb.head.i == verb.i:
        return False
    knowing = verb.head
    if knowing.lemma_.lower() not in KNOWING_VERBS:
        return False
    # not known: negated, by nobody, or refused ("has not been able to learn where")
    for word in [knowing, *list(knowing.ancestors)[:2]]:
        if any(c.dep_ == "neg" or c.lower_ in {"nobody", "none"} for c in word.children):
            return True
        if word.lemma_.lower() in {"refuse", "decline", "fail"}:
            return True
    return False


def arrival_told_of_most(trigger: Token) -> bool:
    """How a class counted roughly came, told in a gerund under "before" or "after": "most had
    lived in Russia for years before coming to the South", "many arrivals spent years abroad
    before reaching Seoul". The subject is a rough aggregate (most, many, the majority), so the
    flight is a figure's description, not one event. ("The two men spent a week in Russia before
    reaching Seoul" is one.)"""
    verb = trigger if trigger.pos_ == "VERB" else clause_head(trigger)
    if verb.dep_ != "pcomp" or verb.head.lower_ not in {"before", "after"}:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    governor = verb.head.head
    if governor.pos_ not in {"VERB", "AUX"}:
        return False
    people = subject_of(governor)
    if people is None or any(c.dep_ == "nummod" or c.like_num for c in people.children):
        return False
    aggregate = words()["aggregate_subjects"]
    return people.lower_ in aggregate or any(
        c.dep_ in {"amod", "det"} and c.lower_ in aggregate for c in people.children
    )


def named_as_a_kind(trigger: Token) -> bool:
    """ "Arbitrary detention is the most frequently recorded category, followed by forced
    repatriation": acts named as kinds in a ranking of what a record holds are figures, not
    events. The trigger is the subject of "be" whose complement is a kind noun, or sits under
    such a complement."""
    kinds = words()["kind_nouns"]
    head = trigger.head
    if (
        trigger.dep_ == "nsubj"
        and head.lemma_ == "be"
        and any(c.dep_ == "attr" and c.lower_ in kinds for c in head.children)
    ):
        return True
    return any(a.lower_ in kinds and a.dep_ == "attr" for a in _ancestors(trigger))


def listed_cases(trigger: Token) -> bool:
    """ "The group's report lists 14 cases of detention and four of execution", "the database for
    the year holds 30 cases of torture": a count of cases that a report or a record lists is a
    figure, not one event. ("Police reported two cases of arrest in the town on Monday" counts
    cases a report tells of; the police are not a record.)"""
    of = trigger.head
    if trigger.dep_ != "pobj" or of.lower_ != "of" or of.head.i == of.i:
        return False
    cases = of.head
    if cases.lower_ not in words()["case_nouns"]:
        return False
    if not any(c.like_num for c in cases.children):
        return False
    holder = cases.head
    if cases.dep_ == "dobj" and holder.lemma_.lower() in words()["enumerating_words"]:
        return True
    # "the group's report for the quarter lists 14 cases of ...", the verb misread as a noun: the
    # cases hang on the record that counts them
    records = lexicon().cues["report_nouns"] | words()["record_nouns"]
    return any(a.lemma_.lower() in records for a in _ancestors(cases))


# Words that may stand between a verb of recording and the number it records ("recorded at least
# 40", "documented more than 30", "counted some 200").
BOUND_WORDS = frozenset(
    {
        "at",
        "least",
        "most",
        "more",
        "fewer",
        "than",
        "about",
        "some",
        "nearly",
        "almost",
        "over",
        "around",
        "roughly",
        "up",
        "to",
    }
)


def tally_since(trigger: Token) -> bool:
    """ "The group has documented 37 cases since 2015 in which relatives of defectors were
    punished", "it has recorded at least 40 attempted sea escapes since 2014", "the team recorded
    143 cases in 2023 in which children were detained, up from 97 in 2022": a number of acts a
    recorder has counted up to now from a time past, or against an earlier count, is a running
    tally, a figure and not one event. The act is the counted noun itself or told in the clause
    ("in which", "where") that describes the counted cases. ("The group recorded four cases in
    2024 in which people were shot" counts a year's cases, which a report tells as its news.)"""
    counted = _counted_noun(trigger)
    if counted is None:
        return False
    # (the parser may hang the number on a noun before the counted one: "25 attempted boat escapes")
    number = next(
        (t for t in counted.doc[counted.left_edge.i : counted.i] if t.dep_ == "nummod" and t.like_num), None
    )
    if number is None or not _recorded(number):
        return False
    sentence = sentence_of(trigger)
    after = [t for t in sentence if t.i > number.i]
    since = any(t.lower_ == "since" and t.i + 1 < len(t.doc) and t.nbor().ent_type_ == "DATE" for t in after)
    compared = any(
        t.lower_ in {"up", "down"} and t.i + 1 < len(t.doc) and t.nbor().lower_ == "from" for t in after
    ) or any(
        t.lower_ == "compared" and t.i + 1 < len(t.doc) and t.nbor().lower_ in {"with", "to"} for t in after
    )
    return since or compared


def _counted_noun(trigger: Token) -> Token | None:
    """The noun that counts the trigger's act: the trigger itself ("40 attempted escapes"), or the
    case noun before the clause ("in which", "where") the trigger is told in ("37 cases since 2015
    in which relatives were punished")."""
    if trigger.pos_ == "NOUN":
        return trigger
    head = trigger
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "detained, punished or forcibly returned": the first of the list
    if head.dep_ != "relcl":
        return None
    if not any(
        (c.dep_ == "prep" and c.lower_ == "in" and any(o.lower_ == "which" for o in c.children))
        or (c.dep_ == "advmod" and c.lower_ == "where")
        for c in head.children
    ):
        return None
    cases = words()["case_nouns"]
    # (the parser may hang the clause on the year after the cases: "143 cases in 2023 in which")
    before = [t for t in sentence_of(trigger) if t.i < head.i and t.lower_ in cases]
    return before[-1] if before else None


def _recorded(number: Token) -> bool:
    """Is the number what a verb of recording ("documented", "recorded", "counted") counts, the
    verb before it with only bounds between ("recorded at least 40")?"""
    recording = words()["enumerating_words"] | {"count", "log", "tally", "verify", "confirm"}
    i = number.i - 1
    while i >= 0 and number.doc[i].lower_ in BOUND_WORDS:
        i -= 1
    return i >= 0 and number.doc[i].lemma_.lower() in recording and number.doc[i].lower_ != "such"


def _instrument(noun: Token) -> bool:
    return _instrument_at(token_table(noun.doc), noun.i)


def _instrument_at(table: TokenTable, i: int) -> bool:
    """Is the Doc's word i a noun for a law, a treaty or a policy (not the verb "act")?"""
    instruments = words()["instrument_nouns"]
    return table.text[i] in instruments or (table.lower[i] in instruments and table.lower[i] != "act")


def set_by_an_instrument(trigger: Token) -> bool:
    """ "the convention, which bars sending people back to where they face persecution", "the law
    allows police to detain foreigners without papers and to deport them", "a bill that would
    extend the period during which defectors receive protection": what a law, a treaty, a bill
    or a policy does, allows or forbids is a rule for anyone, not an event. The trigger hangs,
    through any clauses, on a verb whose subject is such an instrument."""
    # (the walk up is read in the Doc's table: a Token is built only for a relative clause's verb)
    table = token_table(trigger.doc)
    pos, dep, tag, up, children = table.pos, table.dep, table.tag, table.head, table.children
    verb = trigger.i
    while True:
        if pos[verb] in {"VERB", "AUX"}:
            if any(dep[c] == "nsubj" and _instrument_at(table, c) for c in children[verb]):
                return True
            # "which bars sending ...": the relative pronoun may hang on an auxiliary of the verb
            heads = [verb, *(c for c in children[verb] if dep[c] == "aux")]
            if (
                dep[verb] == "relcl"
                and _instrument_at(table, up[verb])
                and any(dep[c] == "nsubj" and tag[c] in {"WDT", "WP"} for h in heads for c in children[h])
            ):
                return True
            if (
                dep[verb] == "relcl"
                and _instrument_at(table, up[verb])
                and _relative_after_a_preposition(trigger.doc[verb])
            ):
                return True  # "a protocol under which people who cross are to be handed back"
        if up[verb] == verb:
            break
        verb = up[verb]
    return provided_for_by_an_instrument(trigger)


# Verbs by which a law gives a body a power ("the law allows the police to seal off a town").
EMPOWERING_VERBS = frozenset({"allow", "empower", "authorise", "authorize", "permit", "enable", "entitle"})


def power_granted_by_an_instrument(trigger: Token) -> bool:
    """ "The law also allows provincial commands to ban travel", "the revision empowers local
    committees to seal off any district", "the decree lets county bodies send their own
    inspection teams": a measure a law, a regulation or its revision gives a body the power to
    take is a power granted, not a measure taken. (What the law itself does, "the new law bans
    travel to the border zone", restricts movement: only its grant of a power is set aside.)"""
    for verb in [trigger, *_ancestors(trigger)]:
        # (the tagger may read "empowers" as a noun; its subject shows the verb)
        if verb.lemma_.lower() in EMPOWERING_VERBS and verb.i != trigger.i:
            return any(c.dep_ == "nsubj" and _instrument(c) for c in verb.children)
    return False


def _relative_after_a_preposition(verb: Token) -> bool:
    """ "under which", "by which": the relative pronoun the object of a preposition of the verb."""
    return any(
        c.dep_ == "prep" and any(o.dep_ == "pobj" and o.tag_ in {"WDT", "WP"} for o in c.children)
        for c in verb.children
    )


# Prepositions by which an instrument names what it governs ("an agreement on the return of ...").
GOVERNED_PREPOSITIONS = frozenset({"on", "for", "governing", "covering", "concerning", "regarding"})


def provided_for_by_an_instrument(trigger: Token) -> bool:
    """ "The two countries signed an agreement on the return of people who enter illegally",
    "Under the security law, spying is punishable by death": an act named as what a law, a
    treaty or an agreement governs, or told in the present (or under a modal) as what holds
    under it, is the rule, not an act done. ("An agreement on the return of the nine" names its
    people; "under the new law, three traders were jailed last month" tells an act, in the past.)"""
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj":
        preposition = trigger.head
        holder = preposition.head
        # ("signed an agreement in 2016 on the return of ...": the phrase may hang on the verb)
        instruments = [holder, *(c for c in holder.children if c.dep_ == "dobj" and holder.pos_ == "VERB")]
        if (
            preposition.lower_ in GOVERNED_PREPOSITIONS
            and any(_instrument(i) for i in instruments)
            and not of_particular_people(trigger)
        ):
            return True
    head = clause_head(trigger)
    subject = subject_of(head)
    # ("Under the act, spying is punishable": the phrase may hang on the subject)
    holders = [head] if subject is None else [head, subject]
    under = [
        o
        for h in holders
        for c in h.children
        if c.dep_ == "prep" and c.lower_ == "under"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    if not any(_instrument(o) for o in under) or subject is None or not _names_an_act_or_thing(subject):
        return False  # ("the women could face three years under Chinese law": people the act looms for)
    present = head.tag_ in {"VBZ", "VBP"} and not past_read_as_present(head)
    return present or any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)


def kin_object_described(trigger: Token) -> bool:
    """ "residents unable to contact relatives who escaped to the South", "families with sons who
    defected were moved inland": kin named as the object of a verb or a preposition and described
    by an undated relative clause are known by that act, which is background to what is told of
    them (describes_by_kin covers "have relatives who ..." and "the parents of a man who ...").
    ("Relatives who fled were caught" makes the kin the subject; "his son, who fled last week",
    is dated; "detained four children who crossed" and "a family of five who fled" count the
    people the report is about.)"""
    clause = _clause_of(trigger)
    if clause.dep_ != "relcl" or clause.head.i == clause.i or _dated(clause):
        return False
    described = clause.head
    if described.dep_ not in {"dobj", "pobj"} or described.like_num or not _kin(described):
        return False
    # "arrested 11 people, among them four children, who crossed", "not to return a family of
    # four who were detained": people counted, or a household, are the ones told of
    if described.lower_ in words()["household_nouns"]:
        return False
    return not any(c.dep_ == "nummod" or (c.dep_ == "prep" and c.lower_ == "of") for c in described.children)


# Nouns of the act of flight (and their compounds: "re-defection"), as against nouns of the people.
FLIGHT_ACT_NOUNS = ("defection", "escape", "crossing", "desertion")
# Determiners that make a plural noun name particular acts ("the escapes of the three guards").
OWNING_DETERMINERS = frozenset({"the", "these", "those", "their", "his", "her", "its", "our"})


def flights_in_the_plural(trigger: Token) -> bool:
    """ "Controls were tightened after a string of defections", "the inspection followed a run of
    escapes", "recalled the students, apparently fearing defections", "several escapes by boat
    this year", "31 confirmed re-defections since 2012": a plural noun of flight with no
    definite determiner or owner names many flights as a trend, a cause or a tally, never the
    one flight a report tells (each has its own telling, or none). "Their defections" and "the
    escapes of the two guards" name particular flights and stay."""
    if trigger.pos_ != "NOUN" or trigger.tag_ != "NNS":
        return False
    if not trigger.lemma_.lower().endswith(FLIGHT_ACT_NOUNS):
        return False  # "nine defectors", "ten runaways": people, not acts
    return not any(
        (c.dep_ == "det" and c.lower_ in OWNING_DETERMINERS) or c.dep_ == "poss" for c in trigger.children
    )


def flight_of_a_sample(trigger: Token) -> bool:
    """ "a survey of 1,000 defectors who arrived in the South between 2015 and 2023",
    "interviews with 500 people who left the North after 2012": a flight that defines the sample
    of a study, even with the years it spans, says who was asked, not that anyone fled (a sample
    defined by its detention or its return, "women detained after being returned between 2009
    and 2019", is told as events, as studied_population keeps it)."""
    clause = _clause_of(trigger)
    if clause.dep_ not in {"relcl", "acl"} or clause.head.i == clause.i:
        return False
    return _sample_of_a_study(clause.head)


_LineReading = TypeVar("_LineReading")


def _per_line(trigger: Token, key: str, read: Callable[[Doc, str, int], _LineReading]) -> _LineReading:
    """What `read` (given the parse, its text and the line's first character) says of the line
    holding the trigger, read once per line and parse under `key`: every trigger of a long
    paragraph asks of the same line."""
    doc = trigger.doc
    text = doc_text(doc)
    start = text.rfind("\n", 0, trigger.idx) + 1
    lines = doc.user_data.setdefault(key, {})
    if start not in lines:
        lines[start] = read(doc, text, start)
    return lines[start]


def _is_a_capitals_line(doc: Doc, text: str, start: int) -> bool:
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    # (a line with a lower-case letter, or with no cased one, is no heading: str.isupper tells
    # both at once, before the letters of a long paragraph are listed)
    if not line.isupper():
        return False
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 8 and all(c.isupper() for c in letters)


def in_a_heading(trigger: Token) -> bool:
    """ "URGENT ACTION: TWO WOMEN AT RISK OF FORCED RETURN" above the body of an appeal: a line
    written all in capitals is a heading, and what it names is told again, with its particulars,
    in the text below it (a heading of a few letters, "UN", is no line of its own)."""
    return _per_line(trigger, "tessera_heading_lines", _is_a_capitals_line)


# A run-in heading: a few words at the start of a paragraph, closed by a full stop, with the
# paragraph's text after it on the same line ("Hyesan arrests. Police in Hyesan …"). (A label
# closed by a colon, "Executions: three people were shot in public", may give the type of the
# act its text tells, and is left to be read with it.)
RUN_IN_HEADING = re.compile(r"[ \t]*[^\s.:?!]+(?: [^\s.:?!]+){0,2}\.(?= +\S)")
# Tags of a finite verb, which make the few words a sentence, not a heading ("Two fled.").
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _run_in_heading_end(doc: Doc, text: str, start: int) -> int:
    """Where the run-in heading opening the line ends (its start when there is none)."""
    match = RUN_IN_HEADING.match(text, start)
    end = match.end() if match else start
    if end > start:
        span = doc.char_span(start, end - 1, alignment_mode="expand")
        if span is None or any(t.tag_ in FINITE_TAGS for t in span):
            return start
    return end


def in_a_run_in_heading(trigger: Token) -> bool:
    """ "Hyesan arrests. Police in Hyesan detained three women …", "Executions. At least two
    executions were linked to …", "Missing. A boy who vanished in May has not been found": a
    digest opens each paragraph with a few words naming its subject, and the paragraph after them
    tells the events; the heading names a topic, no event of its own. (Words with a finite verb
    are a short sentence: "Two fled. They were …")"""
    return trigger.idx < _per_line(trigger, "tessera_run_in_headings", _run_in_heading_end)


def _in_prospect_or_habit(verb: Token) -> bool:
    """The verb, or a verb above it through a list or a complement ("likely to be questioned and
    sent"), is under a modal ("would be sent"), an adjective of prospect ("are likely to be sent",
    data: prospect_adjectives) or told as a habit ("are usually sent", "have in the past been
    sent")."""
    modals = words()["future_modals"]
    prospect = words()["prospect_adjectives"]
    current = verb
    for _ in range(5):
        if any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" and c.lower_ in modals for c in current.children
        ):
            return True
        if current.lemma_.lower() in prospect or any(
            c.dep_ == "acomp" and c.lemma_.lower() in prospect for c in current.children
        ):
            return True
        if current.pos_ in {"VERB", "AUX"} and _general_time(current):
            return True
        if current.dep_ not in {"conj", "xcomp", "acomp"} or current.head.i == current.i:
            return False
        current = current.head
    return False


def offence_of_a_penalty_in_prospect(trigger: Token) -> bool:
    """ "They would be sent to prison camps for attempting to reach the South", "where they would
    face torture for having tried to flee": the flight named after "for" is the offence a penalty
    in prospect is threatened for, the ground of a threat, not a flight the report tells. ("He was
    executed for attempting to flee by boat": the penalty was carried out, and the attempt it was
    for is told.)"""
    current = trigger
    for _ in range(4):
        if current.dep_ == "pcomp" or (current.dep_ == "pobj" and current.pos_ == "NOUN"):
            break
        if current.dep_ not in {"xcomp", "aux"} or current.head.i == current.i:
            return False
        current = current.head
    else:
        return False
    prep = current.head
    if prep.lower_ != "for" or prep.dep_ != "prep" or prep.head.i == prep.i:
        return False
    penalty = prep.head
    return penalty.pos_ in {"VERB", "AUX"} and _in_prospect_or_habit(penalty)


def _named_as_a_class(people: Token) -> bool:
    """ "those", "anyone", "North Koreans", "people": people named by no number, article or
    possessive."""
    return people.lower_ in CLASS_PRONOUNS or (_plural_people_noun(people) and _bare_class_before(people))


def offence_naming_a_class(trigger: Token) -> bool:
    """ "Those among the group who had tried to reach the South are likely to be sent to a camp",
    "those found to have tried to flee are usually sent to a camp", "people caught crossing have
    in the past been jailed": the act names the class of people a penalty in prospect or told as
    a habit befalls ("those", or a bare plural of people), the ground of a rule or a threat, not
    an act the report tells. ("The three who tried to flee were sent to a camp": the penalty was
    carried out on people the report counts; a dated act is told.)"""
    for verb in [trigger, *_ancestors(trigger)][:6]:
        if verb.pos_ not in {"VERB", "AUX"} or _dated(verb):
            continue
        # a relative or participle clause describing the class: "those (among the six) who had tried"
        if verb.dep_ in {"relcl", "acl"} and verb.head.i != verb.i:
            people = verb.head
            for _ in range(3):
                if people.dep_ in {"nsubj", "nsubjpass"}:
                    break
                if people.dep_ not in {"pobj", "prep"} or people.head.i == people.i:
                    break
                people = people.head
            if people.dep_ in {"nsubj", "nsubjpass"} and _named_as_a_class(people):
                return _in_prospect_or_habit(people.head)
        # "those found to have tried …": the participle read as the verb of the class, the penalty
        # conjoined to it or hung on it
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if (
            subject is not None
            and subject.i < verb.i
            and all(t.pos_ == "ADV" for t in verb.doc[subject.i + 1 : verb.i])
            and verb.tag_ in {"VBN", "VBD"}
            and _named_as_a_class(subject)
        ):
            # the first passive verb after the act with no subject of its own ("are usually
            # sent"), which the parser may hang on the participle or beside it
            penalty = next(
                (
                    t
                    for t in _rest_of_sentence(trigger)
                    if t.tag_ == "VBN"
                    and any(g.dep_ == "auxpass" for g in t.children)
                    and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in t.children)
                ),
                None,
            )
            return penalty is not None and _in_prospect_or_habit(penalty)
    return False


# Links by which a flight hangs on the verb that sorts people by it: "found to have tried",
# "suspected of attempting", "who tried", "tried or met missionaries".
SORTING_LINKS = frozenset({"xcomp", "prep", "pcomp", "acl", "relcl", "conj"})
# Words for whoever fits a description ("those found to have tried", "anyone who crossed").
SORTED_CLASS_WORDS = frozenset({"those", "anyone", "anybody", "whoever", "people"})


def flight_that_sorts_people(trigger: Token) -> bool:
    """A flight named as what sorts people out: "those found to have
    tried to reach the South face long terms in camps", "those suspected of attempting to reach
    Seoul were moved to another centre", "people who met missionaries or tried to reach the South
    have ended up in camps": the class is "those", "anyone" or bare "people" with "who"
    (SORTED_CLASS_WORDS), whoever did it. No one flight is told; the report tells how people are judged by one. ("Her son was
    found to have reached Seoul", "he is suspected of trying to defect": particular people.)"""
    word = trigger
    for _ in range(5):
        if word.head.i == word.i or word.dep_ not in SORTING_LINKS or _dated(word):
            return False
        above = word.head
        # (bare "people" with a participle may be particular people: "the boats were manned by
        # people fleeing the country"; with "who" it is whoever did it)
        if (
            word.dep_ in {"acl", "relcl"}
            and _sorted_class(above)
            and (word.dep_ == "relcl" or above.lower_ != "people")
        ):
            return True
        if above.pos_ in {"VERB", "AUX"} and any(
            c.dep_ in {"nsubj", "nsubjpass"} and _sorted_class(c) for c in above.children
        ):
            return True
        word = above
    return False


def _sorted_class(people: Token) -> bool:
    """ "those", "anyone", "people": whoever fits, with no number or determiner."""
    return people.lower_ in SORTED_CLASS_WORDS and not any(
        c.dep_ in {"det", "nummod", "poss"} for c in people.children
    )


def _people_before_participle(participle: Token) -> Token | None:
    """The noun right before a participle, past its adverbs ("people forcibly returned")."""
    j = participle.i - 1
    start = sentence_of(participle).start
    while j >= start and participle.doc[j].pos_ == "ADV":
        j -= 1
    return participle.doc[j] if j >= start else None


def class_whose_condition_is_told(trigger: Token) -> bool:
    """ "ill-treatment of people forcibly returned from China", "concern about the treatment of
    people sent back to the North", "to document the cases of migrants deported from Russia": a
    bare plural of people, after a noun of how people fare (data: condition_nouns) and "of", with a
    participle describing them, is whoever fits the description, not a group the report tells of.
    (The parser may read the participle as a verb of its own.) ("the fate of the 60 people
    returned last week": counted and dated, an event.)"""
    if trigger.tag_ not in {"VBN", "VBD"} or _dated(trigger):
        return False
    people = _people_before_participle(trigger)
    if people is None or not _bare_plural(people) or not _plural_people_noun(people):
        return False
    if people.dep_ != "pobj" or people.head.lower_ != "of":
        return False
    condition = people.head.head
    return (
        condition.lemma_.lower() in words()["condition_nouns"]
        or condition.lower_ in words()["condition_nouns"]
    )


# Verbs whose present tells where people named by a participle are now ("women returned last
# month remain in Onsong"): a state of particular people, not a statement about a class.
CUSTODY_STATE_LEMMAS = frozenset({"remain", "stay", "hold", "keep", "detain"})

# Words before "of" that count a group ("dozens of women returned from China"): that group.
GROUP_COUNT_WORDS = frozenset({"dozens", "hundreds", "scores", "group", "groups", "batch"})


def _finite_verb_above(noun: Token) -> Token | None:
    """The nearest verb above a noun that carries tense (its own tag or an auxiliary's), past the
    participles and gerunds on the way ("adding to a record of accounts from women ... " rises
    past "adding" to the clause's "describes")."""
    token = noun
    for _ in range(12):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ not in {"VERB", "AUX"}:
            continue
        if token.tag_ in {"VBZ", "VBP", "VBD", "MD"} or any(
            c.dep_ in {"aux", "auxpass"} and c.tag_ in {"VBZ", "VBP", "VBD", "MD"} for c in token.children
        ):
            return token
    return None


def class_named_by_participle_in_a_present_statement(trigger: Token) -> bool:
    """ "the punishment of women returned from China depends on what interrogators find",
    "Thailand has been the usual last stop for North Koreans fleeing through China", "the record
    of accounts from women repatriated from China grows": a bare plural of people described by a
    participle with no date, inside a statement in the simple present (or "has been"), is
    whoever fits the description; the participle names no act the report tells of. ("Police
    arrested women returned from China last week", in the past and dated, and "women sent back
    in May remain in Onsong", a state of particular people, are not such statements.)"""
    if trigger.pos_ != "VERB" or trigger.tag_ not in {"VBN", "VBG", "VBD"} or trigger.dep_ != "acl":
        return False
    if _dated(trigger) or any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in trigger.children):
        return False
    # the noun right before the participle (the parser may hang the participle on a noun above
    # it instead: "the punishment of women returned", "a record of accounts from women returned")
    people = _people_before_participle(trigger)
    if people is None or not (people.i == trigger.head.i or trigger.head.is_ancestor(people)):
        return False
    if not _bare_plural(people) or not _plural_people_noun(people):
        return False
    if people.dep_ == "pobj" and people.head.lower_ == "of":
        counter = people.head.head
        if counter.like_num or counter.lower_ in GROUP_COUNT_WORDS:
            return False
    verb = _finite_verb_above(trigger)
    if verb is None or verb.lemma_.lower() in CUSTODY_STATE_LEMMAS or past_read_as_present(verb):
        return False
    tensed = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    if any(t.tag_ == "VBG" for t in tensed):
        return False  # "police are hunting migrants fleeing the town": now, particular
    if simple_present(verb):
        return True
    # "has been the usual stop for migrants fleeing ...": a state that still holds
    return verb.lemma_.lower() == "be" and any(
        c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} and c.lemma_.lower() == "have" for c in verb.children
    )


def journey_waited_for(trigger: Token) -> bool:
    """ "police detained them as they waited for a boat to cross the Mekong", "the town where
    they were waiting to cross into Thailand", "caught at a flat while waiting to travel south":
    a leg of a journey that people were waiting to make (data: waiting_verbs) was not yet made;
    it is no flight of its own (the flight that brought them there is told apart). ("They waited
    until dark and crossed the river": the crossing is told.)"""
    waiting = words()["waiting_verbs"]
    current = trigger
    for _ in range(4):
        to_infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in current.children)
        if (
            not (
                current.dep_ in {"xcomp", "acl", "pobj", "prep"}
                or (current.dep_ == "advcl" and to_infinitive)
            )
            or current.head.i == current.i
        ):
            return False
        current = current.head
        if current.lemma_.lower() in waiting and current.pos_ in {"VERB", "AUX"}:
            return True
    return False


# Verbs whose simple present tells how things stand now, for particular people too ("the two who
# remain in detention", "women who face prison"), not what is done as a rule.
STATE_LEMMAS = frozenset({"be", "remain", "stay", "live", "face", "know", "need", "have", "include"})


def rule_told_in_the_present(trigger: Token) -> bool:
    """ "Women who are returned face prison", "China classifies North Koreans it detains as
    migrants", "what happens to people after they are sent back", "returnees are treated harshly
    if they are sent back": an act in the simple present of a relative clause that describes a
    bare plural (whoever fits it), or of an adverbial clause that hangs on a clause in the simple
    present too, tells what is done as a rule, not one event. News tells its events in the past,
    the perfect or the progressive; a clause that describes or times by an act in the present
    under a present that states a rule is the rule. ("The two men, who are held in Tumen, face
    trial" is a state; "they will be jailed if they are sent back" looms, its main clause in the
    future; "officials said the women who were returned face prison" tells a return.)"""
    if trigger.pos_ != "VERB":
        return False
    head = clause_head(trigger)
    if head.dep_ not in {"relcl", "advcl"} or head.head.i == head.i:
        return False
    if not simple_present(head) or past_read_as_present(head) or head.lemma_.lower() in STATE_LEMMAS:
        return False
    if head.dep_ == "relcl":
        return _bare_plural(head.head)  # "women who are returned", "North Koreans it detains"
    above = head.head  # the verb the adverbial clause hangs on
    return simple_present(above) and not past_read_as_present(above)


def questioned_by_overseers(trigger: Token) -> bool:
    """ "Lawmakers questioned the minister about the plan", "Experts on the UN committee questioned
    the delegation about reports of abuse", "members of the National Assembly's committee
    questioned ministry officials": questioning by legislators, or by the members of a parliament's
    or the UN's bodies, is a hearing that holds office to account, not an interrogation of anyone
    in custody. ("State security officers questioned the minister" stays one.)"""
    overseers = words()["overseer_nouns"]
    legislatures = words()["legislature_words"]
    for subject in (c for c in trigger.children if c.dep_ == "nsubj"):
        if subject.lower_ in overseers:
            return True
        if any(t.lower_ in legislatures for t in subject.subtree):
            return True
    return False


def summoned_home(trigger: Token) -> bool:
    """ "The manager was summoned home days later", "North Korea summoned home the students it had
    sent abroad", "executed after summoning him home": a summons home recalls people from a post or
    a stay away; it asks them nothing. ("Summoned to the security office", "summoned for
    questioning" are interrogations.) Read by word order too: the parser may take "home days
    later" for a noun phrase."""
    if trigger.lemma_.lower() != "summon":
        return False
    doc = trigger.doc
    following = doc[trigger.i + 1] if trigger.i + 1 < len(doc) else None
    if following is not None and following.lower_ == "home":
        return True
    return any(c.lower_ == "home" and c.i > trigger.i for c in trigger.children)


COMPANY_PREPOSITIONS = frozenset({"with", "in", "among", "alongside"})
ANAPHORIC_DETERMINERS = frozenset({"the", "that", "this", "those", "these"})
OBJECT_PRONOUNS = frozenset({"her", "him", "them", "us", "me"})
COMPANY_NOUNS = frozenset({"group", "batch", "party", "convoy", "others"})
# Prepositions that give an act a way, a place or an end of its own ("returned from China").
ROUTE_OR_PLACE_PREPOSITIONS = frozenset({"from", "to", "at", "into", "across", "through", "via", "on"})
PLACE_OR_TIME_LABELS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME"})


def done_with_a_company_told(trigger: Token) -> bool:
    """ "a woman in the next cell, who had been returned with her, died", "a child who was returned
    with the group was sent to an orphanage", "one woman who was returned in that group died": a
    person described by an act done to them together with people the report has told of (a
    pronoun, or "the"/"that" group), with no place, way or time of its own, is one of those people;
    the act is the one told of them, not another. ("A woman who was returned from China in May",
    "two men detained in the same case" tell their own.)"""
    if trigger.pos_ != "VERB":
        return False
    head = clause_head(trigger)
    if head.dep_ not in {"relcl", "acl"} or head.head.i == head.i:
        return False
    preps = [c for c in trigger.children if c.dep_ == "prep"]
    if any(p.lower_ in ROUTE_OR_PLACE_PREPOSITIONS for p in preps):
        return False
    if any(t.ent_type_ in PLACE_OR_TIME_LABELS for t in head.subtree if t.i != head.head.i):
        return False
    return any(
        p.lower_ in COMPANY_PREPOSITIONS and any(_company_told(o) for o in p.children if o.dep_ == "pobj")
        for p in preps
    )


def _company_told(noun: Token) -> bool:
    """ "her", "them", "the group", "that group", "the others": people already in the story."""
    if noun.lower_ in OBJECT_PRONOUNS:
        return True
    if noun.pos_ != "NOUN" or not any(
        c.dep_ == "det" and c.lower_ in ANAPHORIC_DETERMINERS for c in noun.children
    ):
        return False
    return noun.lemma_.lower() in COMPANY_NOUNS or noun.lower_ in COMPANY_NOUNS


WRITING_VERBS = frozenset({"write", "submit", "hand"})


def self_criticism_written(trigger: Token) -> bool:
    """ "where they are made to write self-criticisms every day", "most were released after
    writing self-criticisms", "they let him go after he wrote a self-criticism": a self-criticism
    written (and handed in) is the routine of the weekly life-review sessions every North Korean
    attends, often the condition of a release, not a penalty imposed. ("Forced to read out a
    self-criticism before the whole school", a public shaming, is one.)"""
    if "criticism" not in trigger.lower_:
        return False
    noun = trigger if trigger.pos_ == "NOUN" else trigger.head
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in WRITING_VERBS


def transferred_in_custody(trigger: Token) -> bool:
    """ "The three women arrested in Yanji have been transferred to the border detention centre",
    "all eight were transferred to the Tumen detention center", "they are expected to be
    transferred to a detention centre within weeks": to transfer people is to move them from one
    holder or place to another, so the people were held already; the custody goes on, and the
    arrest told of them (or their return) is the event. ("Police detained them and took them to
    the detention centre" takes them in.)"""
    return trigger.lemma_.lower() == "transfer" and trigger.pos_ == "VERB"


# Subordinators of a clause that gives the cause or the time of what its main clause tells.
# ("as" and "while" are left out: they as often tell what goes on alongside, "as the regime
# builds walls", "while the border stays shut", which is news of its own.)
CAUSE_OR_TIME_MARKS = frozenset({"because", "when"})


def restriction_as_a_cause(trigger: Token) -> bool:
    """ "The shooting comes as Pyongyang has tightened control over the border", "many had been
    held for years because the closure of the border made returns impossible", "arrivals fell
    during the pandemic years, when both countries sealed their borders": a restriction told,
    with no time of its own, in a clause that gives the cause or the time of another act or state
    is the setting the reader knows, not news of a measure. ("When the North shut its border in
    January 2020, traders lost their income" dates the closure, which is told.)"""
    head = clause_head(trigger)
    if head.dep_ not in {"advcl", "relcl"}:
        return False
    if not any(c.dep_ in {"mark", "advmod"} and c.lower_ in CAUSE_OR_TIME_MARKS for c in head.children):
        return False
    ent = token_table(head.doc).ent_type
    return not any(ent[i] in {"DATE", "TIME"} for i in clause_indices(head))


# Auxiliaries of a clause that tells what has happened, not what a rule says happens.
PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have", "did"})


def _rule_frame(prep: Token) -> bool:
    """ "Under the revised law", "Under a long-standing arrangement", "Under the principle of guilt
    by association": an "under" phrase whose object names a rule."""
    frames = words()["rule_frame_nouns"]
    return prep.lower_ == "under" and any(
        o.dep_ == "pobj" and (_instrument(o) or o.lower_ in frames) for o in prep.children
    )


def _applied_to_people_told(sentence: Span, verbs: list[Token]) -> bool:
    """ "Under the rules, anyone caught must spend 40 days in quarantine before being questioned,
    so the women are now being held at the centre": another clause of the sentence has the people
    of the story for subject ("the women", "they"); the rule is told as what befalls them."""
    chain = {v.i for v in verbs}
    for token in sentence:
        if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.i in chain:
            continue
        if token.tag_ == "PRP" and token.lower_ in {"they", "he", "she", "we"}:
            return True
        if _names_people(token) and any(
            c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in token.children
        ):
            return True
    return False


# Words that make a rule news rather than the standing law ("under the new rules").
NEW_RULE_WORDS = frozenset({"new", "revised", "latest", "recent", "emergency", "temporary", "special"})


def restriction_under_a_standing_rule(trigger: Token) -> bool:
    """ "Under North Korean law, citizens may not leave the country without permission": a
    restriction a standing law provides for anyone, in the present or under a modal, explains the
    law and is no event; a rule named as new ("Under the new rules, residents may not leave the
    county") is the restriction imposed, the news."""
    if not stated_under_a_rule(trigger):
        return False
    first = next(t for t in sentence_of(trigger) if not t.is_punct)
    rules = [o for o in first.children if o.dep_ == "pobj"]
    return not any(c.lower_ in NEW_RULE_WORDS for o in rules for c in o.subtree)


def stated_under_a_rule(trigger: Token) -> bool:
    """ "Under the agreement, people caught within 10 km of the border may be handed over within 72
    hours", "Under a long-standing arrangement, those who enter illegally are fined and held until
    Seoul accepts them", "Under the principle of guilt by association, relatives of an official
    convicted of a political crime can be sent to a camp": what a sentence opened by "under" and a
    rule says befalls people, in the present or under a modal, is what the rule provides for anyone,
    not an event; the clauses joined to its main one tell the same rule ("..., and those who take
    bribes face life imprisonment"). ("Under the agreement, China returned 40 people last year" is
    past and dated: told.)"""
    sentence = sentence_of(trigger)
    first = next((t for t in sentence if not t.is_punct), None)
    if first is None or not _rule_frame(first):
        return False
    frame = range(first.i, first.right_edge.i + 1)
    # the verbs the trigger hangs on ("can be fined, held or sent": the verbs joined to the first)
    verbs = [t for t in [trigger, *_ancestors(trigger)] if t.pos_ in {"VERB", "AUX"}]
    if not verbs:
        return False
    for verb in verbs:
        subject = subject_of(verb)
        if subject is not None and (
            (subject.tag_ == "PRP" and subject.lower_ not in {"you", "one", "it"})
            or subject.like_num
            or any(c.dep_ == "nummod" for c in subject.children)
        ):
            return False  # "they may be handed over", "the nine can be sent back": people told of
    if _applied_to_people_told(sentence, verbs):
        return False
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for v in verbs for c in v.children)
    # (without a modal, the rule is told in the present: "those who enter are fined")
    if not modal and any(
        v.tag_ == "VBD"
        or any(
            c.dep_ in {"aux", "auxpass"} and (c.lower_ in PAST_AUXILIARIES or c.tag_ == "VBD")
            for c in v.children
        )
        for v in verbs
    ):
        return False
    # a date outside the frame tells a time ("Under regulations revised in 2020" dates only the
    # rule; a time of day, "within 72 hours", is how soon the rule acts)
    doc = trigger.doc
    return not any(
        sentence.start <= start < sentence.end and start not in frame and doc[start].ent_type_ == "DATE"
        for start in _dating_entity_starts(doc)
    )

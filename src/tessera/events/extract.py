"""Finds the events a report describes: type, status, victims, actors and evidence.

For each sentence: trigger phrases from the lexicon name candidate events; the dependency parse
says whether each is negated or no event at all, what status its governing words give it, whom it
happened to and who did it. People are followed across sentences so that "the family" or "they"
carries the count first given, and mentions of one event within a report ("defected", later
"their defection") become one event with several pieces of evidence. Groups joined to an event
with their own count ("…repatriated, along with 40 others on 18 September") are events of their own.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as Sentence

from tessera.events.actors import actor_words
from tessera.events.background import (
    ROUGH_QUANTITY_WORDS,
    STATE_LEMMAS,
    WHOEVER_WORDS,
    carried_by,
    inspection_of_nothing_searched,
    is_background,
    outcome_of_an_imagined_act,
    people_aboard,
    picked_up_at_sea,
    restriction_as_a_cause,
    rumoured_prospect,
)
from tessera.events.background import words as background_words
from tessera.events.choosing import chosen_to_stay
from tessera.events.clauses import (
    RETURNING_VERBS,
    agents_of,
    clause_head,
    clause_span,
    date_after_clause,
    dates_another_act,
    governors,
    holds_any_phrase,
    holds_phrase,
    is_passive,
    names_people_by_an_act,
    own_subject,
    prep_objects,
    sentence_of,
    subject_of,
    verb_above,
)
from tessera.events.deaths import detainee_died
from tessera.events.found import Found
from tessera.events.joining import HOLDING_VERBS, country_of_place, dates_in, join_mentions, refers_back
from tessera.events.leaving import (
    bridged_out_of_the_north,
    comes_into_the_north,
    country_named,
    enters_a_foreign_mission,
    goes_from_abroad,
    goes_from_abroad_to_the_north,
    leaves_a_northern_town,
    leaves_work_abroad,
    parts_from_the_party,
    places_left,
    returns_people_to_the_north,
    sent_home_from_a_post_abroad,
)
from tessera.events.lexicon import Match, TriggerEntry, calibrated, idioms, lexicon, sentence_triggers
from tessera.events.people import (
    fill_counts,
    joined_groups,
    names_things,
    people_after,
    people_of,
    people_of_the_timed_act,
)
from tessera.events.perpetrators import (
    CARRY_ACTOR_TYPES,
    MILITARY,
    POLICE_OF_THE_NORTH,
    STATE_SECURITY,
    army_discipline,
    asked_about_contacts,
    carried_perpetrators,
    court_that_sentenced,
    default_arrester,
    default_sender,
    done_by_someone_told,
    holders_of,
    kin_banished,
    named_passer,
    perpetrators_of,
    post_removal,
    screened_by_state_security,
    sent_to_political_camp,
    sentenced,
)
from tessera.events.retyping import (
    retype,
    sentence_passed_only,
    shooting_threatened_to_whoever,
    summoned_for_questioning,
)
from tessera.events.stances import penalty_imposed_by_order, stance_on_a_told_act
from tessera.events.status import (
    CAMPAIGN_NOUNS,
    FEAR_VERBS,
    MODALS_AT_RISK,
    REPORTED_STATE_LEMMAS,
    appeal_against,
    counted_people_carried,
    cut_short,
    decided_act,
    is_authority,
    is_negated,
    is_no_event,
    offence_of_a_sanction,
    outcome_of_a_return,
    particular_people,
    past_read_as_present,
    people_word,
    simple_present,
    status_of,
)
from tessera.events.teams import TEAM_AT_WORK, teams_at_work
from tessera.events.victims import (
    Discourse,
    body_of_people,
    is_class_of_people,
    is_generic_people,
    is_time,
    mention_of,
    number_of,
    of_people,
    read_group,
    read_victims,
    register_people,
    victim_phrase,
)
from tessera.events.withheld import passage_withheld
from tessera.language import PLACE_ENTITY_LABELS, Analysis
from tessera.language.table import TokenTable, token_table
from tessera.model import PEOPLE_EVENT_TYPES, Anchor, Event, Source, Span, Victims, stable_event_id
from tessera.places.variants import UNIT_NOUNS

# Words that tell where a boarded vehicle was bound ("a train for X", "a bus heading west", "home").
BOARDING_GOAL_MARKERS = frozenset(
    {"for", "to", "toward", "towards", "bound", "heading", "headed", "home", "south", "west", "east", "north"}
)
# Goals of a flight besides the border words and the refuge countries of cues.json (Kunming: the
# city where the overland routes to Laos and Thailand set out).
FLIGHT_GOAL_WORDS = ("south", "southeast", "south-east", "third", "incheon", "abroad", "kunming")


def find_events(analysis: Analysis) -> list[Event]:
    doc = analysis.doc
    document = analysis.document
    source = Source(
        doc=document.id,
        outlet=document.outlet,
        url=document.url,
        published=document.published,
        attribution=_attribution(doc),
    )
    body_start = _body_start(document.text, document.title)
    discourse = Discourse()
    found: list[Found] = []
    for sentence in doc.sents:
        if sentence.end_char <= body_start:
            continue  # a headline restates the body
        start = _after_headline(sentence, body_start)
        if start is None:
            continue
        register_people(sentence, discourse)
        for match, trigger in _triggers(doc, start, sentence.end):
            found.extend(_read_event(doc, match, trigger, discourse, found, source))
    fill_counts(found, discourse)
    found = [f for f in found if not _custody_awaiting_return(f, found)]
    events = [f.event for f in join_mentions(found)]
    for event in events:
        event.confidence = calibrated(event.confidence)
    return events


def _after_headline(sentence: Sentence, body_start: int) -> int | None:
    """The first token of a sentence to read for triggers: its start, or, when the headline runs
    into the sentence ("Update on the April returns: women handed back at Namyang were held for
    six weeks"), the first token after the headline and the colon or dash that joins them; None
    when nothing but the headline and its punctuation is left."""
    if sentence.start_char >= body_start:
        return sentence.start
    rest = [t for t in sentence if t.idx >= body_start and not t.is_punct]
    return rest[0].i if rest else None


def _body_start(text: str, title: str | None) -> int:
    """Where the body begins after a headline the text opens with; 0 when the headline is all
    the text holds (a report is never all title: "Guards seized two traders" as both)."""
    if title and title.strip() and text.startswith(title.strip()):
        rest = text[len(title.strip()) :]
        return len(title.strip()) if any(c.isalnum() for c in rest) else 0
    return _after_heading_lines(text)


# Marks that end a sentence of prose; a heading line ends without one.
SENTENCE_END_MARKS = tuple(".!?\"\u201d\u2019')")
# Words a heading line holds at most ("PRESS RELEASE \u2013 4 May", "Sixty returned from China").
HEADING_MAX_WORDS = 25
# Part-of-speech tags of a plural noun, for triggers told by one event's noun only (`singular`).
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})


def _after_heading_lines(text: str) -> int:
    """Where the prose begins after the heading paragraphs a release or a brief opens with:
    "PRESS RELEASE \u2013 4 May 2024", then "Sixty North Koreans sent back from China", then the
    first paragraph of the release, which tells the same return. Short paragraphs without a
    sentence's end mark, before the first that has one, are headings that restate the body; 0
    when no paragraph of prose follows them."""
    start = 0
    for paragraph in re.finditer(r"\S.*?(?=\n\s*\n|\Z)", text, re.S):
        words = paragraph.group().strip()
        if words.endswith(SENTENCE_END_MARKS) or len(words.split()) > HEADING_MAX_WORDS:
            return start
        start = paragraph.end()
    return 0


def _triggers(doc: Doc, start: int, end: int) -> list[tuple[Match, Token]]:
    """Trigger matches in a sentence that pass their part-of-speech and voice conditions."""
    chosen: list[tuple[Match, Token]] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    # (longest first; a phrase that names an event only as a repeat of one told before comes after
    # the phrases of its word that name one of their own: "a campaign against home brewing
    # launched in April" is the crackdown by "campaign against", whatever the report told before)
    # (an inspection team told at work by its verb is a campaign no phrase of the lexicon names;
    # a pass or a tour stopped, however far from its verb, is a restriction: see withheld.py)
    matches = sorted(
        [
            *sentence_triggers(doc, start, end),
            *teams_at_work(doc, start, end),
            *passage_withheld(doc, start, end),
        ],
        key=lambda m: (m.start, m.entry.repeats, -(m.end - m.start)),
    )
    idiom_tokens = {i for m in idioms().find(doc, start, end) for i in range(m.start, m.end)}
    for match in matches:
        entry: TriggerEntry = match.entry
        if idiom_tokens.intersection(range(match.start, match.end)):
            continue  # "in search of asylum", "caught wind of the plan"
        head = _phrase_head(doc, match)
        if not _conditions_met(doc, match, head):
            continue
        spans = taken.setdefault(entry.type, [])
        if any(s < match.end and match.start < e for s, e in spans):
            continue  # the same words already named an event of this type
        spans.append((match.start, match.end))
        chosen.append((match, head))
    return _yield(chosen)


# Prepositions whose object is where people are ("held in quarantine", "let out of quarantine",
# "ordered into home quarantine", "after a month in quarantine") and verbs whose object is the
# term they are held for ("served a 40-day quarantine", "spent two weeks in quarantine").
_HELD_IN_PREPS = frozenset({"in", "into", "out", "of", "from"})
_TERM_VERBS = frozenset({"serve", "spend", "complete", "finish", "break", "undergo"})


def _where_people_are_held(noun: Token) -> bool:
    """Whether a noun is where or how long people are held, not a measure put on a place.

    "They were kept in quarantine for a month" tells custody of people (an arrest, when at
    all), while "the county was placed under quarantine" closes a place: the noun as object of
    "in", "into", "out of", "from" or "of", or of a verb of serving a term, is the former.
    """
    if noun.pos_ != "NOUN":
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in _HELD_IN_PREPS:
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_ in _TERM_VERBS


def _conditions_met(doc: Doc, match: Match, head: Token) -> bool:
    """Whether a trigger match passes its entry's part-of-speech, voice and shape conditions."""
    entry: TriggerEntry = match.entry
    if entry.pos and head.pos_ not in entry.pos:
        return False
    if not _connected(doc, match, head):
        return False
    if entry.passive and not is_passive(head):
        return False
    if entry.active_with_object and not any(c.dep_ == "dobj" for c in head.children):
        return False
    if entry.not_compound and head.dep_ == "compound":
        return False
    if entry.not_where_held and _where_people_are_held(head):
        return False
    if (entry.via_preps or entry.via_adverbs) and not _goes_via(head, entry):
        return False
    if entry.chosen and not chosen_to_stay(head):
        return False
    if entry.detainee_dies and not detainee_died(head):
        return False
    if entry.singular and head.tag_ in PLURAL_NOUN_TAGS:
        return False
    if entry.leaves_the_north and not leaves_a_northern_town(head):
        return False
    if entry.leaves_work_abroad and not leaves_work_abroad(head):
        return False
    if entry.abroad_to_the_north and not goes_from_abroad_to_the_north(head):
        return False
    if entry.from_abroad and not goes_from_abroad(head):
        return False
    if entry.to_the_north_from_abroad and not returns_people_to_the_north(head):
        return False
    if entry.posted_abroad and not sent_home_from_a_post_abroad(head):
        return False
    if entry.enters_a_foreign_mission and not enters_a_foreign_mission(head):
        return False
    if entry.helped_on_the_way and not _help_on_the_way(head):
        return False
    if entry.term_not_timed and _timed(doc[match.end - 1]):
        return False
    if entry.tried and not _tried_going_nowhere_named(head):
        return False
    if entry.particle and (_preposition_with_object(doc[match.end - 1], head) or _taken_in_by_a_navy(head)):
        return False  # "taken in covered lorries": a preposition with its object, no phrasal verb
    if entry.no_object and any(c.dep_ in {"dobj", "dative"} for c in head.children):
        return False  # "floated balloons across the border": a thing sent, not people moving
    if entry.particular_object and not any(c.dep_ == "dobj" and particular_people(c) for c in head.children):
        return False  # "stopped young women in jeans": a kind of people checked, no one taken
    if entry.not_of_the_actor and _clause_on_an_actor(head):
        return False  # "shot by guards who intercepted them": the shooting is the act told
    if entry.told_alone and any(
        c.dep_ in {"conj", "xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"} for c in head.children
    ):
        return False
    return not (
        entry.intransitive
        and any(
            c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ in {"to", "for"})
            for c in head.children
        )
    )


def _preposition_with_object(word: Token, verb: Token) -> bool:
    """ "The children were taken in covered lorries": the word after the verb is a preposition
    with an object of its own, whichever way the parser hangs that object (under the word, or
    as an object of the passive verb, which has none of its own), not the particle of a phrasal
    verb ("were taken in by the police", "have been taken in as well")."""
    if any(c.dep_ in {"pobj", "pcomp"} for c in word.children):
        return True
    return is_passive(verb) and any(c.dep_ == "dobj" and c.i > word.i for c in verb.children)


# Forces at sea that take in people arriving by boat ("were taken in by a navy patrol").
NAVAL_WORDS = frozenset({"navy", "naval", "marine", "marines"})


def _taken_in_by_a_navy(verb: Token) -> bool:
    """ "Four North Koreans in a wooden boat crossed the sea border and were taken in by a navy
    patrol", "the man was taken in by marines on the island": people taken in by a navy at sea
    are arrivals received (the flight is the event), not people arrested."""
    return any(t.lower_ in NAVAL_WORDS for a in agents_of(verb) for t in a.subtree)


# Prepositions that place an act in a stretch of time ("in the coming months", "over the years").
TIME_PREPOSITIONS = frozenset({"in", "within", "over", "during", "after", "for", "since"})


# Verbs of trying whose infinitive names what was tried.
TRYING_VERBS = frozenset({"try", "attempt"})


def _tried_going_nowhere_named(verb: Token) -> bool:
    """ "A friend from my unit tried to run away in 2015, but he was caught", "she died trying to
    leave": in a story of the North, leaving tried with nothing left and no goal named is a
    flight tried; "tried to leave the meeting" or "tried to leave for work" names what was left
    or where to, and other phrases read those."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.lemma_.lower() in TRYING_VERBS
        and not any(c.dep_ in {"dobj", "dative"} for c in verb.children)
        # ("tried to run away from a logging detail": what was left is named, on the particle too)
        and not any(c.dep_ == "prep" and c.lower_ in {"to", "for", "into", "from"} for c in verb.subtree)
    )


def _timed(word: Token) -> bool:
    """ "could be handed over in the coming months": a period word as the object of a preposition
    of time places the act in time; it is not a term given ("given five years in a camp")."""
    return word.dep_ == "pobj" and word.head.lower_ in TIME_PREPOSITIONS


def _help_on_the_way(help_word: Token) -> bool:
    """ "travelled through Yunnan with the help of a broker", "they were helped by smugglers":
    the help is the way the people went (the object of "with", or a passive verb); "sought the
    help of a broker" or "paid a broker to help" tells only what was meant."""
    if help_word.pos_ == "NOUN":
        return help_word.dep_ == "pobj" and help_word.head.lower_ == "with"
    return is_passive(help_word)


def _goes_via(head: Token, entry: TriggerEntry) -> bool:
    """Whether the head word's phrase holds one of the entry's prepositions with one of its objects:
    "came over to the South across the demarcation line", "made his way through the minefields
    into South Korea" (a preposition may hang on an earlier object), "ten runaways from a
    logging site"; "came across an old photograph" goes by no border."""
    if head.pos_ in {"VERB", "AUX"} and any(
        c.dep_ in DIRECTION_DEPS
        and c.lower_ in entry.via_adverbs
        and not _a_position(c)  # "swam 20 metres south of the line": where
        for c in head.children
    ):
        return True  # "the five who sailed south by night": the adverb names the goal
    doc, table = head.doc, token_table(head.doc)
    if head.pos_ in {"VERB", "AUX"}:
        # the verb's own words and those of its complement ("made them stand for hours"), not
        # another clause told beside it
        other = {
            t
            for c in table.subtree(head.i)
            if c != head.i and _other_clause_at(table, c)
            for t in table.subtree(c)
        }
        words = [i for i in table.subtree(head.i) if i not in other]
    else:  # a noun's own preposition, or the one right after it (the parser may hang it higher)
        words = [
            *table.subtree(head.i),
            *range(head.i + 1, min(head.i + 2, len(doc))),
            *(prep.i for prep in _verbs_prep_after(head)),
        ]
    # (only a preposition of the entry, or an infinitive's "to", can lead to a goal: the table
    # picks them out, and a Token is built for those alone)
    preps = [doc[i] for i in words if _may_lead_to_goal(table, i, entry)]
    for prep in preps:
        if _goal_read_as_infinitive(prep, head, entry):
            return True
        # ("sent 14 people to a camp": the parser may read the goal's "to" as a dative; the "by"
        # of a passive is its agent: "taken from the dormitory by security agents")
        if prep.dep_ not in VIA_PREP_DEPS or prep.lower_ not in entry.via_preps:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects and not entry.via_objects:
            # (an object the parser read as a clause: "a campaign against what it calls
            # anti-socialist acts" goes by "against" whatever its object is)
            objects = [c for c in prep.children if c.dep_ == "pcomp"]
        if not objects:
            continue
        # (one goal the parser split into two objects, "to a re - education course" with "re"
        # and "course" both objects of "to", is read as the one phrase it is)
        # (a part of a border is the border: "across the central section of the zone", "over a
        # shallow stretch of the river" go by the "of" phrase of the part noun)
        parts = lexicon().cues["part_nouns"]
        nested = {
            t.i
            for obj in objects
            for c in obj.children
            if c.dep_ in {"prep", "relcl", "acl"}
            and not (c.dep_ == "prep" and c.lower_ == "of" and obj.lemma_.lower() in parts)
            for t in c.subtree
        }
        words = sorted((t for obj in objects for t in obj.subtree if t.i not in nested), key=lambda t: t.i)
        if not entry.via_objects or holds_any_phrase(words, entry.via_objects):
            return True
    return False


# Verbs of taking people somewhere (triggers.json's escapes told through whoever took the people
# across: "taken across the river by a broker").
TAKING_VERBS = frozenset(
    {
        "take",
        "bring",
        "carry",
        "lure",
        "smuggle",
        "traffic",
        "ferry",
        "guide",
        "lead",
        "move",
        "spirit",
        "help",
    }
)
# Verbs of seizing besides the capture verbs of actors.json (arrest, detain, seize …): people
# taken across by whoever seized them were abducted, not in flight.
SEIZING_VERBS = frozenset({"abduct", "kidnap", "snatch", "grab"})


def _clause_on_an_actor(verb: Token) -> bool:
    """Whether a verb is a relative clause on the actor of another act, told of the actor ("who
    intercepted them"): on the subject of a verb ("the guards who intercepted them opened fire")
    or the agent of a passive ("were shot by border guards who intercepted them"). Such a clause
    says how the main act came about. ("Two fishermen whose boat was intercepted" tells what
    befell the people: that clause stays an event.)"""
    if verb.dep_ != "relcl" or verb.head.i == verb.i:
        return False
    if not any(c.dep_ == "nsubj" and c.tag_ in {"WDT", "WP"} for c in verb.children):
        return False
    actor = verb.head
    return actor.dep_ == "nsubj" or (actor.dep_ == "pobj" and actor.head.dep_ == "agent")


def _particular_people_carried(doc: Doc, match: Match, trigger: Token) -> bool:
    """ "a broker guided the five women over the hills", "he brought his son across the river":
    whom a verb of taking carries across is who fled, when they are particular people (read as
    people, and counted, named by a possessive or told before); "smuggled herbs across the
    Yalu" carries goods and "guided people across the river" tells a kind of work."""
    people = people_after(doc, match)
    return people is not None and read_victims(people) is not None and particular_people(people)


def _taken_by_a_helper(trigger: Token) -> bool:
    """ "she was taken across the Tumen by a trafficker": people taken across a border by a
    broker, smuggler or guide (cues.json's facilitator_nouns) fled with their help; taken across
    by anyone else (guards, police, agents, or no one named) may be a return or a seizing."""
    helpers = lexicon().cues["facilitator_nouns"]
    return any(o.lemma_.lower() in helpers for o in agents_of(trigger))


def _led_by_the_authorities(trigger: Token) -> bool:
    """ "The men were led across the demarcation line by police officers", "the girl was brought
    over the bridge by border guards": people taken across a border by the police, soldiers or
    officials (by its "by" phrase) are being handed over or sent back, not fleeing; "guided across
    the river by a broker" stays a flight (see `_taken_by_a_helper`)."""
    if trigger.lemma_.lower() not in TAKING_VERBS or _taken_by_a_helper(trigger):
        return False
    # (the parser may hang the "by" phrase on the border crossed: "across the line by police")
    doers = agents_of(trigger) + [
        o
        for phrase in trigger.children
        if phrase.dep_ == "prep"
        for t in phrase.subtree
        if t.dep_ == "prep" and t.lower_ == "by"
        for o in t.children
        if o.dep_ == "pobj"
    ]
    return any(is_authority(doer) for doer in doers)


def _seized_and_taken(trigger: Token) -> bool:
    """ "he was abducted by agents and taken across the Yalu": people seized and taken across by
    whoever seized them were not in flight (the seizing is the event)."""
    if trigger.lemma_.lower() not in TAKING_VERBS:
        return False  # ("defected to Shenyang but were arrested": a flight, then an arrest)
    takings = [c for c in trigger.children if c.dep_ == "conj"]
    if trigger.dep_ == "conj":
        takings.append(trigger.head)
    seizing = SEIZING_VERBS | actor_words().capture_lemmas
    return any(t.lemma_.lower() in seizing for t in takings)


def _a_position(direction: Token) -> bool:
    """ "20 metres south", "south of the line": a direction measured or taken from a point tells
    where, not a goal."""
    return any(
        c.dep_ == "npadvmod" or (c.dep_ == "prep" and c.lower_ in {"of", "from"}) for c in direction.children
    )


# Links by which an adverb of direction hangs on its verb ("went south", "headed south").
DIRECTION_DEPS = frozenset({"advmod", "npadvmod", "prt"})


def _verbs_prep_after(noun: Token) -> list[Token]:
    """The prepositions of the verb whose object (or passive subject) the noun is, told after the
    noun: a time phrase between a noun and its own preposition leads the parser to hang the
    preposition on the verb ("police launched a 100-day campaign in February against superstition",
    "a drive was begun this month against illegal migrants"): it still tells what the noun is
    against. Only the verb's own prepositions, not those of another clause beside it."""
    verb = noun.head
    if noun.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    return [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]


# Links of a preposition a phrase may go by: the verb's own, a goal the parser read as a dative
# or a passive's agent, and the predicative complement the parser may make of a place after a
# verb of keeping ("were kept inside the compound", "locked inside their dormitory": "inside" an
# oprd with the place as its object).
VIA_PREP_DEPS = frozenset({"prep", "dative", "agent", "oprd"})


def _other_clause_at(table: TokenTable, i: int) -> bool:
    """Whether word `i` opens a clause told beside the one it hangs in (a relative clause, a
    conjoined or parenthetical verb, a clause with its own "that"/"because", a finite content
    clause: "it came out that …"), which `_goes_via` leaves out."""
    if table.pos[i] not in {"VERB", "AUX"}:
        return False
    dep = table.dep[i]
    return (
        dep in {"relcl", "conj", "parataxis"}
        or (dep in {"advcl", "ccomp"} and any(table.dep[m] == "mark" for m in table.children[i]))
        or (dep == "ccomp" and table.tag[i] in {"VBD", "VBZ", "VBP"})
    )


def _may_lead_to_goal(table: TokenTable, i: int, entry: TriggerEntry) -> bool:
    """Whether word `i` passes the first test of `_goes_via`'s loop: an infinitive's "to" (for
    `_goal_read_as_infinitive`) or one of the entry's prepositions."""
    lower, dep = table.lower[i], table.dep[i]
    return (lower == "to" and dep == "aux") or (dep in VIA_PREP_DEPS and lower in entry.via_preps)


def _goal_read_as_infinitive(to: Token, head: Token, entry: TriggerEntry) -> bool:
    """ "will be moved to inland areas", "were sent to upland districts": the parser may read a
    goal's "to" as an infinitive's mark and the adjective after it as a verb ("to inland" with
    "areas" as its object); the words after "to" (without their own prepositions) are still the
    goal, and they name one of the entry's goals only when they were a place, never an act ("to
    help with the harvest"). The goal begins right after "to"; the head's own infinitive mark
    ("undertook to return the workers") is no goal."""
    if to.lower_ != "to" or to.dep_ != "aux" or "to" not in entry.via_preps or not entry.via_objects:
        return False
    verb = to.head
    if verb.i == head.i or verb.i != to.i + 1:
        return False
    nested = {t.i for c in verb.children if c.dep_ in {"prep", "relcl", "acl", "advcl"} for t in c.subtree}
    words = [t for t in verb.subtree if t.i > to.i and t.i not in nested]
    return any(holds_phrase(words[: len(phrase)], phrase) for phrase in entry.via_objects)


def _decreed(trigger: Token) -> bool:
    """A measure told in the future as the content of an order, decree or announcement
    ("the order says vehicles will be banned from the road"): the order made it so."""
    words = lexicon().cues["decree_words"]
    sentence = sentence_of(trigger)
    for i in range(sentence.start, trigger.i - 1):
        # "an announcement earlier this month that anyone caught … will be shot" (the parser may
        # not hang the content clause on its noun): a decree word, then "that" before the trigger
        if trigger.doc[i].lemma_.lower() in words and any(
            t.lower_ == "that" for t in trigger.doc[i + 1 : min(i + 6, trigger.i)]
        ):
            return True
    for ancestor in trigger.ancestors:
        if ancestor.lemma_.lower() in words:
            return True
        # "a county order says that …": the order is the subject of the verb that reports it
        if any(c.dep_ == "nsubj" and c.lemma_.lower() in words for c in ancestor.children):
            return True
    return False


def _connected(doc: Doc, match: Match, head: Token) -> bool:
    """A phrase with a gap ("hold ... custody") names an event only when its last word belongs
    to the head's phrase: "was held in police custody", not "held office … in custody"."""
    if None not in match.entry.phrase.words:
        return True
    last = doc[match.end - 1]
    if last.dep_ in PARTICLE_DEPS and last.pos_ in {"ADV", "ADP"} and head.pos_ in {"VERB", "AUX"}:
        return _particle_of(last, head)
    return last.i == head.i or head in last.ancestors or last in head.ancestors


# Links of the particle that ends a phrasal verb ("sent them back", "took him away").
PARTICLE_DEPS = frozenset({"prt", "advmod"})


def _particle_of(particle: Token, verb: Token) -> bool:
    """ "sent the nine back to China": the particle that makes a phrasal verb hangs on that verb,
    or somewhere in its object, as the parser may hang it ("sent nine people held in camps in
    Jilin back across the river"); "sent loggers abroad under deals dating back decades" has its
    "back" in a phrase that tells the circumstances of the sending, and no one is sent back."""
    token = particle
    while token.head.i != verb.i:
        if token.head.i == token.i:
            return False  # (not under the verb at all)
        token = token.head
    if token.dep_ == "prep" and particle.head.i == token.i:
        return True  # "send the nine back across the border": "back" hung on "across"
    return token.i == particle.i or token.dep_ in OBJECT_DEPS


# Links of the verb's object, inside which a parser may hang the particle.
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "dative", "conj"})


def _into_north_korea(trigger: Token) -> bool:
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"into", "to"}):
        words = " ".join(t.lower_ for t in prep.subtree)
        if "north korea" in words or words.endswith("the north"):
            return True
    return False


def _from_confinement(trigger: Token) -> bool:
    """ "escaped from a labour camp", "caught fleeing the detention centre": the place left is
    a place of confinement, not the country."""
    places = lexicon().cues["confinement_places"]
    return any(
        (
            c.dep_ == "prep"
            and c.lower_ == "from"
            and any(g.lemma_.lower() in places and not _work_site(g) for g in c.subtree)
        )
        or (c.dep_ == "dobj" and c.lemma_.lower() in places and not _work_site(c))
        for c in trigger.children
    )


# Verbs of running off, whose source may be a post or a site rather than the country ("fled his
# regiment", "slipped out of the camp", "ran away from the construction site"). Not "desert"
# or "defect", which name leaving the army or the country themselves.
RUNNING_VERBS = frozenset({"flee", "escape", "run", "slip", "walk", "sneak"})
# Words of a sentence that take a flight across a border ("crossed the river", "reach China").
CROSSING_WORDS = frozenset({"cross", "border", "frontier", "defect", "abroad", "overseas"})


def _ran_from_a_post_at_home(trigger: Token) -> bool:
    """ "A conscript who fled his regiment in Kangwon Province was caught near Phyonggang",
    "students who slipped away from the farm and took a lorry back to Pyongyang", "a brigade
    member who fled the Tanchon power station site", "a prisoner slipped out of the camp": people
    who ran off from a unit, a work site or a place of confinement in the North, in a sentence
    that places them in the North and names no crossing and no place abroad, went missing or
    ran from their post inside the country; they did not leave it. (Workers who run from a
    site abroad, "fled their construction crew in Vladivostok", defect; so does a soldier who
    "fled his unit and crossed the river", and workers "handed back by China weeks after they
    fled a project", whose return, or a foreign force, the sentence tells.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in RUNNING_VERBS:
        return False
    sources = _places_run_from(trigger)
    if not sources:
        return False
    countries = _countries_of_a_flight_at_home(trigger)
    if countries is None:
        return False
    if any(_a_prison(s) for s in sources):
        return True  # "slipped out of the prison camp": a prison left, whatever the sentence places
    return "KP" in countries


# Prepositions of the goal of a flight.
FLIGHT_GOAL_PREPOSITIONS = frozenset({"to", "into", "toward", "towards"})


def _fled_into_hiding_at_home(trigger: Token) -> bool:
    """ "A third woman fled into the hills with her toddler before the police came", "the
    director has fled to his wife's hometown and is hiding": a flight into the hills, the woods
    or a home town (cues.json's hiding_grounds), in a sentence that names no crossing and no place
    abroad, hides people inside their country; they did not leave it. ("Fled across the river
    and hid in the hills near Changbai" names the crossing and stays.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in RUNNING_VERBS:
        return False
    grounds = lexicon().cues["hiding_grounds"]
    goals = [
        obj
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in FLIGHT_GOAL_PREPOSITIONS
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if not any(goal.lemma_.lower() in grounds or goal.lower_ in grounds for goal in goals):
        return False
    return _countries_of_a_flight_at_home(trigger) is not None


def _countries_of_a_flight_at_home(trigger: Token) -> set[str] | None:
    """The countries the sentence of a verb of running places (by its named places), or None when
    the sentence takes the flight abroad: it names a crossing, a sending back, a foreign people
    or a place outside the North ("fled his unit and crossed the river", "Chinese police caught
    the men who fled the site")."""
    sentence = sentence_of(trigger)
    if any(t.lemma_.lower() in CROSSING_WORDS for t in sentence):
        return None
    if any(t.lemma_.lower() in RETURNING_VERBS - {"return"} or _sent_back(t) for t in sentence):
        return None  # "China handed them back four weeks after they fled a project": they had left
    if any(t.ent_type_ == "NORP" and t.lower_ not in {"north", "korean", "koreans"} for t in sentence):
        return None  # "Chinese police caught the men who fled the site": people found abroad
    countries = {country_of_place(t) for t in sentence if t.ent_type_ in PLACE_ENTITY_LABELS}
    countries.discard(None)
    if countries - {"KP"}:
        return None  # a place abroad (or in the South) named: the flight may have crossed
    return countries


def _a_prison(place: Token) -> bool:
    """A place of confinement that is no work site: "the jail", "the prison camp", "the detention
    centre"; not a bare "camp", which loggers and builders abroad live in too ("the logger walked
    out of the camp")."""
    cues = lexicon().cues
    confinement = cues["confinement_places"]
    if place.lemma_.lower() not in confinement or _work_site(place):
        return False
    if place.lemma_.lower() not in cues["work_sites"]:
        return True
    return any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in confinement for c in place.children)


# Verbs that send people back with "back" ("handed back", "sent back", "forced back").
SENDING_BACK_VERBS = frozenset({"hand", "send", "turn", "force", "push"})


def _sent_back(word: Token) -> bool:
    """ "handed back", "sent back": not "took a bus back home". (Nor "returned to their farm",
    which may send people back inside the country.)"""
    return word.lower_ == "back" and word.head.lemma_.lower() in SENDING_BACK_VERBS


def _places_run_from(trigger: Token) -> list[Token]:
    """The units, sites and places of confinement a verb of running names as what was left: its
    object ("fled his regiment") or the object of "from" or "out of" ("ran away from the site",
    "slipped out of the camp")."""
    cues = lexicon().cues
    kinds = cues["work_sites"] | cues["confinement_places"] | background_words()["military_service_nouns"]
    return [o for o in places_left(trigger) if o.lemma_.lower() in kinds or o.lower_ in kinds]


def _people_asked_about(doc: Doc, match: Match) -> Token | None:
    """Whom a question left unanswered is about: the owner of "whereabouts" ("told nothing of his
    whereabouts") or the subject of the clause "where" or "which" opens ("not told where he is
    held", "will not tell her which centre he is in")."""
    for word in (doc[match.start], doc[match.end - 1]):
        if word.lower_ == "whereabouts" or word.lemma_.lower() == "fate":
            # "his whereabouts", "the fate of the two women", "whose whereabouts are unknown"
            owner = next((c for c in word.children if c.dep_ == "poss"), None)
            of = next((c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            if owner is None and of is not None:
                owner = next((c for c in of.children if c.dep_ == "pobj"), None)
            if owner is not None and owner.tag_ == "WP$" and word.head.dep_ == "relcl":
                owner = word.head.head  # "the two women, whose whereabouts are unknown"
            return owner
    last = doc[match.end - 1]
    clause = verb_above(last.head if last.dep_ in {"advmod", "det", "mark"} else last)
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i > last.i), None)
    if subject is None and last.tag_ == "WP" and last.dep_ == "nsubj":
        # "nobody knows what happened to him", "unable to learn what became of them": the people
        # are those the question's verb is about ("what will happen to them" is a fear, not a loss)
        if any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause.children):
            return None
        return next(
            (
                obj
                for prep in clause.children
                if prep.dep_ == "prep" and prep.lower_ in {"to", "of"}
                for obj in prep.children
                if obj.dep_ == "pobj"
            ),
            None,
        )
    return subject


def _pronoun(token: Token | None) -> bool:
    return token is not None and token.tag_ in {"PRP", "PRP$"}


# Words before people that say who they are is only claimed or guessed.
DOUBTED = frozenset({"suspected", "alleged", "presumed", "purported", "apparent", "would-be"})


def _identity_doubted(people: Token | None) -> bool:
    """ "nine suspected defectors", "the would-be defectors", "people claiming to be North
    Koreans": that they fled is what is claimed of them, not a known fact (status suspected)."""
    if people is None:
        return False
    left = people.doc[people.left_edge.i : people.i]
    text = " ".join(t.lower_ for t in left).replace(" - ", "-")
    if any(word in DOUBTED for word in text.split()):
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() == "claim" for c in people.children)


def _held_by_a_place(trigger: Token) -> bool:
    """ "The camp is thought to hold several thousand prisoners": what a prison holds is its size,
    not an arrest."""
    if trigger.lemma_.lower() != "hold":
        return False
    subject = subject_of(trigger)
    return subject is not None and subject.lemma_.lower() in lexicon().cues["confinement_places"]


def _held_as_content_or_support(trigger: Token) -> bool:
    """ "pupils whose phones held South Korean songs", "a memory card that held three films",
    "one of them could not stand and had to be held up by guards": "hold" with an object that
    names no people tells what a thing contains, and "hold up" tells support (or delay); neither
    takes anyone into custody. ("Police held him overnight", "the women held in Tumen" are
    custody.)"""
    if trigger.lemma_.lower() != "hold" or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in trigger.children):
        return True
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.pos_ in {"NOUN", "PROPN"} and read_victims(o) is None for o in objects)


# Types whose people an arrest in a relative clause may only describe.
SENT_OR_GONE = frozenset({"repatriation", "disappearance"})
# A sending back done, feared or suspected: whoever holds the people sends them (or would):
# "Thai police detained four women … they could be deported within weeks" (Thai police).
HOLDERS_SEND_STATUSES = frozenset({"occurred", "at_risk", "suspected"})


def _custody_of_people_sent(doc: Doc, trigger: Token) -> bool:
    """ "Dozens of defectors detained in China were handed over to the North", "his wife, who was
    caught with him, has not been heard from": custody told, with no day of its own, in a clause
    that says who the people are whom a repatriation or a disappearance happened to is how they
    came to it, not news of its own."""
    if trigger.dep_ not in {"relcl", "acl"} or trigger.head.i == trigger.i:
        return False
    if any(t.ent_type_ in {"DATE", "TIME"} for t in trigger.subtree) or date_after_clause(trigger):
        return False  # ("five men caught in Laos last month were sent back": a dated custody)
    people = trigger.head
    while people.dep_ == "appos" and people.head.i != people.i:
        people = people.head  # "the group, most of them women who had been held …, was driven"
    if people.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    verb = people.head
    looming = _looming(verb)  # (a return only asked against: the custody is the news)
    # "a woman held in Longjing was beaten by guards": a custody state (not a taking) that says
    # who was harmed is where the harm was done, not news of its own
    kinds = SENT_OR_GONE | ({"violence"} if trigger.lemma_.lower() in HOLDING_VERBS else set())
    return any(
        m.entry.type in kinds
        and m.start <= verb.i < m.end
        and not (m.entry.type == "repatriation" and looming)
        for m in lexicon().triggers.find(doc, max(verb.i - 3, sentence_of(verb).start), sentence_of(verb).end)
    )


# Verbs of a custody state lived through ("had been held", "had spent a year in detention").
CUSTODY_STATE_VERBS = frozenset({"hold", "spend", "keep", "remain"})


def _custody_before_a_return(trigger: Token, found: list[Found]) -> bool:
    """ "Chinese police handed 80 North Koreans back on Monday. Many had spent more than a year in
    detention centres in Jilin": after a return the report has told, a custody state in the past
    perfect, said of some or all of the people sent back ("most", "many", "they"), with no span
    or holder of its own ("since October", "by the police", "for two years": see
    CUSTODY_OWN_MARKS), is how they came to be sent, not a further arrest."""
    verb = trigger
    if trigger.pos_ == "NOUN" and trigger.dep_ == "pobj" and trigger.head.head.i != trigger.head.i:
        verb = trigger.head.head  # "had spent a year in detention": the state is the verb's
    if verb.lemma_.lower() not in CUSTODY_STATE_VERBS or not any(
        c.dep_ == "aux" and c.lower_ == "had" for c in verb.children
    ):
        return False
    if any(t.dep_ in {"prep", "agent", "mark"} and t.lower_ in CUSTODY_OWN_MARKS for t in verb.subtree):
        return False  # ("had been held since October", "held by the police for a year": told as news)
    subject = subject_of(verb)
    if subject is None or not (subject.lower_ in PART_WORDS or refers_back(verb)):
        return False
    return any(f.event.type == "repatriation" and f.event.status == "occurred" for f in found)


# Words that give a custody state a span or a holder of its own ("held since May", "held by
# Lao police"): the custody is then told as news, not only as where people wait to be sent.
CUSTODY_OWN_MARKS = frozenset({"since", "by", "for", "until"})


def _custody_awaiting_return(item: Found, found: list[Found]) -> bool:
    """ "Some 20 North Koreans held at a detention centre in Dandong are expected to be returned",
    "China is preparing to send back the women held in Tumen": people named by the place where
    they are held ("held", no auxiliary of its own) in a sentence that tells their return, done or
    looming, are the people the return is about; the gold folds that custody into the return, not
    an arrest of its own. Not when the holding is told with its own span or holder ("held since
    January", "held by border troops"), as a clause of its own ("they were held in Tumen"), or when
    the return is only appealed against."""
    trigger = item.trigger
    if item.event.type != "arrest" or trigger.lower_ != "held":
        return False
    if any(c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in trigger.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in CUSTODY_OWN_MARKS for c in trigger.children):
        return False
    sentence = sentence_of(trigger)
    # (a return only asked against, "urged Hanoi to halt plans to deport the nine held at the
    # centre", leaves the custody as the news: see `_looming`)
    return any(
        f.event.type == "repatriation"
        and sentence_of(f.trigger) == sentence
        and f.trigger.i != trigger.i
        and not appeal_against(f.trigger)
        for f in found
    )


def _looming(verb: Token) -> bool:
    """ "Rights groups urged China not to return a family of four who were detained in Yanji",
    "should halt plans to deport the 30 men held at the centre", "they may be sent back": a
    return that is only asked against, planned or feared has not happened, so the custody is the
    news itself, not how people came to be sent. (A disappearance is told negated: "has not been
    heard from since" is no looming.)"""
    return any(
        (c.dep_ == "neg") or (c.dep_ == "aux" and (c.lower_ == "to" or c.tag_ == "MD")) for c in verb.children
    )


def _phrase_keys(doc: Doc, match: Match) -> set[str]:
    """The nouns and verbs of a trigger phrase, by lemma: what a later mention of one measure
    repeats ("agents raided the house … a successful raid"; "a buffer zone … in the buffer zone"),
    or a word of the same meaning ("raided" … "searched")."""
    table = token_table(doc)
    lemmas = {
        table.lemma[i] for i in range(match.start, match.end) if table.pos[i] in {"NOUN", "VERB", "PROPN"}
    }
    # words of one meaning are one key ("police raided the flat … they searched every room")
    classes: dict[str, frozenset[str]] = lexicon().cues["measure_word_classes"]
    return lemmas | {name for name, words in classes.items() if lemmas & words}


def _permitted(trigger: Token) -> bool:
    """ "Beijing should allow them to travel to a third country", "they are expected to be let go
    to South Korea": a journey someone is to be allowed is a permission asked for or expected,
    not a flight that looms or was tried."""
    verb = trigger
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    permission = verb.head
    if verb.dep_ not in {"xcomp", "ccomp"} or permission.lemma_.lower() not in {"allow", "permit", "let"}:
        return False
    if _carried_by_a_force(verb):
        return False  # ("they let the current carry them to the far bank": how they went, no permission)
    # ("they were allowed to leave for Seoul in May": the permission was given, the journey made)
    auxiliaries = [c for c in permission.children if c.dep_ in {"aux", "auxpass"}]
    given = permission.tag_ == "VBD" and not auxiliaries or any(a.tag_ == "VBD" for a in auxiliaries)
    return not given


def _far_bank_not_reached(trigger: Token) -> bool:
    """Reaching the far bank told as what a capture came before is the point never reached: in
    "guards seized him before he could reach the Chinese bank" the attempt is the seizing's (or the
    wading's told beside it), and the bank names no flight of its own."""
    if trigger.lemma_.lower() != "reach" or trigger.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "before" for c in trigger.children):
        return False
    goal = [t for c in trigger.children if c.dep_ in {"dobj", "obj"} for t in c.subtree]
    return holds_any_phrase(goal, [tuple(b.split()) for b in lexicon().cues["far_banks"]])


def _carried_by_a_force(verb: Token) -> bool:
    """The one let do the carrying is the water or the wind, not a person: people who "let the
    current carry them downstream to the Chinese bank" went that way themselves; nobody gave them
    leave."""
    subject = subject_of(verb)
    return subject is not None and subject.lemma_.lower() in lexicon().cues["carrying_forces"]


def _visitors(trigger: Token) -> bool:
    """The ones going are a delegation, a team, reporters or vehicles, who cross on an errand.
    A verb that itself means flight is never an errand: "a diplomat who defected from his
    embassy", "two envoys fled their hotel"."""
    if trigger.lemma_.lower() in FLIGHT_LEMMAS or parts_from_the_party(trigger):
        return False  # ("the athlete walked out of her team's hotel": one member left the party)
    subject = subject_of(trigger) if trigger.pos_ in {"VERB", "AUX"} else None
    return subject is not None and subject.lemma_.lower() in lexicon().cues["visitor_nouns"]


# Verbs whose meaning is a flight, whoever goes: no errand is told by them ("seek" is a flight
# trigger only as "seek asylum": "a diplomat believed to be seeking asylum in a third country").
FLIGHT_LEMMAS = frozenset({"defect", "flee", "escape", "seek"})

# Verbs of going across that a trading trip is made by.
CROSSING_LEMMAS = frozenset(
    {
        "cross",
        "wade",
        "wad",
        "swim",
        "row",
        "walk",
        "go",
        "slip",
        "sneak",
        "travel",
        "come",
    }  # ("wad": the lemmatizer's "waded")
)


def _boarded_for_a_trip(trigger: Token) -> bool:
    """ "Police detained her at the station as she tried to board a bus for Wonsan" (invented):
    boarding is an attempted flight when the vehicle is bound where flights go (a border, a third
    country, the South: "a train toward the Lao border", "a flight to Seoul"); bound home, west or
    for another town, it is a journey the arrest cut short, and the arrest is the event. With no
    goal named ("tried to board a boat") the boarding keeps its reading."""
    if trigger.lemma_.lower() != "board":
        return False
    vehicle = next((c for c in trigger.children if c.dep_ in {"dobj", "obj"}), None)
    if vehicle is None:
        return False
    # (the words after the verb: the parser may take "a train home" for a compound whose head is "home")
    goal = [t for t in trigger.subtree if t.i > trigger.i]
    if not any(t.lower_ in BOARDING_GOAL_MARKERS for t in goal):
        return False
    text = " ".join(t.lower_ for t in goal)
    cues = lexicon().cues
    refuges = [*cues["border_crossings"], *cues["refuge_countries"], *FLIGHT_GOAL_WORDS]
    return not any(re.search(rf"\b{re.escape(word)}\b", text) for word in refuges)


def _trading_trip(trigger: Token) -> bool:
    """ "Small traders who once crossed the river to sell goods in Ji'an", "the smuggler waded
    back across the Yalu": who crosses to trade, or crosses in order to trade, makes a trading
    trip, not a flight (the annotated sets count none as one)."""
    words = lexicon().cues["trade_words"]
    if trigger.lemma_.lower() not in CROSSING_LEMMAS:
        return False  # ("a smuggler is believed to be hiding": on the run, not on an errand)
    subject = subject_of(trigger) if trigger.pos_ in {"VERB", "AUX"} else None
    if subject is not None and subject.lemma_.lower() in words:
        return True
    if trigger.dep_ == "relcl" and trigger.head.lemma_.lower() in words:
        return True  # ("traders who crossed …": the relative pronoun is the subject)
    if trigger.dep_ == "advcl" and subject is not None and subject.tag_ == "PRP":
        main = subject_of(trigger.head)  # "a smuggler was shot as he waded back": he is the smuggler
        if main is not None and main.lemma_.lower() in words:
            return True
    purposes = [c for c in trigger.children if c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VB"]
    return any(
        p.lemma_.lower() in words and any(a.dep_ == "aux" and a.lower_ == "to" for a in p.children)
        for p in purposes
    )


def _work_site(place: Token) -> bool:
    """ "fled a logging camp in Khabarovsk", "left the construction camp": a camp named by the work
    done there is where workers sent abroad live, not a place of confinement; fleeing it is
    defecting (a "labour camp" stays a prison)."""
    words = lexicon().cues["work_site_words"]
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in words for c in place.children)


# Subordinators of a clause that tells the circumstances of another act, not news of its own.
CIRCUMSTANCE_MARKS = frozenset({"while", "despite", "though", "although", "whilst"})


def _custody_state(trigger: Token) -> bool:
    """ "the son fled while held in custody", "she escaped despite being detained": custody named
    as the circumstance of another act is the state of people whose arrest the report has told,
    not a further arrest. (A clause of its own, "while the broker was arrested two days later",
    sets one act against another: with no arrest told before, it tells one.)"""
    for token in [trigger, *governors(trigger)]:
        if any(c.dep_ == "mark" and c.lower_ in CIRCUMSTANCE_MARKS for c in token.children):
            return True
        if token.dep_ == "pcomp" and token.head.lower_ in CIRCUMSTANCE_MARKS:
            return True
    return trigger.dep_ == "pcomp" and trigger.head.lower_ in CIRCUMSTANCE_MARKS


# Verbs of dying: custody named as the circumstance of a death frames the death.
DYING_VERBS = frozenset({"die", "perish", "succumb"})


def _custody_of_one_who_died(trigger: Token) -> bool:
    """ "A trader died last week while being held by police": custody in a clause with no subject
    of its own, as the circumstance of a death, is where the death happened; the death in custody
    is the news, not an arrest. (A flight while detained still tells the custody it ended: "the
    son fled while detained in Hyesan".)"""
    clause = clause_head(trigger)
    return (
        clause.head.i != clause.i
        and clause.head.lemma_.lower() in DYING_VERBS
        and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
    )


def _custody_to_come(trigger: Token, found: list[Found]) -> bool:
    """ "Police arrested 12 migrants. They will be held at an immigration centre until they are
    deported": custody still to come for people whose arrest the report has told is how that
    arrest goes on, not a further arrest that looms ("they could be arrested" still looms)."""
    if trigger.lemma_.lower() not in HOLDING_VERBS or not refers_back(trigger):
        return False  # ("five women who hid him will be held": others, whose arrest looms)
    # ("Beijing handed 40 people back. They will be held at a quarantine centre": people handed
    # over are already in custody, and holding them is how that custody goes on)
    return any(f.event.type in CUSTODY_TOLD_BY and f.event.status == "occurred" for f in found)


# Events whose telling puts people in custody: holding them later goes on from it.
CUSTODY_TOLD_BY = frozenset({"arrest", "repatriation"})


def _custody_describing_people(trigger: Token) -> bool:
    """ "The detained officers could face the death penalty", "Beijing is expected to hand the
    two arrested men to Pyongyang", "twenty North Koreans in detention in Dalian are expected to
    be sent back": a participle or "in detention" that describes people names custody already
    done to them; the modal of the clause is said of another act, so no arrest looms there."""
    if trigger.tag_ == "VBN" and trigger.head.i != trigger.i and trigger.head.pos_ in {"NOUN", "PROPN"}:
        # ("the men detained in May could face prison": a reduced clause, with no helper of its own)
        return trigger.dep_ == "amod" or (
            trigger.dep_ == "acl" and not any(c.dep_ in {"aux", "auxpass"} for c in trigger.children)
        )
    preposition = trigger.head
    return (
        trigger.pos_ == "NOUN"
        and trigger.dep_ == "pobj"
        and preposition.lower_ == "in"
        and preposition.dep_ == "prep"
        and preposition.head.pos_ in {"NOUN", "PROPN"}
    )


def _aim_of_a_flight(trigger: Token, found: list[Found]) -> bool:
    """ "the pair fled in the hope of reaching a third country", "they crossed the river to reach
    Laos": a journey told as the aim of a flight already found in the sentence is that flight's
    goal, not another escape ("crossed into Laos and headed for Thailand", a conjunct, is a
    second leg)."""
    escapes = {f.trigger.i for f in found if f.event.type == "escape"}
    token = trigger
    while token.dep_ != "conj" and token.head.i != token.i:
        token = token.head
        if token.i in escapes:
            return True
    return False


def _air_goals(trigger: Token) -> list[Token]:
    """The objects of the verb's prepositions that name a journey by air ("onto a plane", "to a
    Beijing-bound flight", "to Sofia airport"): the air_travel_nouns of cues.json as the head
    of the object."""
    air = lexicon().cues["air_travel_nouns"]
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"prt", "advmod"})]
    return [
        obj
        for h in heads
        for prep in h.children
        if prep.dep_ in {"prep", "dative"}
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.lemma_.lower() in air
    ]


def _by_air(trigger: Token) -> bool:
    """ "Was flown home in early July", "were put on a flight to Beijing": people moved by air
    (a verb of flying, or a craft or an airport as the goal) cross a border."""
    return trigger.lemma_.lower() == "fly" or bool(_air_goals(trigger))


def _flight_to_safety(trigger: Token) -> bool:
    """ "The four were driven to the airport and put on a flight to Seoul", "escorted to the
    airport by UNHCR staff": a flight is the way out to safety as often as a return; with the
    South or the UN refugee agency (safe_receivers) in its sentence it is no forced return."""
    if not _by_air(trigger):
        return False
    # (where the journey goes and who takes them, in the act's words and those of a verb joined
    # to it, not a clause told beside it: "the driver, who had been seen chatting with South
    # Korean tourists, was hustled onto a plane", "… flown back, a Seoul-based group said")
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
    words = " ".join(t.lower_ for v in verbs for c in v.children if c.dep_ in JOURNEY_DEPS for t in c.subtree)
    return any(f" {r} " in f" {words} " for r in lexicon().cues["safe_receivers"])


# Dependencies of the words that say where a journey goes and who takes people on it.
JOURNEY_DEPS = frozenset({"prep", "agent", "dative"})


def _held_at_the_airport(trigger: Token) -> bool:
    """ "Police took all three to the airport police station": a goal that names the airport
    only as where a place of custody is (the air word modifies the goal's head) is custody, not a
    flight out of the country."""
    air = lexicon().cues["air_travel_nouns"]
    return any(
        obj.lemma_.lower() not in air
        and any(c.dep_ == "compound" and c.lemma_.lower() in air for c in obj.children)
        for prep in trigger.children
        if prep.dep_ == "prep" and prep.lower_ in {"to", "into"}
        for obj in prep.children
        if obj.dep_ == "pobj"
    ) and not _air_goals(trigger)


def _handed_to_safety(trigger: Token) -> bool:
    """ "The two women will be handed over to the South Korean embassy after a check": people
    handed to South Korea or to the UN refugee agency go on to safety; that is no forced return."""
    receivers = lexicon().cues["safe_receivers"]
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"prt", "advmod"})]
    preps = sorted(
        (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}),
        key=lambda t: t.i,
    )
    if not preps:
        # ("handed over to resettlement authorities": the parse may read "to" as an infinitive's)
        after = trigger.doc[max(h.i for h in heads) + 1 : max(h.i for h in heads) + 5]
        if not len(after) or after[0].lower_ != "to":
            return False
        words = " ".join(t.lower_ for t in after)
        return any(f" {r} " in f" {words} " for r in receivers)
    # the first place named ("sent back to North Korea, not to South Korea": the North)
    words = " ".join(t.lower_ for t in _place_phrase(preps[0]))
    return any(f" {r} " in f" {words} " for r in receivers)


def _place_phrase(preposition: Token) -> list[Token]:
    """The words of the place a preposition names, up to a comma or a clause that describes it:
    "sent back to North Korea, where those who try to reach South Korea are jailed" names the
    North, and "flown back to Pyongyang, a Seoul-based group said" names Pyongyang; what the
    clause or the words after the comma say of the South is no goal of the sending."""
    words: list[Token] = []
    for token in preposition.subtree:
        if token.i > preposition.i and (token.is_punct or token.dep_ in {"relcl", "acl", "appos"}):
            break
        words.append(token)
    return words


# Words that place people outside North Korea or name it as a whole, which a return from abroad has.
ABROAD_WORDS = frozenset({"abroad", "overseas", "korea", "dprk", "homeland", "motherland"})
# Verbs by which the North calls its own people home from a post abroad ("recalled to Pyongyang",
# "ordered home", "summoned home", "called back").
RECALL_VERBS = frozenset({"recall", "call", "summon", "order"})
# Types of what befalls a recalled official that the report tells in the verb joined to the recall.
PENALTY_TYPES = frozenset({"punishment", "interrogation", "execution", "arrest"})


def _recall_told_with_its_penalty(doc: Doc, trigger: Token) -> bool:
    """ "The manager is expected to be recalled to Pyongyang and punished", "was dismissed and
    recalled to Pyongyang", "has been recalled and is being interrogated": a recall joined to the
    penalty that follows it is how the report tells that penalty; the recall itself is no return
    of its own (a recall told alone, "the staff are expected to be recalled", is one)."""
    if trigger.lemma_.lower() not in RECALL_VERBS:
        return False
    # (the parser may hang the penalty on the verb the recall is the complement of: "is
    # expected to be recalled … and punished" joins "punished" to "expected")
    holders = [trigger, trigger.head] if trigger.dep_ == "xcomp" else [trigger]
    # (a verb joined with a subject of its own tells of other people: "the manager's relatives
    # were sent to a farm, and the remaining workers have been ordered home" is a return)
    joined = {
        c.i
        for h in holders
        for c in h.children
        if c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and not own_subject(c)
    }
    if trigger.dep_ == "conj" and not own_subject(trigger):
        joined.add(trigger.head.i)
    if not joined:
        return False
    sentence = sentence_of(trigger)
    return any(
        match.entry.type in PENALTY_TYPES and joined.intersection(range(match.start, match.end))
        for match in sentence_triggers(doc, sentence.start, sentence.end)
    )


# Those in charge of a group abroad, whom the North recalls to answer for it ("the manager").
IN_CHARGE_NOUNS = frozenset(
    {"manager", "minder", "supervisor", "leader", "head", "chief", "director", "boss", "foreman", "overseer"}
)


def _looming_recall_of_one_in_charge(trigger: Token, people: Token | None) -> bool:
    """ "The manager responsible for the men is expected to be recalled to Pyongyang": a recall
    still to come of the one in charge of those who fled is the penalty he faces for it, not a
    return of people held abroad ("the staff are expected to be recalled" is one)."""
    return (
        trigger.lemma_.lower() in RECALL_VERBS
        and people is not None
        and people.lemma_.lower() in IN_CHARGE_NOUNS
    )


# Words for the home a person is sent back to inside a country ("their home county", "hometowns").
HOMETOWN_WORDS = frozenset({"home", "hometown", "hometowns"})


def _sent_home_within_the_north(trigger: Token) -> bool:
    """ "Traders stopped at a checkpoint in Sunchon were sent home", "people without travel
    permits have been sent back to their home provinces": people turned back from a North Korean
    town to their own county are sent away inside the country; a forced repatriation brings
    people back from another country. Told so when the act sends people "home" and the sentence
    names a home county, province or village as where they go, or a town or county of North
    Korea as where they were in the act's own clause ("in Sunchon", "at the market in Hyesan"),
    and names no other country, no place abroad and not North Korea as a whole ("sent back to
    the North", "returned to their homeland"). ("Sent back over the bridge at Namyang" and
    "handed back across the Tumen" say no "home": a return across the border.)"""
    goals = _goal_phrases(trigger)
    home_unit = any(
        t.lower_ in HOMETOWN_WORDS and (t.head.lemma_.lower() in UNIT_NOUNS or t.lemma_.lower() == "hometown")
        for p in goals
        for t in p.subtree
    )
    sent_home = any(
        c.lower_ == "home" and c.dep_ in {"advmod", "prt", "npadvmod", "dobj"} for c in trigger.children
    )
    if not (home_unit or sent_home) or _by_air(trigger):
        return False  # ("flown home": a journey by air crosses a border)
    sentence = sentence_of(trigger)
    foreign = actor_words().foreign_authority_words
    if any(t.lower_ in ABROAD_WORDS or t.lower_ in foreign for t in sentence):
        return False
    if any(t.lower_ == "north" and t.i + 1 < sentence.end and t.nbor().pos_ != "PROPN" for t in sentence):
        return False  # "the North" as a whole ("North Hamgyong" is a province of it)
    places = [t for t in sentence if t.pos_ == "PROPN" or t.ent_type_ in PLACE_ENTITY_LABELS]
    # (a country the regional gazetteer does not hold is abroad too: "the workers in Oman")
    countries = {country_of_place(t) or next(iter(country_named(t)), None) for t in places} - {None}
    if countries - {"KP"}:
        return False
    # the town must be the act's own ("stopped at a checkpoint in Sunchon and sent home"), not that
    # of another clause ("after being returned home, he was questioned in Chongjin")
    clause = trigger
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head
    own = {t.i for t in clause.subtree}
    where_they_were = any(
        t.i in own
        and country_of_place(t) == "KP"
        and _placing_word(t).lower_ in {"in", "at", "near", "outside"}
        for t in places
    )
    return home_unit or where_they_were


def _placing_word(name: Token) -> Token:
    """The word a place name hangs on, through the words of its phrase: "in" for "in Pochon and
    Unhung counties"."""
    current = name
    while current.dep_ in {"compound", "conj", "appos", "nmod", "amod"} and current.head.i != current.i:
        current = current.head
    return current.head


def _goal_phrases(trigger: Token) -> list[Token]:
    """The phrases that say where people were sent ("to their home county", "back to Hyesan")."""
    heads = [trigger, *(c for c in trigger.children if c.dep_ in {"prt", "advmod"})]
    return [
        c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"to", "into", "towards"}
    ]


# Words that stand for a part of a group named after "of" ("some of the detainees").
PART_WORDS = frozenset(
    {"some", "many", "most", "several", "few", "half", "one", "two", "three", "all", "both"}
    | {"members", "member", "rest", "remainder", "each"}  # "the members of the group were seized"
)


def _part_of_people(head: Token | None) -> bool:
    """ "Some of the detainees had arrived in China in recent weeks": a part of people is
    people (what the part is counted as is left to the reading of victims)."""
    if head is None or head.lower_ not in PART_WORDS:
        return False
    return of_people(head)


def _acts_on_things(trigger: Token) -> bool:
    """Whether the verb's own object (or a passive's subject) is only things: "a pupil who picked
    up a leaflet on her way to school", "radios and Chinese yuan were seized". The people of a
    verb that needs them may be read from words around it (the one the clause describes, an
    earlier verb's people), but a verb that names what it took names whom it took: nobody here.
    (A pronoun, a name or a craft, whose crew is taken with it, may stand for people and is left
    alone: "fishermen whose boats were seized".)"""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    return bool(objects) and all(
        _craft_taken_as_property(trigger, thing)
        or (
            thing.pos_ == "NOUN"
            and read_victims(thing) is None
            and not people_word(thing)  # ("repeat offenders were caught": a kind, still people)
            and not _part_of_people(thing)
            and thing.lemma_.lower() not in background_words()["vessel_nouns"]  # (a boat held: its crew)
        )
        for thing in objects
    )


# Verbs that take goods as readily as people: a craft they take is property taken unless its crew
# or its owners are named with it ("seized dozens of small vessels" takes boats, no one).
PROPERTY_TAKING_VERBS = frozenset({"seize", "confiscate", "impound"})
# Nouns that count what their "of" phrase names ("dozens of boats", "a number of boats").
QUANTITY_NOUNS = ROUGH_QUANTITY_WORDS | frozenset({"number", "handful"})


# Verbs by which someone expects a flight of particular people ("the two soldiers are expected to
# try to cross into China"), as fear does.
EXPECTING_VERBS = frozenset({"expect"})


def _flight_feared(trigger: Token) -> bool:
    """A flight that has not happened is an event only as what someone fears of particular
    people ("commanders fear he may try to cross the line", "officials fear he will try to cross
    into China"), or as what people are held to be ("investigated as possible defectors"); one
    that may come ("some people will try to cross it", "if she crosses the river herself", "my
    brother might try to cross", "before they can reach an embassy") is a prospect, no event.
    (Expected is as feared: "officials say the two soldiers are expected to try to cross".)"""
    if trigger.pos_ == "NOUN" and people_word(trigger):
        return True
    return any(t.lemma_.lower() in FEAR_VERBS | EXPECTING_VERBS for t in trigger.ancestors)


def _craft_taken_as_property(trigger: Token, craft: Token) -> bool:
    """ "Seizing dozens of small vessels registered to state enterprises": boats taken as property,
    no one held. A craft held is its crew held ("the boat was detained off Sakhalin"), and a craft
    seized is too when its people are named with it: "seized a trawler and its eight crew", "a
    boat with six men aboard", "fishermen whose boats were seized", "seized his boat"."""
    if trigger.lemma_.lower() not in PROPERTY_TAKING_VERBS:
        return False
    joined = list(craft.conjuncts)
    if craft.like_num or craft.lower_ in QUANTITY_NOUNS:
        # "dozens of small vessels", "three of the boats": the craft counted
        craft = next(
            (o for p in craft.children if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"), craft
        )
    if craft.lemma_.lower() not in background_words()["vessel_nouns"]:
        return False
    return not (
        any(c.dep_ == "poss" for c in craft.children)
        or any(read_victims(c) is not None or people_word(c) for c in [*joined, *craft.conjuncts])
        or _craft_carrying_people(craft)
    )


# Nouns of a band sent out to look for someone ("a search party", "search teams").
SEARCH_BANDS = frozenset({"party", "parties", "team", "teams"})


def _looking_for_someone(trigger: Token, told_actor: bool) -> bool:
    """Whether "search" tells a hunt for a missing person rather than a search of people's homes
    or things: a band out looking ("search parties were sent along the coast"), or a search for
    people with no authority named to do it ("her neighbours were mobilised to search for her",
    "an aunt who had been searching for him"). Agents hunting fugitives ("state security agents
    are searching for the pair", or "they" after them) stay a search, as a search for things
    ("searched for phones")."""
    if trigger.lemma_.lower() != "search":
        return False
    if trigger.dep_ == "compound" and trigger.head.lower_ in SEARCH_BANDS:
        return True
    sought = prep_objects(trigger, frozenset({"for"}))
    return not told_actor and bool(sought) and all(read_victims(p) is not None for p in sought)


def _craft_carrying_people(head: Token | None) -> bool:
    """ "A fishing boat with seven men aboard has been missing", "a boat carrying eleven crew
    went missing": a craft whose own phrase names the people it carries stands for them; a
    boat alone ("a boat was found missing from its mooring") is a thing gone, no one's fate."""
    if head is None or head.lemma_.lower() not in background_words()["vessel_nouns"]:
        return False
    carried = [carried_by(head), *prep_objects(head, frozenset({"with"}))]
    return any(phrase is not None and read_victims(phrase) is not None for phrase in carried)


def _people_at_risk(trigger: Token) -> Token | None:
    """ "The women face a grave risk of being handed to China", "the family is in danger of being
    sent back": the people of an act named as a risk are the subject of the clause that names
    the risk."""
    if trigger.dep_ != "pcomp" or trigger.head.lower_ != "of" or trigger.head.head.i == trigger.head.i:
        return None
    noun = trigger.head.head
    if noun.lemma_.lower() not in lexicon().cues["at_risk_nouns"]:
        return None
    people = subject_of(clause_head(noun))
    return people if people is not None and read_victims(people) is not None else None


def _going_back(trigger: Token) -> bool:
    """ "as he waded back across the river from China": crossing back from abroad is going home,
    not leaving the country."""
    back = any(c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in trigger.children)
    if not back:
        return False
    for prep in (c for c in trigger.subtree if c.dep_ == "prep" and c.lower_ == "from"):
        words = " ".join(t.lower_ for t in prep.subtree)
        if "north" not in words and any(t.ent_type_ in {"GPE", "NORP", "LOC"} for t in prep.subtree):
            return True
    return False


# Prepositions that name where a going ends ("back to the Chinese bank", "back into China").
DESTINATION_PREPOSITIONS = frozenset({"to", "into", "toward", "towards", "for"})


def _back_to_no_named_place(trigger: Token) -> bool:
    """ "police believe the two soldiers went back across the frozen Tumen", "the soldiers fled
    back to their base": a going back that names only the river crossed, or a place with no name,
    is a return home; a flight back abroad names where it ends ("slipped back across the border
    into China", "ran back to the Chinese bank"). "turned back" is an attempt given up, told as
    the escape it was."""
    if trigger.lemma_.lower() == "turn":
        return False
    # "back" after the verb; "Back in 2011, two soldiers fled" dates the flight instead
    if not any(
        c.lower_ == "back" and c.dep_ in {"advmod", "prt"} and c.i > trigger.i for c in trigger.children
    ):
        return False
    ends = [t for t in trigger.subtree if t.dep_ == "prep" and t.lower_ in DESTINATION_PREPOSITIONS]
    return not any(
        t.ent_type_ in PLACE_ENTITY_LABELS or t.ent_type_ == "NORP" or t.pos_ == "PROPN"
        for prep in ends
        for t in prep.subtree
    )


def _flees_a_condition(trigger: Token) -> bool:
    """ "North Koreans trying to escape hunger and repression": what is fled is a condition, not
    a place; the words say why people flee, they tell no one escape. So is an act of the
    authorities escaped: "she escaped arrest by climbing out of a window" got away from the
    police, not out of the country."""
    hardships = lexicon().cues["hardship_nouns"]
    if trigger.lemma_.lower() in EVADING_VERBS:
        # "escaped arrest", "escaped trial": the authorities evaded (cues.json's evaded_acts)
        hardships = [*hardships, *lexicon().cues["evaded_acts"]]
    objects = [c for c in trigger.children if c.dep_ == "dobj"]
    return bool(objects) and all(o.lemma_.lower() in hardships or o.lower_ in hardships for o in objects)


# Verbs whose object may be what was evaded ("escaped arrest"); not verbs of going, whose object a
# parser may mistake ("headed for the border rather than risk arrest").
EVADING_VERBS = frozenset({"escape", "evade", "flee", "dodge", "avoid"})


# Places whose naming in "who fled ..." says only where the people come from.
HOME_WORDS = frozenset({"country", "homeland", "home", "north", "dprk", "korea"})


def _describes_people(doc: Doc, trigger: Token) -> bool:
    """ "seven traders who fled their country were arrested": an escape in a relative clause with
    no day and no place it led to describes who the people are (background), while "two men who
    crossed into Jilin on 3 May" tells an escape of its own."""
    if trigger.dep_ != "relcl":
        return False
    if is_time(trigger.head):
        return False  # "he remembers the night he swam across": the clause dates the act, told
    words = list(trigger.subtree)
    if any(t.ent_type_ in {"DATE", "TIME"} for t in words) or date_after_clause(trigger):
        return False
    for token in words:
        if token.ent_type_ in PLACE_ENTITY_LABELS and token.lower_ not in HOME_WORDS:
            return False
        if _named_unit(token):
            return False
        if token.dep_ == "advmod" and token.lower_ in {"recently", "earlier", "later", "then"}:
            return False
    return True


# Nouns of a unit of land that make the proper noun before them a place: "the Amur region", "Lao
# Cai province", "Primorsky Krai", whatever entity the tagger takes the name for.
PLACE_UNIT_NOUNS = frozenset(
    {"region", "province", "county", "city", "district", "prefecture", "krai", "kray", "oblast", "state"}
)


def _named_unit(token: Token) -> bool:
    """A proper noun naming a unit of land ("fled a sawmill in the Amur region"): a place, though
    the tagger may read the name as a person's."""
    return (
        token.pos_ == "PROPN"
        and token.head.lower_ in PLACE_UNIT_NOUNS
        and token.dep_ in {"compound", "amod", "nmod"}
        and token.i < token.head.i
    )


def _retyped(trigger: Token, event_type: str) -> str:
    """The type the words around a punishment trigger give it: "punished them with beatings and
    starvation" names the violence done, not a sentence; "Laos will expel the nine North Koreans"
    (a state expelling people from its land) sends them back, unlike a party expelling a member."""
    if event_type != "punishment":
        return event_type
    lemma = trigger.lemma_.lower()
    if _taken_back(trigger):
        return "arrest"
    methods = lexicon().cues["violence_methods"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"with", "by", "through"}):
        if any(t.lower_ in methods or t.lemma_.lower() in methods for t in prep.subtree):
            return "violence"
    if lemma == "expel":
        subject = next((c for c in trigger.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.ent_type_ == "GPE":
            return "repatriation"
    return event_type


# Verbs by which people are taken somewhere by force: taken "back" to a camp they had left, they
# are caught again (an arrest), not sentenced anew.
TAKING_BACK_VERBS = frozenset({"take", "bring", "drag", "haul", "march", "escort", "drive"})


# The acts whose fate a later "the same fate" shares: penalties done to people by the state.
FATE_TYPES = frozenset({"execution", "punishment"})
# Words of a killing named in "the same fate as the executed men".
EXECUTION_WORDS = frozenset({"execute", "executed", "execution", "shoot", "shot", "hang", "hanged"})


def fate_told_before(trigger: Token, found: list[Found]) -> str | None:
    """The type of the penalty a "the same fate" shares, or None when there is none to share.
    Named by its "as" phrase ("the same fate as the executed men": an execution); else a penalty
    told in its own sentence ("relatives were sent to a camp, and other families may face the
    same fate"); else an execution the report told before (the story's gravest act: "two men
    were shot in public … a librarian detained with them could face the same fate"); else the
    last penalty told. None for whoever ("anyone found doing so would face the same fate": a
    warning to all)."""
    subject = subject_of(clause_head(trigger))
    if subject is None:
        # (the parse may hang the subject on a verb of its own: "anyone found using it would face")
        before = [t for t in sentence_of(trigger) if t.i < trigger.i and t.dep_ in {"nsubj", "nsubjpass"}]
        subject = before[-1] if before else None
    if subject is not None and any(
        t.lower_ in WHOEVER_WORDS
        for t in subject.subtree
        if t.i == subject.i or t.dep_ in {"nsubj", "nsubjpass"}
    ):
        return None  # (also "anyone found using it", parsed as a clause whose subject is "anyone")
    for prep in (c for t in trigger.subtree for c in t.children if c.dep_ == "prep" and c.lower_ == "as"):
        if any(t.lemma_.lower() in EXECUTION_WORDS or t.lower_ in EXECUTION_WORDS for t in prep.subtree):
            return "execution"
    told = [f for f in found if f.event.type in FATE_TYPES]
    sentence = sentence_of(trigger)
    here = [f for f in told if f.trigger.i >= sentence.start]
    if here:
        return here[-1].event.type
    if any(f.event.type == "execution" for f in told):
        return "execution"
    return told[-1].event.type if told else None


def _taken_back(trigger: Token) -> bool:
    """ "The two runaways were taken back to the camp on the 15th", "guards brought them back
    into the prison": people brought back to the place that held them are caught again; "she was
    sent back to the camp to finish her term" (a verb of sending) stays the penalty."""
    return trigger.lemma_.lower() in TAKING_BACK_VERBS and any(
        c.lower_ == "back" and c.dep_ in {"advmod", "prt"} for c in trigger.children
    )


def _yield(chosen: list[tuple[Match, Token]]) -> list[tuple[Match, Token]]:
    """Drop a trigger inside a longer phrase of another type, one whose clause also names a more
    specific type ("shot by firing squad"), and one whose head word a longer phrase of another
    type already reads ("tightened inspections" is a movement restriction, not also a search)."""
    yields: dict[str, list[str]] = lexicon().cues["yields"]
    # A single word ending a longer phrase of another type is read by the longer one ("launched
    # inspections" is a crackdown; "inspections" alone would be a search; "house inspections"
    # stays a search).
    chosen = [
        (match, head)
        for match, head in chosen
        if match.end - match.start > 1
        or not any(
            other.entry.type != match.entry.type
            and other.start <= match.start
            and match.end == other.end
            and other.end - other.start > match.end - match.start
            for other, _ in chosen
        )
    ]
    # "summoned relatives of the family for questioning": the act's purpose, named by a noun of
    # the same kind, is the act itself, told once.
    heads_by_type = {(head.i, match.entry.type) for match, head in chosen}
    chosen = [
        (match, head)
        for match, head in chosen
        if not (
            head.dep_ in {"pobj", "pcomp"}  # (a noun or a gerund: "for questioning")
            and head.head.lower_ == "for"
            and (head.head.head.i, match.entry.type) in heads_by_type
            and head.head.head.i != head.i
        )
    ]
    # "The Chinese police handed her to North Korean guards at the bridge": one verb read both
    # as an arrest and as a return is the return (cues.json's head_yields).
    head_yields: dict[str, list[str]] = lexicon().cues["head_yields"]
    heads_by_type = {(head.i, match.entry.type) for match, head in chosen}
    chosen = [
        (match, head)
        for match, head in chosen
        if not any((head.i, other) in heads_by_type for other in head_yields.get(match.entry.type, ()))
    ]
    framed = _framed_outcomes(chosen)
    chosen = [
        (match, head)
        for match, head in chosen
        if _campaign_named_by_target(head, match)
        or not set(yields.get(match.entry.type, ())) & framed.get(head.i, set())
    ]
    clause_types: dict[int, set[str]] = {}
    longest: dict[int, int] = {}
    for match, head in chosen:
        if not dates_another_act(head) and not names_people_by_an_act(head):
            clause_types.setdefault(clause_head(head).i, set()).add(match.entry.type)
        longest[head.i] = max(longest.get(head.i, 0), match.end - match.start)
    return [
        (match, head)
        for match, head in chosen
        if (
            _campaign_named_by_target(head, match)
            or not set(yields.get(match.entry.type, ())) & clause_types.get(clause_head(head).i, set())
        )
        and match.end - match.start == longest[head.i]
    ]


# Prepositions that give a campaign noun its target: "a crackdown on foreign media", "a campaign
# against private brewing".
TARGET_PREPOSITIONS = frozenset({"on", "against"})


def _campaign_named_by_target(head: Token, match: Match) -> bool:
    """ "A crackdown on foreign media has brought night-time house searches to the district",
    "agents are checking phones, part of a campaign against illegal calls": a campaign noun with
    its own target names the campaign as a whole, beside the act of it the clause tells; it
    does not yield to that act the way "tightened inspections" or "launched checks" do, nor to
    the acts said to follow it ("the raids follow a campaign against illegal residents"). The
    noun may stand inside a phrase headed by its verb ("has intensified a crackdown on
    smuggling, with patrols checking phones")."""
    if match.entry is TEAM_AT_WORK:
        # ("inspection squads have been riding the line, checking luggage carriage by carriage":
        # the team at work is the campaign, the checks it makes are its searches)
        return True
    if any(_campaign_an_act_is_part_of(t) for t in head.doc[match.start : match.end]):
        return True
    if head.pos_ == "NOUN":
        return bool(prep_objects(head, TARGET_PREPOSITIONS)) or _campaign_with_aim(head)
    # (inside a verb's phrase only a noun of a campaign: "tightened controls on travel" is the
    # restriction the clause tells, and yields to it)
    return any(
        t.pos_ == "NOUN" and t.lemma_.lower() in CAMPAIGN_NOUNS and bool(prep_objects(t, TARGET_PREPOSITIONS))
        for t in head.doc[match.start : match.end]
    )


# Nouns of a campaign an act is said to be part of ("a sweep" too: "the raid was part of a sweep
# of the border villages").
PART_OF_CAMPAIGN_NOUNS = CAMPAIGN_NOUNS | {"sweep", "clampdown"}


def _campaign_an_act_is_part_of(noun: Token) -> bool:
    """ "The searches are part of a campaign against what officials call 'returners'", "the raids
    were part of a phone crackdown that the city has waged since autumn", "held as part of a drive
    launched in May": a campaign named as what an act belongs to is the campaign as a whole, an
    event of its own beside the act (the act itself, told before, is only placed in it), whether
    or not its target reads as the object of "against" and whether or not a crackdown was told
    before it."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PART_OF_CAMPAIGN_NOUNS:
        return False
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of":
        return False
    return of.head.lemma_.lower() == "part" and of.head.dep_ in {"attr", "pobj", "npadvmod", "dobj"}


def _campaign_with_aim(noun: Token) -> bool:
    """ "Inspectors have been going door to door in a campaign to root out Chinese phones": a
    campaign noun with the infinitive of its aim names the campaign as a whole, as its target
    does ("a campaign against Chinese phones"), beside the search the clause tells."""
    return noun.lemma_.lower() in CAMPAIGN_NOUNS and any(
        c.dep_ in {"acl", "relcl"}
        and c.pos_ == "VERB"
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


def _framed_outcomes(chosen: list[tuple[Match, Token]]) -> dict[int, set[str]]:
    """The types of the events each trigger word is said to have ended in or led to, by the
    word's index: "a mass trial was staged that ended in the shooting of two smugglers", "the
    sentencing of the pair led to their execution", "the hanging, which followed a short
    trial". The trial is the frame of what it ended in;
    where the frame's type yields to the outcome's (see 'yields'), the outcome is the event."""
    outcome_verbs = lexicon().cues["outcome_verbs"]
    framed: dict[int, set[str]] = {}
    # "the shooting, which followed a brief trial", the shooting told in an earlier sentence
    if chosen:
        doc = chosen[0][1].doc
        sentence = sentence_of(chosen[0][1])
        table = token_table(doc)
        killing_nouns = lexicon().cues["killing_nouns"]
        # (the words sifted in the Doc's table: a Token is built only for a killing noun)
        for i in range(sentence.start, sentence.end):
            if table.lemma[i] in killing_nouns and table.pos[i] == "NOUN":
                for frame in _followed(doc[i]):
                    framed.setdefault(frame.i, set()).add("execution")
    for match, head in chosen:
        # "the hanging, which followed a short trial": the object of the following is the frame
        for frame in _followed(head):
            framed.setdefault(frame.i, set()).add(match.entry.type)
        prep = head.head
        if head.dep_ == "dobj" and prep.lemma_.lower() in outcome_verbs:
            verb = prep  # "the trial that preceded the hangings"
        elif head.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in {"in", "with", "to"}:
            verb = prep.head
        else:
            continue
        if verb.lemma_.lower() not in outcome_verbs:
            continue
        frames = [
            c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in {"that", "which"}
        ]
        if verb.dep_ in {"relcl", "acl"}:
            # "a trial … that ended in …", also when the parser hangs the clause on the nearest
            # noun ("a trial was staged in the stadium that ended in …"): the nouns up to the
            # clause's verb and that verb's subject
            noun = verb.head
            top = clause_head(noun)
            frames.extend([noun, *(a for a in noun.ancestors if a.i != top.i and top in a.ancestors)])
            frames.extend(c for c in top.children if c.dep_ in {"nsubj", "nsubjpass"})
        for frame in frames:
            framed.setdefault(frame.i, set()).add(match.entry.type)
    return framed


def _followed(act: Token) -> list[Token]:
    """What an act is said to have followed: the object of "followed" told of it ("the hanging,
    which followed a short trial"; "the executions followed a one-day trial")."""
    verbs = [c for c in act.children if c.dep_ == "relcl"]
    if act.dep_ in {"nsubj", "nsubjpass"}:
        verbs.append(act.head)
    following_verbs = lexicon().cues["following_verbs"]
    return [
        c
        for verb in verbs
        if verb.lemma_.lower() in following_verbs
        for c in verb.children
        if c.dep_ == "dobj"
    ]


# Nouns for what an inquiry asks about a flight: "the exact route and motive of the defection".
ASPECT_NOUNS = frozenset(
    {"motive", "route", "circumstance", "reason", "detail", "cause", "method", "path", "background"}
)


def _aspect_of_the_flight(trigger: Token) -> bool:
    """ "Relevant authorities will investigate the exact route and motive of the defection", "the
    circumstances of his crossing": a flight named as what an inquiry asks about is the flight the
    report has told (or takes as known), not another one still to come."""
    if _how_asked(trigger):
        return True
    if trigger.pos_ != "NOUN" or trigger.dep_ != "pobj" or trigger.head.lower_ not in {"of", "behind", "for"}:
        return False
    holder = trigger.head.head
    heads = {holder, *(c for c in holder.children if c.dep_ == "conj")}
    if holder.dep_ == "conj":
        heads.add(holder.head)  # "the route and motive of": "of" may hang on the last
    return any(h.lemma_.lower() in ASPECT_NOUNS for h in heads)


# Verbs of asking and looking into, whose "how" clause is the matter asked about.
INQUIRY_VERBS = frozenset({"ask", "question", "investigate", "probe", "examine", "determine", "check"})


def _how_asked(trigger: Token) -> bool:
    """ "The four are being questioned about how they came south", "officials are investigating
    how the soldier crossed": a flight told by a "how" clause that is what an inquiry asks about
    is the flight itself, known or told, not one more."""
    if trigger.pos_ not in {"VERB", "AUX"} or not any(
        c.dep_ == "advmod" and c.lower_ == "how" for c in trigger.children
    ):
        return False
    if trigger.dep_ == "pcomp" and trigger.head.lower_ in {"about", "into", "over"}:
        return True
    return trigger.dep_ == "ccomp" and trigger.head.lemma_.lower() in INQUIRY_VERBS


# Verbs that say an act comes to its end ("once the questioning is over" reads "over" as the verb).
END_VERBS = frozenset({"end", "finish", "complete", "conclude", "over", "wrap"})
# Subordinators of a clause that waits for, or follows, an act's end.
END_MARKS = frozenset({"once", "until", "till", "after", "when", "before"})


def _end_awaited(trigger: Token) -> bool:
    """ "They are being held at the county jail and will be freed once the interrogation ends",
    "to be sent on after the questioning is completed": an act named by a noun whose end a
    clause waits for is an act already under way, which the report has told before (the
    caller checks that it has); the clause adds no event of its own."""
    if _end_awaited_by_words(trigger):
        return True
    if trigger.pos_ != "NOUN" or trigger.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    verb = trigger.head
    if verb.lemma_.lower() not in END_VERBS and not any(
        c.dep_ in {"acomp", "advmod", "prt"} and c.lower_ in END_VERBS for c in verb.children
    ):
        return False
    return any(c.dep_ == "mark" and c.lower_ in END_MARKS for c in verb.children)


# Forms of the end verbs right after the act's noun ("once questioning ends").
END_FORMS = frozenset(
    {"ends", "ended", "finishes", "finished", "concludes", "concluded", "completed", "over"}
)


def _end_awaited_by_words(trigger: Token) -> bool:
    """The words of `_end_awaited` read in order, for a parse that takes "once questioning ends"
    for a gerund with "ends" as its object: a subordinator, the act's word (with "the" or "their"
    before it), then its end ("ends", "is over", "was finished")."""
    doc = trigger.doc
    lower = token_table(doc).lower
    before = lower[max(trigger.i - 2, 0) : trigger.i]
    if not before or not (
        before[-1] in END_MARKS
        or (len(before) == 2 and before[0] in END_MARKS and before[1] in {"the", "their", "his", "her"})
    ):
        return False
    after = lower[trigger.i + 1 : trigger.i + 4]
    while after and after[0] in END_AUXILIARIES:
        after = after[1:]  # "is over", "has been completed"
    return bool(after) and after[0] in END_FORMS


# Auxiliaries that may stand between the act's word and its end ("has been completed").
END_AUXILIARIES = frozenset({"is", "was", "are", "were", "has", "have", "had", "been", "be"})


# Verbs that put a checkpoint in place or make it stricter: "troops were posted at the
# checkpoint", "security has been tightened at checkpoints" is the measure.
CHECKPOINT_MEASURE_VERBS = frozenset(
    {
        "set",
        "post",
        "establish",
        "install",
        "erect",
        "build",
        "add",
        "deploy",
        "station",
        "place",
        "man",
        "tighten",
        "strengthen",
        "reinforce",
        "intensify",
        "heighten",
    }
)
# Verbs of a checkpoint at work on whoever passes ("papers are checked of every passenger").
CHECKPOINT_CONTROL_VERBS = frozenset({"check", "inspect", "examine", "show", "present"})
# Words that make the people checked everyone who passes, not one person stopped.
EVERYONE_WORDS = frozenset({"every", "all", "each", "anyone", "anybody", "everyone", "everybody"})


def _place_of_a_stop(trigger: Token) -> bool:
    """ "The five were arrested at a checkpoint in Luang Namtha", "was stopped at a police
    checkpoint outside Mengla": a checkpoint named as where people were stopped or caught is the
    place of that act, not a restriction the report tells (which "set up checkpoints" or
    "soldiers were posted at the checkpoint" are)."""
    if not _checkpoint_noun(trigger):
        return False
    if trigger.dep_ == "compound" or (trigger.dep_ == "pobj" and trigger.head.head.pos_ in {"NOUN", "PROPN"}):
        return _post_of_the_actors(trigger)
    if trigger.dep_ != "pobj":
        return False
    preposition = trigger.head
    verb = preposition.head
    return (
        preposition.lower_ == "at"
        and verb.pos_ in {"VERB", "AUX"}
        and verb.lemma_.lower() not in CHECKPOINT_MEASURE_VERBS
        and not _control_of_everyone(verb)
    )


# Words that make a post one where people are checked ("an inspection post", "control posts").
CHECKING_POST_WORDS = frozenset({"inspection", "control"})


def _checkpoint_noun(noun: Token) -> bool:
    """A checkpoint by any of its names: "checkpoint", "roadblock", or a post named by the
    checking done there ("inspection posts at the entrances to the city")."""
    lemma = noun.lemma_.lower()
    if lemma in {"checkpoint", "roadblock"}:
        return True
    return lemma == "post" and any(
        c.dep_ == "compound" and c.lower_ in CHECKING_POST_WORDS for c in noun.children
    )


def _control_of_everyone(verb: Token) -> bool:
    """ "police are checking the papers of every soldier at checkpoints on the roads", "anyone
    entering the city must show a permit at the road checkpoint": a check at a checkpoint on
    everyone who passes is the checkpoint at work, a restriction the report tells, where "her
    bag was checked at a checkpoint" is the place of one person's stop."""
    # "must show a permit stamped for the city at the checkpoint": the stamp's place is the check's
    if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
        verb = verb.head.head
    elif verb.dep_ == "ccomp":
        verb = verb.head
    if verb.lemma_.lower() not in CHECKPOINT_CONTROL_VERBS:
        return False
    checked = [c for c in verb.children if c.dep_ in {"dobj", "nsubj", "nsubjpass"}]
    return any(t.lower_ in EVERYONE_WORDS for c in checked for t in c.subtree)


# Acts whose doers a checkpoint may only place: "guards at the checkpoint beat her".
HARM_OR_CUSTODY_TYPES = frozenset({"violence", "arrest"})


def _post_of_the_actors(trigger: Token) -> bool:
    """ "a trader was beaten by guards at the checkpoint on the edge of town", "she was kicked by
    checkpoint soldiers", "officers at a checkpoint near the bridge held him for two hours": a
    checkpoint naming the post of those who beat or held someone places that act's doers; the
    report tells the beating or the holding, not a restriction ("officers at the checkpoints
    now check every bus" is the checkpoint at work, and stays one)."""
    noun = trigger.head if trigger.dep_ == "compound" else trigger.head.head
    if trigger.dep_ == "pobj" and trigger.head.lower_ not in {"at", "near"}:
        return False
    verb = verb_above(noun)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    found = lexicon().triggers.find(trigger.doc, verb.i, verb.i + 1)
    return any(m.entry.type in HARM_OR_CUSTODY_TYPES for m in found)


def _visit_told_by_another_act(doc: Doc, trigger: Token, found: list[Found]) -> bool:
    """A visit by the authorities is the arrest only when nothing else tells what the visit did:
    "I was caught in May. Police came to the house at dawn." retells the arrest already found, and
    "Agents came to our flat. They ripped open the mattresses." is the setting of the search told
    next."""
    if any(f.event.type == "arrest" for f in found):
        return True
    sentence = sentence_of(trigger)
    if sentence.end >= len(doc):
        return False
    following = sentence_of(doc[sentence.end])
    return any(m.entry.type == "search" for m in lexicon().triggers.find(doc, following.start, following.end))


# Acts that show an earlier act of a type was done: being sent back shows a first flight.
FIRST_ACT_SHOWN_BY = {"escape": frozenset({"escape", "repatriation"})}


def _type_shown_inside(doc: Doc, match: Match) -> bool:
    """ "A campaign against human trafficking launched in August": a phrase that counts only once
    its type was told before ("the campaign launched in May" after a crackdown is told) needs no
    earlier telling when words inside it are a trigger of its type on their own ("campaign
    against"). ("A campaign launched in May" with nothing before it may be any campaign.)"""
    return any(
        other.entry.type == match.entry.type
        and not other.entry.repeats
        and (other.start, other.end) != (match.start, match.end)
        and _conditions_met(doc, other, _phrase_head(doc, other))
        for other in lexicon().triggers.find(doc, match.start, match.end)
        if other.end <= match.end
    )


def _first_act_shown_by(event_type: str) -> frozenset[str]:
    """The types of event whose telling shows that a first act of `event_type` was done: "I was
    sent back in 2019 … after my release I crossed again" (the return tells the first flight)."""
    return FIRST_ACT_SHOWN_BY.get(event_type, frozenset({event_type}))


# Verbs of sending people somewhere, which a purpose after the place makes a mobilisation.
SENDING_LEMMAS = frozenset({"send", "move", "relocate", "dispatch", "mobilise", "mobilize"})


def _sent_for_a_task(trigger: Token) -> bool:
    """ "Students were sent to rural farms in May to help with the harvest": people sent somewhere
    for a task named after the place are mobilised for work, not punished ("the families were sent
    to a farm", "were sent to work at a coal mine" name the penalty's place and its labour; "sent
    to a camp to do hard labour" is sent to prison). So are people sent for a season's farm work
    ("every household must send one adult to the farms for the spring planting") or in a
    mobilisation named as what the sentence tells ("farm mobilisation began, with students sent to
    the countryside for 40 days")."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in SENDING_LEMMAS:
        return False
    # (the parser may read the goal's "to" after a passive "sent" as a dative)
    places = [c for c in trigger.children if c.dep_ in {"prep", "dative"} and c.lower_ in {"to", "into"}]
    if not places:
        return False
    confinement = lexicon().cues["confinement_places"]
    if any(t.lemma_.lower() in confinement for t in places[0].subtree):
        return False  # "sent to a labour camp to do hard labour": a prison is the penalty
    if _farm_season_purpose(trigger) or _under_a_mobilisation(trigger):
        return True
    return any(
        c.dep_ in {"advcl", "xcomp"}
        and c.pos_ == "VERB"
        and c.i > places[0].right_edge.i
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in trigger.children
    )


def _farm_season_purpose(trigger: Token) -> bool:
    """ "sent to the farms for the spring planting", "for six weeks of rice transplanting": a "for"
    phrase of the sending (or of its goal) that names a season's farm work."""
    tasks = background_words()["mobilisation_words"]
    goals = [
        t for c in trigger.children if c.dep_ in {"prep", "dative"} and c.lower_ != "for" for t in c.subtree
    ]
    fors = [c for c in [*trigger.children, *goals] if c.dep_ == "prep" and c.lower_ == "for"]
    return any(
        (t.lemma_.lower() in tasks or t.lower_ in tasks) and _named_by_the_phrase(t, f)
        for f in fors
        for t in f.subtree
    )


def _named_by_the_phrase(word: Token, preposition: Token) -> bool:
    """Whether the phrase names `word` itself, with no verb between ("for the spring planting"),
    not as the object of an act it gives as a reason ("for failing the harvest quota")."""
    while word.i != preposition.i:
        if word.pos_ in {"VERB", "AUX"} or word.head.i == word.i:
            return False
        word = word.head
    return True


def _under_a_mobilisation(trigger: Token) -> bool:
    """ "Farm mobilisation began in May, with students sent to the countryside": the sending is
    told inside a clause whose subject is a mobilisation."""
    tasks = background_words()["mobilisation_words"]
    return any(
        c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in tasks or c.lower_ in tasks)
        for ancestor in trigger.ancestors
        for c in ancestor.children
    )


def _compared_penalty(trigger: Token) -> bool:
    """ "Women sent back this year received longer sentences than before", "heavier penalties
    now await returnees": a penalty noun under a comparative adjective compares what groups of
    people get, it tells no one's sentence ("a long prison term" is one)."""
    return trigger.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.tag_ in {"JJR", "RBR"} for c in trigger.children
    )


def _phrase_head(doc: Doc, match: Match) -> Token:
    """The word of a matched phrase that the others depend on."""
    # (read from the token table: a Token is built for the head alone)
    table = token_table(doc)
    head, pos = table.head, table.pos
    tokens = range(match.start, match.end)
    tops = [i for i in tokens if not match.start <= head[i] < match.end or head[i] == i]
    # ("fencing has gone up" names its act by the verb, which the entry asks for)
    wanted = match.entry.pos
    for i in tops:
        if wanted and pos[i] in wanted:
            return doc[i]
    for i in tops:
        if pos[i] in {"VERB", "NOUN", "AUX", "PROPN", "ADJ"} or len(tokens) == 1:
            return doc[i]
    return doc[tokens[0]]


# Links climbed from an act to the verb whose modal or "face" tells it may come.
MODAL_CLIMB_DEPS = frozenset({"conj", "dobj", "pobj", "prep", "xcomp", "ccomp", "oprd", "pcomp"})


def _under_a_modal(trigger: Token) -> bool:
    """ "traders may be fined", "workers who leave risk being sent home", "guards face prison": the
    act hangs on a modal ("may", "could", "will") or on "face" or "risk", a rule or a general risk.
    A forecast reported of the people of a story ("guards who cannot explain the loss are expected
    to be sent to a camp") is not one."""
    word = trigger
    for _ in range(5):
        if any(c.dep_ == "aux" and c.lower_ in MODALS_AT_RISK for c in word.children):
            return True
        if word.lemma_.lower() in {"face", "risk"}:
            return True
        if word.dep_ not in MODAL_CLIMB_DEPS or word.head.i == word.i:
            return False
        word = word.head
    return False


def _told_as_a_habit(trigger: Token) -> bool:
    """ "arrested traders are fined and sent home", "defectors who are caught are usually sent to
    a camp", "police send them back": the act's clause is in the simple present (active, or a
    passive whose "is"/"are" is the only helper), with no date in the sentence: what is done as a
    rule, not a particular act. A progressive or a perfect ("are being held", "have been sent"),
    a modal (left to `_under_a_modal`), a state ("remain in detention"), a past the tagger read as
    a present ("swam"), a new measure ("are now sent"), or a sentence with a date ("on Monday the
    five are handed over") is not."""
    head = clause_head(trigger)
    while (
        head.dep_ == "conj"
        and not own_subject(head)
        and head.head.i != head.i
        and head.head.pos_ in {"VERB", "AUX"}
    ):
        head = head.head  # "are fined and deported": the tense is told on the first verb
    if not simple_present(head) or past_read_as_present(head):
        return False
    if head.lemma_.lower() in STATE_LEMMAS | REPORTED_STATE_LEMMAS:
        return False  # "remain in detention", "are expected to be sent to a camp": a state, a forecast
    if any(c.lower_ in lexicon().cues["now_words"] for c in head.children):
        return False  # "smugglers are now sent to a camp": a new measure, told as news
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in sentence_of(trigger))


# Verbs by which a thing becomes someone's own ("a sack he bought", "the bag she had packed").
OWNING_VERBS = frozenset({"buy", "purchase", "own", "pack", "bring", "order", "grow", "make"})
# Personal pronouns that, as the subject of such a verb, make the thing the searcher's own.
OWNER_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you"})


def _searches_own_goods(trigger: Token) -> bool:
    """Whether an act of opening or going through is done to the doer's own goods, told by a
    clause of owning on what is opened ("a customs officer opened a sack of rice he bought at the
    market") or by "own" ("she emptied her own bag"): a search is done to someone else's things."""
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}]
    for thing in objects:
        for word in thing.subtree:
            if word.lower_ == "own" and word.head.i == thing.i:
                return True
            if (
                word.dep_ == "relcl"
                and word.lemma_.lower() in OWNING_VERBS
                and any(c.dep_ == "nsubj" and c.lower_ in OWNER_PRONOUNS for c in word.children)
            ):
                return True
    return False


def _placed_in_a_campaign(trigger: Token) -> bool:
    """Whether a search noun with a definite article is only placed in a larger effort: "the
    inspections are part of a winter campaign against foreign songs", "the raid was part of a
    drive against smuggling". Such a sentence says what a search the report has told belongs to
    (or explains searches in general); it tells no search of its own."""
    if trigger.pos_ != "NOUN" or trigger.dep_ != "nsubj" or trigger.head.lemma_.lower() != "be":
        return False
    if not any(
        c.dep_ == "det" and c.lower_ in {"the", "this", "these", "that", "those"} for c in trigger.children
    ):
        return False
    return any(c.dep_ == "attr" and c.lower_ == "part" for c in trigger.head.children)


def _raid_on_crops(trigger: Token) -> bool:
    """Whether a raid is on fields or crops ("soldiers raided a cooperative's maize fields",
    "raids by hungry soldiers on their fields"): the taking of food, not a search of people's
    homes or things. The lands are the crop_lands of cues.json."""
    if trigger.lemma_.lower() != "raid":
        return False
    lands = lexicon().cues["crop_lands"]
    targets = [c for c in trigger.children if c.dep_ == "dobj"] + prep_objects(trigger, frozenset({"on"}))
    return any(t.lemma_.lower() in lands or t.lower_ in lands for t in targets)


# Verbs of coming upon hidden things, and the marks of a clause that gives another act's cause.
FINDING_VERBS = frozenset({"find", "discover", "uncover"})
CAUSE_MARKS = frozenset({"after", "when", "because", "once"})


def _find_told_as_a_cause(trigger: Token) -> bool:
    """Whether a finding of hidden things is told only as what led to another act, in a clause
    of that act's cause: "the two were detained after guards found phones hidden in a shed" tells
    the arrest and why; "guards stopped the lorry and found phones hidden under the coal" tells
    the search."""
    if trigger.lemma_.lower() not in FINDING_VERBS or trigger.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in CAUSE_MARKS for c in trigger.children)


def _read_event(
    doc: Doc, match: Match, trigger: Token, discourse: Discourse, found: list[Found], source: Source
) -> list[Found]:
    entry: TriggerEntry = match.entry
    measure = entry.type not in PEOPLE_EVENT_TYPES
    # "urged Beijing not to send them back", "urged Beijing to halt the forced return of the five"
    appeal = not measure and appeal_against(trigger)
    if is_negated(trigger, range(match.start, match.end)) and not appeal:
        return []
    decided = not measure and decided_act(trigger)
    # (a choice to stay in the South is the defection itself, not an intent: see choosing.py)
    # ("condemns the forced return of the nine", "were ordered to do labour training": see stances.py)
    told_inside = stance_on_a_told_act(trigger) or (
        entry.type == "punishment" and penalty_imposed_by_order(trigger)
    )
    # "anyone found near the fence after dark would be shot": a threat to whoever, the rule in force
    threat = entry.threat or (entry.type == "violence" and shooting_threatened_to_whoever(trigger))
    # "convicted of helping two women cross the river": the counted people's flight is told
    charged_flight_told = entry.type == "escape" and counted_people_carried(trigger)
    if is_no_event(trigger, measure, charged_flight_told, entry.type) and not (
        decided or appeal or entry.chosen or threat or told_inside
    ):
        return []
    # "the two were picked up by a navy ship after drifting for days": taken aboard a craft at sea
    # is no arrest but how a flight by boat is told to have ended; the event is the escape
    arrived_by_sea = entry.type == "arrest" and picked_up_at_sea(trigger)
    if is_background(trigger, "escape" if arrived_by_sea else entry.type):
        return []  # "relatives who defected", "in past cases", "a country where they can face torture"
    if entry.type == "escape" and (
        _from_confinement(trigger)
        or _into_north_korea(trigger)
        or comes_into_the_north(trigger)
        or _ran_from_a_post_at_home(trigger)
        or _fled_into_hiding_at_home(trigger)
    ):
        # "escaped from a labour camp", "buses crossed into North Korea", "crossed into Sinuiju":
        # no one left the country
        return []
    if entry.type == "escape" and (_describes_people(doc, trigger) or _flees_a_condition(trigger)):
        return []
    if entry.type == "escape" and (
        _aim_of_a_flight(trigger, found) or _going_back(trigger) or _back_to_no_named_place(trigger)
    ):
        return []
    if outcome_of_a_return(trigger):
        return []  # "he feared he would be imprisoned if sent back": a feared outcome
    if entry.type == "escape" and _far_bank_not_reached(trigger):
        return []  # "seized before she reached the Chinese bank": the attempt is told by the other words
    if entry.type == "escape" and _aspect_of_the_flight(trigger):
        return []  # "will investigate the route and motive of the defection": the flight told before
    if entry.type == "movement_restriction" and _place_of_a_stop(trigger):
        return []  # "the five were arrested at a checkpoint near the border": where, not a measure
    if entry.type == "escape" and offence_of_a_sanction(trigger) and not charged_flight_told:
        return []  # "executed for helping residents flee": the offence charged, not a flight told
    if (
        entry.type == "escape"
        and entry.passive
        and trigger.lemma_.lower() == "take"
        and not _taken_by_a_helper(trigger)
    ):
        return []  # "taken across the river by guards" is no flight; "by a broker" is one
    if entry.type == "escape" and entry.passive and _led_by_the_authorities(trigger):
        return []  # "led across the demarcation line by police officers": a handover, no flight
    if entry.type == "escape" and _seized_and_taken(trigger):
        return []  # "abducted by agents and taken across the river": a seizing, not a flight
    if entry.type == "escape" and _boarded_for_a_trip(trigger):
        return []  # "caught as she tried to board a train for Chongjin": a trip, not a flight
    if entry.type == "escape" and _trading_trip(trigger):
        return []  # "traders who crossed the river to sell goods": an errand, not a flight
    if entry.type == "escape" and _visitors(trigger):
        return []  # "the delegation came across the border for the talks": an errand, not a flight
    if (
        entry.type == "arrest"
        and _custody_state(trigger)
        and (_custody_of_one_who_died(trigger) or any(f.event.type == "arrest" for f in found))
    ):
        return []
    if _end_awaited(trigger) and any(f.event.type == entry.type for f in found):
        return []  # "held in Sinuiju, where they are questioned … released once questioning ends"
    if entry.type == "arrest" and _custody_before_a_return(trigger, found):
        return []  # "China sent 80 people back. Many had spent a year in detention": how they came to it
    if entry.type == "arrest" and (
        _held_by_a_place(trigger)
        or _held_as_content_or_support(trigger)
        or _custody_of_people_sent(doc, trigger)
    ):
        return []
    if entry.told_alone and entry.type == "arrest" and _visit_told_by_another_act(doc, trigger, found):
        # (only the visit retells an arrest: "guards were ordered to stop anyone walking along the
        # river" after an arrest is the restriction in force, not that arrest told again)
        return []
    if (
        entry.repeats
        and not any(f.event.type in _first_act_shown_by(entry.type) for f in found)
        and not _type_shown_inside(doc, match)
        and not _campaign_an_act_is_part_of(trigger)
    ):
        return []  # "he left again" with no flight told before: any going away
    if entry.type == "search" and _find_told_as_a_cause(trigger):
        return []  # "detained after guards found phones hidden in a shed": the arrest's cause
    if entry.type == "search" and _placed_in_a_campaign(trigger):
        return []  # "the inspections are part of a winter campaign": the search told before, placed
    if entry.type == "search" and _raid_on_crops(trigger):
        return []  # "soldiers raided the maize fields at night": food taken, nobody searched
    if entry.type == "search" and _searches_own_goods(trigger):
        return []  # "opened a sack of rice he bought": one's own goods, no search
    if entry.type == "punishment" and _sent_for_a_task(trigger):
        return []  # "students were sent to farms to help with the harvest": a mobilisation
    if entry.type == "punishment" and _compared_penalty(trigger):
        return []  # "later returnees got heavier sentences": kinds of penalty compared
    if entry.type == "repatriation" and _handed_to_safety(trigger):
        return []  # "they will be handed to the South Korean embassy": a way out, not a return
    if entry.type == "repatriation" and (_flight_to_safety(trigger) or _held_at_the_airport(trigger)):
        return []  # "put on a flight to Seoul": a way out; "taken to the airport police station": custody
    if entry.type == "repatriation" and _recall_told_with_its_penalty(doc, trigger):
        return []  # "is expected to be recalled to Pyongyang and punished": the penalty tells it
    if entry.type == "repatriation" and _sent_home_within_the_north(trigger):
        return []  # "traders stopped at a checkpoint in Sunchon were sent home": turned away at home
    if entry.type == "repatriation" and bridged_out_of_the_north(trigger):
        return []  # "workers were bused across the bridge to Dandong": out of the North, not back
    if entry.type == "arrest" and summoned_for_questioning(trigger):
        return []  # "hauled in for questioning": the interrogation tells it
    victims_head = None if entry.told_alone else victim_phrase(trigger, entry.type)
    aboard = people_aboard(trigger) if arrived_by_sea else None
    if aboard is not None:
        victims_head = aboard  # "picked up a boat carrying six men": the six men, not the boat
    at_risk_people = None
    if victims_head is None or read_victims(victims_head) is None:
        at_risk_people = _people_at_risk(trigger)
        victims_head = at_risk_people or victims_head
    if (
        victims_head is not None
        and is_generic_people(victims_head)
        and not threat
        and not (entry.type in WHOLE_GROUP_MEASURES and _all_of_a_group(victims_head))
    ):
        return []
    if victims_head is not None and entry.type in PEOPLE_EVENT_TYPES and names_things(victims_head):
        return []
    if entry.type == "escape" and entry.people_after and not _particular_people_carried(doc, match, trigger):
        return []  # "smuggled herbs across the river", "guided people across": goods, or a kind of work
    if entry.type == "arrest" and entry.needs_people and _acts_on_things(trigger):
        return []  # "a girl who picked up a leaflet", "phones and cash were seized": no one taken
    no_people = victims_head is None or read_victims(victims_head) is None
    if (
        entry.needs_people
        and no_people
        and not _part_of_people(victims_head)
        and not _people_named_after(doc, match)
        and not _craft_carrying_people(victims_head)
        # (a restriction on a squad or a delegation: "the squad was kept inside its hotel")
        and not (entry.type == "movement_restriction" and body_of_people(victims_head))
    ):
        return []
    event_type = "escape" if arrived_by_sea else retype(trigger, _retyped(trigger, entry.type))
    if entry.same_fate:
        fate = fate_told_before(trigger, found)
        if fate is None:
            return []  # "may face the same fate" with no penalty told before: nothing to share
        event_type = fate
    if event_type == "search" and inspection_of_nothing_searched(trigger):
        return []  # "the inspection is run by the prosecutors": no home or belongings gone through
    if event_type == "movement_restriction" and restriction_as_a_cause(trigger):
        return []  # "the shooting comes as Pyongyang has tightened control over the border" (once retyped)
    sentence = sentence_of(trigger)
    cause_types = {f.trigger.i: f.event.type for f in found if f.trigger.i >= sentence.start}
    status = "at_risk" if appeal else status_of(trigger, cause_types, event_type)
    if (
        status == "at_risk"
        and (measure or event_type == "movement_restriction")
        and (_decreed(trigger) or threat)
    ):
        status = "occurred"  # "a decree that anyone in the zone will be shot": the rule is in force
    if status == "occurred" and entry.status:
        status = entry.status
    if event_type == "execution" and status == "occurred" and sentence_passed_only(trigger):
        event_type = "punishment"  # "has been sentenced to death by a tribunal": no killing told
    if status == "occurred" and event_type == "escape" and cut_short(trigger):
        status = "attempted"  # "they were heading for Laos when police caught them"
    if status == "occurred" and event_type == "escape" and _identity_doubted(victims_head):
        status = "suspected"  # "nine people claiming to be North Koreans arrived by boat"
    if (
        event_type == "repatriation"
        and status == "at_risk"
        and _looming_recall_of_one_in_charge(trigger, victims_head)
    ):
        return []  # "the manager is expected to be recalled to Pyongyang": a penalty feared
    if entry.requires_status and status != entry.requires_status:
        return []
    if status == "at_risk" and not appeal and rumoured_prospect(trigger):
        return []  # "rumours are spreading that the families will be banished": talk of what may come
    if status == "at_risk" and not appeal and outcome_of_an_imagined_act(trigger):
        return []  # "if she crosses the river, the guards might shoot": a scenario, not a threat told
    if event_type == "escape" and status == "at_risk" and not _flight_feared(trigger):
        return []  # "some people will try to cross it", "if she crosses the river herself": a flight that may come
    if event_type == "arrest" and status == "at_risk" and _custody_to_come(trigger, found):
        return []
    if event_type == "arrest" and status == "at_risk" and _custody_describing_people(trigger):
        return []  # "the detained officers could face death": custody done, another act looms
    if (
        status == "at_risk"
        and victims_head is not None
        and is_class_of_people(victims_head)
        and _under_a_modal(trigger)
    ):
        return []  # "traders caught with Chinese phones may be fined": a rule for a kind of people
    if (
        not measure
        and victims_head is not None
        and is_class_of_people(victims_head)
        and _told_as_a_habit(trigger)
    ):
        # ("residents are barred from the bank after dark" is a measure in force: it stays)
        return []  # "arrested traders are fined and sent home": what befalls a kind of people as a rule
    if entry.type == "escape" and _permitted(trigger):
        return []  # "they are expected to be allowed to leave for Seoul": no flight, a permission
    people = people_after(doc, match) if entry.people_after else at_risk_people or aboard
    if entry.people_in_question:
        people = _people_asked_about(doc, match)
        if people is None or read_victims(people) is None:
            return []  # "officials did not tell reporters where the meeting is held": no one missing
    if entry.names_people:
        people = trigger
    victims, entity = people_of(people or trigger, entry.type, discourse, given=people is not None)
    if (victims is None or not victims.count_min) and (
        timed := people_of_the_timed_act(trigger, entry.type, found)
    ) is not None:
        victims, entity = timed.event.victims, timed.entity  # "beaten during questioning": the beaten
    if entry.told_alone:
        # "four agents came to the house": the visitors are its actors; whom they took is told
        # in the words around it (and the mention joins that telling)
        victims, entity = None, None
    perpetrators, facilitators = perpetrators_of(doc, trigger, entry)
    # (whether the sentence itself names who did it, beyond a court its words imply)
    told_actor = any(a.kind != "court" for a in perpetrators)
    if entry.type == "search" and _looking_for_someone(
        trigger, told_actor or done_by_someone_told(trigger, "search")
    ):
        return []  # "relatives were searching for her", "search parties were sent": no search of anyone
    if entry.needs_actor and not perpetrators and done_by_someone_told(trigger, entry.type):
        # "The bowibu took us to Onsong. They asked the same questions for nine days": the
        # "they" that does the act is the force told before, which is the actor the phrase needs
        perpetrators = carried_perpetrators(doc, trigger, entity, found, entry.type, earlier_only=True)
    if entry.needs_actor and not perpetrators:
        return []  # "he visited his mother's house" is no search; "agents visited every house" is one
    if not perpetrators and entry.type in CARRY_ACTOR_TYPES:
        perpetrators = carried_perpetrators(doc, trigger, entity, found, entry.type)
    elif (
        not perpetrators
        and entry.type == "repatriation"
        and status in HOLDERS_SEND_STATUSES
        and (held := holders_of(entity, found, still_held=status != "occurred"))
    ):
        perpetrators = held
    elif not perpetrators and done_by_someone_told(trigger, entry.type):
        perpetrators = carried_perpetrators(doc, trigger, entity, found, entry.type, earlier_only=True)
    if not perpetrators and entry.type == "repatriation":
        perpetrators = [default_sender(trigger)]  # "they were handed over at the bridge": the police
    if (court := court_that_sentenced(trigger, event_type, perpetrators)) is not None:
        perpetrators = [*perpetrators, court]  # "three were publicly executed": a court's sentence
    if entry.type == "punishment" and sentenced(trigger) and (passers := named_passer(doc, trigger)):
        # "… sentenced to six months in a labour training unit. The sentences were handed down
        # without a trial by the provincial police": the body named, not an implied court
        # (nor the police a labour-training term implies: `labour_training_term`)
        perpetrators = [
            *passers,
            *(a for a in perpetrators if a.kind != "court" and a != POLICE_OF_THE_NORTH and a not in passers),
        ]
    if entry.type == "punishment" and sent_to_political_camp(trigger) and STATE_SECURITY not in perpetrators:
        # "his wife and sons were sent to a political prison camp": State Security's doing, not
        # a court's (no trial sends people there) nor a force carried from another act's telling;
        # but a term told as passed ("sentenced to life in a political prison camp", "given life
        # terms in a kwanliso") was passed by a court, which stays beside State Security
        passed = sentenced(trigger)
        perpetrators = [STATE_SECURITY, *(a for a in perpetrators if a.kind != "court" or passed)]
    if (
        entry.type == "punishment"
        and not told_actor
        and kin_banished(trigger, victims_head)
        and STATE_SECURITY not in perpetrators
    ):
        # "his wife and children were banished to a mountain village": State Security's doing,
        # not the court that tried him nor the force carried from his arrest
        perpetrators = [STATE_SECURITY, *(a for a in perpetrators if a.kind != "court")]
    if entry.type == "punishment" and (removing := post_removal(trigger)) and removing not in perpetrators:
        perpetrators = [*perpetrators, removing]  # "the farm's manager was dismissed": the party
    if (
        army_discipline(trigger, victims_head, event_type)
        and all(a.kind != "military" for a in perpetrators)
        and (event_type != "violence" or not told_actor)  # ("shot dead by border guards": theirs)
    ):
        perpetrators = [MILITARY, *perpetrators]  # "two soldiers were punished": the army's own
    if entry.type == "interrogation" and asked_about_contacts(trigger):
        # "he was questioned for weeks about whether he had met South Koreans": State Security's
        perpetrators = screened_by_state_security(trigger, perpetrators)
    if arrived_by_sea:
        perpetrators, facilitators = [], []  # the crew that took them aboard did them no wrong
    elif not perpetrators and entry.type == "arrest":
        perpetrators = [default_arrester()]  # "four women were detained at the bus station": the police
    groups = joined_groups(trigger, victims_head) if entry.type in PEOPLE_EVENT_TYPES else []
    start, end = clause_span(trigger)
    # The evidence holds the whole trigger phrase, also where its last words sit in a clause of
    # their own: "three boat owners have had their vessels confiscated" (the parser makes
    # "confiscated" a clause under "had"), not "three boat owners have had".
    start, end = min(start, match.start), max(end, match.end)
    start = _after_own_kind_described(doc, trigger, start, found, event_type)
    # A joined group cuts the evidence where it starts, but only a group after the clause's
    # start: "Three defectors, along with the broker who had hidden them, were detained" puts
    # the group before the trigger's clause, and cutting there would end the evidence before it
    # begins.
    if (cut := min((g[0] for g in groups if g[0] > start), default=None)) is not None:
        end = _trim(doc, start, cut)
    char_start, char_end = _chars(doc, start, end)
    anchor = Anchor(
        trigger_start=doc[match.start].idx,
        trigger_end=doc[match.end - 1].idx + len(doc[match.end - 1].text),
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
        clause_start=char_start,
        clause_end=char_end,
    )
    event = Event(
        type=event_type,
        status=status,
        evidence=[Span(source.doc, char_start, char_end, _text(doc)[char_start:char_end])],
        sources=[source],
        perpetrators=perpetrators,
        victims=victims,
        facilitators=facilitators,
        confidence=_confidence(entry, trigger, victims, status),
        id=stable_event_id(source.doc, entry.type, char_start, char_end),
        anchor=anchor,
    )
    items = [
        Found(
            event,
            entity,
            trigger,
            dates_in(doc, start, end),
            refers_back(trigger) or (entry.people_in_question and _pronoun(people)),
            own_people=people is not None or victims_head is not None,
            keys=_phrase_keys(doc, match),
            decided=decided,
        )
    ]
    for group_start, group_end, head in groups:
        items.append(_group_event(doc, event, trigger, group_start, group_end, head, discourse))
    return items


# Pronouns of a whole group, which a restriction binds all at once ("everyone in the unit").
WHOLE_GROUP_PRONOUNS = frozenset({"everyone", "everybody"})
# Measures laid on a whole group at once: a restriction ("everyone in the unit was forbidden to
# leave"), and a search of all who pass ("guards stopped everyone on the road and went through
# their bags"), whose people are those at the place, not whoever might do something.
WHOLE_GROUP_MEASURES = frozenset({"movement_restriction", "search"})


def _all_of_a_group(people: Token) -> bool:
    """ "Everyone in the unit was forbidden to leave the site compound": a restriction binds a
    whole group at once, so "everyone" names the people it was laid on, not whoever might happen
    to do something ("anyone who approaches the bank" stays no one in particular)."""
    return people.lower_ in WHOLE_GROUP_PRONOUNS


def _group_event(
    doc: Doc, event: Event, trigger: Token, start: int, end: int, head: Token, discourse: Discourse
) -> Found:
    """Another group the same sentence gives its own count (and often its own date)."""
    char_start, char_end = _chars(doc, start, end)
    victims = read_group(head) if head.like_num else read_victims(head)  # "nine" of "nine in Musan and 20 …"
    if victims is None and head.like_num and (count := number_of(head)) is not None:
        victims = Victims(head.text, count, count, "other")  # a count the tagger took for a date
    # (a bare count of a list, "…, 70 on 9 April", is a group of its own, not a known entity)
    entity = mention_of(head, victims, discourse)[1] if victims and not head.like_num else None
    anchor = replace(event.anchor, clause_start=char_start, clause_end=char_end) if event.anchor else None
    split = replace(
        event,
        evidence=[Span(event.sources[0].doc, char_start, char_end, _text(doc)[char_start:char_end])],
        victims=victims,
        perpetrators=list(event.perpetrators),
        facilitators=list(event.facilitators),
        id=stable_event_id(event.sources[0].doc, event.type, char_start, char_end),
        anchor=anchor,
    )
    return Found(split, entity, trigger, dates_in(doc, start, end), listed=True)


def _people_named_after(doc: Doc, match: Match) -> bool:
    """Whether a phrase whose people follow it names people there: "guards fired on four
    women", not "guards fired at the boat"."""
    if not match.entry.people_after:
        return False
    people = people_after(doc, match)
    return people is not None and read_victims(people) is not None


def _after_own_kind_described(
    doc: Doc, trigger: Token, start: int, found: list[Found], event_type: str
) -> int:
    """Where the evidence starts when the people are described, before the trigger, by a clause
    that tells another act of the same type: "Eleven North Koreans who were deported from Laos to
    China in mid-May were sent back to Sinuiju last Thursday" tells the return to the North in
    "were sent back to Sinuiju last Thursday"; the relative clause is the evidence of the first
    handing over, an event of its own, and is not this one's. The evidence then starts after that
    clause (its people are still read from the whole phrase)."""
    cut = start
    for other in found:
        if other.event.type != event_type or not start <= other.trigger.i < trigger.i:
            continue
        clause = next(
            (t for t in [other.trigger, *other.trigger.ancestors] if t.dep_ in {"relcl", "acl"}),
            None,
        )
        if clause is None or trigger in clause.subtree or clause.head.i >= trigger.i:
            continue
        cut = max(cut, max(t.i for t in clause.subtree) + 1)
    while cut < trigger.i and (doc[cut].is_punct or doc[cut].pos_ == "CCONJ"):
        cut += 1
    return cut if cut <= trigger.i else start


def _trim(doc: Doc, start: int, end: int) -> int:
    while end > start + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ == "CCONJ"):
        end -= 1
    return end


def _text(doc: Doc) -> str:
    """The document's text (Doc.text joins every token on each call, so it is kept)."""
    text = doc.user_data.get("tessera_text")
    if text is None:
        text = doc.user_data["tessera_text"] = doc.text
    return text


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _confidence(entry: TriggerEntry, trigger: Token, victims: Victims | None, status: str) -> float:
    score = entry.weight
    if victims is not None and victims.count_min is not None:
        score += 0.05
    if trigger.pos_ == "NOUN" and not any(
        c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in trigger.children
    ):
        score -= 0.1
    if status != "occurred":
        score -= 0.05
    return max(0.05, min(0.98, score))


def _attribution(doc: Doc) -> str | None:
    """Who the report cites: "two separate sources in Shenyang", never a person's name."""
    for token in doc:
        if token.lemma_.lower() == "source" and token.pos_ == "NOUN":
            skip = {t.i for c in token.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
            kept = [t for t in token.subtree if t.i not in skip and t.ent_type_ != "PERSON"]
            text = " ".join(t.text for t in kept).strip()
            if 0 < len(text) <= 80:
                return text
    return None

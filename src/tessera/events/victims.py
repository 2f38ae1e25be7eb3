"""Who an event happened to, as a group with a count: never a private person's name.

`victim_phrase` finds the noun phrase a trigger acts on; `read_victims` turns it into a Victims
record ("a family of three" → 3/3 family; "more than 10" → 11/None); `Discourse` follows the
people a report talks about from sentence to sentence ("the family", "they", "the eight").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from tessera.data import load_json
from tessera.daynames import MONTHS
from tessera.events.clauses import (
    FACE_FORMS,
    is_passive,
    noun_chunks_of,
    sentence_of,
    sentences_back,
    subject_of,
)
from tessera.events.leaving import goes_from_abroad_to_the_north, place_name
from tessera.events.lexicon import lexicon, sentence_triggers
from tessera.language import PLACE_ENTITY_LABELS
from tessera.language.table import TokenTable, per_token, token_table
from tessera.model import Victims
from tessera.numbers import SIZED_GROUP_NOUNS, parse_number
from tessera.places.gazetteer import load as load_gazetteer
from tessera.places.variants import key_tokens

AUTHORITY_GROUPS = frozenset({"officials", "soldiers"})
# Groups a later reference may name other people by: "Nine North Koreans were detained … the
# defectors face prison" (reports call the people who left by either word). People first named
# only by nationality, sex or age ("about a dozen North Koreans", residents) are often named next
# by what they do: "About a dozen North Koreans found working at a site were deported. The
# workers had been rounded up in a raid", "… 20 North Korean women … the traders". And a noun for
# people by what befell them (returnees, deportees, refugees: defectors) may name people first
# named by their work or studies: "About 40 North Korean students were ordered home. … the
# returnees are held in Pyongyang". (Not officials or soldiers: they are the authorities too.)
KINDRED_GROUPS = {
    "defectors": ("residents", "workers", "students", "traders"),
    "workers": ("residents",),
    "students": ("residents",),
    "traders": ("residents",),
}
PEOPLE_WORDS = frozenset(
    {"other", "others", "one", "some", "many", "several", "dozen", "dozens", "hundreds", "thousands"}
    | {"couple", "pair", "group", "crew", "anyone", "anybody", "everyone", "someone", "somebody"}
    | {"trio", "threesome", "quartet"}
)
NATIONALITY_WORDS = frozenset({"chinese", "korean", "koreans", "north", "south", "russian"})
PAIR_NOUNS = frozenset({"couple", "pair", "parents"})
# Longest first: "south korean" before "korean".
NATIONALITY_PHRASES = (("north korean", "KP"), ("south korean", "KR"), ("chinese", "CN"), ("dprk", "KP"))
# Nouns that say only "people": "the North Korean nationals" is whoever of that nationality was named.
GENERIC_PEOPLE_NOUNS = frozenset({"national", "citizen", "people", "person", "individual", "korean"})
# Collectives whose people are those after "of" ("a group of 12 defectors"), and those that are
# only part of them ("the rest of the crew": the crew less those told apart, an untold count).
REMAINDER_NOUNS = frozenset({"rest", "remainder"})
COLLECTIVE_NOUNS = frozenset({"group", "batch", "number", "total", "crowd", "party"}) | REMAINDER_NOUNS
REFERRING_COLLECTIVES = frozenset({"group", "batch"})  # "the group": people named before
PRONOUNS_SINGULAR = frozenset({"he", "she", "him", "her", "his", "hers"})
PRONOUNS_PLURAL = frozenset({"they", "them", "their", "theirs", "these", "those"})
# Count words the parse may read as prepositions before an object ("executed about 30 people").
COUNT_PREPOSITIONS = frozenset({"between", "about", "around", "over", "some", "nearly", "approximately"})
# Particles the parser may give a passive verb of transport when they are really prepositions of
# the vehicle: "were put on a bus" (on + bus parsed as particle + object).
BOARDING_PARTICLES = frozenset({"on", "onto", "into", "aboard"})
# Testimony speaks in the first person: "I" is one person, "we" at least two.
FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "myself"})
FIRST_PERSON_PLURAL = frozenset({"we", "us", "our", "ourselves"})
# Words that name a stretch of time, never people ("repatriated the following day").
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Objects of these verbs are not who the event happened to ("arrested for watching films").
TRANSITIVE_TYPES = frozenset(
    {"arrest", "repatriation", "interrogation", "punishment", "execution", "violence", "search"}
)
INTRANSITIVE_TYPES = frozenset({"escape", "disappearance"})


def number_of(token: Token) -> int | None:
    """The number a number token writes, with the words the tokenizer split off it: "Twenty-nine"
    arrives as "Twenty", "-", "nine", the tens a compound of the units."""
    # (the hyphen first: most numbers have none before them, and their children need not be read)
    if token.i >= 2 and token_table(token.doc).text[token.i - 1] == "-":
        tens = [c for c in token.children if c.dep_ == "compound" and c.like_num and c.i == token.i - 2]
        if tens:
            return parse_number(f"{tens[0].text}-{token.text}")
    return parse_number(token.text)


@lru_cache(maxsize=1)
def people_words() -> dict[str, frozenset[str]]:
    """The word lists of data/events/people.json, as sets."""
    data = load_json("events", "people.json")
    return {k: frozenset(v) for k, v in data.items() if isinstance(v, list)}


@lru_cache(maxsize=1)
def total_markers() -> tuple[list[str], ...]:
    """people.json's total_markers as word lists ("in all" is ["in", "all"]), in one fixed order:
    the words that say a number is the whole count of a group ("seventeen people in all")."""
    return tuple(m.split() for m in sorted(people_words().get("total_markers", ())))


@lru_cache(maxsize=1)
def kin_words() -> frozenset[str]:
    """Every word that names people by their tie to someone else: the members ("his wife") and
    kin taken together ("relatives", "the household"), both of people.json."""
    words = people_words()
    return words["kin_nouns"] | words["kin_group_nouns"]


@lru_cache(maxsize=1)
def person_nouns() -> frozenset[str]:
    """Nouns for one person: cues.json's, and people.json's more."""
    return frozenset(lexicon().cues["singular_person_nouns"]) | people_words()["more_person_nouns"]


@lru_cache(maxsize=1)
def counted_person_nouns() -> frozenset[str]:
    """Nouns for people when reading whom an event happened to: person_nouns() and every noun
    whose most frequent sense is a person in Open English WordNet (person_nouns.json). "A young
    army sergeant walked across the line" is one person, "a midwife disappeared" an event with one,
    though no list of ours names a sergeant or a midwife. The rules that tell background from
    events keep to person_nouns(): read there too, the wider list cost a held-out event and
    fixed none."""
    return person_nouns() | frozenset(load_json("events", "person_nouns.json")["nouns"])


@lru_cache(maxsize=1)
def victim_groups() -> dict[str, frozenset[str]]:
    """The nouns of each victim group: cues.json's, and people.json's more."""
    more = load_json("events", "people.json")["more_groups"]
    groups = lexicon().cues["groups"]
    order = [*groups, *(g for g in more if g not in groups)]  # the first group that names a noun wins
    return {g: frozenset(groups.get(g, ())) | frozenset(more.get(g, ())) for g in order}


@lru_cache(maxsize=1)
def renaming_nouns() -> dict[str, frozenset[str]]:
    """For each noun of people.json's renaming_nouns, the nouns a report may use for the same
    people ("the fishermen" for "its 11 crew members")."""
    lists = load_json("events", "people.json")["renaming_nouns"].values()
    return {word: frozenset(words) for words in lists for word in words}


def renames(earlier: Token, later: Token) -> bool:
    """Does a later plural name the people of an earlier counted noun by another word: the
    noun before it ("two deputy secretaries … the deputies", "11 crew members … the crew") or
    one of its renaming nouns ("two border guards … the soldiers")?"""
    lemma = later.lemma_.lower()
    words = {earlier.lemma_.lower(), *(c.lemma_.lower() for c in earlier.children if c.dep_ == "compound")}
    return lemma in words or not renaming_nouns().get(lemma, frozenset()).isdisjoint(words)


# Where a definite plural is whom an act befell, never its doer ("questioning the deputies").
PATIENT_DEPS = frozenset({"nsubjpass", "dobj"})


@dataclass
class Mention:
    """People a report talks about, as first named: the antecedent of later references."""

    victims: Victims
    token_index: int
    entity: int
    sentence_start: int = 0
    salient: bool = False  # the subject of its clause: what a later "they" most likely means
    first_person: bool = False  # "I", "we": the speaker, never what "they" or "the family" means
    lemma: str = ""  # the head noun: "the defectors" means the defectors named before
    generic: bool = False  # a bare plural with no count ("a route for defectors"): people in general
    plural: bool = False  # a plural noun: never one person
    member: bool = False  # one of a list ("her brother" in "her husband, her brother and her son")
    acting: bool = False  # the subject of an active verb ("two guards caught …"): who did something
    # The subject of a verb whose object is other people ("they had detained nine women"):
    # whoever did it, never the people a later "the group" or "they" tells of.
    doer: bool = False
    nationality: str | None = None  # "the North Korean nationals" means the North Koreans
    # Who tells the story ("…, a Lao official and an aid worker said"): a source, never the
    # people a later "the group" or "they" tells of (unless North Koreans telling their own).
    speaker: bool = False
    counted_us: bool = False  # "about 40 of us": the count a later "we" of the teller's group has
    # Kin owned by "their" ("their families have been told they could be sent to a camp"): the
    # relatives of the people "their" means, never what a "they" later in the sentence means.
    kin_of_them: bool = False
    # A total of the people set apart or told by "in all" ("the families, some 150 people in
    # all"): the count of every telling of these people that counted them by households or none.
    total: bool = False


@dataclass
class Discourse:
    mentions: list[Mention] = field(default_factory=list)
    next_entity: int = 0

    def add(self, victims: Victims, head: Token) -> int:
        known = self.entity_at(head.i)
        if known is not None:
            return known.entity
        self.next_entity += 1
        return self.link(victims, head, self.next_entity - 1)

    def link(self, victims: Victims, head: Token, entity: int, lemma: str | None = None) -> int:
        """A mention of people; `entity` says which people ("the family", "they" point back);
        `lemma`: the head noun it stands for, when the token is not it (a restated total)."""
        salient = head.dep_ in {"nsubj", "nsubjpass"}
        first_person = head.lower_ in FIRST_PERSON_SINGULAR | FIRST_PERSON_PLURAL
        self.mentions.append(
            Mention(
                victims,
                head.i,
                entity,
                sentence_of(head).start,
                salient=salient,
                first_person=first_person,
                lemma=lemma or head.lemma_.lower(),
                generic=_bare_plural(head) and victims.count_min is None,
                nationality=nationality_of(head),
                plural=head.tag_ in {"NNS", "NNPS"},
                member=_listed(head) or _named_among(head) or _part_of_a_group(head),
                acting=head.dep_ == "nsubj",
                doer=_acts_on_people(head),
                speaker=_tells(head),
                # ("we were four: my mother, my cousin, a neighbour and me": a counted "we")
                counted_us=_counted_us(head) is not None
                or (head.lower_ in FIRST_PERSON_PLURAL and victims.count_max is not None),
                kin_of_them=_kin_of_them(head),
            )
        )
        return entity

    def latest_before(self, token_index: int, not_before: int) -> Mention | None:
        candidates = [m for m in self.mentions if not_before <= m.token_index < token_index]
        return candidates[-1] if candidates else None

    def entity_at(self, token_index: int) -> Mention | None:
        return next((m for m in self.mentions if m.token_index == token_index), None)

    def _renamed(self, before: int, head: Token | None) -> Mention | None:
        """ "Russian guards detained a schooner and its 11 crew members. … the fishermen were
        expected to be deported": a definite plural on whom an act is done, with no count of its
        own noun before, names again the people latest counted under another noun for them."""
        if head is None or head.tag_ not in {"NNS", "NNPS"} or head.dep_ not in PATIENT_DEPS:
            return None
        if not is_reference(head) or head.lower_ in PRONOUNS_PLURAL:
            return None
        earlier = [m for m in reversed(self.mentions) if m.token_index < before and not m.first_person]
        counted = [m for m in earlier if (m.victims.count_min or 0) >= 2]
        if any(m.lemma == head.lemma_.lower() for m in counted):
            return None  # its own noun counted before: the usual reading finds it
        doc = head.doc
        return next((m for m in counted if renames(doc[m.token_index], head)), None)

    def resolve(
        self, before: int, singular: bool | None, group: str | None, head: Token | None = None
    ) -> Mention | None:
        """The latest earlier mention that a reference could mean: one with the same head noun
        and a count ("five of their helpers … the helpers"), or for a plain "the nationals" the
        same nationality; else the subject of the latest sentence that has one ("…defectors,
        including children, were arrested. They…")."""
        if (renamed := self._renamed(before, head)) is not None:
            return renamed
        candidates = []
        for m in reversed(self.mentions):
            if m.token_index >= before or m.first_person:
                continue
            # A bare "they" in these reports means the people things happened to; the
            # authorities are named, so officials and soldiers are not its antecedents (unless
            # counted and not acting: "two officials were dismissed. They…" are the people it
            # happened to; "two guards caught them. They…" are not).
            if (
                group is None
                and m.victims.group in AUTHORITY_GROUPS
                and ((m.victims.count_min or 0) < 2 or m.acting)
            ):
                continue
            if (
                group
                and group != "other"
                and m.victims.group not in (group, "other", *KINDRED_GROUPS.get(group, ()))
            ):
                continue
            if m.doer and m.victims.count_min is None:
                continue
            if group is None and m.speaker and m.nationality != "KP":
                continue  # "…, an official and an aid worker said. The group was caught …"
            if singular is True and m.victims.count_max not in (1, None):
                continue
            if m.kin_of_them and head is not None and m.sentence_start == sentence_of(head).start:
                continue  # "…, and their parents were told the pair would be sent to a camp"
            if singular is False and m.victims.count_max == 1:
                continue
            candidates.append(m)
        if not candidates:
            return None
        shared = _object_of_the_first_verb(head)
        if shared is not None and (same := next((m for m in candidates if m.token_index == shared.i), None)):
            return same  # "summoned the wife's parents and questioned them": the parents
        if head is not None and head.lower_ not in PRONOUNS_SINGULAR | PRONOUNS_PLURAL:
            counted = [m for m in candidates if m.victims.count_min is not None]
            same_noun = [m for m in counted if m.lemma == head.lemma_.lower()]
            if same_noun:
                return same_noun[0]
            nationality = nationality_of(head)
            if nationality and head.lemma_.lower() in GENERIC_PEOPLE_NOUNS:
                same_nationality = [m for m in counted if m.nationality == nationality]
                if same_nationality:
                    return same_nationality[0]
        # People in general ("a route for defectors") are meant only when no one in particular
        # is; "they" after a list means the whole list, not its last people.
        candidates = [m for m in candidates if not m.generic] or candidates
        candidates = [m for m in candidates if not m.member] or candidates
        latest = [m for m in candidates if m.sentence_start == candidates[0].sentence_start]
        return next((m for m in latest if m.salient), candidates[0])


def _object_of_the_first_verb(head: Token | None) -> Token | None:
    """ "Agents summoned the wife's parents and questioned them for three days": a pronoun object
    of the second of two joined verbs means the first one's object."""
    if head is None or head.tag_ != "PRP" or head.dep_ != "dobj":
        return None
    verb = head.head
    if verb.dep_ != "conj" or verb.head.i == verb.i:
        return None
    return next((c for c in verb.head.children if c.dep_ == "dobj"), None)


def _tells(head: Token) -> bool:
    """Is the phrase the teller of a report: its words run straight into a verb of saying ("a Lao
    official and a South Korean aid worker said on Friday"), or it is that verb's subject?"""
    reporting = lexicon().cues["reporting_verbs"]
    if head.dep_ == "nsubj" and head.head.lemma_.lower() in reporting:
        return True
    top = head
    while top.dep_ in {"conj", "appos"} and top.head.i != top.i:
        top = top.head
    following = max(head.right_edge.i, top.right_edge.i) + 1
    verb = head.doc[following] if following < len(head.doc) else None
    return verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in reporting


def _acts_on_people(head: Token) -> bool:
    """Is the noun the subject of an active verb whose object names counted people ("police
    said they had detained six women": the "they" is who detained them)?"""
    if head.dep_ != "nsubj" or head.head.pos_ not in {"VERB", "AUX"}:
        return False
    objects = [c for c in head.head.children if c.dep_ in {"dobj", "obj"}]
    return any((found := _read_victims(o)) is not None and found.count_min is not None for o in objects)


def nationality_of(head: Token) -> str | None:
    """The country a group's own words name: "North Koreans", "North Korean nationals" → KP."""
    words = [t.lower_ for t in head.subtree if t.i <= head.i and t.dep_ not in {"relcl", "acl"}]
    joined = " ".join(words[-4:])
    for phrase, country in NATIONALITY_PHRASES:
        if phrase in joined:
            return country
    return None


def victim_phrase(trigger: Token, event_type: str) -> Token | None:
    """The head noun of the people the trigger acts on, or None (found once per trigger: the
    event's people, its actors and its filters all ask)."""
    cache = trigger.doc.user_data.setdefault("tessera_victim_phrase", {})
    key = (trigger.i, event_type)
    if key not in cache:
        cache[key] = _victim_phrase(trigger, event_type)
    return cache[key]


def _victim_phrase(trigger: Token, event_type: str) -> Token | None:
    head = _acted_on(trigger, event_type)
    if head is not None and event_type in INTRANSITIVE_TYPES:
        head = _catcher_taken_for_fugitive(head) or head
    if head is None:
        head = _owned_object(trigger)
    if (owner := _swallowed_by_a_relative(trigger, head)) is not None:
        return owner
    if head is not None and is_part_gloss(head) and (whole := glossed_group(head)) is not None:
        head = whole  # "11 North Koreans, among them four children, who crossed …": the eleven
    if head is not None and read_victims(head) is not None:
        return head
    if (number := _number_facing(trigger)) is not None:
        return number  # "The two face months of interrogation"
    if (facing := _facing_subject(trigger)) is not None:
        return facing  # "The broker faces a possible death sentence"
    if event_type == "punishment" and (receiver := _receiving_subject(trigger)) is not None:
        return receiver  # "the guard received ten years in a kyohwaso"
    if head is None:
        return None
    owner = owner_of(head)
    if owner is not None:
        return owner
    if trigger.dep_ == "relcl" and (people := people_above(head)) is not None:
        return people
    if head.dep_ == "pobj" and head.head.lower_ == "of" and read_victims(head.head.head) is not None:
        return head.head.head  # "four members of a family who vanished": the counted noun
    return head


def _catcher_taken_for_fugitive(head: Token) -> Token | None:
    """ "A young man was caught by soldiers trying to cross the river": the parse hangs "trying"
    on the agent of the passive, but whoever was caught is who was trying to flee, not those who
    caught him. The subject of the passive verb, when the people found are its agent."""
    agent = head.head if head.dep_ == "pobj" else None
    if agent is None or agent.dep_ != "agent" or not is_passive(agent.head):
        return None
    subject = subject_of(agent.head)
    return subject if subject is not None and subject.i != head.i else None


def _owned_object(trigger: Token) -> Token | None:
    """ "The manager took the passports of the nine workers": a restriction may act on papers
    people hold (people.json's held_papers); their owners are whom it befalls."""
    if trigger.pos_ != "VERB":
        return None
    obj = next((c for c in trigger.children if c.dep_ in {"dobj", "obj"}), None)
    return owner_of(obj, "held_papers") if obj is not None else None


SINGULAR_AUXILIARIES = frozenset({"was", "is", "has", "'s"})
PLURAL_AUXILIARIES = frozenset({"were", "are", "have"})


def _swallowed_by_a_relative(trigger: Token, head: Token | None) -> Token | None:
    """ "A man who ran a network that guided people across the river was executed", "a worker
    who has not shown up since March has disappeared": after a relative clause on the subject
    the parse often takes the main verb for a verb inside the clause, with a word of the clause
    for its subject ("people", "March"). When the subject found names no people, or disagrees
    in number with the verb's auxiliary ("people … was"), the people are the person the
    relative clause hangs on, when they agree with it."""
    if trigger.pos_ not in {"VERB", "AUX"} or (trigger.dep_ == "relcl"):
        return None
    auxiliaries = {c.lower_ for c in trigger.children if c.dep_ in {"aux", "auxpass"} and c.i < trigger.i}
    singular = bool(auxiliaries & SINGULAR_AUXILIARIES)
    if not singular and not auxiliaries & PLURAL_AUXILIARIES:
        return None
    found = read_victims(head) if head is not None else None
    if found is not None and _subject_number(head) in (None, singular):
        return None
    if head is not None and head.i > trigger.i:
        return None  # the people after the verb ("was detained a woman …"): not a lost subject
    for relative in (a for a in trigger.ancestors if a.dep_ == "relcl" and a.i < trigger.i):
        # (the outer clause's noun when clauses nest: "a man who ran a network that guided …")
        owner = relative.head
        if owner.pos_ not in {"NOUN", "PROPN"} or owner.dep_ not in {"nsubj", "nsubjpass", "dobj", "ROOT"}:
            continue
        if read_victims(owner) is not None and is_singular(owner) == singular:
            return owner
    return _owner_of_a_relative_before(trigger, head, singular)


def _subject_number(head: Token) -> bool | None:
    """Is a subject one person (True), several (False) or not said (None)? People joined by "and"
    are several whatever their first noun ("his wife and son were banished"), so they agree with
    a plural verb and are not taken for a word the parse lost from a relative clause."""
    if any(c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN"} for c in head.children):
        return False
    return is_singular(head)


def _owner_of_a_relative_before(trigger: Token, head: Token | None, singular: bool) -> Token | None:
    """ "A man in his forties who had helped more than 30 people leave for the South was executed":
    the parse may cut the relative clause short and hang the rest of it on the main verb, so
    no relative clause is above the verb; the people the verb found after a "who" (inside the
    clause, before the verb) belong to the clause, and the subject is the noun "who" follows,
    when it agrees with the auxiliary."""
    if head is None or not head.i < trigger.i:
        return None
    sentence_start = sentence_of(trigger).start
    for who in reversed(head.doc[sentence_start : head.i]):
        if who.lower_ not in RELATIVE_OPENERS or who.head.dep_ != "relcl":
            continue
        owner = who.head.head
        if owner.i < who.i and read_victims(owner) is not None and is_singular(owner) == singular:
            return owner
        return None
    return None


def people_above(head: Token) -> Token | None:
    """ "an agent from the county office who was arrested", "a family of five from Hyesan who
    were caught", "45 North Koreans in Jilin who face forced return": a relative clause may hang
    on a place noun; the people are the noun that place belongs to (past the count in its "of"
    phrase; "a 19-year-old from Hyesan who was sentenced": an age written as a noun, which the
    tagger reads as an adjective)."""
    for ancestor in list(head.ancestors)[:4]:
        if (ancestor.pos_ in {"NOUN", "PROPN"} or _year_old(ancestor)) and read_victims(ancestor) is not None:
            return ancestor
    return None


def owns_place(head: Token) -> bool:
    """Is the noun the owner of a searched place ("their" of "their flat")?"""
    place = head.head if head.dep_ == "poss" else head.head.head if head.dep_ == "pobj" else None
    owner = owner_of(place) if place is not None else None
    return owner is not None and owner.i == head.i


def owner_of(place: Token, things: str = "owned_places") -> Token | None:
    """The people a searched place or thing belongs to: "agents raided their flat" (they),
    "officers went through the home of a market trader" (the trader), "an inquiry into the
    whereabouts of the five" (the five). A search happens to whoever owns what is searched."""
    if place.lower_ not in people_words()[things] and place.lemma_.lower() not in people_words()[things]:
        return None
    for child in place.children:
        if child.dep_ == "poss" and read_victims(child) is not None:
            return child
        if child.dep_ == "prep" and child.lower_ == "of":
            owner = next((g for g in child.children if g.dep_ == "pobj"), None)
            if owner is not None and read_victims(owner) is not None:
                return owner
    return None


# Verbs of being in a state: their subject is who is in it ("the eight are in police custody").
STATE_VERBS = frozenset({"be", "remain", "stay"})
# Verbs whose subject is who suffered what they tell: "a trader held since May died in custody in
# January" befell the trader, whatever group the noun names (an official who dies is not acting).
SUFFERING_VERBS = frozenset({"die"})
# Verbs of going that also take people along ("returned them", "marched them"): told with no
# object from a town abroad to one in the North, their subject is who went ("41 people returned
# from Tumen to Namyang": the 41 were handed back, as "were returned" says; "agents walked into
# homes" is no hand-back, and in "women who were among the dozens forcibly returned" the parse's
# subject is not whom the verb tells of).
GOING_VERBS = frozenset({"return", "march", "walk", "move"})


def _acted_on(trigger: Token, event_type: str) -> Token | None:
    if (released := _released_on_payment(trigger)) is not None:
        return released
    # ("an inspection team has been at the hospital since May": a campaign's verb of being tells
    # where its doers are at work, not who suffered it)
    being = STATE_VERBS if event_type != "crackdown" else frozenset()
    if trigger.lemma_.lower() in being | SUFFERING_VERBS and trigger.pos_ in {"AUX", "VERB"}:
        return subject_of(trigger)
    if (
        _reduced_passive(trigger)
        and event_type in TRANSITIVE_TYPES
        and read_victims(trigger.head) is not None
    ):
        return trigger.head
    if trigger.pos_ in {"VERB", "AUX"} or trigger.tag_ in {"VBN", "VBD", "VBG"}:
        passive = (is_passive(trigger) or _passive_conjunct(trigger)) and not _active_on_people(trigger)
        governor = trigger
        if not passive and (chained := _chained_participle(trigger)) is not None:
            passive, governor = True, chained
        if event_type in INTRANSITIVE_TYPES or passive:
            controller = _object_of_governing_verb(trigger)
            if controller is not None:
                return controller
            subject = _real_subject(subject_of(governor))
            if (
                subject is not None
                and subject.lower_ in FIRST_PERSON_PLURAL
                and _organisation_speaking(subject)
            ):
                subject = _people_after_the_speaker(subject, trigger)
            if passive and subject is not None and not _own_subject(governor):
                # "Farmers were barred from the zone, and three residents caught gathering wood
                # there were arrested": a subject borrowed from the verb the passive is joined
                # to yields to the people a participle took from the passive itself
                subject = subject_lost_to_a_participle(governor) or subject
            if subject is not None and read_victims(subject) is None and trigger.dep_ == "conj":
                # "… are held in Kunming and face being deported": a word of the verb phrase
                # parsed as the second verb's subject; the people are the first verb's.
                shared = _real_subject(subject_of(trigger.head))
                subject = shared if shared is not None and read_victims(shared) is not None else subject
            if subject is None and (verb_above := verb_past_a_time_noun(governor)) is not None:
                subject = _real_subject(subject_of(verb_above))
            if subject is None and passive:
                subject = subject_lost_to_a_participle(governor) or _subject_taken_by_a_phrase(governor)
            if subject is None:
                subject = _subject_taken_by_a_telling(governor)
            if subject is not None:
                return subject
        if event_type in TRANSITIVE_TYPES and not passive:
            # "shot and killed a man": conjoined verbs share their object.
            for verb in (trigger, *(c for c in trigger.children if c.dep_ == "conj"), trigger.head):
                if verb is not trigger and verb.i == trigger.head.i and trigger.dep_ != "conj":
                    break  # (a verb the trigger is not joined to has objects of its own)
                obj = _people_object(verb)
                if obj is None and verb is trigger:
                    obj = _counted_object(trigger) or _object_taken_for_subject(trigger)
                if (
                    obj is not None
                    and verb is not trigger
                    and verb.dep_ == "conj"
                    and not _shares_object(verb, obj)
                ):
                    continue
                if obj is not None:
                    return obj
        if event_type in INTRANSITIVE_TYPES or (
            event_type == "repatriation"
            and not passive
            and trigger.lemma_.lower() in GOING_VERBS
            and not any(c.dep_ in {"dobj", "obj", "dative"} for c in trigger.children)
            and goes_from_abroad_to_the_north(trigger)
        ):
            return subject_of(trigger)
        # "agents took his wife and brother in for questioning": a gerund of purpose with no
        # object of its own befalls whom the verb it serves takes
        return _purpose_of_a_handing(trigger) if trigger.dep_ == "pcomp" else None
    # A noun trigger: "the execution of nine people", "their disappearance", "his arrest".
    # ("China's return of 30 North Koreans", "Laos's deportation last week of nine defectors": a
    # possessive that names no people beside an "of" phrase that does is the doer; the people are
    # the "of" phrase's)
    doer = next((c for c in trigger.children if c.dep_ == "poss" and not _kind_possessive(c)), None)
    if doer is not None and read_victims(doer) is None:
        for child in trigger.children:
            for people in (_of_people(child), _of_after_time(child)):
                if people is not None and read_victims(people) is not None:
                    return people
    for child in trigger.children:
        if child.dep_ == "poss" and not _kind_possessive(child):
            return child
        if (people := _of_people(child)) is not None:
            return people
        if (after := _of_after_time(child)) is not None:
            return after
        if child.dep_ == "prep" and child.lower_ in {"for", "into"}:
            # "a search for their whereabouts", "an inquiry into the whereabouts of the five"
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and owner_of(grandchild) is not None:
                    return grandchild
    return (
        _people_inquired_into(trigger)
        or _object_controller(trigger)
        or _purpose_of_a_handing(trigger)
        or _of_past_a_time(trigger)
        or _people_taken_where_it_began(trigger)
    )


# Verbs that end someone's custody ("released", "freed", "let go").
RELEASE_LEMMAS = frozenset({"release", "free", "let"})


def _released_on_payment(trigger: Token) -> Token | None:
    """ "She was released after her family paid a fine", "two women were locked up overnight and
    freed after paying fines": a fine paid to end someone's custody is the penalty of whom it
    freed. The payer is that person, unnamed ("after paying"), or their kin ("her family", "their
    sons"), who pay for them; so the people are the subject of the verb of release."""
    if trigger.lemma_.lower() != "pay":
        return None
    payer = subject_of(trigger) if trigger.dep_ != "pcomp" else None
    if payer is not None and payer.lemma_.lower() not in kin_words():
        return None
    verb = trigger.head if trigger.dep_ == "advcl" else None
    if trigger.dep_ == "pcomp" and trigger.head.dep_ == "prep":
        verb = trigger.head.head
    if verb is None or verb.pos_ not in {"VERB", "AUX"}:
        return None
    while verb.dep_ == "xcomp" and verb.head.i != verb.i:
        verb = verb.head  # "was let go after his family paid"
    if verb.lemma_.lower() not in RELEASE_LEMMAS:
        return None
    released = _real_subject(subject_of(verb))
    return released if released is not None and read_victims(released) is not None else None


def _people_inquired_into(noun: Token) -> Token | None:
    """ "The command opened an investigation into 25 officers", "an inquiry into the five guards":
    an inquiry "into" people questions them. The parse often hangs the "into" phrase on the verb
    that opens the inquiry rather than on the noun, so the verb's "into" after the noun counts."""
    phrases = [c for c in noun.children if c.dep_ == "prep"]
    if noun.dep_ == "dobj":
        phrases += [c for c in noun.head.children if c.dep_ == "prep" and c.i > noun.i]
    for phrase in phrases:
        if phrase.lower_ != "into":
            continue
        for people in (c for c in phrase.children if c.dep_ == "pobj"):
            if read_victims(people) is not None:
                return people
    return None


def _people_taken_where_it_began(noun: Token) -> Token | None:
    """ "They were taken to the holding centre in Onsong, where interrogations began the same
    night": a noun act with no people of its own, told as the subject of a "where" clause on
    the place people were taken to, befalls those people (the subject of the verb the place
    hangs on)."""
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "relcl":
        return None
    if not any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children):
        return None
    clause = next((a for a in verb.head.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if clause is None:
        return None
    subject = _real_subject(subject_of(clause))
    return subject if subject is not None and read_victims(subject) is not None else None


# What may open a sentence before a number that stands for people: "The two", "All three".
NUMBER_OPENERS = frozenset({"the", "all", "these", "those"})


def _number_facing(trigger: Token) -> Token | None:
    """ "The two face months of interrogation", "All three face long terms in a camp": a number
    opening the sentence stands for people told before, as the subject of "face"; the parse
    takes "two face" for a noun ("two faces") or leaves the verb without a subject. The number is
    whom the penalty or the questioning after "face" befalls."""
    doc = trigger.doc
    sentence = sentence_of(trigger)
    start = sentence.start + (doc[sentence.start].lower_ in NUMBER_OPENERS)
    number = doc[start]
    if start + 1 > trigger.i or not number.like_num or number.dep_ in {"nsubj", "nsubjpass"}:
        return None
    if not _faces(number):
        return None
    face = doc[start + 1]
    # The act is what they face, in the words after "face" ("two face masks were seized": not)
    faced = face if face.pos_ in {"VERB", "AUX"} else face.head
    return number if face.i <= trigger.i <= faced.right_edge.i else None


# How far above the act its "face" may stand: "face [execution]", "faces [being sent] to a camp".
FACED_DEPS = frozenset({"dobj", "xcomp"})


def _facing_subject(trigger: Token) -> Token | None:
    """ "The broker faces a possible death sentence", "the watchmen could face the death
    penalty", "two guards have been detained and face a military tribunal", "he is held in Rason
    and faces being sent to a camp", "the official was feared to face execution": a penalty or
    questioning faced befalls the subject of "face" (through the verbs it is joined to or raised
    by), not the penalty the parse gives as the verb's object. None when "face" is not the verb
    of the act or its subject names no people."""
    face = trigger if _verb_face(trigger) or trigger.dep_ not in FACED_DEPS else trigger.head
    if not _verb_face(face):
        return None
    subject = _real_subject(subject_of(face))
    if subject is None or subject.i == trigger.i or read_victims(subject) is None:
        return None
    return subject


def _receiving_subject(trigger: Token) -> Token | None:
    """ "The guard received ten years in a kyohwaso", "the two women got five years each": a
    penalty told by a verb of taking it (people.json's penalty_receiving_verbs) befalls the
    verb's subject, not its object, which is the term. Only in the active voice ("ten years were
    received" names no one) and only when the subject names people. Without it a second penalty
    of the sentence ("…, and his sons were banished to a farm") lends its people to the first and
    the two are read as one."""
    if trigger.pos_ not in {"VERB", "AUX"} or is_passive(trigger):
        return None
    if trigger.lemma_.lower() not in people_words()["penalty_receiving_verbs"]:
        return None
    subject = _real_subject(subject_of(trigger))
    if subject is None or subject.like_num or read_victims(subject) is None:
        return None  # (a bare number, "… and two received six months", is some of a group told)
    return subject


def _verb_face(token: Token) -> bool:
    """The verb "face", in any form ("faces", "faced", "facing")."""
    return token.lemma_.lower() == "face" and token.pos_ in {"VERB", "AUX"}


def _faces(number: Token) -> bool:
    """A number of two or more written right before "face" or "faces" ("the two face ...")."""
    doc = number.doc
    return (
        number.like_num
        and number.i + 1 < len(doc)
        and doc[number.i + 1].lower_ in FACE_FORMS
        and (parse_number(number.text) or 0) > 1
    )


def _shares_object(verb: Token, obj: Token) -> bool:
    """Is the object of a verb joined to the trigger after it the trigger's too? "Police
    arrested and questioned two men", "border troops shot and wounded a smuggler": a second verb
    with no subject of its own, whose object names people, shares it with the first (its subject
    too); "arrested the man and soldiers beat his wife" or "arrested and seized two phones" do not."""
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    return read_victims(obj) is not None


def _people_object(verb: Token) -> Token | None:
    """The object of a verb, as the people it acts on. "The court fined each of them 2,000 won":
    a word for all of some people ("each", "all") with "of" stands for the people after "of".
    "fined them 2,000 won each", "fined 14 traders 4,000 won each": a verb with two objects acts
    on the one that names people (the indirect object), not on the amount or thing."""
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    if obj is not None and obj.lower_ in people_words()["whole_quantifiers"]:
        of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = _of_people(of) if of is not None else None
        if whole is not None and read_victims(whole) is not None:
            return whole
    if obj is None or read_victims(obj) is None:
        dative = next((c for c in verb.children if c.dep_ == "dative"), None)
        if (
            dative is not None
            and dative.pos_ in {"NOUN", "PROPN", "PRON"}
            and read_victims(dative) is not None
        ):
            return dative
    if obj is None and (called_in := _people_called_in(verb)) is not None:
        return called_in
    return obj


# Verbs whose particle "in" names an authority summoning or hauling people ("called in the
# couple", "hauled in three traders"); the parser often reads the particle as a preposition.
IN_PARTICLE_VERBS = frozenset({"call", "haul", "pull"})


def _people_called_in(verb: Token) -> Token | None:
    """ "In May the police called in the widow and her brothers", "State Security has started
    calling in relatives of people who fled": the particle "in" of a summoning verb, parsed as a
    preposition right after the verb, leaves the people as its object; they are the verb's object.
    Only people, and only these verbs: "arrested in the city", "shot in the leg" name a place or a
    part, not whom the act befell."""
    if verb.lemma_.lower() not in IN_PARTICLE_VERBS:
        return None
    prep = next(
        (c for c in verb.children if c.dep_ == "prep" and c.i == verb.i + 1 and c.lower_ == "in"), None
    )
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or read_victims(obj) is None:
        return None
    return obj


def _purpose_of_a_handing(noun: Token) -> Token | None:
    """ "The officer was handed to the security command for investigation", "police handed the
    three women to state security for investigation": an act named as the purpose ("for") of a verb that moves or
    holds people befalls the people that verb moves or holds (its object, or its subject when it
    is passive)."""
    prep = noun.head
    if noun.dep_ not in {"pobj", "pcomp"} or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    # ("handed them to state security for investigation": the parse may hang the purpose on the goal)
    while verb.pos_ != "VERB" and verb.dep_ in {"pobj", "prep"} and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ != "VERB":
        return None
    people = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not people and is_passive(verb):
        people = [s for s in (subject_of(verb),) if s is not None]
    return next((p for p in people if read_victims(p) is not None), None)


def _of_people(prep: Token) -> Token | None:
    """The object of a noun's "of", "on" or "against" phrase: "the execution of nine people" (not
    a day: "the forced return on April 25 of 50 North Koreans" is of the North Koreans)."""
    if prep.dep_ == "prep" and prep.lower_ in {"of", "on", "against"}:
        obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
        return None if obj is not None and prep.lower_ == "on" and is_time(obj) else obj
    return None


def _of_after_time(prep: Token) -> Token | None:
    """ "The reported execution in October of a department director": a time phrase told between
    the act's noun and its "of" phrase; the parse hangs the "of" phrase on the time, but it names
    whom the act befell, as "the execution of a department director in October" does."""
    if prep.dep_ != "prep" or prep.lower_ not in {"in", "on", "during"}:
        return None
    for when in (c for c in prep.children if c.dep_ == "pobj" and is_time(c)):
        for of in (c for c in when.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in (g for g in of.children if g.dep_ == "pobj" and not is_time(g)):
                return obj
    return None


INTERRUPTING_TIME_PREPOSITIONS = frozenset({"in", "on", "during"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})


def _of_past_a_time(trigger: Token) -> Token | None:
    """ "The measures followed the arrest last month of two soldiers", "condemned the forced return
    on April 25 of more than 50 North Koreans": a time phrase told between an act's noun and its
    "of" phrase; the parse hangs the "of" phrase on the verb (or the time) instead of the noun,
    but it names whom the act befell, as "the arrest of two soldiers last month" does. So a place
    or a custody: "recorded the death in custody of a young nurse", "the execution on 3 June in
    Hyesan of a farmer" (the nurse's death, the farmer's execution). Only words of time, places
    named, words of confinement and "in", "on", "during" may stand between the noun and its "of"."""
    doc = trigger.doc
    confinement = lexicon().cues["confinement_places"]
    told_between = False
    for token in doc[trigger.i + 1 : min(len(doc), trigger.i + 7)]:
        if token.lower_ == "of" and token.dep_ == "prep":
            if not told_between or token.head.i == trigger.i:
                return None
            people = next((g for g in token.children if g.dep_ == "pobj"), None)
            if people is None or is_time(people) or read_victims(people) is None:
                return None
            return people
        if token.ent_type_ in TIME_ENTITIES | PLACE_ENTITIES or token.lower_ in confinement:
            told_between = True
        elif token.lower_ not in INTERRUPTING_TIME_PREPOSITIONS:
            return None
    return None


def _kind_possessive(owner: Token) -> bool:
    """ "faced a people's trial", "sent before a people's court": "people's" names a kind of court
    (the people as a whole judging), not whose trial it is; the accused are told elsewhere in the
    clause ("a farmer faced a people's trial": the farmer)."""
    return owner.lemma_.lower() == "people" and not any(
        c.like_num or c.dep_ in {"nummod", "amod"} for c in owner.children
    )


def _object_controller(noun: Token) -> Token | None:
    """ "left his parents to endure interrogation", "forced the women to undergo beatings": the
    happening is the object of an infinitive with no subject of its own, which tells of the
    object of the verb above it."""
    verb = noun.head
    if (
        noun.dep_ != "dobj"
        or verb.dep_ != "xcomp"
        or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
    ):
        return None
    obj = next((c for c in verb.head.children if c.dep_ in {"dobj", "obj"} and c.i < verb.i), None)
    return obj if obj is not None and read_victims(obj) is not None else None


def _reduced_passive(verb: Token) -> bool:
    """ "a man handed back by China last autumn died": a participle describing a noun tells of
    what was done to it (the tagger often reads such a participle as a past tense)."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ in {"VBN", "VBD"}
        and not any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "aux"} for c in verb.children)
    )


def verb_past_a_time_noun(verb: Token) -> Token | None:
    """ "he was arrested by police that spring and handed over to the North": the parser may hang
    a second verb on the time noun that ends the first verb's phrase ("that spring", "last
    week"), as if the noun were joined to it; the verb is the first verb's conjunct and shares its
    subject. The verb that time noun modifies, when a conjunct verb hangs on such a noun; else
    None."""
    noun = verb.head
    if verb.dep_ != "conj" or verb.pos_ != "VERB" or noun.pos_ not in {"NOUN", "PROPN"}:
        return None
    if noun.dep_ != "npadvmod" or not is_time(noun):
        return None
    return noun.head if noun.head.pos_ in {"VERB", "AUX"} and noun.head.i != noun.i else None


def is_time(token: Token) -> bool:
    """ "the following day", "two weeks", "last March": time, never people."""
    if token.lemma_.lower() in person_nouns() or _year_old(token):
        return False
    return token.ent_type_ in TIME_ENTITIES or token.lower_ in people_words()["time_nouns"]


def _counted_object(verb: Token) -> Token | None:
    """ "executed between five and seven people", "arrested about 30 people": a count word the
    parse took for a preposition still introduces the object."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in COUNT_PREPOSITIONS):
        for obj in (g for g in prep.children if g.dep_ == "pobj"):
            if any(c.dep_ == "nummod" for c in obj.children) and read_victims(obj) is not None:
                return obj
    return None


def _object_taken_for_subject(verb: Token) -> Token | None:
    """ "China returned more than 30 North Koreans who had been caught, an activist said": when a
    long object is followed by the reporting clause, the parse often makes the people the subject
    of "said". People that begin right after a transitive verb which has no object of its own,
    and are the subject of a verb further on that governs it, are the verb's object.

    Two more shapes of the same misreading, each with the teller set off by a comma: "Chinese
    authorities on Tuesday handed over to North Korea nine people who had been caught at sea,
    activists said" (the object comes after the verb's particle and its "to" phrase), and
    "Police deported around 60 North Koreans held in Jilin, a source confirmed" (the parse hangs
    the reporting verb under the trigger, not the trigger under it)."""
    if verb.i + 1 >= len(verb.doc) or any(c.dep_ in {"dobj", "obj", "nsubjpass"} for c in verb.children):
        return None
    begin = _after_particles_and_goals(verb)
    if begin >= len(verb.doc):
        return None
    first = verb.doc[begin]
    for head in (first, *first.ancestors):
        if head.dep_ in {"nsubj", "nsubjpass"} and head.left_edge.i == begin:
            verb_after = head.head
            # Only when that verb governs the trigger ("returned … said"); in "made us squat" the
            # people are rightly the subject of the small clause the verb itself governs.
            governs = any(a.i == verb_after.i for a in verb.ancestors)
            if verb_after.i <= head.i or read_victims(head) is None:
                return None
            if governs and begin == verb.i + 1:
                return head
            # (the wider shapes only with a comma before the reporting verb: in "deported to
            # North Korea, activists said" the subject of "said" is its teller)
            told_apart = any(t.text == "," for t in verb.doc[head.i + 1 : verb_after.i])
            reported = verb_after.dep_ == "ccomp" and verb_after.head.i == verb.i and _reporting(verb_after)
            if told_apart and (governs or reported):
                return head
            return None
        if head.i == verb.i or head.left_edge.i != begin:
            return None
    return None


def _reporting(verb: Token) -> bool:
    """Is the verb one of telling ("said", "confirmed")?"""
    return verb.lemma_.lower() in lexicon().cues["reporting_verbs"]


def _after_particles_and_goals(verb: Token) -> int:
    """The index of the first word after a verb past its particle and the phrases of place and
    time written straight after it: "handed [over] [to North Korea] [on Tuesday] nine people"."""
    doc, i = verb.doc, verb.i + 1
    moved = True
    while moved and i < len(doc):
        moved = False
        for child in verb.children:
            if child.i == i and child.dep_ in {"prt", "prep", "npadvmod"}:
                i = child.right_edge.i + 1
                moved = True
                break
    return i


# The auxiliaries of a passive: "was arrested", "got caught".
PASSIVE_AUXILIARIES = frozenset({"be", "get"})


def _active_on_people(verb: Token) -> bool:
    """A verb the parse took for a passive that has people as its direct object is active: a
    passive's object can only be a thing ("was handed a ten-year sentence"). "… since State
    Security agents arrested at least four money changers" (the past tense read as a participle
    describing "agents"), "Border troops in Dornogobi aimag detained three citizens" (a place
    word read as the passive's auxiliary, which is only ever "be" or "get")."""
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    auxiliaries = [c for c in verb.children if c.dep_ == "auxpass"]
    if any(a.lemma_.lower() in PASSIVE_AUXILIARIES for a in auxiliaries):
        return False
    if not auxiliaries and verb.dep_ not in {"acl", "advcl"}:
        return False
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "obj"}), None)
    return (
        obj is not None
        and obj.pos_ in {"NOUN", "PROPN"}
        and (found := read_victims(obj)) is not None
        and (found.count_min is not None or found.group != "other")
    )


def counted_acts(noun: Token) -> Victims | None:
    """ "The campaign has led to at least 15 arrests", "the office documented two executions in
    the province": a counted plural noun of the act with no people of its own ("of" or an owner)
    counts the people it befell, one arrest or execution a person."""
    if noun.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in noun.children):
        return None
    if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of") for c in noun.children):
        return None
    count = _part_count(noun)
    if count is None or not count[0]:
        return None
    return Victims("people", count[0], count[1], "other")


def _passive_conjunct(verb: Token) -> bool:
    """ "were detained in Laos and sent back to China": the second verb, which the tagger may
    read as a past tense, shares the passive subject of the first when it has no object. (A
    verb whose participle is its bare form, "put", "cut", may be tagged as a bare verb: with no
    auxiliary of its own after "were held and", it can only be the participle.)"""
    return (
        verb.dep_ == "conj"
        and (
            verb.tag_ in {"VBD", "VBN"}
            or (verb.tag_ == "VB" and not any(c.dep_ == "aux" for c in verb.children))
        )
        and is_passive(verb_past_a_time_noun(verb) or verb.head)
        and not any(
            c.dep_ in {"dobj", "obj", "nsubj"} and not is_time(c) and not _boarded_vehicle(c)
            for c in verb.children
        )
    )


def _boarded_vehicle(obj: Token) -> bool:
    """ "We were held for a week and then put on a lorry": in a passive chain the parser may
    read "on a lorry" as a particle and an object; the vehicle is where the people were put, not
    whom the verb acts on."""
    return obj.dep_ in {"dobj", "obj"} and any(
        c.dep_ == "prt" and c.lower_ in BOARDING_PARTICLES and c.i < obj.i for c in obj.head.children
    )


def _chained_participle(verb: Token) -> Token | None:
    """ "We were chained in pairs, four to a row, and marched over the bridge": a participle
    with no subject or object of its own that ends a passive chain, which the parser hung on a
    word of the chain that is no verb ("four"), shares the passive subject of the nearest verb
    above it. That verb, or None."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ != "VBN"
        or verb.head.pos_ in {"VERB", "AUX"}
        or any(c.dep_ in {"nsubj", "nsubjpass", "dobj", "obj", "aux"} for c in verb.children)
    ):
        return None
    governor = next((a for a in verb.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if governor is None or not (is_passive(governor) or _passive_conjunct(governor)):
        return None
    return governor


def _real_subject(subject: Token | None) -> Token | None:
    """ "Nine men trying to flee were caught" parses the participle as a clausal subject: the
    people are that participle's own subject."""
    if subject is not None and subject.dep_ in {"csubj", "csubjpass"}:
        inner = next((c for c in subject.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if inner is not None:
            return inner
    return subject


def subject_lost_to_a_participle(verb: Token) -> Token | None:
    """ "Two men wanted since May were detained on Tuesday", "six people caught smuggling wire had
    been sentenced", "The men, said to be in their 30s, had been arrested": a participle right
    after the people is often parsed as their own verb, leaving the passive that is their real
    verb with no subject. The subject of the verb before the passive's auxiliaries, when that
    verb is a bare participle written straight after it (or after a comma), is the passive's."""
    own = _subject_lost_before(verb)
    if own is None and verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"} and verb.head.i < verb.i:
        return subject_lost_to_a_participle(verb.head)  # "… had been arrested and were shot"
    return own


def _subject_taken_by_a_phrase(verb: Token) -> Token | None:
    """ "He said that in the summer of 2018 two inmates who had tried to run were shot", "In
    Hyesan, Ryanggang, some thirty people who skipped the planting were rounded up": the parse
    may hang the people (with their relative clause) on a phrase of time or place before them,
    leaving the passive with no subject. People whose phrase ends right before the passive's
    auxiliaries are its subject."""
    auxiliaries = [c.i for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not any(verb.doc[i].dep_ == "auxpass" for i in auxiliaries):
        return None
    start = min(auxiliaries)
    sentence = sentence_of(verb)
    if start - 1 < sentence.start or verb.doc[start - 1].is_punct:
        return None
    token = verb.doc[start - 1]
    for candidate in (token, *token.ancestors):
        if candidate.i >= start or candidate.right_edge.i != start - 1:
            return None
        if (
            candidate.pos_ in {"NOUN", "PROPN"}
            and candidate.dep_ in {"pobj", "appos", "dobj"}
            and (any(c.dep_ == "relcl" for c in candidate.children) or _set_on_a_place(candidate))
            and (found := read_victims(candidate)) is not None
            and found.count_min is not None
        ):
            return candidate
    return None


def _set_on_a_place(noun: Token) -> bool:
    """ "At the mine in North Hamgyong Province, the manager and two engineers were arrested": the
    parse may take people written after a comma for an appositive of the place that ends the
    opening phrase; people are never another name for a place."""
    place = noun.head
    return (
        noun.dep_ == "appos"
        and noun.left_edge.i > 0
        and noun.doc[noun.left_edge.i - 1].text == ","
        and place.i < noun.i
        and place.ent_type_ in PLACE_ENTITY_LABELS
    )


def _subject_taken_by_a_telling(verb: Token) -> Token | None:
    """ "Their parents have been told the pair could be expelled", "Officials suspect the pair,
    both in their twenties, have fled": after a verb of telling or believing, the parse takes
    the subject of the clause told for that verb's object and leaves the clause's verb with no
    subject. The object, written between the two verbs, is whom the clause tells of."""
    while verb.dep_ == "conj" and verb.head.i != verb.i and not _own_subject(verb):
        verb = verb.head  # "could be expelled and sent to a camp"
    if _own_subject(verb):
        return None
    if verb.dep_ == "ccomp" and verb.head.i < verb.i:
        teller = verb.head
    else:  # the parse may make the clause's verb the root and the telling its complement
        teller = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i), None)
    if teller is None or not _reporting(teller):
        return None
    obj = next((c for c in teller.children if c.dep_ == "dobj" and teller.i < c.i < verb.i), None)
    return obj if obj is not None and read_victims(obj) is not None else None


def _own_subject(verb: Token) -> bool:
    """Has the verb a subject of its own in the parse (not one shared from a verb it is joined to)?"""
    return any(c.dep_ in {"nsubj", "nsubjpass", "csubj", "csubjpass"} for c in verb.children)


def _subject_lost_before(verb: Token) -> Token | None:
    """`subject_lost_to_a_participle` for the verb's own auxiliaries."""
    auxiliaries = [c.i for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if not any(verb.doc[i].dep_ == "auxpass" for i in auxiliaries):
        return None
    start, sentence = min(auxiliaries), sentence_of(verb)
    subjects = [t for t in verb.doc[sentence.start : start] if t.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return None
    people = subjects[-1]
    participle = people.head
    if (
        participle.i <= people.i
        or participle.i >= start
        or participle.tag_ not in {"VBD", "VBN"}
        or any(c.dep_ in {"aux", "auxpass"} for c in participle.children)
        or any(t.text != "," for t in verb.doc[people.i + 1 : participle.i])
    ):
        return None
    # The participle's phrase must run straight on to the auxiliaries ("the men, said to be in
    # their 30s, had been"), not end a clause of its own ("…, the pastor said, and are in danger
    # of being handed back").
    own = {t.i for t in participle.subtree}
    if participle.head.i != verb.i:  # (not hung on the passive itself as an aside)
        own -= {t.i for t in verb.subtree}
    if not own or any(not verb.doc[i].is_punct for i in range(max(own) + 1, start)):
        return None
    return people if read_victims(people) is not None else None


def _object_of_governing_verb(trigger: Token) -> Token | None:
    """ "Police caught a family of three trying to cross the river": a participle with no subject
    of its own, hung on the verb, tells of that verb's object (the parse often attaches it to
    the verb, whose subject is who caught them)."""
    current = trigger
    for _ in range(4):
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
            return None
        if current.dep_ == "advcl" and current.tag_ == "VBG":
            obj = next((c for c in current.head.children if c.dep_ in {"dobj", "obj"}), None)
            if obj is not None and obj.i < current.i and read_victims(obj) is not None:
                return obj
            return None
        if current.dep_ not in {"xcomp", "conj"} or current.head.i == current.i:
            return None
        current = current.head
    return None


def _count_tokens(head: Token) -> list[Token]:
    """Number words attached to a noun: its own, and in "a family of three" the one after 'of'."""
    found = [
        c
        for c in head.children
        if c.dep_ in {"nummod", "quantmod"} or (c.like_num and c.dep_ in {"amod", "compound"})
    ]
    if len(found) > 1:
        # "in the summer of 2018 two inmates …": a year the parse hung on the people beside
        # their own count is a date, not a number of people
        found = [t for t in found if not _year_number(t)] or found
    if not found:
        found = _count_on_a_modifier(head)
    if head.lemma_.lower() in lexicon().cues["groups"]["family"] or _sized_collective(head):
        size = _family_size(head)
        found += [t for t in head.subtree if size and t.like_num and parse_number(t.text) == size]
    return found


def _year_number(token: Token) -> bool:
    """Is the token a year written in figures ("2018")?"""
    return len(token.text) == 4 and token.text.isdigit() and 1900 <= int(token.text) <= 2100


def _count_on_a_modifier(head: Token) -> list[Token]:
    """ "three Hyesan residents", "two co-workers", "five co-defendants": a count written before
    the words that modify the noun (a town's name, the first piece of a hyphenated word, which the
    tokenizer splits off) is the noun's count, though the parse hangs it on the modifier ("three"
    on "Hyesan", "two" on "co"). Only the words just before the noun are walked: its own
    compounds and adjectives and the pieces of a hyphenated word."""
    doc = head.doc
    between = {head.i}
    i = head.i - 1
    while i >= 0 and head.i - i <= 4:
        token = doc[i]
        if token.like_num:
            # (a number written inside the hyphenated word is its own: "ten-year-old")
            own = token.dep_ in {"nummod", "compound"} and token.head.i in between and bool(token.whitespace_)
            return [token] if (own and len(between) > 1) or _count_taken_by_a_month(token) else []
        if not (_modifies_in_place(token, between) or _hyphen_piece(token)):
            return []
        between.add(i)
        i -= 1
    return []


def _count_taken_by_a_month(number: Token) -> bool:
    """ "In June three young men were given prison terms", "In March eleven people were fined": a
    number written in words right after a month is the count of the people after it, not a day
    of the month (reports write days in figures), though the tagger reads "June three" as a
    date and the parse hangs the number on the month."""
    month = number.head
    return (
        number.is_alpha
        and number.dep_ == "nummod"
        and month.i == number.i - 1
        and month.pos_ == "PROPN"
        and month.ent_type_ == "DATE"
        and month.lower_[:3] in MONTHS  # (a month's name, whole or shortened: "June", "Sept.")
    )


def _modifies_in_place(token: Token, phrase: set[int]) -> bool:
    """A compound or adjective inside the noun phrase being walked ("Hyesan" of "Hyesan residents")."""
    return token.dep_ in {"compound", "amod"} and token.head.i in phrase and token.pos_ != "NUM"


def _hyphen_piece(token: Token) -> bool:
    """A hyphen written inside a word, or the piece before it ("co" and "-" of "co-workers")."""
    doc = token.doc
    if token.text == "-":
        return not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return after is not None and after.text == "-" and not token.whitespace_ and not after.whitespace_


def _modifier_before(token: Token) -> str | None:
    """'more than', 'about', 'at least' … written just before a number."""
    doc = token.doc
    modifiers = lexicon().cues["count_modifiers"]
    for width in (3, 2, 1):
        start = token.i - width
        if start < 0:
            continue
        words = " ".join(token_table(doc).lower[start : token.i])
        if words in modifiers and doc[start].dep_ != "prt":
            return modifiers[words]  # ("handed over 11 people": the verb's particle, not "more than")
    return None


def _bounds(value: int, modifier: str | None) -> tuple[int | None, int | None]:
    if modifier == "above":
        return value + 1, None
    if modifier == "at_least":
        return value, None
    if modifier == "at_most":
        return None, value
    if modifier == "below":
        return None, value - 1
    return value, value


# Group nouns that, before a title, make part of a rank ("a staff sergeant" is a soldier, not staff).
RANK_MODIFIERS = frozenset({"staff"})


def group_of(head: Token) -> str:
    """The group the noun itself names ("troops": soldiers), else its modifiers ("young people")."""
    groups = victim_groups()
    own = {head.lemma_.lower(), head.lower_}
    # Nationality words name people only as nouns ("North Koreans"), not as modifiers ("Chinese currency").
    modifiers = {c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}} - NATIONALITY_WORDS
    modifiers -= RANK_MODIFIERS
    for words in (own, modifiers):
        for group, names in groups.items():
            if not words.isdisjoint(names):
                return group
    if head.lower_ in PRONOUNS_SINGULAR:
        return "individual"
    return "other"


def read_victims(head: Token) -> Victims | None:
    """The group and count a noun phrase names; None when it names no people (read once per
    token: every stage of the events reading asks about the same phrases)."""
    cache = head.doc.user_data.setdefault("tessera_victims", {})
    if head.i not in cache:
        cache[head.i] = _with_stated_total(head, _with_set_apart_list(head, _read_victims(head)))
    return cache[head.i]


# Marks that set a gloss of the group apart after it and close it ("—", ",", a bracket).
GLOSS_OPENERS = frozenset({",", "—", "–", "--", "("})
GLOSS_CLOSERS = frozenset({",", "—", "–", "--", ")", ".", ";"})


def _with_stated_total(head: Token, victims: Victims | None) -> Victims | None:
    """ "Their families, at least 30 people in all, were banished", "expelled five households
    whose members had defected — seventeen people in all — to farms": a number set apart right
    after the group and closed by "in all" (people.json's total_markers) counts its people,
    whatever the group's own words count (households, families, a list of kin)."""
    if victims is None:
        return None
    total = _total_glossed(head)
    if total is None:
        return victims
    return Victims(victims.text, total[0], total[1], victims.group)


def _total_glossed(head: Token) -> tuple[int | None, int | None] | None:
    """The count of a gloss "N (people) in all" set apart right after the phrase of `head`."""
    sentence = sentence_of(head)
    markers = total_markers()
    table = token_table(head.doc)
    texts = table.text
    # (the marks after the phrase found in the Doc's table: no Token is built for the other words)
    for mark in range(head.i + 1, sentence.end):
        if texts[mark] not in GLOSS_OPENERS:
            continue
        opener = head.doc[mark]
        # the gloss follows the group's own phrase: every word before the mark belongs to it
        if not all(head.is_ancestor(t) for t in head.doc[head.i + 1 : opener.i]):
            return None
        words = table.lower[opener.i + 1 : min(opener.i + 9, sentence.end)]
        for marker in markers:
            at = next((k for k in range(1, len(words)) if words[k : k + len(marker)] == marker), None)
            if at is None or at > 6:
                continue
            after = opener.i + 1 + at + len(marker)
            if after < sentence.end and texts[after] not in GLOSS_CLOSERS:
                continue
            return _count_of_gloss(list(head.doc[opener.i + 1 : opener.i + 1 + at]))
    return None


def _count_of_gloss(tokens: list[Token]) -> tuple[int | None, int | None] | None:
    """ "at least 30 people", "some 150", "about a dozen": the count the words of a gloss give."""
    nouns = [t for t in tokens if t.pos_ in {"NOUN", "PROPN"} and not t.like_num and t.lower_ != "dozen"]
    if nouns and (len(nouns) > 1 or _read_victims(nouns[0]) is None):
        return None  # ("six buses in all"): a total of things, not of people
    counted = (
        nouns[0] if nouns else next((t for t in reversed(tokens) if t.like_num or t.lower_ == "dozen"), None)
    )
    if counted is None:
        return None
    count = _part_count(counted)
    return count if count is not None and count[0] else None


# Marks that set a whole list apart as a gloss of the noun before it (a comma also joins lists).
SET_APART_MARKS = frozenset({"—", "–", "--", ":", "("})


def _with_set_apart_list(head: Token, victims: Victims | None) -> Victims | None:
    """A group with no number of its own glossed by a list set apart after it by a dash, colon or bracket ("a
    group of defectors — three women, a man and two boys — was held", "the family: a farmer, his
    wife and their son"): the list counts the group (six, three)."""
    if victims is None:
        return None
    glosses = [
        c
        for c in head.children
        if c.dep_ == "appos"
        and c.i > head.i
        and (
            any(t.text in SET_APART_MARKS for t in head.doc[head.i + 1 : c.left_edge.i])
            or _family_listed_by_comma(head, c)
        )
    ]
    if not glosses:
        return victims
    text = victims.text.rstrip(" ,—–-:(")  # "The family — ,": the gloss cut away leaves its marks
    victims = Victims(text, victims.count_min, victims.count_max, victims.group)
    if own := _own_number(head):
        # "a family of five — a couple, their two sons and a grandmother —", "a group of 12 —
        # seven women and five men —": the group's own number counts it; the list only splits it
        # (the parse may have added the list to it).
        return Victims(victims.text, own[0], own[1], victims.group)
    # The parse may hang each part of the list on the group ("the family — a couple in their
    # 40s, their son and his grandmother —": "couple" and "son" both glosses): the parts add up.
    low, high, counted = 0, 0, set()
    for gloss in glosses:
        if gloss.i in counted:
            continue
        listed = read_victims(gloss)
        if listed is None or not listed.count_min:
            return victims
        counted.update(t.i for t in written_list(gloss) or [gloss, *coordinated(gloss)])
        low += listed.count_min
        high = None if high is None or listed.count_max is None else high + listed.count_max
    if not low:
        return victims
    return Victims(victims.text, low, high, victims.group)


def _family_listed_by_comma(head: Token, gloss: Token) -> bool:
    """ "The family, a fisherman, his wife, his sister and her husband, left at night": a family
    noun glossed after a comma by a list of its members (a person and kin) is counted by the
    list, as with a dash; a single person after the comma ("the family, a farmer's") is not."""
    if head.lemma_.lower() not in victim_groups()["family"] or head.tag_ != "NN":
        return False
    members = written_list(gloss) or [gloss, *coordinated(gloss)]
    return len(members) >= 2 and any(t.lemma_.lower() in kin_words() for t in members[1:])


def _own_number(head: Token) -> tuple[int | None, int | None] | None:
    """The number a group noun carries itself: "the five", "a family of four", "a group of 12
    defectors" (on the people after its "of")."""
    if size := _family_size(head):
        return size, size
    inner = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    for token in [head, *inner]:
        if token.like_num and (value := number_of(token)):
            return _bounds(value, _modifier_before(token))
        numbers = [c for c in token.children if c.dep_ == "nummod" and c.i < token.i]
        if numbers and (value := number_of(numbers[0])):
            return _bounds(value, _modifier_before(numbers[0]))
    return None


def read_group(head: Token) -> Victims | None:
    """The people a noun names by itself: without the nouns joined to it, and without the
    count of a phrase it belongs to ("108 workers" of "108 workers and 212 women")."""
    if _read_victims(head) is None:
        return None
    part = _part_count(head)
    group = group_of(head)
    if part is None:
        return Victims(_safe_phrase(head, alone=True), None, None, group)
    return Victims(_safe_phrase(head, alone=True), part[0], part[1], group)


def _home_town(head: Token) -> bool:
    """ "a family of five from Hyesan who were caught": the name after "from" on a people noun is
    where they come from, a place the gazetteer knows, though the tagger may take it for a
    person's name."""
    if head.pos_ != "PROPN" or head.dep_ != "pobj" or head.head.lower_ != "from":
        return False
    return bool(load_gazetteer().index.get(key_tokens(place_name(head))))


@lru_cache(maxsize=1)
def vessel_words() -> frozenset[str]:
    """Craft that carry people (background.json's vessel_nouns)."""
    return frozenset(load_json("events", "background.json")["vessel_nouns"])


def _people_aboard(vessel: Token) -> Victims | None:
    """ "Guards seized a fishing boat and its crew of eight", "detained a schooner and its 21 crew
    members": a craft is no person (though a dictionary calls a trawler a fisherman too); the
    people joined to it are whom the seizure befell."""
    aboard = [t for t in coordinated(vessel) if t.lemma_.lower() not in vessel_words()]
    return read_victims(aboard[0]) if aboard else None


def _one_by_one(head: Token) -> bool:
    """ "The fishermen were questioned one by one": a manner of doing, not one person (either
    "one" of the phrase)."""
    doc = head.doc
    if head.lower_ != "one":
        return False
    after = doc[head.i + 1 : head.i + 3]
    before = doc[max(0, head.i - 2) : head.i]
    return [t.lower_ for t in after] == ["by", "one"] or [t.lower_ for t in before] == ["one", "by"]


def _sum_of_money(head: Token) -> bool:
    """ "They were fined 30,000 won each", "she paid $2,000 to a broker": a number written with a
    currency (people.json's money_words) after or before it is a sum, not people; the tagger
    may read "won" as a verb and leave the number alone as the object."""
    if not head.like_num:
        return False
    doc, money = head.doc, people_words()["money_words"]
    after = doc[head.i + 1].lower_ if head.i + 1 < len(doc) else ""
    before = doc[head.i - 1].lower_ if head.i > 0 else ""
    return after in money or before in money


# The words that, standing alone for a person, single one out of people told of: "another", "the
# second" (not "the others", "the rest": the remainder, however many). Not "the other": measured,
# it cost an event on the validation half (one of two told again, joined with the first).
ONE_APART_WORDS = frozenset({"another", "second", "third", "fourth", "fifth", "last"})
ONE_APART_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _one_person_apart(head: Token) -> bool:
    """One person singled out of a group by "another" or an ordinal with no noun after it: "Three
    guards fled; two were caught and the third was shot dead" (the shooting befell one person, not
    the three). Not "the third guard" (a noun follows: the noun is the head), "the others" or "the
    third day" (a time)."""
    if head.lower_ not in ONE_APART_WORDS or head.dep_ not in ONE_APART_DEPS or coordinated(head):
        return False
    if head.tag_ in {"NNS", "NNPS"} or any(c.dep_ in {"compound", "amod", "nummod"} for c in head.children):
        return False
    if head.lower_ == "another":
        return not any(c.dep_ == "det" for c in head.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _read_victims(head: Token) -> Victims | None:
    own_words = {head.lower_, head.lemma_.lower()}
    if own_words & vessel_words():
        return _people_aboard(head)
    named_group = any(own_words & names for names in victim_groups().values())
    if head.ent_type_ in {"GPE", "LOC", "ORG", "FAC"} and head.pos_ == "PROPN" and not named_group:
        return None  # a place or a body, unless its word names people ("the North Koreans")
    if _home_town(head):
        return None
    if _one_by_one(head) or _sum_of_money(head):
        return None
    if is_time(head) and not _faces(head):
        return None  # (not "the two face months of …", which the tagger reads as a stretch of time)
    counted_of = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if head.like_num and any(g.dep_ == "pobj" and _counted_thing(g) for g in counted_of):
        return None  # "all 10 of his fingers"
    if head.lower_ in FIRST_PERSON_SINGULAR and not coordinated(head):
        return Victims("one person", 1, 1, "individual")  # "I was beaten", "they hit me"
    if head.lower_ in FIRST_PERSON_PLURAL:
        if _organisation_speaking(head):
            return None
        if (gloss := _us_glossed(head)) is not None:
            return gloss  # "they put us in a truck, five women, and …": the tellers counted
        return Victims("people", 2, None, "other")  # "we crossed the river": the speaker and others
    if head.lower_ == "both" and head.dep_ in {"nsubj", "nsubjpass", "dobj"}:
        return Victims("both", 2, 2, "other")  # "Both are expected to be sent back": the two told of
    if _each_of_those_told(head):
        return Victims("each", None, None, "other")  # "Each was fined 50,000 won": all those told of
    if head.lemma_.lower() in COLLECTIVE_NOUNS:
        # "a group of around 29 people": the people are the ones after 'of'.
        inner = next(
            (
                g
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ),
            None,
        )
        if inner is not None:
            people = read_victims(inner) or _uncounted_people_of_a_group(inner)
            if people is not None and head.lemma_.lower() in REMAINDER_NOUNS:
                # "the rest of the crew": people of the crew, but not all of them; how many is
                # told elsewhere, if at all
                return Victims(_safe_phrase(head), None, None, people.group)
            return people
        if head.lemma_.lower() in REFERRING_COLLECTIVES and is_reference(head):
            # "The group was interrogated": the people a report has been telling of.
            return Victims(_safe_phrase(head), None, None, "other")
    parent = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if (
        parent is not None
        and parent.pos_ in {"NOUN", "NUM"}
        and _counts_people(parent)
        and not _counted_thing(head)  # not "all 10 of his fingers"
        and not _counted_whole(head, parent)
    ):
        # "hundreds of people", "four members of a family": the count is the parent's.
        bounds = _stated_total(parent) or _part_count(parent)
        if bounds is not None and bounds[0]:
            return Victims(_safe_phrase(parent), bounds[0], bounds[1], group_of(head))
    lower = head.lower_
    if _one_person_apart(head):
        return Victims(_safe_phrase(head), 1, 1, "individual")
    if lower in PRONOUNS_SINGULAR and not coordinated(head):  # not "he and his wife"
        return Victims(_safe_phrase(head), 1, 1, "individual")
    group = group_of(head)
    if group == "other" and not _names_people(head) and lower not in FIRST_PERSON_SINGULAR:
        return None  # "70 songs", "15 days": numbers, but not people ("me and my son" are)
    phrase_text = _safe_phrase(head)  # (only now: most nouns read here name no people)
    total = _stated_total(head) or _glossed_count(head) or _both_glossed(head) or _size_told_beside(head)
    if total is not None:
        return Victims(phrase_text, total[0], total[1], "defectors" if group == "other" else group)
    # "seven men and two women", "a mother and her two children": the conjoined groups add up.
    written = written_list(head)
    if written and written[0].i == head.i:
        written = [*written, *_kin_sharing_an_owner(written[-1])]
    items = written if written and written[0].i == head.i else [head, *coordinated(head)]
    parts = [_part_count(part) for part in items]
    glossed = _glossed_items(head, items)
    if (
        _breakdown(items, parts)
        or _breakdown(glossed, [_part_count(part) for part in glossed])
        or _shared_count(items, parts)
    ):
        items, parts = items[:1], parts[:1]
    elif _plural_glossed(items, parts):
        # "the two survivors, a man and his nephew": the whole group's count, else its gloss's
        items, parts = (items[:1], parts[:1]) if parts[0] and parts[0][0] else (items[1:], parts[1:])
    if len(items) > 1 and any(p is not None for p in parts):
        # "her mother and brothers": an uncounted plural in a list of counted people is two or more
        parts = [
            (2, None) if p is None and _plural_person(t) else p for t, p in zip(items, parts, strict=True)
        ]
    known = [p for p in parts if p is not None]
    if known:
        low = sum(p[0] or 0 for p in known)
        highs = [p[1] for p in known]
        high = None if len(known) < len(parts) or None in highs else sum(h for h in highs if h is not None)
        if group == "family" and head.tag_ == "NNS" and not _family_size(head):
            # "seven households were moved to farms": each household is at least one person, so
            # the count of households is the least count of people (their sizes are untold).
            return Victims(phrase_text, low or None, None, "family")
        if written and items is written:
            words = [_safe_phrase(t, alone=True) for t in written]
            phrase_text = ", ".join(words[:-1]) + " and " + words[-1]
            if any(t.lemma_.lower() in people_words()["kin_nouns"] for t in written[1:]):
                group = "family"  # "a man, his wife and their daughter"
        if low:
            single = len(parts) == 1 and high == 1
            return Victims(
                phrase_text, low, high, "individual" if single and group in ("residents", "other") else group
            )
    if group != "other" or lower in PRONOUNS_PLURAL or _plural_person_reference(head):
        return Victims(phrase_text, None, None, group)
    if head.lemma_.lower() in people_words()["kin_nouns"] and head.tag_ in {"NNS", "NNPS"}:
        return Victims(phrase_text, None, None, "family")  # "their wives and children", uncounted
    return None


def _uncounted_people_of_a_group(inner: Token) -> Victims | None:
    """ "A group of academics was recalled", "the rest of the programmers": a plural of a noun
    for people after a collective names particular people, though no number counts them and no
    victim group names their work (read alone, such a bare plural is a kind of people: "academics
    say"). Not a plural of things ("a group of buildings")."""
    if inner.tag_ not in {"NNS", "NNPS"} or inner.lemma_.lower() not in counted_person_nouns():
        return None
    return Victims(_safe_phrase(inner), None, None, group_of(inner))


def _organisation_speaking(we: Token) -> bool:
    """ "According to information we received, the 19-year-old was beaten", "We have reason to
    believe she may be sent to a camp": a "we" that tells, comes by or holds news is the group
    speaking in a statement, never people the event befell (the parse may lend it to the verb
    of the event joined after)."""
    if we.dep_ != "nsubj":
        return False
    verb, words = we.head, people_words()
    lemma = verb.lemma_.lower()
    if lemma in lexicon().cues["reporting_verbs"] or lemma in words["news_gathering_verbs"]:
        return True
    return lemma == "have" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in words["knowledge_nouns"] for c in verb.children
    )


def _people_after_the_speaker(we: Token, trigger: Token) -> Token | None:
    """ "We have reason to believe she remains under watch and may yet be sent to a camp": a
    verb the parse joins to the speaking "we" tells of the subject named between the two, the
    last before the trigger."""
    for token in reversed(trigger.doc[we.i + 1 : trigger.i]):
        if token.dep_ in {"nsubj", "nsubjpass", "dep"} and read_victims(token) is not None:
            return token
    return None


def _each_of_those_told(head: Token) -> bool:
    """ "Police detained 11 merchants at a checkpoint. Each was fined 50,000 won": "each" alone
    as a subject stands for every one of the people told just before, so the event befell all of
    them (their count, not one person). Not "each of the adults" (the people after "of" are
    read), nor "each" of a noun ("each household")."""
    return (
        head.lower_ == "each"
        and head.dep_ in {"nsubj", "nsubjpass"}
        and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    )


def _plural_person_reference(head: Token) -> bool:
    """ "Seven fishermen were picked up at sea. … The fishermen were handed back": a definite
    plural of any noun for people (counted_person_nouns(), not only the victim groups' nouns)
    points back to people told of before, so it names people whose count the reference may take
    up ("the loggers", "the sailors", "these believers")."""
    if head.tag_ not in {"NNS", "NNPS"} or head.lemma_.lower() not in counted_person_nouns():
        return False
    # Only a noun the report counted before ("Seven fishermen … the fishermen"): otherwise a
    # definite plural of an agent noun ("the investigators", "the interrogators") is the doers.
    first = _first_counted(head.doc).get(head.lemma_.lower())
    if first is not None and first < head.i and is_reference(head):
        return True
    # ("two deputy secretaries … questioning the deputies": the same people by another noun)
    doc = head.doc
    return (
        head.dep_ in PATIENT_DEPS
        and is_reference(head)
        and any(i < head.i and renames(doc[i], head) for i in _first_counted(doc).values())
    )


def _first_counted(doc: Doc) -> dict[str, int]:
    """Where each plural noun of the report is first written with a number ("seven fishermen"),
    by its lemma (once per Doc)."""
    cached = doc.user_data.get("tessera_first_counted")
    if cached is None:
        cached = {}
        # (from the token table: a Token built for each word of the report cost more)
        table = token_table(doc)
        tag, dep, children, lemma = table.tag, table.dep, table.children, table.lemma
        for i in range(len(tag)):
            if tag[i] in {"NNS", "NNPS"} and any(dep[c] == "nummod" for c in children[i]):
                cached.setdefault(lemma[i], i)
        doc.user_data["tessera_first_counted"] = cached
    return cached


def _shared_count(items: list[Token], parts: list[tuple[int | None, int | None] | None]) -> bool:
    """ "about 20 managers and officials", "2,000 workers and residents", "nine North Koreans,
    women and children" (a proper plural first): one number before a list of bare plural nouns
    counts them all together; the later nouns add no one. Not when a later noun has its own
    count, article or owner ("ten men and their wives")."""
    if (
        len(items) < 2
        or parts[0] is None
        or not parts[0][0]
        or parts[0][0] < 3
        or items[0].tag_ not in {"NNS", "NNPS"}
    ):
        return False
    own_marks = {"det", "poss", "nummod", "quantmod"}
    return all(
        part is None and item.tag_ == "NNS" and not any(c.dep_ in own_marks for c in item.children)
        for item, part in zip(items[1:], parts[1:], strict=True)
    )


def _plural_person(token: Token) -> bool:
    return token.tag_ in {"NNS", "NNPS"} and token.lemma_.lower() in person_nouns()


def _breakdown(items: list[Token], parts: list[tuple[int | None, int | None] | None]) -> bool:
    """A counted group followed, after a comma, by the sexes or ages it is made of: "six
    defectors, four women and two men" are six people, not twelve. Only when the later parts
    are all sex or age nouns and add up to the first ("two men, one woman and a child" lists
    three groups: its first part is itself a sex noun)."""
    if len(items) < 3 or any(p is None or p[0] is None for p in parts):
        return False
    split = people_words()["breakdown_nouns"]
    first, rest = items[0], items[1:]
    if first.lemma_.lower() in split or first.lower_ in split:
        return False
    if not all(t.lemma_.lower() in split or t.lower_ in split for t in rest):
        return False
    doc = first.doc
    if not any(doc[i].text in GLOSS_MARKS for i in range(first.i + 1, rest[0].left_edge.i + 1)):
        return False
    return sum(p[0] for p in parts[1:] if p and p[0]) == parts[0][0]  # type: ignore[index]


# Punctuation that sets a gloss apart from the group it describes.
GLOSS_MARKS = frozenset({",", "—", "–", "--", "-", ":", "("})


DEFINITE_DETERMINERS = frozenset({"the", "these", "those"})


def _plural_glossed(items: list[Token], parts: list[tuple[int | None, int | None] | None]) -> bool:
    """A group named in the plural, then set apart after a comma the people it is made of: "the
    women, a mother and her daughter", "the defendants, two men and a woman", "two men, a driver
    and his cousin", "a family of three, an elderly couple and their daughter" are two, three,
    two and three people, not a list that adds up. The gloss is read so when the group is told
    with the article of people known ("the women") or when its parts add up to its count. Not
    for kin ("his parents, his sister and him" lists three kinds of relative), nor a counted
    group whose parts are other sexes or ages ("two men, a woman and a child": three groups,
    the _breakdown guard), nor when the parts do not add up ("three women, a man and a boy")."""
    if len(items) < 3 or any(p is None or not p[0] for p in parts[1:]):
        return False
    first, rest = items[0], items[1:]
    collective = _sized_collective(first) or bool(_family_size(first))
    if first.tag_ not in {"NNS", "NNPS", "CD"} and not first.like_num and not collective:
        return False
    if first.lemma_.lower() in kin_words() and not collective:
        return False
    doc = first.doc
    if not any(doc[i].text in GLOSS_MARKS for i in range(first.i + 1, rest[0].left_edge.i + 1)):
        return False
    split = people_words()["breakdown_nouns"]
    if (first.lemma_.lower() in split or first.lower_ in split) and any(
        t.lemma_.lower() in split or t.lower_ in split for t in rest
    ):
        return False
    told = sum(p[0] for p in parts[1:] if p and p[0])
    if parts[0] and parts[0][0]:
        return parts[0][0] == told
    return any(c.dep_ == "det" and c.lower_ in DEFINITE_DETERMINERS for c in first.children)


def _glossed_count(head: Token) -> tuple[int | None, int | None] | None:
    """ "The four — three men and a woman — were shot", "the five, three women and two men": the
    parse hangs both numbers on the first noun; the number set apart before the gloss is the
    count of the whole group."""
    numbers = sorted((c for c in head.children if c.dep_ == "nummod" and c.i < head.i), key=lambda t: t.i)
    if len(numbers) < 2:
        return None
    first, second = numbers[0], numbers[1]
    if not any(t.text in GLOSS_MARKS for t in head.doc[first.i + 1 : second.i]):
        return None
    value = number_of(first)
    return _bounds(value, _modifier_before(first)) if value else None


def _both_glossed(head: Token) -> tuple[int | None, int | None] | None:
    """ "The boys, both 15, were questioned", "their fathers, both officials at the ministry, were
    dismissed", "the women, both in their thirties": a plural set apart by "both" after a comma
    is two people. The parse hangs "both" on the gloss (an apposition or a phrase of the noun),
    not on the noun, so the noun itself carries no count."""
    if head.tag_ not in {"NNS", "NNPS"}:
        return None
    doc = head.doc
    for gloss in head.children:
        if gloss.i <= head.i or gloss.dep_ not in {"appos", "prep", "amod"}:
            continue
        start = gloss.left_edge.i
        if start >= 2 and doc[start].lower_ == "both" and doc[start - 1].text == ",":
            return 2, 2
    return None


# Verbs that give a group's size beside it: "a group numbering about 30", "believed to number 15".
SIZE_VERBS = frozenset({"number", "total"})


def _size_told_beside(head: Token) -> tuple[int | None, int | None] | None:
    """An uncounted group of people whose size is told beside it rather than before it: set
    apart as people counted ("the remaining workers, about 40 men, were confined": forty), by a
    verb of size ("the remaining staff, believed to number about 15": fifteen), or as a strength
    ("its 40-strong crew": forty). Not a group with a count of its own ("two men, a driver and
    his cousin" is read as a list), nor a gloss of things ("the workers, all from Hamhung")."""
    if any(c.dep_ in {"nummod", "quantmod"} for c in head.children) or head.like_num:
        return None
    for child in head.children:
        if child.dep_ == "amod" and child.lower_ == "strong" and child.i < head.i:
            number = next((c for c in child.children if c.like_num), None)  # "40-strong"
            value = number_of(number) if number is not None else None
            if value:
                return value, value
        if child.i < head.i:
            continue
        if _counted_apposition(head, child):
            count = _part_count(child)
            if count is not None and count[0]:
                return count
        if child.dep_ in {"acl", "relcl"} and (size := _size_verb_count(list(child.subtree))) is not None:
            return size
    # "…, believed to number 15, …": the parse may hang the words set apart after the group on
    # the main verb, or make them the main verb; read the words up to the next comma
    doc = head.doc
    comma = head.right_edge.i if doc[head.right_edge.i].text == "," else head.right_edge.i + 1
    if comma < len(doc) and doc[comma].text == ",":
        end = min(len(doc), comma + 8)
        aside = next((i for i in range(comma + 1, end) if doc[i].text in {",", ".", ";"}), None)
        if aside is not None:
            return _size_verb_count(list(doc[comma + 1 : aside]))
    return None


def _counted_apposition(head: Token, gloss: Token) -> bool:
    """Is the gloss one counted plural of people set apart after a group of several ("the other
    workers, about 40 men")? Not a list the parse begins with an apposition ("his wife, two
    children and his mother": three kinds of people, which add up), nor a gloss of one person."""
    several = head.tag_ in {"NNS", "NNPS"} or _sized_collective(head)
    return (
        several
        and gloss.dep_ == "appos"
        and gloss.tag_ in {"NNS", "NNPS"}
        and _names_people(gloss)
        and not coordinated(gloss)
        and not any(c.dep_ in {"conj", "cc"} for c in gloss.children)
    )


def _size_verb_count(words: list[Token]) -> tuple[int | None, int | None] | None:
    """The count a verb of size among some words gives: "numbering about 30", "believed to
    number 15"."""
    for verb in words:
        if verb.lemma_.lower() in SIZE_VERBS and verb.pos_ == "VERB":
            number = next((c for c in verb.children if c.dep_ == "dobj" and c.like_num), None)
            value = number_of(number) if number is not None else None
            if value:
                return _bounds(value, _modifier_before(number))
    return None


def _glossed_items(head: Token, items: list[Token]) -> list[Token]:
    """A counted group with the sexes or ages it is made of set apart after it, as the parse
    often hangs them: "the five, three women and two men" (the first part an apposition, the
    last a conjunct of the group), "the three — two men and a woman — were shot"."""
    glosses = [c for c in head.children if c.dep_ == "appos" and c.i > head.i]
    if not glosses:
        return []
    extra = [g for gloss in glosses for g in (gloss, *coordinated(gloss))]
    return sorted({t.i: t for t in [*items, *extra]}.values(), key=lambda t: t.i)


def coordinated(head: Token) -> list[Token]:
    """The other people a list joins to a noun: "her husband, her brother and her son" (the parse
    chains them as conjuncts, or takes a possessed relative for an apposition), not the helpers
    joined to them and told apart ("four women and the broker who hid them" is another event)."""
    helpers = lexicon().cues["facilitator_nouns"]
    found: list[Token] = []
    split_off = _subject_split_off(head)
    for child in [*head.children, *([split_off] if split_off is not None else [])]:
        counted = [g for c in child.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
        if (
            (child.lemma_.lower() in helpers and helper_told_apart(child))
            or any(g.lemma_.lower() in helpers for g in counted)
        ) and not _others_of_a_kind(child):
            continue  # "… and five of their helpers", "… and the broker who hid them"
        joined = child.dep_ == "conj" or (split_off is not None and child.i == split_off.i)
        if joined and _continues_a_relative_object(head, child):
            continue  # "the broker who had been sheltering the couple and their two children"
        if joined or (child.dep_ == "appos" and _listed_relative(child)):
            found += [child, *coordinated(child)]
    return found


def _continues_a_relative_object(head: Token, conj: Token) -> bool:
    """ "The broker who had been sheltering the couple and their two children was arrested": a
    noun joined by "and" after a relative clause on the head whose verb has an object of its own
    before it continues that object (the parse may hang it on the head instead): the people the
    clause acts on, not more of the head's people."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or not _singular_verb(head.head):
        return False  # ("a farmer who had hidden defectors and his wife were arrested": both)
    for clause in (c for c in head.children if c.dep_ == "relcl" and head.i < c.i < conj.i):
        # (a direct object only: "a man who lived in Hyesan and his wife" are two people)
        if any(
            o.dep_ in {"dobj", "dative"} and o.head.i == clause.i and o.i < conj.i for o in clause.children
        ):
            return True
    return False


def _singular_verb(verb: Token) -> bool:
    """Does the verb agree with one subject ("was arrested", "has fled", "faces")?"""
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"} and c.i < verb.i]
    if auxiliaries:
        return auxiliaries[0] in SINGULAR_AUXILIARIES
    return verb.tag_ == "VBZ"


def _subject_split_off(head: Token) -> Token | None:
    """ "The commander of the unit and two of his officers were detained", "A teacher from Musan
    and his family went missing": after a long first subject the parse may leave its "and"
    hanging and make the second group a subject of the verb of its own. The subject that starts
    right after the hanging "and" is joined to the first."""
    if head.dep_ not in {"nsubj", "nsubjpass"} or any(c.dep_ == "conj" for c in head.children):
        return None
    joining = next((c for c in head.children if c.dep_ == "cc" and c.i > head.i), None)
    if joining is None:
        return None
    return next(
        (
            c
            for c in head.head.children
            if c.dep_ in {"nsubj", "nsubjpass"} and c.i > joining.i and c.left_edge.i == joining.i + 1
        ),
        None,
    )


def helper_told_apart(helper: Token) -> bool:
    """Is a helper listed with the people told as someone of their own, by a relative clause or a
    participle ("four women and the broker who had hidden them": his own event)? A bare helper in
    the list ("detained four women and two guides at the station") shares their one arrest and
    counts among its people."""
    return any(c.dep_ in {"relcl", "acl"} for c in helper.children)


def _others_of_a_kind(token: Token) -> bool:
    """ "the guard and the other two smugglers": "other" puts the first person among the same
    people, so the helpers are of the group the event befell, not its helpers."""
    return any(c.dep_ == "amod" and c.lower_ == "other" for c in token.children)


def _listed_relative(token: Token) -> bool:
    """An apposition that is another person of a list: "his wife" after "a man" (a person noun
    with a possessive), not a description of the same person ("her husband, a farmer"; "the
    site's manager, a Workers' Party cadre": an indefinite article says what the person before
    is, whatever owner its noun has; nor "the man, a soldier's son": an owner told with an
    indefinite article says what kind of person he is, not whose kin joins the list)."""
    if _shares_a_determiner(token):
        return True
    owners = [c for c in token.children if c.dep_ == "poss"]
    return (
        token.lemma_.lower() in person_nouns()
        and bool(owners)
        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        and not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for o in owners for c in o.children)
    )


def _shares_a_determiner(token: Token) -> bool:
    """ "The brother, aunt and cousin of a defector were arrested": a list of person nouns under
    one determiner, which the parse may read as an apposition ("aunt") with the rest joined to it.
    A person noun with no determiner or owner of its own ("aunt", "two sons") that itself heads an
    "and" list after one person ("His wife, two sons and elderly mother") is another person of the
    list, not a description of the first ("her husband, a farmer"; "the family, two adults and a
    child" glosses a group, not one person)."""
    head = token.head
    return (
        token.dep_ == "appos"
        and token.i > head.i
        and head.tag_ == "NN"
        and token.lemma_.lower() in person_nouns()
        and head.lemma_.lower() in person_nouns()
        and not any(c.dep_ in {"det", "poss"} for c in token.children)
        and any(c.dep_ in {"det", "poss"} for c in head.children)
        and any(c.dep_ == "conj" for c in token.children)
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in token.children)
    )


# Words that multiply the number before them: "two dozen", "three hundred", "2 thousand".
MULTIPLIERS = {"dozen": 12, "hundred": 100, "thousand": 1000}


def _multiplied(part: Token) -> tuple[int | None, int | None] | None:
    """ "two dozen workers", "three hundred people": a number times the word after it (the
    parse hangs either word on the noun, or one on the other)."""
    doc = part.doc
    for i in range(max(part.left_edge.i, 1), part.i + 1):
        multiplier = MULTIPLIERS.get(doc[i].lower_)
        before = doc[i - 1]
        if multiplier is None or not before.like_num or before.lower_ in MULTIPLIERS:
            continue
        value = parse_number(before.text)
        if value and value < 1000:
            return _bounds(value * multiplier, _modifier_before(before))
    return None


@per_token("tessera_part_counts")
def _part_count(part: Token) -> tuple[int | None, int | None] | None:
    """The count one noun phrase gives: "about 30 defectors", "dozens of", "a woman", "a couple"."""
    cues = lexicon().cues
    multiplied = _multiplied(part)
    if multiplied is not None:
        return multiplied
    if part.tag_ == "NNS" and part.lemma_.lower() in cues["groups"]["family"]:
        # "two families of four": eight people
        size = _family_size(part)
        many = next((number_of(c) for c in part.children if c.dep_ == "nummod"), None)
        if size and many:
            return many * size, many * size
    approximate = cues["approximate_counts"]
    numbers = _count_tokens(part)
    if not numbers and _sized_collective(part) and (size := _family_size(part)):
        return size, size  # "a staff of about a dozen": a size no number token writes
    for num in numbers:
        value = number_of(num)
        if value is None or num.dep_ == "quantmod":
            continue
        pair = f"{num.doc[num.i - 1].lower_} {num.lower_}" if num.i > 0 else ""
        if pair in approximate:  # "several hundred": not a hundred
            return tuple(approximate[pair])  # type: ignore[return-value]
        low, high = _bounds(value, _modifier_before(num))
        # "between 200 and 300": the second number is the upper bound.
        conj_numbers = [c for c in num.children if c.dep_ == "conj" and parse_number(c.text)]
        if conj_numbers and num.i > 0 and num.doc[num.i - 1].lower_ == "between":
            high = parse_number(conj_numbers[0].text)
        elif low == high:
            return _stated_range(num, value) or (low, high)
        return low, high
    near = [child for child in part.subtree if child.i < part.i + 2]
    lower = token_table(part.doc).lower  # (the words before each, without building their Tokens)
    for width in (3, 2):  # longer phrases first: "a few dozen" is not "a few", "several dozen" not "several"
        for child in near:
            words = lower[max(0, child.i - width + 1) : child.i + 1]
            phrase = " ".join(words) if len(words) == width else ""
            if phrase in approximate:
                return tuple(approximate[phrase])  # type: ignore[return-value]
    for child in near:
        if child.lower_ in approximate:
            low, high = approximate[child.lower_]
            article = child.doc[child.i - 1] if child.i > 0 else None
            bound = _modifier_before(article) if article is not None and article.lower_ == "a" else None
            if bound is not None and low == high:
                return _bounds(low, bound)  # "more than a dozen soldiers": 13 or more, as "more than 12"
            return low, high
    lemma = part.lemma_.lower()
    if lemma in PAIR_NOUNS or part.lower_ in PAIR_NOUNS:
        return 2, 2
    if (size := SIZED_GROUP_NOUNS.get(lemma)) is not None:
        return size, size  # "a trio of physicians"
    both = any(
        c.lower_ == "both" and c.dep_ in {"det", "predet", "preconj"} and c.i < part.i for c in part.children
    )
    if both and not any(c.dep_ == "cc" for c in part.children) and not coordinated(part):
        return 2, 2  # "both men" (not "both the man and his wife", which lists them)
    if part.lower_ in FIRST_PERSON_SINGULAR or part.lower_ in PRONOUNS_SINGULAR:
        return 1, 1  # "my sister and I", "his wife and he"
    if part.like_num:  # "the eight were arrested"
        value = parse_number(part.text)
        return _bounds(value, _modifier_before(part)) if value else None
    if (part.tag_ in {"NN", "NNP"} or _adjective_heading_a_person(part)) and (
        lemma in counted_person_nouns() or _title_of_body(part)
    ):
        if any(c.dep_ == "det" and c.lower_ in {"every", "each"} for c in part.children):
            return None  # "every soldier in the company": all of them, however many
        return 1, 1
    if part.pos_ == "PROPN" and part.ent_type_ == "PERSON":
        return 1, 1
    if _year_old(part):
        return 1, 1
    return None


# Where a word the tagger took for an adjective stands as a noun phrase's head ("a private crossed").
PERSON_HEAD_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos"})


def _adjective_heading_a_person(token: Token) -> bool:
    """A word for a person that the tagger took for an adjective, standing alone after an article
    as a subject or an object: "In June a private walked across the line" is one soldier ("private"
    is also an adjective, and the tagger reads it so). Not an adjective before its noun ("a private
    company": an amod, no article of its own) nor one after a verb ("the talks were private")."""
    return (
        token.tag_ == "JJ"
        and token.dep_ in PERSON_HEAD_DEPS
        and any(c.dep_ == "det" and c.lower_ in {"a", "an", "the"} for c in token.children)
    )


def _stated_range(num: Token, value: int) -> tuple[int, int] | None:
    """ "Two or three women were detained", "police arrested 20 to 30 officials": two numbers
    joined by "or" or "to" give the least and the most count a writer was sure of (the parse
    hangs the second on the first in "two or three", and the first before "to" on the noun in
    "20 to 30", where the second alone had been read as the count)."""
    if any(c.dep_ == "cc" and c.lower_ == "or" for c in num.children):
        for conj in num.children:
            other = parse_number(conj.text) if conj.dep_ == "conj" and conj.like_num else None
            if other and other > value:
                return value, other
    if num.i >= 2 and num.doc[num.i - 1].lower_ in {"to", "or"} and num.doc[num.i - 2].like_num:
        other = parse_number(num.doc[num.i - 2].text)
        if other and other < value:
            return other, value
    return None


def _counted_whole(head: Token, parent: Token) -> bool:
    """Is the noun after "of" a whole with its own count, so that it is the people read here, not
    the part or the collective before "of"? "One group of eight crossed": the eight ("one" counts
    groups); "she was one of some thirty North Koreans handed back", "nine of the 11 defectors
    who were arrested": the clause on the counted whole tells of all of them (the part, "one" or
    "nine", is read when the clause is told of it: "two of the five men were shot")."""
    if head.like_num:
        return parent.lemma_.lower() in COLLECTIVE_NOUNS
    own_count = any(c.dep_ == "nummod" and c.i < head.i for c in head.children)
    return own_count and parent.like_num


def _counts_people(token: Token) -> bool:
    """A word that counts the people after 'of': a number, 'dozens', 'members', 'group'."""
    return (
        token.like_num
        or token.lower_ in lexicon().cues["approximate_counts"]
        or token.lemma_.lower() in {"member", "group", "batch", "total", "number"}
        or token.lemma_.lower() in SIZED_GROUP_NOUNS
    )


def _names_people(head: Token) -> bool:
    lower = head.lower_
    return (
        _year_old(head)
        or described_with_who(head)
        or head.like_num
        or lower in PEOPLE_WORDS
        or lower in PRONOUNS_PLURAL
        or head.lemma_.lower() in counted_person_nouns()
        or head.ent_type_ == "PERSON"
        or _title_of_body(head)
    )


def _title_of_body(head: Token) -> bool:
    """ "The head of the county food office and three clerks were dismissed": a title noun with
    an 'of' phrase names the person who leads that body (four people, not one), as "manager"
    does; so does one with the body's noun before it ("three neighbourhood unit heads were
    dismissed", "agents questioned the department heads"); without either it names no one
    ("the head")."""
    if head.lemma_.lower() not in people_words().get("title_nouns", frozenset()):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"})
        for c in head.children
    )


def described_with_who(head: Token) -> bool:
    """ "two loggers who walked out of a camp": a noun that "who" describes names people."""
    return any(
        c.dep_ == "relcl" and any(g.lower_ in {"who", "whom", "whose"} for g in c.children)
        for c in head.children
    )


def _stated_total(head: Token) -> tuple[int | None, int | None] | None:
    """ "three groups of defectors totaling about 30 individuals": the total is the count."""
    for token in head.subtree:
        if token.lemma_.lower() == "total" and token.i > head.i:
            for obj in token.subtree:
                value = parse_number(obj.text) if obj.like_num else None
                if value:
                    return _bounds(value, _modifier_before(obj))
    return None


def is_generic_people(head: Token) -> bool:
    """ "any citizens attempting to flee": no particular people, so no event."""
    return any(c.dep_ == "det" and c.lower_ in {"any", "anyone", "whoever"} for c in head.children) or (
        head.lower_ in {"anyone", "anybody", "whoever", "everyone"}
    )


# Pronouns of one person each, of either sex: "he or she" joins two of them for whoever it may be.
EITHER_SEX_PRONOUNS = frozenset({"he", "she", "him", "her"})


def is_class_of_people(head: Token) -> bool:
    """A kind of people rather than particular ones: a bare plural ("traders who sell Chinese
    phones", "North Koreans who reach Laos"), "some people", or "he or she". Told as what may
    befall them, it is a rule or a general risk, not an act awaited for anyone the report tells of
    ("parents may be fined", "if your relative is caught, he or she may be handed to the police").
    Not the people a custody names ("detainees who cannot pay will be sent to a camp": those the
    report's arrests put there, people.json's held_nouns and returned_nouns), nor a part of a
    counted group ("dozens of workers"), nor a group named by its tie ("families of defectors")."""
    if head.lower_ in EITHER_SEX_PRONOUNS:
        return any(
            c.dep_ == "conj" and c.lower_ in EITHER_SEX_PRONOUNS - {head.lower_} for c in head.children
        )
    some = [c for c in head.children if c.dep_ == "det" and c.lower_ == "some"]
    if not _bare_plural(head) and not (some and _bare_plural_but(head, some[0])):
        return False
    words = people_words()
    if any(c.dep_ == "amod" and c.lower_ == "more" for c in head.children):
        return False  # "dozens more North Koreans": the rest of a count (its number may hang elsewhere)
    if not (_names_people(head) or _plural_of_a_person_noun(head)) or head.lower_ in PEOPLE_WORDS:
        return False  # "could face long terms": the penalty; "dozens could be returned": a count
    if head.like_num or head.lemma_.lower() in words["held_nouns"] | words["returned_nouns"]:
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        return False  # "dozens of workers", "some of the traders"
    if head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN", "PRON"}:
        return False  # "the captain and crew members": the first word tells whom
    named_by_tie = any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
    if any(c.dep_ in {"relcl", "acl"} and _told_as_done(c) for c in head.children):
        return False  # "soldiers who deserted in March now face prison": those who did a told act
    if any(
        c.dep_ == "prep" and any(g.ent_type_ in PLACE_ENTITY_LABELS for g in c.subtree) for c in head.children
    ):
        return False  # "defectors in Shenyang fear being sent back": the people of a place told
    # ("dozens more North Koreans", "many older pupils": a count of people the report tells of)
    counted = any(
        c.like_num or (c.lower_ in PEOPLE_WORDS and c not in some) for c in head.subtree if c.i < head.i
    )
    return not (named_by_tie or counted or any(c.dep_ in {"predet", "nmod"} for c in head.children))


def _plural_of_a_person_noun(head: Token) -> bool:
    """ "North Koreans", "Chinese traders": a plural whose singular names a person, which the
    tagger may leave as its own lemma (a proper plural such as "Koreans" keeps its "s")."""
    lower = head.lower_
    return head.tag_ in {"NNS", "NNPS"} and lower.endswith("s") and lower[:-1] in counted_person_nouns()


def _told_as_done(clause: Token) -> bool:
    """A describing clause in the past or the perfect ("who deserted", "who have fled"): what
    particular people did, not what whoever fits does ("who leave without permission")."""
    return clause.tag_ == "VBD" or any(c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children)


def _bare_plural_but(head: Token, word: Token) -> bool:
    """A bare plural but for one word before it ("some people")."""
    return head.tag_ in {"NNS", "NNPS"} and not any(
        c.i != word.i and c.dep_ in {"det", "poss", "nummod", "quantmod"} for c in head.children
    )


def _family_size(head: Token) -> int | None:
    """ "a family of four": the number after 'of'. The parse often makes the number a modifier
    of the word after it, as if that word were what is counted: a participle or relative ("a
    family of five living near the river"), a time ("arrested a family of four last week"). The
    number written right after 'of' is still the size."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for g in child.children:
                value = parse_number(g.text)
                if value:
                    return value
                if g.lower_ == "dozen":
                    # "a crew of about a dozen" is twelve, "a crew of two dozen" twenty-four
                    many = _multiplied(g)
                    return many[0] if many is not None else MULTIPLIERS["dozen"]
                after_of = head.doc[child.i + 1] if child.i + 1 < len(head.doc) else None
                if (
                    _counted_after_family(g)
                    and after_of is not None
                    and after_of.dep_ == "nummod"
                    and after_of.head.i == g.i
                ):
                    return parse_number(after_of.text)
    return None


def _sized_collective(head: Token) -> bool:
    """A noun for a body of people whose size its "of" phrase gives, like "a family of four": "a
    crew of eight", "a team of five" (people.json's sized_collectives)."""
    return head.lemma_.lower() in people_words()["sized_collectives"]


def body_of_people(head: Token | None) -> bool:
    """ "The squad has been kept inside its hotel", "the rest of the delegation was kept inside
    the compound": a body of people (people.json's sized_collectives), or a part of one, told
    without a count is still people, not a thing."""
    if head is None:
        return False
    if _sized_collective(head):
        return True
    return any(
        _sized_collective(obj)
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _counted_after_family(word: Token) -> bool:
    """Can the word after "a family of N" carry N without being what N counts: a verb of the
    clause after it ("a family of five living near the river") or a time ("arrested a family of
    four last week")? Not a people noun: "the family of two soldiers who deserted" are the
    soldiers' kin, however many (and reading "a family of five North Koreans" so cost a held-out
    event; tried again in session 41, restricted to nouns of nationality or "people": it fixed two
    counts and still lost that event)."""
    return word.pos_ in {"VERB", "AUX"} or is_time(word)


@per_token("tessera_safe_phrases")
def _safe_phrase(head: Token, alone: bool = False) -> str:
    """The phrase's words, with any person's name left out (`alone`: without the nouns joined to it).
    Read once per word and Doc: the victims' readers ask for the same phrases again and again."""
    tokens = [t for t in head.subtree if t.dep_ not in {"relcl", "acl"}]
    skip: set[int] = set()
    for child in head.children:
        if alone and (child.dep_ in {"conj", "cc", "appos"} or (child.is_punct and child.i > head.i)):
            skip.update(t.i for t in child.subtree)
        if child.dep_ == "conj" and _continues_a_relative_object(head, child):
            skip.update(t.i for t in child.subtree)  # the clause's object, not the head's people
        listed = child.dep_ == "appos" and _listed_relative(child)
        if (child.dep_ in {"relcl", "acl", "appos"} and not listed) or (
            child.dep_ == "prep" and child.lower_ not in {"of"}
        ):
            skip.update(t.i for t in child.subtree)
    kept = [t for t in tokens if t.i not in skip]
    if any(t.ent_type_ == "PERSON" for t in kept):
        return "one person" if head.tag_ in {"NN", "NNP"} else "people"
    return readable(kept)[:120]


# Marks that only separate: left at the edge of a phrase, or beside another, they say nothing.
SEPARATORS = ",;:—–"


# The patterns `readable` tidies a cut phrase with, compiled once (it runs for every phrase read).
_EMPTY_BRACKETS = re.compile(r"\(\s*\)")
_SPACE_BEFORE_CLOSING = re.compile(r"\s+([,;:)])")
_SEPARATOR_RUN = re.compile(rf"(?:\s*[{SEPARATORS}])+(\s*[{SEPARATORS}])")
_SPACE_BEFORE_SEPARATOR = re.compile(rf"\s+([{SEPARATORS}])")
_SPACES = re.compile(r"\s{2,}")


def _separator_after_space(m: re.Match[str]) -> str:
    return m.group(1) if m.group(1) in ",;:" else " " + m.group(1)


def readable(tokens: list[Token]) -> str:
    """The words as written, where clauses and asides were cut out of a phrase: runs of adjacent
    words keep the text's own spacing ("a 40-year-old man", "the girl's mother"), and the marks
    that set the cut parts off do not stay behind ("The family — , their two sons ," reads
    "The family, their two sons"; "two farmers ( )" reads "two farmers")."""
    text = ""
    previous: Token | None = None
    for token in tokens:
        if previous is not None:
            text += previous.whitespace_ if token.i == previous.i + 1 else " "
        text += token.text
        previous = token
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _SPACE_BEFORE_CLOSING.sub(r"\1", text)
    # a run of separators (with or without spaces) keeps its last one: "family —, their" -> "family, their"
    text = _SEPARATOR_RUN.sub(r"\1", text)
    text = _SPACE_BEFORE_SEPARATOR.sub(_separator_after_space, text)
    if text.count("(") != text.count(")"):
        text = text.replace("(", " ").replace(")", " ")
    text = _SPACES.sub(" ", text)
    return text.strip(f" {SEPARATORS}-")


def is_reference(head: Token) -> bool:
    """A pronoun or a definite phrase that points back: 'they', 'the family', 'the defectors'."""
    if (
        head.lower_ in PRONOUNS_SINGULAR | PRONOUNS_PLURAL
        or head.lower_ == "both"
        or _each_of_those_told(head)
    ):
        return True
    return any(
        c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "that"} for c in head.children
    )


def _counted_thing(head: Token) -> bool:
    """ "his fingers", "their phones": parts of people or things, not people."""
    words = {head.lower_, head.lemma_.lower()}
    return bool(words & (people_words()["body_parts"] | lexicon().cues["non_people"]))


def _listed(head: Token) -> bool:
    """Is the noun one of a list of people headed by another ("… and her son")?"""
    written = written_list(head)
    if written and written[0].i != head.i:
        return True
    return (head.dep_ == "conj" or (head.dep_ == "appos" and _listed_relative(head))) and (
        head.head.i != head.i and _read_victims(head.head) is not None
    )


def _named_among(head: Token) -> bool:
    """The people a clause opened by "among" names are a part of a group told of before:
    "Police rounded up 30 traders. Among those held were six women. ... They face fines" (the
    30 face fines, not the six)."""
    if head.dep_ not in {"nsubj", "nsubjpass", "attr"} or head.head.i == head.i:
        return False
    return any(c.dep_ == "prep" and c.lower_ == "among" and c.i < head.i for c in head.head.children)


# Words that set a counted part apart from the rest of a group told of: "the other three".
REMAINDER_WORDS = frozenset({"other", "remaining", "rest"})


def _part_of_a_group(head: Token) -> bool:
    """A counted part of a group split into parts: "the other three", "the remaining four" (the
    rest of it), and "two of the five" in a sentence that tells the rest. "Five fishermen were
    sentenced. Two of the five received 15 years, while the other three were given ten. They
    were questioned for months": a later "they" means the whole (five), not a part. A part told
    alone is what a later "they" means: "Three of them were handed over. They face a camp"."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and is_reference(head):
        return _part_of_a_group(head.head.head)  # "them" of "two of them": read as the two
    if not (head.like_num or head.lower_ in REMAINDER_WORDS):
        return False
    if _remainder(head):
        return True
    partitive = any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(g.dep_ == "pobj" and is_reference(g) for g in c.children)
        for c in head.children
    )
    if partitive and _described_by_a_kind(head):
        return True
    return partitive and any(_remainder(t) for t in sentence_of(head) if t.i != head.i)


def _described_by_a_kind(head: Token) -> bool:
    """A counted part only said to be of a kind: "Police hold five North Koreans. Two of them are
    women in their twenties. They face return": the part is described, not acted on, so a later
    "they" still means the five."""
    verb = head.head
    return (
        head.dep_ == "nsubj"
        and verb.lemma_ == "be"
        and any(c.dep_ == "attr" and c.pos_ in {"NOUN", "PROPN"} for c in verb.children)
    )


def _remainder(token: Token) -> bool:
    """ "the other three", "the remaining five", "the rest", "the others": the rest of a group."""
    if token.like_num:
        return any(c.lower_ in REMAINDER_WORDS and c.i < token.i for c in token.children)
    return token.lower_ in {"rest", "others"} and is_reference(token)


def _kin_sharing_an_owner(last: Token) -> list[Token]:
    """The kin joined by "and" to the last person of a written list under its owner: "a former
    driver and his wife and son went missing" (the list stops at "his wife"; "son" shares "his" and
    is a third person; "a man and his wife and two sons": four). Only kin nouns with no owner or
    determiner of their own, not "his wife and family" (a kin group: no one person)."""
    if not any(c.dep_ == "poss" for c in last.children):
        return []
    kin = people_words()["kin_nouns"]
    return [
        c
        for c in last.children
        if c.dep_ == "conj"
        and c.tag_ in {"NN", "NNS"}
        and c.lemma_.lower() in kin
        and not any(g.dep_ in {"det", "poss"} for g in c.children)
    ]


def written_list(token: Token) -> list[Token]:
    """The people of a list the token is one of, as written: "a man surnamed Kim, his wife,
    surnamed Lee, and their daughter" (name glosses between them often break the parse); empty
    when the token is in no such list."""
    lists = token.doc.user_data.setdefault("tessera_written_lists", {})
    sentence = sentence_of(token)
    if sentence.start not in lists:
        lists[sentence.start] = _written_lists(sentence)
    return next((items for items in lists[sentence.start] if any(t.i == token.i for t in items)), [])


def _written_lists(sentence: Span) -> list[list[Token]]:
    doc = sentence.doc
    table = token_table(doc)
    roots = {
        _item_start(doc[i]): doc[i] for i in range(sentence.start, sentence.end) if _list_item_at(table, i)
    }
    found: list[list[Token]] = []
    taken: set[int] = set()
    for start in sorted(roots):
        if roots[start].i in taken:
            continue
        items = _walk_list(doc, roots, roots[start], sentence.end)
        if len(items) >= 2 and _one_clause(items):
            found.append(items)
            taken.update(t.i for t in items)
    return found


def _walk_list(doc: Doc, roots: dict[int, Token], first: Token, end: int) -> list[Token]:
    gloss = people_words()["name_gloss_verbs"]
    items, saw_and, closed = [first], False, False
    i = _item_end(first)
    while i < end and not closed:
        token = doc[i]
        if token.text == ",":
            i += 1
        elif token.lower_ == "and":
            saw_and, i = True, i + 1
        elif token.text == "(":
            i = next((j + 1 for j in range(i, end) if doc[j].text == ")"), end)
        elif (age_end := _age_gloss_end(doc, i, end)) is not None:
            i = age_end  # "a woman in her 40s and her daughter"
        elif token.lemma_.lower() in gloss and token.tag_ in {"VBN", "VBD"}:
            i += 1  # "surnamed Kim", "identified by her family name"
            while (
                i < end
                and doc[i].text != ","
                and doc[i].lower_ != "and"
                and doc[i].pos_ not in {"VERB", "AUX"}
            ):
                i += 1
        elif i in roots:
            items.append(roots[i])
            closed = saw_and
            i = _item_end(roots[i])
        elif (clause_end := _relative_gloss_end(doc, roots, items[-1], i, end)) is not None:
            i = clause_end  # "the couple who lived there and their two children"
        else:
            break
    return items if closed else []


RELATIVE_OPENERS = frozenset({"who", "whose"})


def _relative_gloss_end(doc: Doc, roots: dict[int, Token], item: Token, i: int, end: int) -> int | None:
    """Where a short relative clause on a listed person ends: "The couple who lived there and
    their two teenage children were taken away" (the parse often joins the next person to the
    clause's verb). The clause runs to the next comma or "and", and names nothing: in "a man who
    hid his wife and their son" or "a woman who read fortunes for traders and officials' wives"
    the words after "and" may be the clause's, so the list is not walked past it."""
    if doc[i].lower_ not in RELATIVE_OPENERS or doc[i].head.dep_ != "relcl" or doc[i].head.head.i != item.i:
        return None
    j = i + 1
    while j < end and doc[j].text != "," and doc[j].lower_ != "and":
        if doc[j].pos_ in {"NOUN", "PRON", "PROPN", "NUM"} or doc[j].like_num:
            return None
        j += 1
    return j if j < end else None


_AGE_GLOSS = re.compile(r"(?:\d0s|\d0's|(?:twen|thir|for|fif|six|seven|eigh|nine)ties|teens)$", re.I)


def _age_gloss_end(doc: Doc, i: int, end: int) -> int | None:
    """Where an age gloss after a person ends: "in her 40s", "in his early thirties", "both in
    their 50s" (of a couple), "all in their twenties"."""
    if doc[i].lower_ in {"both", "all"}:
        i += 1
    if doc[i].lower_ != "in" or i + 2 >= end or doc[i + 1].lower_ not in {"her", "his", "their"}:
        return None
    j = i + 2
    if doc[j].lower_ in {"early", "mid", "late", "mid-"}:
        j += 1
    if j < end and doc[j].text == "-":
        j += 1
    return j + 1 if j < end and _AGE_GLOSS.match(doc[j].text) else None


def _one_clause(items: list[Token]) -> bool:
    """A later person who is the subject of a verb of their own ("police arrested a man, and his
    wife fled") starts another clause, unless the first is a subject too (or of a name gloss)."""
    first = items[0]
    # An age written as a noun is often parsed as a clause of its own: read it as the subject.
    first_subject = first.dep_ in {"nsubj", "nsubjpass"} or _year_old(first)
    # A list opening the sentence with no verb found for it: the parse lost its verb, whose
    # subject the list is ("The couple, both in their 30s, and their son crossed …").
    first_subject = first_subject or (first.dep_ == "ROOT" and _item_start(first) == sentence_of(first).start)
    # A list glossing a subject is the subject ("The family — a couple, their son and his
    # grandmother — left", parsed with "son" as a second subject).
    first_subject = first_subject or (first.dep_ == "appos" and first.head.dep_ in {"nsubj", "nsubjpass"})
    # A list after a place set off at the head of the sentence: "In Hyesan, a couple and their
    # two children have not been seen" (the parse takes the first person for the place's
    # apposition and the last for the subject).
    first_subject = first_subject or (first.dep_ == "appos" and _place_opening(first.head))
    # "my brother and I crossed": the speaker closing the list shares its verb, however the parse
    # hangs the first person (not "police took my father and I fled", whose father is an object).
    first_subject = first_subject or (
        _speaker_joined(items[-1]) and first.dep_ not in {"dobj", "obj", "iobj", "pobj", "attr"}
    )
    return all(not (t.dep_ in {"nsubj", "nsubjpass"} and not first_subject) for t in items[1:])


def _place_opening(token: Token) -> bool:
    """A place named in a phrase opening the sentence ("In Hyesan," "At the border,")."""
    return (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.i == sentence_of(token).start
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].text == ","
    )


def _speaker_joined(token: Token) -> bool:
    """ "my younger brother and I": the speaker written straight after "and" is one of a list."""
    return _speaker_joined_at(token_table(token.doc), token.i)


def _speaker_joined_at(table: TokenTable, i: int) -> bool:
    """`_speaker_joined` of the Doc's token `i`, read from its token table."""
    return table.lower[i] in {"i", "me"} and i > 0 and table.lower[i - 1] == "and"


def _list_item(token: Token) -> bool:
    """One person or a counted group, with a determiner or a possessive: "his wife", "the
    nine-year-old", "two neighbours"."""
    return _list_item_at(token_table(token.doc), token.i)


_ITEM_MARKERS = frozenset({"det", "poss", "nummod"})
_AGE_MARKERS = frozenset({"det", "poss"})
_NOT_AGE_NOUN = frozenset({"amod", "compound", "acomp", "npadvmod"})


def _list_item_at(table: TokenTable, i: int) -> bool:
    """`_list_item` of the Doc's token `i`, read from its token table (this runs on every word
    of every sentence read for people: `_year_old` and `_speaker_joined` as index reads)."""
    if _year_old_at(table, i) or _speaker_joined_at(table, i):
        return True
    dep, children = table.dep, table.children[i]
    if table.pos[i] != "NOUN":
        return False
    lemma = table.lemma[i]
    # (the cheap word tests first)
    return (
        lemma in _list_item_nouns()
        and lemma not in lexicon().cues["facilitator_nouns"]
        and any(dep[c] in _ITEM_MARKERS for c in children)
    )


@lru_cache(maxsize=1)
def _list_item_nouns() -> frozenset[str]:
    """Nouns for one person, and for a pair ("the couple and their son": a pair of people is one
    item of a list, and counts two). (Not the wider WordNet list: read so, every noun that may
    name a person, "a guard", "a judge", starts a list of people, and an event went missing.)"""
    return person_nouns() | PAIR_NOUNS


def _year_old(token: Token) -> bool:
    """ "the nine-year-old", "a 30-year-old": an age written as a noun is one person."""
    return _year_old_at(token_table(token.doc), token.i)


def _year_old_at(table: TokenTable, i: int) -> bool:
    """`_year_old` of the Doc's token `i`, read from its token table."""
    dep, children = table.dep, table.children[i]
    return (
        table.lower[i] == "old"
        and dep[i] not in _NOT_AGE_NOUN  # not "a 30-year-old man"
        and any(dep[c] in _AGE_MARKERS for c in children)
        and any(table.lemma[c] == "year" for c in children)
    )


def _item_start(token: Token) -> int:
    before = [t.i for c in token.children if c.i < token.i and c.dep_ != "punct" for t in c.subtree]
    return min([token.i, *before])


def _item_end(token: Token) -> int:
    # (a phrase that holds a verb is a clause the parse hung on the person, not part of them:
    # "the couple, both in their 30s, and their son crossed" parsed with the verb under "in")
    after = [token.i]
    for c in token.children:
        if (
            c.i > token.i
            and c.dep_ in {"prep", "punct", "amod", "compound"}
            and c.text not in {",", "—", "–"}  # (a dash closing a gloss ends the list, not the item)
            and not (c.dep_ == "prep" and any(t.pos_ in {"VERB", "AUX"} for t in c.subtree))
        ):
            theirs = _next_people(c)  # (once a phrase, not once a word of it)
            after += [t.i for t in c.subtree if t.i not in theirs]
    return max(after) + 1


def _next_people(phrase: Token) -> set[int]:
    """The words of the people the parse joined to a place in a person's phrase: "an attaché at
    the consulate in Vladivostok, his wife and their sons" (the wife made a conjunct of the
    city): the next people of the list, not the place's."""
    return {t.i for x in phrase.subtree if x.dep_ == "conj" and _list_item(x) for t in x.subtree}


def _bare_plural(head: Token) -> bool:
    """ "defectors", "North Koreans": a plural noun with no determiner, count or possessor."""
    return head.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod", "quantmod"} for c in head.children
    )


def is_singular(head: Token) -> bool | None:
    if head.lemma_.lower() in REFERRING_COLLECTIVES:
        return False  # "the group": several people
    if head.lower_ in PRONOUNS_SINGULAR:
        return True
    if head.lower_ in PRONOUNS_PLURAL:
        return False
    if head.tag_ in {"NN", "NNP"} and (head.lemma_.lower() in counted_person_nouns() or _title_of_body(head)):
        return True
    if head.tag_ in {"NNS", "NNPS"}:
        return False
    if head.like_num and (value := number_of(head)) is not None:
        return value == 1  # "the two": a number standing for people says how many
    return None


def is_member_mention(head: Token) -> bool:
    """ "five North Koreans, including a girl": the girl is one of a group, not the group."""
    return head.dep_ == "pobj" and head.head.lower_ in {"including", "among"}


PART_OPENERS = frozenset({("among", "them"), ("among", "whom"), ("of", "them"), ("of", "whom")})


def is_part_gloss(head: Token) -> bool:
    """ "six North Koreans, two of them teenagers", "the defectors, among them three children":
    an apposition that tells a part of the group (by "of them" or "among them") is neither the
    group nor more people (read once per token: every phrase of a sentence asks it of the words
    above it)."""
    cache = head.doc.user_data.setdefault("tessera_part_gloss", {})
    found = cache.get(head.i)
    if found is None:
        found = cache[head.i] = _is_part_gloss(head)
    return found


def _part_gloss_at_or_above(head: Token) -> bool:
    """Is the phrase's head or one of its three nearest ancestors a part gloss ("two of them",
    above "teenagers" in "six North Koreans, two of them teenagers")? The ancestors are walked
    in the Doc's table, and a word's Token is built only when its answer is not yet known."""
    doc = head.doc
    table = token_table(doc)
    heads = table.head
    known = doc.user_data.setdefault("tessera_part_gloss", {})
    i = head.i
    for _ in range(4):
        found = known.get(i)
        if found is None and table.dep[i] != "appos" and _opened_as_part_at(table, i) is None:
            found = known[i] = False  # (what _is_part_gloss answers, read without a Token)
        if found if found is not None else is_part_gloss(doc[i]):
            return True
        if heads[i] == i:
            return False  # (the root: no ancestors above it)
        i = heads[i]
    return False


def _is_part_gloss(head: Token) -> bool:
    if _opened_as_part(head) is not None:
        return True  # ("arrested 11 North Koreans, among them four children,": parsed as an object)
    if head.dep_ != "appos" or head.head.i == head.i:
        return False
    preps = [
        p for c in head.children for p in (c, *c.children) if p.dep_ == "prep" and p.lower_ in {"of", "among"}
    ]
    return any(
        o.dep_ == "pobj" and o.lower_ in {"them", "whom", "these", "those"} for p in preps for o in p.children
    )


def glossed_group(part: Token) -> Token | None:
    """The group a part gloss tells a part of: "six North Koreans" of "six North Koreans, two of
    them teenagers"."""
    if part.dep_ == "appos" and part.head.i != part.i and read_victims(part.head) is not None:
        return part.head
    # (the parse may hang the gloss on a word before the group: "urged China to halt the return
    # of seven North Koreans, among them a child, who were detained": an apposition of "return";
    # the group is the noun just before the comma that opens the gloss)
    comma = _opened_as_part(part)
    group = part.doc[comma - 1] if comma is not None and comma >= 1 else None
    return group if group is not None and group.pos_ in {"NOUN", "PROPN"} else None


def _opened_as_part(head: Token) -> int | None:
    """Where the comma stands before ", among them four children" (or ", of whom two …"), when
    the noun phrase opens so, whether or not the parser hung "among them" inside it."""
    return _opened_as_part_at(token_table(head.doc), head.i)


def _opened_as_part_at(table: TokenTable, i: int) -> int | None:
    """`_opened_as_part` of the Doc's token i, read in its table."""
    lower, left = table.lower, table.left_edge(i)
    if lower[left] == "," and left + 1 < i:
        left += 1  # (the opening comma hung inside the phrase: ", among them a guard," as an object)
    if left + 1 < i and (lower[left], lower[left + 1]) in PART_OPENERS:
        start = left  # "among" parsed as part of the phrase
    elif left >= 2 and (lower[left - 2], lower[left - 1]) in PART_OPENERS:
        start = left - 2
    elif left >= 1 and lower[left - 1] == "including":
        start = left - 1  # "seven North Koreans, including three women, who were arrested"
    else:
        return None
    return start - 1 if start >= 1 and table.text[start - 1] == "," else None


def _counted_us(head: Token) -> Token | None:
    """ "about 40 of us", "all five of us", "the three of us", "we were five": the number the
    teller's group is."""
    we_are = any(c.dep_ == "nsubj" and c.lower_ == "we" for c in head.head.children)
    if head.like_num and head.dep_ == "attr" and head.head.lemma_ == "be" and we_are:
        return head
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(g.dep_ == "pobj" and g.lower_ in FIRST_PERSON_PLURAL for g in prep.children):
            return head if number_of(head) or any(c.dep_ == "nummod" for c in head.children) else None
    return None


def _us_glossed(head: Token) -> Victims | None:
    """The count of a first-person "us" glossed by a counted group set apart just after its
    phrase ("they drove us to the bridge, eight women, at dawn"): the parse may hang the gloss on
    the nearest noun (the bridge), so any counted people set apart by a comma within a few words
    of "us" count it; not officials or soldiers ("us, two guards beside us")."""
    doc = head.doc
    end = min(sentence_of(head).end, head.i + 8)
    for token in doc[head.i + 1 : end]:
        if token.dep_ != "appos" or token.head.i < head.i or doc[token.left_edge.i - 1].text != ",":
            continue
        if not any(c.dep_ == "nummod" for c in token.children):
            continue
        gloss = _read_victims(token)
        if gloss is not None and gloss.count_min and gloss.group not in AUTHORITY_GROUPS:
            return Victims(_safe_phrase(token), gloss.count_min, gloss.count_max, gloss.group)
    return None


def _we_counted(head: Token, discourse: Discourse) -> Mention | None:
    """ "We crossed the river, all five of us holding one rope", "They put about 40 of us on a
    truck. … we were driven across the bridge", "we were sent back. There were 30 of us": a
    teller's "we" counts as many as the group the teller counts in its sentence, the next one,
    or last before it (in an earlier paragraph only while the story goes on in the first person
    plural)."""
    sentence = sentence_of(head)
    doc = head.doc
    following = sentence_of(doc[sentence.end]) if sentence.end < len(doc) else None
    # Its own sentence, then the next ("we were sent across the bridge. There were about 40 of
    # us"), then the latest count before it in the same paragraph.
    for span in (sentence, following):
        if span is None or "\n\n" in doc[sentence.start : span.end].text.rstrip():
            continue
        for token in span:
            if token.i != head.i and _counted_us(token) is not None:
                counted = read_victims(token)
                if counted is not None and counted.count_min:
                    entity = mention_of(token, counted, discourse)[1]
                    return next(
                        m for m in discourse.mentions if m.entity == entity and m.token_index == token.i
                    )
    earlier = [m for m in discourse.mentions if m.counted_us and m.token_index < head.i]
    if not earlier:
        return None
    if "\n\n" not in doc[earlier[-1].token_index : head.i].text:
        return earlier[-1]
    # An earlier paragraph's count holds while the teller counts no other group of "us" and names
    # no other companions in the first person ("There were six of us. … ¶ At the river soldiers
    # stopped us"): the teller's group is still the one counted.
    return earlier[-1] if _first_person_plural_before(doc, earlier[-1].token_index, head.i) else None


# How many sentences back a teller's "I went with …" still says who a later "we" is.
COMPANY_TOLD_WITHIN_SENTENCES = 3
TELLER_WORDS = frozenset({"i", "me"})


def _teller_with_company(we: Token) -> Victims | None:
    """ "In the winter I ran away with two girls from my class. … A railway officer stopped us",
    "a broker put me on a train with two other women. … In Laos we were caught": a teller who
    has said whom they went with means themselves and those companions by a later "we" or "us"
    (three people, not "the teller and others"). The teller's latest clause with such a "with"
    in the few sentences before counts; companions that are officials, soldiers or helpers
    ("with two guards", "with a broker") are there in another role and count for nothing."""
    doc = we.doc
    start = sentences_back(doc, sentence_of(we).start, COMPANY_TOLD_WITHIN_SENTENCES)
    for teller in reversed(doc[start : we.i]):
        if teller.lower_ not in TELLER_WORDS or teller.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            continue
        company = _counted_company(teller.head)
        if company is not None:
            low, high = company
            return Victims("people", 1 + low, None if high is None else 1 + high, "other")
    return None


def _counted_company(verb: Token) -> tuple[int, int | None] | None:
    """The count of the people a verb's "with" joins to its subject or object ("ran away with two
    girls"), the "with" hung on the verb or on a thing or place it goes by ("put me on a train
    with two other women"; never on people: "a man with three children" are his children)."""
    holders = [verb]
    for child in verb.children:
        things = [child] if child.dep_ in {"dobj", "obj"} else []
        if child.dep_ == "prep":
            things = [g for g in child.children if g.dep_ == "pobj"]
        holders += [t for t in things if t.pos_ in {"NOUN", "PROPN"} and read_victims(t) is None]
    helpers = lexicon().cues["facilitator_nouns"]
    for holder in holders:
        for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "with"):
            for companion in (g for g in prep.children if g.dep_ == "pobj"):
                found = read_victims(companion)
                if (
                    found is None
                    or not found.count_min
                    or found.group in AUTHORITY_GROUPS
                    or companion.lemma_.lower() in helpers
                    or companion.lower_ in FIRST_PERSON_PLURAL
                ):
                    continue
                return found.count_min, found.count_max
    return None


def _first_person_plural_before(doc: Doc, start: int, end: int) -> bool:
    """Does the teller speak of "we"/"us" between the count and the later "we" (the story goes
    on in the first person plural)?"""
    return any(t.lower_ in FIRST_PERSON_PLURAL for t in doc[start + 1 : end])


def register_people(sentence: Span, discourse: Discourse) -> None:
    """Note every group of people a sentence mentions, so later references can find them."""
    _register_new_total(sentence, discourse)
    _register_total_in_all(sentence, discourse)
    heads = [chunk.root for chunk in noun_chunks_of(sentence)]
    taken = {h.i for h in heads}
    doc, dep = sentence.doc, token_table(sentence.doc).dep
    # (a subject or object first: the parse's table is cheaper to read than each word's Token)
    heads += [
        doc[i]
        for i in range(sentence.start, sentence.end)
        if i not in taken and dep[i] in _STANDING_DEPS and _number_standing_for_people(doc[i])
    ]
    for head in sorted(heads, key=lambda t: t.i):
        if is_member_mention(head) or _part_gloss_at_or_above(head):
            continue
        victims = read_victims(head)
        if victims is not None:
            mention_of(head, victims, discourse)


# Nouns for a running count: "bringing the total to 12", "raising the number held to five".
TOTAL_NOUNS = frozenset({"total", "number", "tally", "count"})
TOTAL_VERBS = frozenset({"bring", "raise", "take", "push"})


def _register_new_total(sentence: Span, discourse: Discourse) -> None:
    """ "Police detained two women on Monday. Later they took away three more, bringing the
    number held to five": from here on the group told of is five, so a later "the women" or
    "they" counts five. The new total is noted as a mention of the people named last before
    the sentence (with their head noun, so "the women" finds it)."""
    doc, lemma = sentence.doc, token_table(sentence.doc).lemma
    for i in range(sentence.start, sentence.end):
        if lemma[i] not in TOTAL_VERBS:
            continue
        verb = doc[i]
        nouns = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in TOTAL_NOUNS]
        if not nouns:
            continue
        numbers = [
            t
            for t in nouns[0].subtree
            if t.like_num and t.dep_ == "pobj" and t.head.lower_ == "to" and parse_number(t.text)
        ]
        if not numbers:
            continue
        group = discourse.resolve(sentence.start, False, None)
        if group is None or group.victims.count_min is None:
            continue
        total = parse_number(numbers[0].text)
        if total is None or total <= group.victims.count_min:
            continue
        said = sentence.doc[nouns[0].left_edge.i : numbers[0].i + 1].text  # "the number held to five"
        victims = Victims(said, total, total, group.victims.group)
        pronouns = PRONOUNS_SINGULAR | PRONOUNS_PLURAL
        noun = next(
            (m.lemma for m in discourse.mentions if m.entity == group.entity and m.lemma not in pronouns),
            group.lemma,
        )
        discourse.link(victims, numbers[0], group.entity, lemma=noun)


def _register_total_in_all(sentence: Span, discourse: Discourse) -> None:
    """ "Four households were moved to a farm last week. Fifteen people were relocated in all":
    a counted subject of a clause closed by "in all" (people.json's total_markers) totals the
    people the sentence before counted by their households or families; it is noted as a
    mention of them, so the events told of them count the total."""
    markers = total_markers()
    if not _holds_a_marker(token_table(sentence.doc).lower[sentence.start : sentence.end], markers):
        return
    for verb in sentence:
        if verb.pos_ not in {"VERB", "AUX"} or not _closed_by_a_total(verb, markers):
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None or subject.lower_ in PRONOUNS_PLURAL or is_reference(subject):
            continue
        victims = _read_victims(subject)
        if victims is None or not victims.count_min or victims.count_max == 1:
            continue
        group = _households_told_before(sentence, victims, discourse)
        if group is None:
            continue
        total = Victims(_safe_phrase(subject), victims.count_min, victims.count_max, group.victims.group)
        discourse.link(total, subject, group.entity, lemma=group.lemma)
        discourse.mentions[-1].total = True


def _holds_a_marker(words: list[str], markers: tuple[list[str], ...]) -> bool:
    """Do the words hold one of the markers ("in all") anywhere? Asked of every sentence: only
    the places where a marker's first word stands are compared, not each marker at each word."""
    firsts = {m[0] for m in markers if m}
    if any(not m for m in markers):
        return bool(words)  # (an empty marker is held by any words)
    return any(words[k : k + len(m)] == m for k, word in enumerate(words) if word in firsts for m in markers)


def _households_told_before(sentence: Span, total: Victims, discourse: Discourse) -> Mention | None:
    """The group the sentence before counted by households or families, fewer than the total
    (its subject first: "Four households whose members defected were moved", not the members)."""
    if sentence.start == 0:
        return None
    before = sentence_of(sentence.doc[sentence.start - 1]).start
    told = [
        m
        for m in discourse.mentions
        if before <= m.token_index < sentence.start
        and not (m.first_person or m.speaker)
        and m.victims.count_min is not None
        and counted_by_households(m.victims, total)
    ]
    return next((m for m in told if m.salient), told[0] if told else None)


def _closed_by_a_total(verb: Token, markers: tuple[list[str], ...]) -> bool:
    """Is "in all", "in total" or "altogether" a word of the verb itself ("were moved in all")?"""
    for child in verb.children:
        if child.dep_ == "prep" and [child.lower_, *(g.lower_ for g in child.children)] in markers:
            return True
        if child.dep_ == "advmod" and [child.lower_] in markers:
            return True
    return False


def counted_by_households(group: Victims, total: Victims) -> bool:
    """Is a group's count one a total of its people may replace: none, or a count of households
    or families (each at least one person), below the total?"""
    if group.count_min is None:
        return True
    return group.group == "family" and group.count_max is None and (total.count_min or 0) > group.count_min


_STANDING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _number_standing_for_people(token: Token) -> bool:
    """ "The five are held in Tumen, where they were questioned": a number with "the" standing
    for people told of before, as a subject or object (no noun chunk holds it, so without this
    the "they" after it would reach back past it)."""
    return (
        token.like_num
        and token.dep_ in _STANDING_DEPS
        and any(c.dep_ == "det" and c.lower_ in {"the", "these", "those", "all"} for c in token.children)
    )


def _speakers_of(head: Token) -> Token | None:
    """The subject of the reporting verb a "they" is told under ("nine said they had been
    beaten", "the women told investigators they were held"): those people themselves."""
    if head.lower_ not in {"they", "we"} or head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    verb = head.head
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in lexicon().cues["reporting_verbs"]:
        return None
    speakers = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    if speakers is not None and head.lower_ == "they" and speakers.lower_ in FIRST_PERSON_PLURAL:
        return None  # "we fear they will be sent back": others than the speakers
    return speakers


def mention_of(head: Token, victims: Victims, discourse: Discourse) -> tuple[Victims, int]:
    """The people a phrase names and which of the report's people they are: a reference
    ("the family", "they") takes the count and identity of what it points back to."""
    known = discourse.entity_at(head.i)
    if known is not None:
        return known.victims, known.entity
    if head.lower_ in FIRST_PERSON_PLURAL and victims.count_max is None:
        counted = _we_counted(head, discourse)
        if counted is not None:
            return counted.victims, discourse.link(counted.victims, head, counted.entity)
        company = _teller_with_company(head)
        if company is not None:
            return company, discourse.add(company, head)
    speakers = _speakers_of(head)
    if speakers is not None:
        # "Of the 14, nine said they had been beaten": the people who tell it.
        spoken = read_victims(speakers)
        if spoken is not None and (spoken.count_min or 0) >= 2:  # not "…, said the activist"
            entity = mention_of(speakers, spoken, discourse)[1]
            return spoken, discourse.link(spoken, head, entity)
    if _kin_of_people(head):
        return victims, discourse.add(victims, head)  # "the families of the men": others than the men
    if (family := _family_listed_next(head, victims, discourse)) is not None:
        return victims, discourse.link(victims, head, family.entity)
    if victims.count_min is None and (returned := _returned_antecedent(head, discourse)) is not None:
        return returned.victims, discourse.link(returned.victims, head, returned.entity)
    if is_reference(head):
        group = victims.group if victims.group not in ("other", "residents") else None
        antecedent = discourse.resolve(head.i, is_singular(head), group, head)
        if antecedent is None and head.lower_ in PRONOUNS_PLURAL:
            # No group before it: a "they" for one person whose sex is not given.
            antecedent = discourse.resolve(head.i, None, None)
        total = antecedent is not None and _total_restated(antecedent, victims, head)
        if antecedent is not None and (
            victims.count_min in (None, antecedent.victims.count_min)
            # "Officials sent defectors back. … the 600 defectors who were returned": the count
            # of a group first named without one.
            or (antecedent.victims.count_min is None and antecedent.lemma == head.lemma_.lower())
            # "Defectors were caught in Laos. … the eight will be deported": a number standing
            # for a noun counts the people told of before.
            or (antecedent.victims.count_min is None and head.like_num and antecedent.plural)
            or _family_counted_by_members(antecedent, victims, head)
            or total
        ):
            own = victims.count_min is not None and head.lower_ != "both"  # "both": the two told of
            merged = victims if own else _part_named_again(antecedent, head) or antecedent.victims
            entity = discourse.link(merged, head, antecedent.entity)
            discourse.mentions[-1].total = total
            return merged, entity
    return victims, discourse.add(victims, head)


# Determiners by which a noun for the people of a return means all of them ("each returnee").
ALL_OF_THEM = frozenset({"each", "every", "all"})


def _returned_antecedent(head: Token, discourse: Discourse) -> Mention | None:
    """ "China sent about 40 North Koreans back on Tuesday. … officers were questioning each
    returnee": a definite (or "each") noun that names people by the return they underwent
    (people.json's returned_nouns) means the people counted as whom the latest return befell,
    not the people told of last ("Twenty activists protested against the repatriation of 12
    North Koreans. … the returnees were questioned": the twelve)."""
    if head.lemma_.lower() not in people_words()["returned_nouns"]:
        return None
    if not is_reference(head) and not any(c.dep_ == "det" and c.lower_ in ALL_OF_THEM for c in head.children):
        return None
    returned = _returned_people(head.doc)
    return next(
        (
            m
            for m in reversed(discourse.mentions)
            if m.token_index < head.i and m.token_index in returned and m.victims.count_min is not None
        ),
        None,
    )


def _returned_people(doc: Doc) -> frozenset[int]:
    """The head nouns of the people each return the report tells of befell (read once a report,
    from the trigger phrases the extractor found sentence by sentence)."""
    cached = doc.user_data.get("tessera_returned_people")
    if cached is None:
        heads = set()
        matches = (m for s in doc.sents for m in sentence_triggers(doc, s.start, s.end))
        for match in matches:
            if match.entry.type != "repatriation":
                continue
            for token in doc[match.start : match.end]:  # ("forced repatriation": the noun's people)
                if (people := victim_phrase(token, "repatriation")) is not None:
                    heads.add(people.i)
        cached = doc.user_data["tessera_returned_people"] = frozenset(heads)
    return cached


def _part_named_again(antecedent: Mention, head: Token) -> Victims | None:
    """ "Police detained four North Korean women and two Chinese guides. … The women will be sent
    back": a reference by the noun of the first part of a counted list means that part (four),
    not the whole list (six); so "fined each of the adults" after "14 people, 10 adults and four
    children"."""
    if antecedent.lemma != head.lemma_.lower():
        return None
    first = head.doc[antecedent.token_index]
    if not any(c.dep_ == "conj" for c in first.children):
        return None
    part = read_group(first)
    if part is None or part.count_min is None or part.count_min >= (antecedent.victims.count_min or 0):
        return None
    return part


# How many sentences on a family's members may still be told after the family is named.
FAMILY_TOLD_WITHIN_SENTENCES = 2


def _total_restated(antecedent: Mention, victims: Victims, head: Token) -> bool:
    """ "Around 40 families were evicted last week. The families, some 150 people in all, were
    loaded onto trucks": the same noun named again with a total of its people set apart after it
    is the same people, counted by the total."""
    return (
        antecedent.lemma == head.lemma_.lower()
        and _total_glossed(head) is not None
        and counted_by_households(antecedent.victims, victims)
    )


def _family_counted_by_members(antecedent: Mention, victims: Victims, head: Token) -> bool:
    """A family named without a count is counted by the definite phrase that tells its members
    next: "A family from Musan fled in May. The couple and their two children …" (four), "the
    family of a defector disappeared … the parents and two younger brothers were sent to a camp"
    (four), "… and his family went missing. The family of four …". Only a counted phrase of a
    family or of kin, in the same or the next sentences."""
    if antecedent.victims.count_min is not None or antecedent.victims.group != "family":
        return False
    members = victims.group == "family" or head.lemma_.lower() in kin_words() | PAIR_NOUNS
    if not members or victims.count_min is None or (victims.count_max or 0) < 2:
        return False
    between = head.doc[antecedent.sentence_start : sentence_of(head).start]
    return len(list(between.sents)) <= FAMILY_TOLD_WITHIN_SENTENCES if len(between) else True


def _family_listed_next(head: Token, victims: Victims, discourse: Discourse) -> Mention | None:
    """ "A family was caught trying to cross the river at Musan. A man, his wife and their son
    were stopped by a patrol", "His family was sent to a camp. … His wife, two sons and mother
    were removed to Hwasong": a family named without a count, then its members listed by their
    kin in the next sentences, are the same people; the list counts the family (its events get
    the count the list gives). Only when no other group of people is told between the two (single
    people, speakers and the authorities may be: "according to a source", "the man was taken
    by agents")."""
    if (victims.count_min or 0) < 2 or not _kin_listed(head):
        return None
    sentence_start = sentence_of(head).start
    earliest = sentences_back(head.doc, sentence_start, FAMILY_TOLD_WITHIN_SENTENCES)
    for m in reversed(discourse.mentions):
        if m.token_index >= sentence_start:
            continue
        if m.token_index < earliest:
            return None
        if m.victims.group == "family" and m.victims.count_min is None and not m.first_person:
            return None if m.kin_of_them or m.generic else m
        if m.first_person or m.speaker or m.victims.group in AUTHORITY_GROUPS or m.victims.count_max == 1:
            continue
        return None  # another group told between: the list may be theirs
    return None


def _kin_listed(head: Token) -> bool:
    """Is the phrase a list of people of whom at least one is named by their kin to someone ("a
    man, his wife and their son", "his parents and younger sister")?"""
    items = written_list(head) or [head, *coordinated(head)]
    if len(items) < 2:
        return False
    return any(t.lemma_.lower() in people_words()["kin_nouns"] for t in items)


def _kin_of_them(head: Token) -> bool:
    """ "their families", "their parents": kin owned by the people a plural "their" means, who
    in the same sentence are told of as "they" or "the pair" ("their relatives have not been
    told where they are held": the people held, not the relatives)."""
    lemma = head.lemma_.lower()
    if lemma not in victim_groups()["family"] and lemma not in kin_words():
        return False
    return any(c.dep_ == "poss" and c.lower_ == "their" for c in head.children)


def _kin_of_people(head: Token) -> bool:
    """A family or kin noun owned by people through "of" ("the families of the three men",
    "relatives of the detainees"): the kin, not the people named after "of", whom a definite
    article would otherwise make it point back to."""
    lemma = head.lemma_.lower()
    if lemma not in victim_groups()["family"] and lemma not in kin_words():
        return False
    return of_people(head)


def of_people(head: Token) -> bool:
    """Does people follow the noun's "of" ("some of the detainees", "the families of the men")?"""
    return any(
        read_victims(obj) is not None
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for obj in prep.children
        if obj.dep_ == "pobj"
    )

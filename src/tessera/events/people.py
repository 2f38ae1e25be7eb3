"""Whom an event happened to: the people a trigger acts on, found in the parse, and which of the
report's people they are."""

from __future__ import annotations

import unicodedata

from spacy.tokens import Doc, Token

from tessera.events.actors import actor_at
from tessera.events.clauses import clause_head, clause_span, is_passive, sentence_of, subject_of
from tessera.events.found import Found
from tessera.events.lexicon import Match, lexicon
from tessera.events.victims import (
    AUTHORITY_GROUPS,
    FIRST_PERSON_PLURAL,
    INTRANSITIVE_TYPES,
    PRONOUNS_PLURAL,
    PRONOUNS_SINGULAR,
    REMAINDER_WORDS,
    Discourse,
    counted_acts,
    counted_by_households,
    counted_person_nouns,
    described_with_who,
    helper_told_apart,
    is_member_mention,
    is_part_gloss,
    is_reference,
    is_time,
    mention_of,
    number_of,
    owns_place,
    people_above,
    people_words,
    read_group,
    read_victims,
    total_markers,
    vessel_words,
    victim_phrase,
    written_list,
)
from tessera.language.table import token_table
from tessera.model import PEOPLE_EVENT_TYPES, Victims

PRONOUNS = PRONOUNS_SINGULAR | PRONOUNS_PLURAL


def names_things(head: Token) -> bool:
    """ "the bodies were taken away", "phones were seized": the event happened to no one."""
    return head.lemma_.lower() in lexicon().cues["non_people"] or head.lower_ in lexicon().cues["non_people"]


def _one_of_something(head: Token) -> bool:
    """A singular common noun with a determiner, that is neither a thing nor a group (nor a
    craft: "radar spotted the boat crossing the sea border" tells of the people aboard, not of
    one person)."""
    if head.tag_ != "NN" or names_things(head) or is_time(head) or _craft(head):
        return False
    if actor_at(head.doc, head.i) is not None:
        return False  # "a court", "the security department": who acts, not whom it happened to
    if lexicon().triggers.find(head.doc, head.i, head.i + 1):
        return False  # "after undergoing a long investigation": a happening, not a person
    if head.lemma_.lower() in {"group", "family", "crew", "team", "unit", "couple", "household", "people"}:
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"no", "any", "every"} for c in head.children)


# The shortest person noun read as the end of a compound ("crewmate": mate); shorter ones end
# too many other words ("prison": son).
PERSON_ENDING_LENGTH = 4


def _may_name_a_person(head: Token) -> bool:
    """Can a noun no list of people knows still name one person by its form? A noun the person
    lists know once its accents are dropped ("the attaché": attache), a compound that ends in one
    ("a crewmate"), the second part of a word written with a hyphen ("a co-worker", "a former
    vice-chairman"), a title ("the company head"), or a noun described with "who" ("the clerk's
    deputy, who was arrested"). Other nouns that reach this reading name a thing, a body or an
    abstraction ("the death penalty", "the term", "the case", "her office", "the decision"): in
    the development reports about sixty such nouns against eight persons, each read as one
    person whom the event befell."""
    words = counted_person_nouns() | people_words().get("title_nouns", frozenset())
    lower = head.lower_
    plain = "".join(c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c))
    if plain in words or head.lemma_.lower() in words:
        return True
    if any(lower[i:] in words for i in range(2, len(lower) - PERSON_ENDING_LENGTH + 1)):
        return True
    doc = head.doc
    if (
        head.i + 2 < len(doc)
        and doc[head.i + 1].text == "-"
        and doc[head.i + 1].idx == head.idx + len(head.text)
    ):
        after = doc[head.i + 2]
        if after.lower_ in words or after.lemma_.lower() in words:
            return True
    return described_with_who(head)


def _people_who_bear_it(trigger: Token, event_type: str) -> tuple[Token, Victims] | None:
    """The people a penalty told by what it takes or gives befalls: the subject of its clause
    ("a woman in Hoeryong lost her job", "one received a life term", "two other men could also
    face the death penalty", "the inminban head could lose her post"), when that subject names
    people who are not officials acting (an official who faces a sentence or loses a post bears
    it: "the officer could face the death penalty")."""
    verb = clause_head(trigger)
    own = _people_right_before(verb) if verb.dep_ == "conj" else None
    subject = own or subject_of(verb)
    if subject is None or subject.i == trigger.i:
        return None
    victims = read_victims(subject)
    if victims is None and _one_of_something(subject) and _may_name_a_person(subject):
        victims = Victims(subject.text, 1, 1, "individual")
    if victims is None or (victims.group in AUTHORITY_GROUPS and event_type not in SENTENCING_TYPES):
        return None
    return subject, victims


# Penalties that befall whoever their clause's subject is, officials too.
SENTENCING_TYPES = frozenset({"punishment", "execution"})


def _craft(head: Token) -> bool:
    return head.lemma_.lower() in vessel_words() or head.lower_ in vessel_words()


# Words that put people on a craft: "the five men aboard", "seven people on board".
ABOARD_WORDS = frozenset({"aboard", "board"})


def _people_of_a_craft(craft: Token) -> Token | None:
    """ "a small fishing boat trying to cross the sea border …, killing two of the five people
    aboard", "a boat that was heading for the South. … The six men aboard had set out before
    dawn", "after their small wooden boat crossed the line": a craft told as fleeing or missing
    stands for the people on it: those counted as aboard in its sentence or the next, else
    whose craft it is."""
    owner = next((c for c in craft.children if c.dep_ == "poss"), None)
    if owner is not None and read_victims(owner) is not None:
        return owner
    doc, sentence = craft.doc, sentence_of(craft)
    end = sentence_of(doc[sentence.end]).end if sentence.end < len(doc) else sentence.end
    for token in doc[craft.i + 1 : end]:
        if token.lower_ not in ABOARD_WORDS or (token.lower_ == "board" and doc[token.i - 1].lower_ != "on"):
            continue
        people = token.head if token.lower_ == "aboard" else doc[token.i - 1].head
        objects = [c for c in token.children if c.dep_ == "pobj"]
        if objects and not any(o.i == craft.i for o in objects):
            continue  # ("taken aboard the patrol boat"): another craft
        found = read_victims(people) if people.pos_ in {"NOUN", "PROPN", "NUM"} else None
        if found is not None and found.count_min:
            return people
    return None


def _heard_from(verb: Token) -> Token | None:
    """ "nobody has heard from them since", "his family has not heard from him since": whom no
    one has heard from is who is missing, not those who have not heard (the object of "from")."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None


def people_after(doc: Doc, match: Match) -> Token | None:
    """The people a phrase is about, after it: the object of its verb ("we have not seen [him]
    since") or of its last word ("lost contact with [her]", "hunting for [four members]")."""
    phrase_words = set().union(*(w for w in match.entry.phrase.words if w))
    for token in doc[match.start : match.end]:
        if token.pos_ in {"VERB", "AUX"}:
            obj = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ not in phrase_words), None)
            if obj is None and token.lemma_.lower() == "hear":
                obj = _heard_from(token)
            if obj is not None:
                return obj
    last = doc[match.end - 1]
    if last.lower_ not in {"with", "for", "of", "from", "about", "to", "on", "at", "toward", "towards"}:
        # ("opened fire on [two fishermen]", "fired shots toward [him]")
        return None  # "have not been seen since": the people are its subject, found as usual
    return next((c for c in last.children if c.dep_ == "pobj"), None)


def people_of(
    trigger: Token, event_type: str, discourse: Discourse, given: bool = False
) -> tuple[Victims | None, int | None]:
    """Whom the event happened to, and which of the report's people that is (`given`: the
    token passed is already the people's head)."""
    if given:
        victims = read_victims(trigger)
        if victims is None and event_type == "search" and (homes := _counted_dwellings(trigger)):
            return homes, None  # "went through 40 homes": the object of the phrase is dwellings
        if (
            event_type == "violence"
            and (victims is None or not victims.count_min)
            and trigger.lower_ not in PRONOUNS_PLURAL
        ):
            verb = next((a for a in trigger.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if verb is not None and (harmed := _harmed_by_the_shots(verb)) is not None:
                return harmed, None  # "opened fire on a group of smugglers, wounding one man"
        return mention_of(trigger, victims, discourse) if victims else (None, None)
    head = victim_phrase(trigger, event_type)
    if event_type == "escape" and head is not None and _helper(head):
        head = _helped_across(trigger, head)
    if head is None and event_type == "interrogation":
        head = _subject_of_the_question(trigger)
    if head is not None and head.tag_ in {"WP", "WDT"}:
        # "… who was also arrested" with the noun lost to a broken sentence: the people last named.
        nearest = discourse.latest_before(head.i, 0)
        return (nearest.victims, nearest.entity) if nearest else (None, None)
    if head is not None and is_member_mention(head) and not _describes(trigger, head):
        head = head.head.head  # "five North Koreans, including a girl": the five
    elif head is not None and is_part_gloss(head):
        head = head.head  # "six North Koreans, two of them teenagers, who had waded across": the six
    if head is not None and (written := written_list(head)) and written[0].i != head.i:
        head = written[0]  # "a man surnamed Kim, his wife and their daughter tried …": all three
    victims = read_victims(head) if head is not None else None
    if (
        event_type in INTRANSITIVE_TYPES
        and head is not None
        and _craft(head)
        and (victims is None or not victims.count_min)
        and (aboard := _people_of_a_craft(head)) is not None
    ):
        head, victims = aboard, read_victims(aboard)
    if event_type not in PEOPLE_EVENT_TYPES:
        if (
            victims is not None
            and victims.count_min is None
            and head is not None
            and (owns_place(head) or _named_again(head))
        ):
            # "Agents searched their flat": the people "their" points back to, with their count;
            # so "Agents questioned his parents and sister. The family has been barred from
            # leaving the village": the three the reference means.
            victims = mention_of(head, victims, discourse)[0]
        elif event_type == "search" and (not victims or not victims.count_min):
            searched = _searched_people(head or _gone_through(trigger))
            if searched is not None:
                victims = mention_of(searched, read_victims(searched), discourse)[0]
        if (victims is None or not victims.count_min) and event_type == "search":
            victims = (
                _people_in_searched_place(trigger, head or _gone_through(trigger), discourse)
                or _found_in_search(trigger)
                or _sought(trigger, discourse)
                or _counted_dwellings(head or _gone_through(trigger))
            )
        return (victims, None) if victims and victims.count_min else (None, None)
    if head is None and (acts := counted_acts(trigger)) is not None and not _acts_over_a_period(trigger):
        return acts, None  # "led to at least 15 arrests": fifteen people
    agent_of = next((a.head for a in trigger.ancestors if a.dep_ == "agent"), None)
    if victims is None and agent_of is not None:
        # "were shot by firing squad": the people are the subject of the passive verb.
        subject = subject_of(agent_of)
        if subject is not None and read_victims(subject) is not None:
            head, victims = subject, read_victims(subject)
    active_transitive = (
        event_type not in INTRANSITIVE_TYPES
        and trigger.pos_ == "VERB"
        and not is_passive(trigger)
        and not _purpose_gerund(trigger)
    )
    if (
        victims is None
        and (not active_transitive or _shares_a_subject_acting_on_no_one(trigger, head))
        and not _watched(trigger)
    ):
        # "received help from a broker to escape": the people are the clause's subject (never
        # the subject of an active "shot": that is who did it, nor of "attend": that is the audience).
        subject = subject_of(clause_head(trigger))
        if subject is not None and read_victims(subject) is None and clause_head(trigger).dep_ == "relcl":
            # "45 North Koreans in Jilin who face forced return": the clause hangs on the place
            subject = people_above(subject) or subject
        if subject is not None and (head is None or subject.i != head.i):
            found_victims = read_victims(subject)
            # "the security agent reported the defection": officials who act are not its people.
            if found_victims is None or found_victims.group not in AUTHORITY_GROUPS:
                head, victims = subject, found_victims
    if head is not None and victims is None and head.i != trigger.i and _one_of_something(head):
        if _may_name_a_person(head):
            # The people an event happened to, named by a noun no list knows: "a crewmate", "the attaché".
            victims = Victims(head.text, 1, 1, "individual")
        elif (holder := _people_who_bear_it(trigger, event_type)) is not None:
            # "the groom lost his job", "two men could face the death penalty": the thing is what
            # the penalty took or is; its people are the clause's subject.
            head, victims = holder
    if (
        event_type == "violence"
        and (victims is None or not victims.count_min)
        and (head is None or head.lower_ not in PRONOUNS_PLURAL)
        and (harmed := _harmed_by_the_shots(trigger)) is not None
    ):
        return harmed, None
    if head is None or victims is None:
        # No people attached to the trigger ("viewing the man's disappearance as a defection",
        # or a passive whose subject the parse lost): the people named last before it in its clause.
        nearest = discourse.latest_before(trigger.i, clause_span(trigger)[0])
        if nearest is None or (active_transitive and _acting_subject(trigger, nearest.token_index)):
            return None, None  # "five guards beat …": who did it, not whom it happened to
        part = _part_counted_of(trigger.doc[nearest.token_index])
        if part is not None:
            return mention_of(part, read_victims(part), discourse)  # type: ignore[arg-type]
        # "SEOUL -- A diplomat … has defected to South Korea with his wife and son": the people
        # found so still take the companions the trigger names.
        return with_companions(trigger, nearest.victims), nearest.entity
    relative = clause_head(trigger)
    if relative.dep_ == "relcl" and relative.head.i == head.i:
        narrowed = _relative_about_part(head, relative, discourse)
        if narrowed is not None:
            return narrowed
    victims, entity = mention_of(head, victims, discourse)
    return with_companions(trigger, victims, head), entity


def _named_again(head: Token) -> bool:
    """A pronoun or definite phrase for people told before ("the family", "they"); not the rest
    of a group ("the remaining workers", "the other residents", "the rest"): others than those
    counted."""
    if not is_reference(head) or head.lower_ in {"rest", "others"}:
        return False
    return not any(c.lower_ in REMAINDER_WORDS for c in head.children)


def _describes(trigger: Token, head: Token) -> bool:
    """Is the trigger a clause or participle hung on the people's own noun? Then the act is told
    of those people, not of the group they are named among or in: "women among the forty North
    Koreans handed back by China" (the forty were handed back), "five North Koreans, including
    a girl who was beaten" (the girl was beaten)."""
    # ("Eleven defectors were among a group sent back": told of the subject of "were among",
    # which the gold and the reader take for the people it befell; only a noun's "among" is read so)
    group = head.head.head
    return trigger.head.i == head.i and trigger.dep_ in {"acl", "relcl"} and group.pos_ in {"NOUN", "PROPN"}


def _part_counted_of(token: Token) -> Token | None:
    """ "Three of the five traders received terms of three to seven years": the people named last
    are the whole group after "of", but the phrase is about the part counted before it (three,
    not five). The part's head, when it is a count of people; else None."""
    if token.dep_ != "pobj" or token.head.lower_ != "of" or token.head.head.i >= token.i:
        return None
    part = token.head.head
    if not (part.like_num or part.lower_ in {"some", "most", "many", "several", "few"}):
        return None
    found = read_victims(part)
    return part if found is not None and found.count_min is not None else None


def _harmed_by_the_shots(trigger: Token) -> Victims | None:
    """ "Guards opened fire on a group of smugglers, wounding one man", "soldiers fired on a boat,
    killing one crewman": when the people fired on are not counted (a group, a boat), the
    participle of harm that follows counts whom the shots befell. (A counted group fired on
    keeps its count: "fired on three women, wounding one" befell the three.)"""
    # (imported here: tessera.events.background imports this module)
    from tessera.events.background import words

    harms = words()["wound_verbs"]
    for verb in (trigger, trigger.head):
        for participle in verb.children:
            if participle.dep_ not in {"advcl", "xcomp", "conj"} or participle.tag_ != "VBG":
                continue
            if participle.lemma_.lower() not in harms:
                continue
            obj = next((c for c in participle.children if c.dep_ in {"dobj", "obj"}), None)
            found = read_victims(obj) if obj is not None else None
            if found is not None and found.count_min:
                return found
        if verb.i == trigger.head.i or trigger.dep_ not in {"dobj", "obj", "prep", "pobj"}:
            break
    return None


def _acts_over_a_period(noun: Token) -> bool:
    """ "The group confirmed at least seven public executions in 2020", "we recorded two
    executions this year": acts counted over a year or more are a statistic, whose people a
    report does not count (the count of acts stays out of the event)."""
    # (imported here: tessera.events.background imports this module)
    from tessera.events.background import over_a_period

    return over_a_period(noun) or over_a_period(clause_head(noun))


def _shares_a_subject_acting_on_no_one(trigger: Token, head: Token | None) -> bool:
    """ "She was caught in January, fined 300,000 won and ordered to report to a factory", "she
    was among those sent back and is believed to be serving a sentence", "he was taken into
    custody and could face three years in prison": a verb joined to another with no subject of
    its own, whose object is an amount, a term or a thing (no people), befalls the subject it
    shares, though it is active in form (a subject of officials or soldiers stays the doer: the
    caller keeps them out)."""
    if head is not None and read_victims(head) is not None:
        return False
    objects = [c for c in trigger.children if c.dep_ in {"dobj", "obj"}]
    if not objects or any(read_victims(o) is not None for o in objects):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "csubj"} for c in trigger.children):
        return False
    joined = trigger.head if trigger.dep_ == "xcomp" else trigger
    if joined.dep_ != "conj" or joined.head.i == joined.i:
        return False
    return _people_right_before(joined) is None


def _people_right_before(verb: Token) -> Token | None:
    """ "the parents had to write self-criticisms and the groom lost his job": people written
    right before a joined verb (and its auxiliaries) are its own subject, though the parse joined
    them to the objects before. That word, when it names people; else None."""
    start = min([verb.i, *(c.i for c in verb.children if c.dep_ in {"aux", "auxpass", "neg"})])
    before = verb.doc[start - 1] if start > 0 else None
    if before is None or before.pos_ not in {"NOUN", "PROPN", "PRON"} or read_victims(before) is None:
        return None
    return before


def _purpose_gerund(trigger: Token) -> bool:
    """ "were taken in for questioning", "summoned for interrogation": a gerund with no object of
    its own, the purpose of another verb, happens to that verb's subject (who acts on no one)."""
    return (
        trigger.dep_ == "pcomp"
        and trigger.tag_ == "VBG"
        and trigger.head.lower_ in {"for", "to"}
        and not any(c.dep_ in {"dobj", "obj", "nsubj"} for c in trigger.children)
    )


def _watched(trigger: Token) -> bool:
    """ "residents were made to attend the trial", "forced to watch the execution": a happening
    that is the object of attending or watching has the watchers as its subject."""
    return trigger.dep_ in {"dobj", "obj"} and trigger.head.lemma_.lower() in people_words()["audience_verbs"]


def _sought(trigger: Token, discourse: Discourse) -> Victims | None:
    """A hunt is for the people it looks for: "agents have been searching for them in the city",
    "a manhunt for the three runaways" (a pronoun takes the count of whom it points back to)."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"):
        for sought in (c for c in prep.children if c.dep_ == "pobj"):
            found = read_victims(sought)
            if found is not None:
                found = mention_of(sought, found, discourse)[0]
                if found.count_min:
                    return found
    return None


QUESTION_MARKS = frozenset({"whether", "if"})


def _subject_of_the_question(trigger: Token) -> Token | None:
    """Whom an inquiry with no object is about: the subject of the question it asks, "agents are
    investigating whether they carried letters" (they), "police are looking into whether the
    woman paid a broker" (the woman)."""
    for clause in (c for c in trigger.children if c.dep_ == "ccomp"):
        if not any(m.dep_ == "mark" and m.lower_ in QUESTION_MARKS for m in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and read_victims(subject) is not None:
            return subject
    return None


def _helper(head: Token) -> bool:
    """A noun for one who helps people flee (cues.json's facilitator_nouns: "a broker", "smugglers")."""
    return head.lemma_.lower() in lexicon().cues["facilitator_nouns"]


def _helped_across(trigger: Token, helper: Token) -> Token | None:
    """Who fled when the words read first name the helper: "a guide walked us over the hills" (the
    people the helper's verb moves), "the group travelled on with the help of a broker" (the
    clause's subject); None when neither is named, so the people last told of before it stand."""
    moved = [c for c in trigger.children if c.dep_ == "dobj" and read_victims(c) is not None]
    if moved:
        return moved[0]
    subject = subject_of(clause_head(trigger))
    if subject is not None and subject.i != helper.i and not _helper(subject) and read_victims(subject):
        return subject
    return None


def _searched_people(head: Token | None) -> Token | None:
    """The people a search went over, named by a word that points back: "They were searched at the
    station", "a guard found them behind the sacks", "officers went through their bags" (the
    owner of the searched things). The pronoun takes the count of whom it points back to."""
    if head is None:
        return None
    for word in (head, next((c for c in head.children if c.dep_ == "poss" and c.tag_ == "PRP$"), None)):
        if word is not None and _points_back(word) and read_victims(word) is not None:
            return word
    return None


def _points_back(word: Token) -> bool:
    """A pronoun for people told of before: "they", "her", or the teller's "we"/"our"."""
    return word.tag_ in ("PRP", "PRP$") and (is_reference(word) or word.lower_ in FIRST_PERSON_PLURAL)


# Dwellings a search goes through, each the home of at least one household.
DWELLING_NOUNS = frozenset({"home", "house", "household", "flat", "apartment", "dwelling"})


def _counted_dwellings(head: Token | None) -> Victims | None:
    """Homes searched with no owner named: "agents went through some 30 homes in the district"
    searched at least thirty households, so at least thirty people (their sizes are untold)."""
    if head is None or head.lemma_.lower() not in DWELLING_NOUNS or head.tag_ != "NNS":
        return None
    counts = [c for c in head.children if c.dep_ == "nummod" and number_of(c)]
    if not counts:
        return None
    low = number_of(counts[0])
    return Victims(head.doc[counts[0].i : head.i + 1].text, low, None, "family")


def _gone_through(trigger: Token) -> Token | None:
    """What a search verb goes through or into ("went through 40 homes": the homes)."""
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"through", "into"}):
        return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _people_in_searched_place(trigger: Token, place: Token | None, discourse: Discourse) -> Victims | None:
    """A search of a place is on the people a relative clause puts there: "police raided a
    house where they had been hiding" (they, with the count told before), "agents searched the
    dormitory where about 40 workers live" (the forty), "the bus they had boarded was searched".
    Only a clause whose subject is people other than officials, not the place itself ("a house
    that was used as a church")."""
    if place is None:
        return None
    nouns = [place] + [
        obj
        for owner in (place, trigger)
        for prep in owner.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    for noun in nouns:
        for clause in (c for c in noun.children if c.dep_ == "relcl"):
            subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
            if subject is None or subject.tag_ in {"WP", "WDT"}:
                continue
            people = read_victims(subject)
            if people is None or people.group in AUTHORITY_GROUPS:
                continue
            people = mention_of(subject, people, discourse)[0]
            if people.count_min:
                return people
    return None


def _found_in_search(trigger: Token) -> Victims | None:
    """A raid is on the people it finds: "officers raided a flat and detained four women who
    had been hiding there" searched the four. The counted people that a verb joined to the
    search by "and", with the same subject, acts on (not things: "and seized two phones")."""
    if trigger.pos_ != "VERB":
        return None
    for verb in (c for c in trigger.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            continue  # a clause with a subject of its own
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if names_things(obj):
                continue
            found = read_victims(obj)
            if found is not None and found.count_min:
                return found
    return None


def _acting_subject(trigger: Token, token_index: int) -> bool:
    """Is the token the subject of the active trigger verb and an official or an actor ("five
    guards beat …", "soldiers shot …"): who did it, never whom it happened to?"""
    doer = subject_of(trigger)
    if doer is None or doer.i != token_index:
        return False
    found = read_victims(doer)
    return (found is not None and found.group in AUTHORITY_GROUPS) or actor_at(doer.doc, doer.i) is not None


def _relative_about_part(
    head: Token, relative: Token, discourse: Discourse
) -> tuple[Victims | None, int | None] | None:
    """A relative clause tells of only some of the people a phrase lists, or of more:
    "108 workers who were deported …, and 212 women who were detained" (the clause on the
    first group, with the other after it, is about the first alone); "one of the helpers who
    were arrested" (a plural verb: the helpers named before, not the one)."""
    if any(c.dep_ == "conj" and c.i > relative.i for c in head.children):
        own = read_group(head)
        return (own, None) if own is not None and own.count_min is not None else None
    counted = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "of" else None
    if counted is not None and counted.like_num and any(c.dep_ == "nummod" for c in head.children):
        # "nine of the 11 North Koreans whom Laos expelled": the clause tells of the eleven.
        whole = read_group(head)
        if whole is not None and whole.count_min is not None:
            return whole, None
    plural_verb = any(c.lower_ in people_words()["plural_auxiliaries"] for c in relative.children)
    if counted is not None and number_of(counted) == 1 and plural_verb:
        antecedent = discourse.resolve(head.i, False, None, head)
        if antecedent is not None and antecedent.victims.count_min is not None:
            return antecedent.victims, antecedent.entity
    return None


def with_companions(trigger: Token, victims: Victims | None, head: Token | None = None) -> Victims | None:
    """The people joined to the victims as sharing what happened to them: "exiled along with
    his parents", "arrested alongside four others" (the counts add up); not a group with its
    own date or one that helped them, which is an event of its own (see `joined_groups`)."""
    if victims is None or victims.count_min is None:
        return victims
    added_min, added_max = 0, 0
    first = _first_conjunct(trigger)
    for companion in companions(trigger) + (companions(first) if first is not None else []):
        if _own_event(trigger, companion) or (head is not None and companion.i == head.i):
            continue  # ("lost contact with her son": the son is whom it happened to, not a companion)
        found = read_victims(companion)
        if found is None or found.count_min is None:
            continue
        added_min += found.count_min
        added_max = None if added_max is None or found.count_max is None else added_max + found.count_max
    if not added_min:
        return victims
    high = None if victims.count_max is None or added_max is None else victims.count_max + added_max
    return Victims(victims.text, victims.count_min + added_min, high, victims.group)


def _first_conjunct(trigger: Token) -> Token | None:
    """The verb whose subject a later verb shares: "went missing with his wife and son, and may be
    trying to defect" (the three are trying to defect too). None when the verb has its own subject."""
    current = trigger
    while current.dep_ == "xcomp":
        current = current.head
    if current.dep_ != "conj" or current.head.pos_ not in {"VERB", "AUX"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass"} for c in current.children):
        return None
    first = current.head
    # A true coordination has its "and" between the verbs; without one the parse more often
    # took a participle for the main verb ("three people tried alongside him, … were sentenced").
    if not any(c.dep_ == "cc" and first.i < c.i < current.i for c in first.children):
        return None
    return first


def companions(trigger: Token) -> list[Token]:
    """Heads of the groups joined to a trigger by "along with", "alongside", "together with";
    on a reported clause, also those the reporting verb carries before it ("she said that
    along with her cousin, eight others were caught")."""
    verbs = [trigger]
    if trigger.dep_ == "ccomp":
        verbs.append(trigger.head)
    # "went missing with his wife and son": the phrase's second word carries the "with".
    verbs += [c for c in trigger.children if c.dep_ in {"acomp", "prt"} and c.i == trigger.i + 1]
    # "crossed again a year later, this time with my son": the parse hangs the "with" on "time".
    verbs += [c for c in trigger.children if c.dep_ == "npadvmod" and c.lemma_.lower() == "time"]
    # "… crossed again the following spring, this time with my daughter": on "time" glossing "spring"
    verbs += [
        g
        for c in trigger.children
        if c.dep_ == "npadvmod"
        for g in c.children
        if g.dep_ == "appos" and g.lemma_.lower() == "time"
    ]
    # "tried to cross the river with her daughter", "caught trying to cross with my cousin": the
    # attempted act carries the "with".
    attempted = [c for c in trigger.children if c.dep_ == "xcomp" and c.i > trigger.i]
    attempted += [g for c in attempted for g in c.children if g.dep_ == "xcomp" and g.i > c.i]
    verbs += attempted
    # "walked out of the mission with his wife", "crossed the Yalu with my son": the parse often
    # hangs the "with" on the place or thing the verb goes through (never on people: "a man with
    # three children" tells of his children, not of companions).
    verbs += [
        noun
        for verb in [trigger, *attempted]
        for noun in _things_of(verb)
        if noun.pos_ in {"NOUN", "PROPN"} and read_victims(noun) is None
    ]
    found: list[Token] = []
    phrases = people_words()["companion_prepositions"]
    for verb in verbs:
        for prep in (c for c in verb.children if c.dep_ == "prep"):
            if verb.i < trigger.i and prep.i > trigger.i:
                continue  # the reporting verb's own words after the clause
            words = prep.lower_
            inner = prep
            second = next((c for c in prep.children if c.dep_ == "prep"), None)
            if second is not None and f"{prep.lower_} {second.lower_}" in phrases:
                words, inner = f"{prep.lower_} {second.lower_}", second
            # "detained in May, together with two women": the parse hangs the adverb on "with"
            adverb = next((c for c in prep.children if c.dep_ == "advmod" and c.i == prep.i - 1), None)
            if adverb is None and prep.i > 0 and prep.doc[prep.i - 1].dep_ == "advmod":
                adverb = prep.doc[prep.i - 1]  # … or on the verb, just before it ("arrested together with")
            if adverb is not None and f"{adverb.lower_} {words}" in phrases:
                words = f"{adverb.lower_} {words}"
            if words in phrases:
                found += [c for c in inner.children if c.dep_ == "pobj"]
                # "together with three North Koreans staying with him": the parse makes the
                # people the subject of the participle that describes them
                found += [
                    s
                    for c in inner.children
                    if c.dep_ == "pcomp" and c.tag_ == "VBG"
                    for s in c.children
                    if s.dep_ == "nsubj" and s.i < c.i
                ]
            elif words == "with":
                found += [c for c in inner.children if c.dep_ == "pobj" and _others(c)]
    return found


def _things_of(verb: Token) -> list[Token]:
    """The objects of a verb and of its prepositions ("crossed the Yalu", "walked out of the
    mission"), and the noun a prepositional phrase on those hangs on ("the Yalu near Manpo")."""
    found = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    preps = [c for c in verb.children if c.dep_ in {"prep", "prt"}]
    preps += [g for p in preps for g in p.children if g.dep_ == "prep"]  # "out of"
    found += [g for p in preps for g in p.children if g.dep_ == "pobj"]
    found += [
        g
        for n in list(found)
        for p in n.children
        if p.dep_ == "prep" and p.lower_ != "with"
        for g in p.children
        if g.dep_ == "pobj"
    ]
    return found


def _others(head: Token) -> bool:
    """ "sent back with 22 others", "with three other women": a plain "with" joins companions
    only when it names them as others ("beaten with sticks", "caught with a phone" join no one),
    or as the kin of someone ("crossed the river with my younger sister", "left with her son and
    daughter": the relatives went too)."""
    if head.lower_ in {"others", "other"} or any(
        c.dep_ == "amod" and c.lower_ == "other" for c in head.children
    ):
        return True
    if head.lemma_.lower() in people_words()["kin_nouns"] and any(c.dep_ == "poss" for c in head.children):
        return True
    return _counted_people(head)


def _counted_people(head: Token) -> bool:
    """A plural of people with its own number: "arrested in May with two classmates", "caught with
    three colleagues" (the number makes them people who shared the act, not a tool or a thing
    carried: "caught with two phones" names no people)."""
    if head.like_num and head.dep_ == "pobj":
        return _number_of_people(head)  # "arrested with four of his soldiers"
    if head.tag_ != "NNS" or not any(c.dep_ == "nummod" for c in head.children):
        return False
    found = read_victims(head)
    return found is not None and found.count_min is not None and found.group not in AUTHORITY_GROUPS


def _number_of_people(number: Token) -> bool:
    """A number standing for some of a group of people, with its "of": "caught with two of her
    classmates", "arrested with four of his soldiers" (the number, not the group, went with them;
    "with two of the phones" names no people)."""
    of = next((c for c in number.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((g for g in of.children if g.dep_ == "pobj"), None) if of is not None else None
    if whole is None or whole.tag_ not in {"NNS", "NNPS"} or read_victims(whole) is None:
        return False
    found = read_victims(number)
    return found is not None and found.count_min is not None and found.group not in AUTHORITY_GROUPS


def _own_event(trigger: Token, head: Token) -> bool:
    """A joined group is an event of its own when it has its own date ("along with 40 others on
    18 September") or helped the people ("along with six people who were assisting them")."""
    if head.lemma_.lower() in lexicon().cues["facilitator_nouns"]:
        return True
    if any(
        c.dep_ in {"relcl", "acl"}
        and c.lemma_.lower() in people_words()["helping_verbs"]
        and not _helped(c)  # "with four other boys, guided by a smuggler": they were helped
        for c in head.children
    ):
        return True
    if not _dated_before(trigger, head):
        # "crossed the river with her son in 2019": with no date of its own before the group,
        # a date after it is the whole act's.
        return False
    if any(t.ent_type_ == "DATE" for t in head.subtree):
        return True
    group_end = max(t.i for t in head.subtree) + 1
    return any(
        c.i == group_end and c.dep_ in {"prep", "npadvmod"} and any(t.ent_type_ == "DATE" for t in c.subtree)
        for c in trigger.children
    )


def _helped(verb: Token) -> bool:
    """Is a helping verb told of the group as helped, not helping: "guided by a broker", "who
    were helped across by a relative", "four women he had been sheltering" (a relative clause
    with a subject of its own acts on the group)?"""
    return (verb.dep_ == "acl" and verb.tag_ == "VBN") or is_passive(verb) or _acts_on_its_head(verb)


# Words that stand for the noun a relative clause hangs on ("women who sheltered them").
RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom", "whose"})


def _acts_on_its_head(clause: Token) -> bool:
    """A relative clause whose subject is someone else acts on the noun it hangs on: "the women
    he had been sheltering", "two boys the broker was guiding" (the noun is its object)."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ not in RELATIVE_PRONOUNS for c in clause.children
    )


def _dated_before(trigger: Token, head: Token) -> bool:
    """Does the trigger's sentence give a date before the joined group ("on 29 August, 80 were
    sent back, along with 40 others on 18 September")? Only then can a date after the group be
    the group's own."""
    start = min(t.i for t in head.subtree)
    sentence = sentence_of(trigger)
    # Only a date of the act itself: in "held for two months before being shot together with two
    # subordinates at the end of May" the stretch belongs to the holding, and the date after the
    # group is the shooting's, of all three.
    # (nor one of the people's own words: "a diplomat who fled in January reached Seoul with his
    # wife in March")
    own = {t.i for t in trigger.subtree} - {
        t.i for c in trigger.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree
    }
    return any(t.ent_type_ == "DATE" and t.i in own for t in trigger.doc[sentence.start : start])


def joined_groups(trigger: Token, victims_head: Token | None) -> list[tuple[int, int, Token]]:
    """Token ranges of groups joined to the trigger: "along with six people", ", and 50 others in
    July", and helpers joined to its people ("four women and the broker who had hidden them")."""
    groups: list[tuple[int, int, Token]] = []
    helpers = lexicon().cues["facilitator_nouns"]
    if victims_head is not None:
        for conj in (c for c in victims_head.children if c.dep_ == "conj"):
            if (
                conj.lemma_.lower() in helpers
                and victims_head.lemma_.lower() not in helpers
                and helper_told_apart(conj)
            ):
                groups.append((min(t.i for t in conj.subtree), max(t.i for t in conj.subtree) + 1, conj))
    children = sorted(trigger.children, key=lambda t: t.i)
    # "detained a woman in her 40s and her daughter": a person the parse hung on the verb but
    # the written list joins to its people is one of them, not a group of its own.
    listed = {t.i for t in written_list(victims_head)} if victims_head is not None else set()
    for child in children:
        if child.i in listed:
            continue
        head: Token | None = None
        if child.dep_ == "prep" and child.lower_ == "along":
            head = next(
                (g for w in child.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"),
                None,
            )
            if head is not None and not _own_event(trigger, head):
                continue  # "exiled along with his parents": they share the event (`with_companions`)
        elif child.dep_ == "conj" and child.pos_ in {"NOUN", "PROPN", "NUM"}:
            head = child
        if head is None or read_victims(head) is None or read_victims(head).count_min is None:  # type: ignore[union-attr]
            continue
        start = min(t.i for t in child.subtree)
        end = max(t.i for t in head.subtree if t.dep_ not in {"relcl"}) + 1
        # A date or place phrase right after the group belongs to it ("… 40 others on 18 September").
        for sibling in children:
            if sibling.i == end and sibling.dep_ in {"prep", "npadvmod"}:
                end = max(t.i for t in sibling.subtree) + 1
        groups.append((start, end, head))
    if victims_head is not None:
        for item in listed_groups(trigger, victims_head):
            if not any(s < item[1] and item[0] < e for s, e, _ in groups):
                groups.append(item)
    return groups


# Words that may stand before a count in a list ("about 50 in July").
APPROXIMATE_WORDS = frozenset(
    {"about", "around", "some", "nearly", "approximately", "roughly", "over", "almost"}
)
# Words between a listed count and its place or day ("40 others on 18 September").
LISTED_NOUNS = frozenset({"others", "other", "more", "people", "persons"})
LIST_PREPOSITIONS = frozenset({"in", "near", "at", "on", "from", "during", "outside"})
NOT_PEOPLE_COUNTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL"})


def _lone_count(token: Token) -> bool:
    """A number the tagger took for a date on its own ("…, 70 on 9 April"), not a year."""
    alone = token.ent_iob_ == "B" and (
        token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I"
    )
    return token.ent_type_ == "DATE" and alone and not (len(token.text) == 4 and token.text.isdigit())


def speaks_as_subject(head: Token) -> bool:
    """Is the counted noun the subject of a verb of speaking? News attributes a report at the
    end of its sentence: "police detained seven men in Dandong on Tuesday, two people in contact
    with the group said" gives the sources, who look like one more counted group with its own
    place ("two people in …") but said it, and nothing happened to them."""
    # (imported here: tessera.places.roles imports the events stage, which imports this module)
    from tessera.places.roles import SPEECH_VERBS

    return head.dep_ == "nsubj" and head.head.lemma_.lower() in SPEECH_VERBS


def listed_groups(trigger: Token, victims_head: Token) -> list[tuple[int, int, Token]]:
    """Counted groups listed after the event's own counted people, each with its own place or
    day: "police held six traders near Hyesan, nine in Musan and about 20 in Sinuiju", "they
    deported 40 people on 2 May, 30 others on 8 June and about 25 in July". Each is an event of
    its own (a plain list of kinds, "five men, three women and two children", is one group)."""
    first = read_victims(victims_head)
    if first is None or first.count_min is None:
        return []
    doc = trigger.doc
    sentence = sentence_of(trigger)
    starts: list[tuple[int, Token]] = []
    like_num = token_table(doc).like_num
    for at in range(victims_head.i + 1, sentence.end):
        if not like_num[at]:
            continue  # (sifted in the Doc's table: a Token is built only for a number)
        token = doc[at]
        if token.ent_type_ in NOT_PEOPLE_COUNTS and not _lone_count(token):
            continue
        start = token.i
        while start - 1 > victims_head.i and doc[start - 1].lower_ in APPROXIMATE_WORDS:
            start -= 1
        if start - 1 <= victims_head.i or doc[start - 1].lower_ not in {",", "and", ";"}:
            continue
        after = token.i + 1
        head = token
        if after < sentence.end and doc[after].lower_ in LISTED_NOUNS:
            head, after = doc[after], after + 1
        if after >= sentence.end or doc[after].lower_ not in LIST_PREPOSITIONS:
            continue
        if _total_marker_at(doc, after):
            continue  # "women and children, fourteen in all, who …": the group's total, not a group
        if speaks_as_subject(head):
            continue  # ", two people in contact with the group said": the source, not a group
        starts.append((start, head))
    groups: list[tuple[int, int, Token]] = []
    for n, (start, head) in enumerate(starts):
        limit = starts[n + 1][0] if n + 1 < len(starts) else sentence.end
        end = start + 1
        while end < limit and not (doc[end].lower_ in {",", ";", "."} and doc[end].ent_iob_ != "I"):
            end += 1
        while end > start + 1 and doc[end - 1].lower_ in {",", "and", ";"}:
            end -= 1
        groups.append((start, end, head))
    return groups


def _total_marker_at(doc: Doc, at: int) -> bool:
    """Do the words from `at` say the count before them is a total ("fourteen in all", "30 in
    total": people.json's total_markers), not a group placed or dated by a preposition?"""
    words = [t.lower_ for t in doc[at : at + 3]]
    return any(words[: len(m)] == m for m in total_markers())


def fill_counts(found: list[Found], discourse: Discourse) -> None:
    """Give an event the count its people get later in the report: "Officials sent defectors
    back on Monday. … the 600 defectors who were returned" (a later reference with a count names
    the same people, so the earlier event is about 600)."""
    counted: dict[int, Victims] = {}
    nouns: dict[int, dict[str, None]] = {}  # the lemmas of each entity, in the report's order
    by_noun: dict[str, list[Victims]] = {}
    plural: set[int] = set()
    for mention in discourse.mentions:
        if mention.victims.count_min is not None:
            counted.setdefault(mention.entity, mention.victims)
        if mention.plural:
            plural.add(mention.entity)
        if mention.lemma not in PRONOUNS and not mention.first_person:
            nouns.setdefault(mention.entity, {})[mention.lemma] = None
            if mention.victims.count_min is not None:
                by_noun.setdefault(mention.lemma, []).append(mention.victims)
    for item in found:
        victims = item.event.victims
        if item.entity is None or (victims is not None and victims.count_min is not None):
            continue
        if item.entity in counted:
            item.event.victims = counted[item.entity]
            continue
        # "A family was caught at the border. … A family of four had tried to cross": the one
        # count the report gives people of that noun.
        # In the report's order, the first telling of each count: the same input gives the same
        # words on every run (a set's order changes from one process to the next).
        counts: dict[tuple[int | None, int | None], Victims] = {}
        for n in nouns.get(item.entity, {}):
            for v in by_noun.get(n, ()):
                if not (item.entity in plural and v.count_max == 1):  # "women" are not "one woman"
                    counts.setdefault((v.count_min, v.count_max), v)
        if len(counts) == 1:
            item.event.victims = next(iter(counts.values()))
    _count_totals(found, discourse)
    _suspected_of_missing(found)


def _count_totals(found: list[Found], discourse: Discourse) -> None:
    """ "Four households were moved to a farm. Fifteen people were relocated in all": a total of
    the people told later counts the events told of them by households or families (or with no
    count), in every telling of them."""
    totals: dict[int, Victims] = {}
    for mention in discourse.mentions:
        if mention.total:
            totals.setdefault(mention.entity, mention.victims)
    for item in found:
        victims = item.event.victims
        total = totals.get(item.entity) if item.entity is not None else None
        if total is None or (victims is not None and not counted_by_households(victims, total)):
            continue
        text = victims.text if victims is not None else total.text
        group = victims.group if victims is not None else total.group
        item.event.victims = Victims(text, total.count_min, total.count_max, group)


def _suspected_of_missing(found: list[Found]) -> None:
    """A suspected flight with no people of its own reads a disappearance told just before:
    "Two sisters vanished from Hyesan in May. Police are treating the case as a defection."
    (the defection is the sisters')."""
    for k, item in enumerate(found):
        event = item.event
        if event.type != "escape" or event.status != "suspected":
            continue
        if event.victims is not None and event.victims.count_min is not None:
            continue  # (uncounted words of its own, "the case", say nothing of how many)
        here = sentence_of(item.trigger).start
        for prior in reversed(found[:k]):
            if prior.event.type != "disappearance" or prior.event.victims is None:
                continue
            sentences = list(item.trigger.doc[sentence_of(prior.trigger).start : here + 1].sents)
            if len(sentences) <= 2:
                event.victims = prior.event.victims
                item.entity = prior.entity
            break


# Prepositions that set an act told by a noun as the time of another act ("during questioning").
TIMING_PREPOSITIONS = frozenset({"during", "under", "amid"})
# Acts told as the time of another: who is questioned or searched is who the timed act befell.
TIMED_ACT_TYPES = frozenset({"interrogation", "search"})


def _act_timed_by(noun: Token) -> Token | None:
    """The word an act told by a noun gives the time of: "beaten during questioning", "struck in
    the course of interrogation", "caught during an inspection" (the verb), "after repeated
    beatings during interrogation" (the noun)."""
    if noun.dep_ == "compound":
        noun = noun.head  # "during the interrogation process"
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "course":
        noun = noun.head.head  # "in the course of interrogation"
    if noun.dep_ not in {"pobj", "pcomp"} or noun.head.lower_ not in TIMING_PREPOSITIONS:
        return None  # ("during questioning": the tagger may take the gerund for a verb)
    return noun.head.head


def people_of_the_timed_act(trigger: Token, event_type: str, found: list[Found]) -> Found | None:
    """ "A man who was beaten during questioning at a police station died", "she was kicked and
    struck with a stick during questioning": a questioning (or a search) told as the time of
    another act befell the people that act befell, which the report has read already (here the
    beating's "a man", "she"), though the noun has no people of its own."""
    if event_type not in TIMED_ACT_TYPES:
        return None
    timed = _act_timed_by(trigger)
    if timed is None:
        return None
    acts = {timed.i, *(c.i for c in timed.children if c.dep_ == "conj")}
    return next(
        (
            f
            for f in reversed(found)
            if f.trigger.i in acts and f.event.victims is not None and f.event.victims.count_min
        ),
        None,
    )

"""Who did it and who helped: actors named around a trigger, or carried over from the report."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from tessera.events.actors import (
    STATE_KINDS,
    ActorMention,
    actor_words,
    document_actors,
    find_actors,
    investigates,
    is_generic,
    unit_as_subject,
)
from tessera.events.clauses import (
    agents_of,
    clause_head,
    clause_indices,
    clause_tokens,
    held_after_return,
    is_passive,
    paragraph_start,
    paragraph_tokens,
    sentence_of,
    subject_of,
)
from tessera.events.found import Found
from tessera.events.joining import country_of_place, country_of_words
from tessera.events.lexicon import TriggerEntry, lexicon
from tessera.events.victims import TRANSITIVE_TYPES, counted_person_nouns, kin_words, victim_phrase
from tessera.language import PLACE_ENTITY_LABELS
from tessera.language.table import doc_ents, per_token, token_table
from tessera.model import (
    ARRESTING_POLICE,
    HOLDING_COAST_GUARD,
    HOLDING_POLICE,
    HOME_COUNTRIES,
    UNTOLD_SENDERS,
    WORKSITE_SECURITY,
    Actor,
)

DEFAULT_COUNTRY_KINDS = frozenset(
    {"state_security", "police", "border_guard", "party", "court", "local_official", "military"}
)
# Types whose later mentions inherit the perpetrators of earlier ones about the same people.
CARRY_ACTOR_TYPES = frozenset(
    {
        "arrest",
        "interrogation",
        "punishment",
        "search",
        "execution",
        "violence",
        "crackdown",
        "movement_restriction",
        "disappearance",
    }
)

# What a court does: it sentences, and abroad may order a deportation; it does not arrest, beat
# or search. One named in another sentence is carried only to a sentence.
COURT_TYPES = frozenset({"punishment", "execution", "repatriation"})
SENTENCING_TYPES = frozenset({"punishment", "execution"})


def perpetrators_of(doc: Doc, trigger: Token, entry: TriggerEntry) -> tuple[list[Actor], list[Actor]]:
    """Perpetrators and facilitators: named in the trigger's clause or by its subject, else in its sentence."""
    head = clause_head(trigger)
    clause = clause_indices(head)
    spans = [(min(clause), max(clause) + 1)]
    subject = subject_of(head)
    if subject is not None:
        below = token_table(doc).subtree(subject.i)
        spans.insert(0, (min(below), max(below) + 1))
    sentence = sentence_of(trigger)
    mentions = [m for lo, hi in spans for m in find_actors(doc, lo, hi)]
    holders = [m for m in mentions if not _handed_to(doc[m.end - 1])]  # (not "… then handed to the MSS")
    if entry.type == "arrest" and not holders and (police := _held_abroad(trigger)) is not None:
        return [police], []
    if (
        not holders
        and entry.type in WORKPLACE_TYPES
        and (kept_at_work(trigger, entry.type) or kept_by_employer(head))
    ):
        return [WORKPLACE_STAFF], []
    # Then the rest of the sentence, for a perpetrator the clause does not name; not for a
    # disappearance, whose sentence often names who is looking for the people ("police are
    # viewing their disappearance as a defection"), not who took them.
    if entry.type != "disappearance":
        mentions += [m for m in find_actors(doc, sentence.start, sentence.end) if m not in mentions]
    victims_head = victim_phrase(trigger, entry.type)
    # The people's own words, not a clause about them ("500 people who were dragged off by troops").
    victim_tokens = own_words(victims_head) if victims_head is not None else set()
    perpetrators: list[Actor] = []
    facilitators: list[Actor] = []
    for mention in mentions:
        if any(i in victim_tokens for i in range(mention.start, mention.end)):
            continue
        if _denied(doc[mention.end - 1]):
            continue  # "sent to a camp without trial": no court acted
        if not _unit_governs(doc[mention.end - 1], trigger):
            continue  # "… were caught by guards, and the city has since closed the bank": not the catch
        if describes_a_person(doc[mention.end - 1]):
            continue  # "the wife of a border guard was detained": whose wife, not who acted
        if reporting_agency(mention.actor, doc[mention.end - 1]):
            continue  # "the NIS told lawmakers that the North had executed …": who told of it
        if (
            mention.actor.kind == "court"
            and not investigates(mention.actor, entry.type)
            and (entry.type not in COURT_TYPES or without_trial(trigger))
        ):
            continue  # "a court fined the group, who were arrested in May": the court did not arrest
        if entry.type == "repatriation" and _receives(doc[mention.end - 1]):
            continue  # "turning them over to North Korea's Ministry of State Security": the receiver
        if _handed_before(phrase_head(doc, mention), trigger, head):
            continue  # "arrested and handed over to the State Security Ministry": it took them later
        if entry.type == "repatriation" and receives_the_returned(doc, mention, head):
            continue  # "… sent back at Sinuiju, where state security officers questioned her"
        actor = _with_default_country(mention.actor)
        helper = actor.kind == "broker" and not does_the_act(doc[mention.end - 1], head)
        target = facilitators if helper else perpetrators
        if actor not in target:
            target.append(actor)
    if entry.type == "escape":
        perpetrators = []
    if entry.type == "arrest" and held_after_return(trigger):
        # "… who were caught by Chinese police were handed over and are now being held by the
        # provincial state security department": the force that caught them abroad, named in the
        # same sentence, holds them no longer; the receiving side's own forces do.
        perpetrators = [a for a in perpetrators if a.country in (None, "KP")] or perpetrators
    if not perpetrators and (by_country := country_as_doer(trigger, entry.type)) is not None:
        perpetrators.append(by_country)
    if entry.kind == "court" and labour_training_term(trigger):
        if POLICE_OF_THE_NORTH not in perpetrators:
            perpetrators.append(POLICE_OF_THE_NORTH)  # "sentenced to six months of labour training"
    elif (
        entry.kind
        and not any(a.kind == entry.kind for a in perpetrators)
        and not (entry.kind == "court" and without_trial(trigger))
    ):
        perpetrators.append(Actor(entry.kind, "KP", entry.kind))
    # A named institution says more than "authorities".
    if len(perpetrators) > 1:
        # (a body of kind "other" named for itself, "supervisors searched the barracks", stays)
        perpetrators = [a for a in perpetrators if not is_generic(a)] or perpetrators
    sea = (
        entry.type in WORKPLACE_TYPES and all(is_generic(a) for a in perpetrators) and kept_from_sea(trigger)
    )
    if sea and not perpetrators:
        # "Fishing boats have been banned from going to sea": the coast's border guards
        perpetrators = [BORDER_GUARDS_OF_THE_NORTH]
    if perpetrators and all(is_generic(a) for a in perpetrators):
        # "Authorities are checking everyone's movements": the force the report names, else the
        # police, who enforce in these reports (a task force keeps its own kind).
        # ("Authorities have banned fishing boats from going to sea": the coast's border guards)
        if sea:
            forces = [BORDER_GUARDS_OF_THE_NORTH]
        elif all(a.name in actor_words().composed_bodies for a in perpetrators):
            # "An inspection team arrived … Border guard posts must report to the team": the
            # forces named in the team's own phrase or as its sender, else a force the act's own
            # paragraph names, else the team's own kind
            forces = members_named(doc, {a.name for a in perpetrators}) or named_force(
                doc, trigger, within=paragraph_tokens(doc, trigger.i), skip=_inquired_into
            )
        else:
            forces = named_force(doc, trigger)
        abroad = {a.country for a in perpetrators if a.country not in (None, "KP")}
        if abroad:
            # "Chinese authorities returned them … will be interrogated by the Ministry of State
            # Security": a third country's authorities mean a force of that country only.
            forces = [a for a in forces if a.country in abroad]
        perpetrators = forces or [
            Actor(a.name, a.country, "police") if a.kind == "other" else a for a in perpetrators
        ]
        if abroad and not forces and entry.type in SEA_SEIZURE_TYPES and seafarers(trigger, entry.type):
            # "crew members seized by Russian authorities": its coast force, not its police
            perpetrators = [Actor(a.name, a.country, "border_guard") for a in perpetrators]
        if entry.type in REGIONAL_MEASURE_TYPES and not abroad and _regional_authorities(doc, mentions):
            perpetrators.append(LOCAL_AUTHORITIES)
    if entry.type == "punishment" and _party_sanction(trigger) and PARTY not in perpetrators:
        perpetrators.append(PARTY)
    return perpetrators, facilitators


# Links from an act's word up to the verb whose doer did it: its object, a clause the verb
# opens ("ordered residents to stay away"), not a phrase of time or cause ("after the arrest").
UNIT_ACT_LINKS = frozenset({"dobj", "xcomp", "ccomp", "compound", "amod", "oprd", "attr"})


def _unit_governs(token: Token, trigger: Token) -> bool:
    """Is a governing unit told as a doer ("the city has since closed the riverbank") the doer
    of this act: the act's word is its verb, its verb's object or a clause the verb opens ("the
    city launched a campaign", "the county ordered residents to stay indoors"), or the verb
    tells of the act's word ("a campaign that the city launched")? A city closing its riverbank
    did not make the arrest told in the clause before ("after the arrest, the county barred
    …"). Other actor words are not governing units (`governing_units` of actors.json) and
    always pass."""
    if not unit_as_subject(token):
        return True
    verb = token.head
    if verb.dep_ in {"relcl", "acl"} and trigger.pos_ in {"NOUN", "PROPN"} and trigger in verb.ancestors:
        return True  # "a campaign (against smuggled phones) that the city launched"
    word = trigger
    while word.i != verb.i:
        if word.dep_ not in UNIT_ACT_LINKS or word.head.i == word.i:
            return False
        word = word.head
    return True


def does_the_act(token: Token, head: Token) -> bool:
    """Is the phrase the doer of the trigger's own verb: its subject in the active ("the brokers
    locked the women in"), or its agent in the passive ("they were beaten by the brokers")? A
    broker who does the act is a perpetrator, not only a helper of someone's flight."""
    if token.head.i == head.i and token.dep_ == "nsubj":
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.i == head.i


COURT = Actor("court", "KP", "court")


def court_that_sentenced(trigger: Token, event_type: str, perpetrators: list[Actor]) -> Actor | None:
    """The court a sentence or an execution implies when none is named: an execution follows a
    sentence ("three people were publicly executed at the stadium") unless done on the spot; a
    punishment told as a sentence ("they received long terms in a camp") was passed by one. It
    acts beside whoever arrested or carried out the act, which stays."""
    if any(a.kind == "court" for a in perpetrators):
        return None
    if event_type == "execution" and not summary_killing(trigger):
        return COURT
    if event_type == "punishment" and sentenced(trigger):
        if labour_training_term(trigger):
            return None if POLICE_OF_THE_NORTH in perpetrators else POLICE_OF_THE_NORTH
        return COURT
    if event_type == "punishment" and fined_for_entry(trigger):
        return Actor("court", None, "court")
    return None


# The North's Ministry of Social Security, which passes labour-training terms.
POLICE_OF_THE_NORTH = Actor("Ministry of Social Security", "KP", "police")


@per_token("tessera_labour_training")
def labour_training_term(trigger: Token) -> bool:
    """Is the sentence a term of labour training with no trial or court told in its sentence
    ("five traders were sentenced to six months in a labour training unit", "sentenced to a
    month of labor training")? The police pass such terms in the North, with no trial: the
    penalty is theirs, not a court's ("sentenced to a year of labour training at a public trial"
    stays a court's). The words are `labour_training` of actors.json."""
    words = actor_words()
    clause = clause_tokens(clause_head(trigger))
    told = any(
        t.lower_ in words.labour_training_korean
        or (t.lower_ == "training" and t.i > 0 and _after_labour(t.doc, t.i - 1, words.labour_words))
        for t in clause
    )
    if not told:
        return False
    return not any(
        t.lemma_.lower() in words.trial_words or t.lower_ in words.trial_words for t in sentence_of(trigger)
    )


def _after_labour(doc: Doc, i: int, labour_words: frozenset[str]) -> bool:
    """Is the word at `i` "labour" (or "labour-" written with a hyphen before "training")?"""
    if doc[i].lower_ == "-" and i > 0:
        i -= 1
    return doc[i].lower_ in labour_words


def fined_for_entry(trigger: Token) -> bool:
    """Is the punishment a fine for entering a third country ("the group is expected to be
    fined for illegal entry", "they were fined for overstaying")? Such fines are passed by that
    country's courts. The offences are `court_fines.offences` of actors.json."""
    if trigger.lemma_.lower() not in {"fine", "fin"} and trigger.lower_ not in {"fined", "fine", "fines"}:
        return False  # (the tagger sometimes lemmatises "fined" as "fin")
    offences = actor_words().fined_offences
    return any(
        t.lemma_.lower() in offences or t.lower_ in offences
        for t in clause_tokens(clause_head(trigger))
        if t.dep_ in {"pobj", "pcomp", "compound"}
    )


# Words of a killing done on the spot, with no sentence passed.
SUMMARY_WORDS = frozenset({"spot", "summarily", "summary", "extrajudicial", "extrajudicially"})


def summary_killing(trigger: Token) -> bool:
    """Is an execution told as done on the spot or without trial ("shot on the spot",
    "summarily executed", "executed without trial")? Otherwise an execution follows a sentence
    ("three people were publicly executed in the market", "the state executed a fisherman"): a
    court passed it, named or not."""
    clause = clause_tokens(clause_head(trigger))
    if any(t.lower_ in SUMMARY_WORDS for t in clause):
        return True
    return without_trial(trigger)


def without_trial(trigger: Token) -> bool:
    """Does the sentence tell the act as done without a trial ("sent to a labour camp for a
    year, in a sentence handed down without a trial", "sentenced without trial to two years")?
    Then no court passed it, whatever term it names: who held and questioned the people did."""
    return any(
        t.lower_ == "without" and any(c.lemma_.lower() == "trial" for c in t.subtree if c.i != t.i)
        for t in sentence_of(trigger)
    )


# Words of what a court passes or holds: a sentence, a term, charges, a trial.
SENTENCE_LEMMAS = frozenset({"sentence", "term", "charge", "trial", "try", "convict"})


def sentenced(trigger: Token) -> bool:
    """Is a punishment told as a court's sentence ("they received long terms in a camp", "the
    three face sentences of several years", "they face charges of people smuggling", "fined after
    a trial", "sentenced to ten years")? A court passed it, whatever force arrested them; not one
    passed "without trial"."""
    clause = clause_tokens(clause_head(trigger))
    if without_trial(trigger):
        return False
    return _prison_term(trigger) or any(
        t.lemma_.lower() in SENTENCE_LEMMAS and t.pos_ in {"NOUN", "VERB"} for t in [trigger, *clause]
    )


def _name_words(doer: Token) -> str:
    """The words that name a doer, without the phrases hanging on it: "the South Korean
    government" names Seoul, "relatives in South Korea" names relatives."""
    names = [doer, *(c for c in doer.children if c.dep_ in {"compound", "amod", "det"})]
    return " ".join(t.lower_ for t in sorted(names, key=lambda t: t.i))


def default_sender(trigger: Token) -> Actor:
    """Who sent people back when no one is named, carried or holding them: the police of the
    country that held them (the country a "from" names: "they were deported from Laos in May"),
    who hold and hand over people caught there ("the two were handed over at the border crossing");
    workers sent home from a worksite abroad with no arrest told ("three workers at the site were
    sent back to Pyongyang") are sent by the North's state security that watches them; a return
    by South Korea ("Seoul returned the fishermen") is its government's. The word classes are
    `repatriation_senders` and `workforce` of actors.json. Such a sender is told by no word, so
    no later act carries it (`UNTOLD_SENDERS`)."""
    words = actor_words()
    head = clause_head(trigger)
    sentence = sentence_of(trigger)
    # Only the trigger's own subject or agent is its doer: the subject of the verb that governs an
    # act noun is not ("relatives in South Korea have no news since the return of dozens").
    doers = [subject_of(head)] if head == trigger and not is_passive(head) else []
    doers += agents_of(head)
    for doer in (d for d in doers if d is not None):
        if doer.lower_ in words.south_korea_words or "south korea" in _name_words(doer):
            return Actor("South Korean government", "KR", "other")
    countries = words.foreign_authority_words
    crew = seafarers(trigger, "repatriation")
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        for token in prep.subtree:
            country = countries.get(token.lower_.replace("’s", "").replace("'s", ""))
            if country is not None:
                if crew:
                    return Actor(HOLDING_COAST_GUARD, country, "border_guard")
                return Actor(HOLDING_POLICE, country, "police")
    if crew:
        return Actor(HOLDING_COAST_GUARD, None, "border_guard")  # "the crew were flown back"
    if escorted_by(trigger) is not None:
        return ESCORTS  # "flown to Pyongyang in the custody of two consular guards"
    captured = any(
        (t.lemma_.lower() in words.capture_lemmas or t.lower_ in words.capture_lemmas) and not caught_out(t)
        for t in sentence
    )
    workers = [t for t in sentence if t.lower_ in words.workforce_nouns and not _teller(t)]
    if workers and not captured and not _flight_told(sentence):
        return Actor(WORKSITE_SECURITY, "KP", "state_security")
    return Actor(HOLDING_POLICE, None, "police")


def _teller(token: Token) -> bool:
    """Is the word the subject of a verb of telling ("the church worker said")? A worker who
    tells the report is no worker sent home."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in lexicon().cues["reporting_verbs"]


def _flight_told(sentence: Span) -> bool:
    """Does the sentence tell of a flight ("an IT worker who deserted his post", "sent back after
    running away from his workplace")? A worker who fled a worksite abroad was caught and sent
    back by the country he fled in, not sent home by those who watch the site."""
    flight = actor_words().flight_lemmas
    return any(
        t.lemma_.lower() in flight
        or t.lower_ in flight
        or (t.lemma_.lower() == "run" and any(c.lower_ == "away" for c in t.children))
        for t in sentence
    )


# Verbs of taking people along on a journey, and the nouns of "in the custody of", "in the
# company of": who takes people home so is their escort.
ESCORT_VERBS = frozenset({"escort", "accompany"})
ESCORT_NOUNS = frozenset({"custody", "company"})
# People who take someone home with no force named for them ("two compatriots", "two consular
# guards"): the sending state's own people, none of the spec's forces.
ESCORTS = Actor("escorts", None, "other")


def escorted_by(trigger: Token) -> Token | None:
    """The people a sending back names as taking the person home when no force of the report's
    words is named ("was flown to Pyongyang in the custody of two consular guards", "put on a
    flight in the company of two North Korean men", "being escorted to a Beijing-bound flight by
    two compatriots"): a state that calls its own people home sends escorts, not the police of
    the country they leave. The agent of an escorting verb, or the "of" phrase of "in the
    custody of" or "in the company of", in the sending's own clause; only a noun for people."""
    clause = clause_tokens(clause_head(trigger))
    people = [
        a for t in clause if t.lemma_.lower() in ESCORT_VERBS and t.pos_ == "VERB" for a in agents_of(t)
    ]
    for noun in clause:
        if noun.lower_ in ESCORT_NOUNS and noun.dep_ == "pobj" and noun.head.lower_ in {"in", "under"}:
            people += [
                o
                for p in noun.children
                if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children
                if o.dep_ == "pobj"
            ]
    persons = counted_person_nouns()
    return next(
        (
            p
            for p in people
            if p.pos_ in {"NOUN", "PROPN"} and p.lemma_.lower() in persons | {"man", "guard", "compatriot"}
        ),
        None,
    )


# Acts a third country's coast force does to a boat's crew it seized at sea.
SEA_SEIZURE_TYPES = frozenset({"arrest", "repatriation"})


def seafarers(trigger: Token, event_type: str) -> bool:
    """Are the people a boat's crew, fishermen or sailors ("the crew were flown back", "his 17
    crew members were deported", "crew members seized by Russian authorities")? A third country
    seizes such people at sea and hands them back through its coast force (the FSB border
    service, the China Coast Guard), not its police. The people's own head noun, its conjuncts
    or the compound before it; the nouns are `seafarers` of actors.json."""
    people = victim_phrase(trigger, event_type)
    if people is None:
        return False
    nouns = actor_words().seafarer_nouns
    return any(
        t.lower_ in nouns or any(c.dep_ == "compound" and c.lower_ in nouns for c in t.children)
        for t in [people, *people.conjuncts]
    )


def default_arrester() -> Actor:
    """Who arrested people when no force is named, carried from the report's other acts or
    holding them abroad ("Four North Korean women were detained at the bus station on March 14",
    "the man was arrested in May at a hotel in the city"): the police of the country holding
    them, who make arrests in these reports as they do for bare "authorities" (`generic_names`
    of actors.json). Told by no word, like `default_sender`'s: no later act carries it and the
    merge compares no kind by it (`UNTOLD_SENDERS`); a telling of the same arrest that names
    its doer replaces it (`joining._fold`)."""
    return Actor(ARRESTING_POLICE, None, "police")


def caught_out(token: Token) -> bool:
    """Is "caught" told as found out, not taken into custody: caught with something ("workers
    caught with phones were sent home") or caught doing something ("caught watching South
    Korean films"), with no one named as the catcher ("caught by Russian police")? Such workers
    were caught by those who watch them, not arrested by the country they work in."""
    if token.lemma_.lower() != "catch":
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False
    return any(
        (c.dep_ == "prep" and c.lower_ == "with") or (c.dep_ in {"xcomp", "advcl"} and c.tag_ == "VBG")
        for c in token.children
    )


# Acts by which a workplace keeps its own workers in.
WORKPLACE_TYPES = frozenset({"movement_restriction"})
WORKPLACE_STAFF = Actor("workplace and mission staff", "KP", "other")


def kept_at_work(trigger: Token, event_type: str) -> bool:
    """Are workers kept in the place their work lodges them ("the remaining workers have been
    confined to the dormitory", "staff at the restaurant were barred from leaving the compound")
    with no one named in the clause? Their workplace's managers keep them in, not a force the
    report names for another act (a police that arrested the one who fled). The word classes are
    `workforce` of actors.json."""
    words = actor_words()
    people = victim_phrase(trigger, event_type)
    if people is None or people.lower_ not in words.workforce_nouns:
        return False
    clause = clause_tokens(clause_head(trigger))
    return any(t.lower_ in words.workforce_lodgings for t in clause)


def kept_by_employer(head: Token) -> bool:
    """Is a restriction told with a workplace as its doer ("The company has banned them from
    leaving the site", "Restaurants run by the North have forbidden staff from leaving")? Its
    managers keep the workers in (workplace and mission staff). The word class is
    `workforce.employers` of actors.json."""
    subject = subject_of(head)
    return (
        subject is not None
        and not is_passive(head)
        and subject.lemma_.lower() in actor_words().employer_nouns
    )


BORDER_GUARDS_OF_THE_NORTH = Actor("border guards", "KP", "border_guard")


def kept_from_sea(trigger: Token) -> bool:
    """Is a restriction one on going to sea ("banned fishing boats from putting to sea at night",
    "boats may no longer leave port")? With no force named but "the authorities", the coast's
    border guards enforce it. The word class is `sea_going` of actors.json."""
    words = actor_words().sea_going
    return any(t.lemma_.lower() in words or t.lower_ in words for t in clause_tokens(clause_head(trigger)))


def country_as_doer(trigger: Token, event_type: str) -> Actor | None:
    """A third country named itself as the doer of a sending back or an arrest ("China returned
    sixty North Koreans across the river", "If Laos hands them to China", "they were deported by
    Thailand"): it acted through the force that does that act for it (`state_doer_kinds` of
    actors.json: its police). Only a country's own name as the subject or the agent, not a
    nationality word ("Chinese traders returned"), and not North or South Korea."""
    words = actor_words()
    kind = words.state_doer_kinds.get(event_type)
    if kind is None:
        return None
    head = clause_head(trigger)
    doers = [] if is_passive(head) else [subject_of(head)]
    doers += agents_of(head)
    for doer in doers:
        if doer is None or doer.pos_ != "PROPN" or any(c.dep_ == "compound" for c in doer.children):
            continue
        country = words.foreign_authority_words.get(doer.lower_)
        if country is not None:
            kind = (words.frontier_forces or {}).get(country, kind) if event_type == "arrest" else kind
            return Actor(kind, country, kind)
    return None


# Words of a post or a job that a penalty takes away ("removed from his post").
POST_NOUNS = frozenset({"post", "position", "job", "duty", "duties", "office", "rank", "ranks"})
# Words naming a member of the armed forces by rank or unit ("the company commander").
MILITARY_RANKS = frozenset(
    {"commander", "soldier", "soldiers", "officer", "platoon", "company", "battalion", "regiment", "unit",
     "instructor", "sergeant", "lieutenant", "captain", "colonel", "general", "troops", "guard", "guards"}
)  # fmt: skip
MILITARY = Actor("Korean People's Army", "KP", "military")


def post_removal(trigger: Token) -> Actor | None:
    """Who takes a post away when the report names no one: an official "dismissed", "removed
    from his post", "relieved of his duties" loses it by the party's cadre department, which
    appoints and removes cadres ("The farm's manager was dismissed" → the party); a commander or
    a soldier by the army ("the battalion commander was relieved of his post" → the military).
    Only for a punishment whose own verb takes the post away, not a term in a camp."""
    verb = clause_head(trigger)
    lemma = verb.lemma_.lower()
    posts = frozenset(lexicon().cues["post_penalties"]) - {"expel", "strip", "lose"}
    removing = lemma in posts or (
        lemma in {"remove", "strip"} and any(t.lower_ in POST_NOUNS for t in verb.subtree if t.dep_ == "pobj")
    )
    if not removing:
        return None
    subject = subject_of(verb)
    words = {t.lower_ for t in subject.subtree} if subject is not None else set()
    if words & MILITARY_RANKS and not words & {"security", "customs", "party", "police"}:
        return MILITARY
    return PARTY


def own_words(head: Token) -> set[int]:
    """The indices of a people phrase's own words, not those of a clause about them: "500 people
    who were dragged off by troops" without "who were dragged off by troops"."""
    table = token_table(head.doc)
    phrase = table.subtree(head.i)
    clauses = {t for c in phrase if table.dep[c] in {"relcl", "acl"} for t in table.subtree(c)}
    return set(phrase) - clauses


ARMY_DISCIPLINE_TYPES = frozenset({"punishment", "execution", "violence"})
# Words that make soldiers someone else's or a force's members other than the army's
FOREIGN_OR_POLICE_WORDS = frozenset({"chinese", "russian", "south", "american", "police", "security"})


def army_discipline(trigger: Token, victims_head: Token | None, event_type: str) -> bool:
    """Is a penalty or a beating the army's own discipline of its members? "Two soldiers from the
    patrol's company were punished for taking bribes", "three conscripts were sent to a kwanliso",
    "the squad leader was sentenced to two years in a disciplinary labour unit": the people are
    soldiers (by rank or unit: `army_discipline` of actors.json) or the penalty is one only the
    army gives, so the military did it, beside any court or force another rule reads. Not for a
    people told as foreign ("Chinese soldiers"), nor when the clause names the military itself."""
    if event_type not in ARMY_DISCIPLINE_TYPES:
        return False
    words = actor_words()
    clause = clause_tokens(clause_head(trigger))
    if event_type == "punishment" and any(t.lower_ in words.army_penalties for t in clause):
        return True
    if victims_head is None:
        return False
    # The people's own words, not a clause about them ("a woman who hid two soldiers")
    doc = victims_head.doc
    if {doc[i].lower_ for i in own_words(victims_head)} & FOREIGN_OR_POLICE_WORDS:
        return False
    return any(
        t.pos_ in {"NOUN", "PROPN"} and t.lower_ in words.army_members and not _firing_squad(t)
        for t in _people_nouns(victims_head)
    )


def _people_nouns(victims_head: Token) -> list[Token]:
    """The nouns that name the people themselves: the head, its conjuncts and their compounds
    ("two soldiers and a platoon commander", "the squad leader"), never a word under a
    preposition or a possessive, which names someone else ("the parents of a former soldier",
    "a soldier's wife")."""
    heads = [victims_head, *victims_head.conjuncts]
    return [*heads, *(c for h in heads for c in h.children if c.dep_ == "compound")]


# A firing squad is the executioners, not soldiers punished ("he was executed by firing squad").
FIRING_UNITS = frozenset({"squad", "platoon"})


def _firing_squad(token: Token) -> bool:
    """Is the unit word the firing squad that carries out a death sentence?"""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return token.lower_ in FIRING_UNITS and (
        token.head.lower_ == "firing" or (before is not None and before.lower_ == "firing")
    )


# Measures a region's own administration takes: barring travel, closing roads, inspection campaigns.
REGIONAL_MEASURE_TYPES = frozenset({"movement_restriction", "crackdown"})
LOCAL_AUTHORITIES = Actor("local officials", "KP", "local_official")


def _regional_authorities(doc: Doc, mentions: list[ActorMention]) -> bool:
    """Is a bare "authorities" placed in a region of the North ("Authorities in Kangwon Province
    have stopped issuing travel permits")? Those are the province's or county's own officials,
    as "provincial authorities" is; the force the report names may act with them. (A foreign
    country's authorities are placed abroad by `find_actors` and never reach here.)"""
    for mention in mentions:
        if not is_generic(mention.actor) or mention.actor.kind != "other":
            continue
        last = doc[mention.end - 1]
        for prep in (c for c in last.children if c.dep_ == "prep" and c.lower_ == "in"):
            if any(o.dep_ == "pobj" and o.ent_type_ in PLACE_ENTITY_LABELS for o in prep.children):
                return True
    return False


PARTY = Actor("Workers' Party of Korea", "KP", "party")


def _party_sanction(trigger: Token) -> bool:
    """Does the punishment take away party membership ("he was stripped of his party
    membership", "the manager was expelled from the party")? Only the party expels from the
    party, so it acted even where the report names no one."""
    for token in clause_tokens(clause_head(trigger)):
        if token.lemma_.lower() != "party":
            continue
        if token.head.lemma_.lower() == "membership":
            return True  # "party membership", "membership of the party"
        if token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.lemma_.lower() == "expel":
            return True
    return False


STATE_SECURITY = Actor("Ministry of State Security", "KP", "state_security")
# Verbs and nouns that tell people as held or taken away ("not told where they are held").
CUSTODY_LEMMAS = frozenset({"hold", "detain", "arrest", "summon", "custody", "take", "abduct"})


def asked_about_contacts(trigger: Token) -> bool:
    """Is the questioning told as being about contact with South Koreans, churches or
    missionaries ("questioned for three weeks about whether he had met South Koreans or attended a
    church in China")? Those are what the North's State Security screens people for. Only words
    after an asking word that follows the trigger in its sentence count (not "told South Korean
    investigators he wanted to defect"). The words are `returnee_questions` of actors.json."""
    words = actor_words()
    asking = False
    sentence = sentence_of(trigger)
    lowers = token_table(trigger.doc).lower
    for i in range(trigger.i + 1, sentence.end):
        lower = lowers[i]
        if lower in words.asking_words:
            asking = True
        elif asking and (
            lower in words.returnee_topics
            or (lower == "south" and i + 1 < sentence.end and lowers[i + 1] in {"korea", "korean", "koreans"})
        ):
            return True
    return False


def screened_by_state_security(trigger: Token, perpetrators: list[Actor]) -> list[Actor]:
    """The North's questioning of people about South Korean, church or missionary contacts
    (`asked_about_contacts`), where its sentence names no force, is State Security's: it replaces
    the police or a generic authority carried from another clause ("arrested by Chinese police in
    Yanji and sent back … He was questioned for weeks about whether he had met South Koreans").
    A force the sentence names keeps the act ("local police questioned him about the church",
    "Chinese police questioned the elders about their missionary links")."""
    sentence = sentence_of(trigger)
    if STATE_SECURITY in perpetrators or any(
        not is_generic(m.actor) for m in find_actors(trigger.doc, sentence.start, sentence.end)
    ):
        return perpetrators
    kept = [
        a
        for a in perpetrators
        if a.kind not in {"police", "state_security"} and not is_generic(a) and a.country in (None, "KP")
    ]
    return [STATE_SECURITY, *kept]


def held_unseen(trigger: Token) -> bool:
    """Is a disappearance told as people held or taken somewhere unknown ("their families have
    not been told where they are held", "he has not been heard from since he was summoned")?
    That is a disappearance into custody; with no force named for it, the North's state
    security, which holds people incommunicado, holds them. A flight or a vanishing with no word
    of custody ("the family vanished from their flat") has no actor."""
    sentence = sentence_of(trigger)
    return any(
        t.lemma_.lower() in CUSTODY_LEMMAS and t.pos_ in {"VERB", "NOUN", "AUX"} for t in sentence
    ) and not any(t.lower_ in {"fled", "escaped", "defected"} for t in sentence)


# Words that place people in custody: where they are held.
DETENTION_WORDS = frozenset({"detention", "jail", "prison", "custody", "cell", "lockup"})


def _held_abroad(trigger: Token) -> Actor | None:
    """Who holds people told as held in a detention centre of a third country with no one named
    ("they spent a month in a detention centre in Yanji", "they are now in detention in Nanning"),
    or arrested or held there ("arrested in Kunming while trying to reach Laos", "detained in the
    city of Ussuriysk"): that country's police, who arrest there and run its lock-ups (a force the
    sentence names elsewhere, "handed over to the bowibu at the bridge", took them later, not
    then)."""
    clause = clause_tokens(clause_head(trigger))
    detention = any(t.lemma_.lower() in DETENTION_WORDS for t in [trigger, *clause])
    if not detention and not (_taken_in_custody(trigger) and not _names_people_sent_back(trigger)):
        return None
    for token in clause:
        if token.dep_ != "pobj" or token.head.lower_ not in PLACING_PREPOSITIONS:
            continue
        if not detention and not _where_done(token.head, trigger):
            continue  # (where the act was done, not where someone lives: "whose sister lives in Changbai")
        country = next(filter(None, map(_foreign_place, _places_within(token))), None)
        if country is not None:
            return Actor("police", country, "police")
    return None


# Prepositions that tell where people were taken or held ("arrested in Yanji", "at a station").
PLACING_PREPOSITIONS = frozenset({"in", "at", "near"})


def _places_within(token: Token) -> list[Token]:
    """The place a "where" phrase names and the places its own phrase is placed in: "at
    Shenyang North railway station" names Shenyang; "in a village in China's Yanbian region",
    "at their homes in Kuandian County" name the town or country the spot lies in (not a
    clause of its own hanging on it: "at a house where a man from Seoul lived")."""
    places = [token]
    for child in token.children:
        if child.dep_ == "compound":
            places += _places_within(child)
        elif child.dep_ == "poss":
            places.append(child)
        elif child.dep_ == "prep" and child.lower_ in PLACING_PREPOSITIONS | {"of"}:
            places += [g for o in child.children if o.dep_ == "pobj" for g in _places_within(o)]
    return places


# Words a place's name may end with that the gazetteer lists without ("Chiang Rai province").
PLACE_KIND_WORDS = frozenset(
    {"province", "city", "county", "prefecture", "region", "district", "krai", "oblast"}
)


def _foreign_place(token: Token) -> str | None:
    """The third country of the place a preposition's object names: a place name ("in Yanji",
    "in Chiang Rai province") or a kind of place named after it ("in the Far Eastern city of
    Ussuriysk"); None for the two Koreas or a place the gazetteer cannot tell."""
    words = actor_words()
    candidates = [token]
    candidates += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    candidates += [c for c in token.children if c.dep_ == "compound"]
    for word in candidates:
        # (a nationality word that begins a place's name is the name's: "near Lao Cai city")
        nationality = not (word.dep_ == "compound" and word.pos_ == "PROPN" and word.head.pos_ == "PROPN")
        country = words.foreign_authority_words.get(word.lower_) if nationality else None
        if country is None and (word.ent_type_ in {"GPE", "LOC"} or word.pos_ == "PROPN"):
            country = country_of_place(word) or _country_of_name_within(word)
        if country is not None and country not in HOME_COUNTRIES:
            return country
    return None


def _country_of_name_within(word: Token) -> str | None:
    """The country of a place named inside a longer name the gazetteer does not list: the name
    without the kind of place it ends with ("Kuandian County" → Kuandian, "Chiang Rai province"),
    else the word alone where it is a place the name begins with ("Shenyang North railway
    station" → Shenyang)."""
    name = next((e for e in doc_ents(word.doc) if e.start <= word.i < e.end), None) or _proper_name(word)
    if len(name) > 1 and (country := country_of_words(name.text)) is not None:
        return country  # ("near Lao Cai city": a name the tagger did not mark as a place)
    if (
        len(name) > 1
        and name[-1].lower_ in PLACE_KIND_WORDS
        and (country := country_of_words(name[:-1].text))
    ):
        return country
    if word.i != name.start:
        return None
    return country_of_words(word.text) if word.pos_ == "PROPN" else None


def _proper_name(word: Token) -> Span:
    """The run of proper nouns a word stands in, joined as compounds ("Lao Cai" in "near Lao Cai
    city")."""
    doc = word.doc
    start = end = word.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
        start -= 1
    while doc[end].dep_ == "compound" and end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc[start : end + 1]


def _where_done(prep: Token, trigger: Token) -> bool:
    """Does the "in" phrase say where the act was done: on the trigger's own verb or on what the
    trigger hangs on ("refugees arrested in Chiang Rai", the parser's "in" on the people), not in
    a clause of its own ("whose sister lives in Changbai")?"""
    above = prep.head
    if above.i in {trigger.i, clause_head(trigger).i}:
        return True
    return trigger.dep_ in {"acl", "relcl"} and above.i == trigger.head.i


def _names_people_sent_back(trigger: Token) -> bool:
    """Is the arrest only a participle that names the people a sending back is about ("the
    family detained in Dandong in June was handed over at Sinuiju")? The report tells the
    sending back, and what it tells after it (taken to the bureau, questioned) happens on the
    other side: the arrest is not told for itself."""
    if trigger.dep_ != "acl" or trigger.tag_ != "VBN":
        return False
    verb = trigger.head.head if trigger.head.dep_ in {"nsubj", "nsubjpass"} else None
    if verb is None or any(c.dep_ == "neg" for c in verb.children):
        return False  # ("the refugees arrested in Chiang Rai will not be returned")
    return verb.lemma_.lower() in HANDOVER_VERBS | SENDING_BACK_VERBS


SENDING_BACK_VERBS = frozenset({"send", "return", "repatriate", "deport"})


def _taken_in_custody(trigger: Token) -> bool:
    """Is the arrest told by its own verb or noun of taking into custody ("arrested in Kunming",
    "detained last week in the city of Ussuriysk", "held in Bokeo since their arrest")? Then
    where it was done says whose it was: that country's police."""
    words = actor_words()
    return trigger.lemma_.lower() in words.capture_lemmas | {"hold", "catch"}


def _inquired_into(token: Token) -> bool:
    """Is the force named as what an inquiry looks into ("arrived to investigate border guards",
    "an inquiry into the county police")? `composed_bodies.inquiries` of actors.json."""
    words = actor_words().body_inquiries
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "into":
        return True
    return token.dep_ == "dobj" and (head.lemma_.lower() in words or head.lower_ in words)


def named_force(
    doc: Doc, trigger: Token, within: range | None = None, skip: Callable[[Token], bool] | None = None
) -> list[Actor]:
    """The force a bare "the authorities" means: the state actor the report names nearest before
    the trigger, else first after it ("The family was banished after the authorities found out
    … the city's state security department learned …"); `within`: only one named there; `skip`:
    not one whose phrase it holds for."""
    forces = [
        m
        for m in document_actors(doc)
        if m.actor.kind in STATE_KINDS
        and (within is None or m.start in within)
        and (skip is None or not skip(phrase_head(doc, m)))
        and not is_generic(m.actor)
        and not _one_person(doc[m.end - 1])
        and not describes_a_person(doc[m.end - 1])
        # (the South's intelligence service tells of the North's acts; "the authorities" are not it)
        and not (m.actor.kind == "state_security" and m.actor.country in INTELLIGENCE_COUNTRIES)
    ]
    before = [m for m in forces if m.end <= trigger.i]
    chosen = before[-1:] or forces[:1]
    if not chosen:
        return []
    # Every force that sentence names: "inspection teams from the party committee and the police".
    sentence = sentence_of(doc[chosen[0].start])
    actors: list[Actor] = []
    for m in forces:
        actor = _with_default_country(m.actor)
        if sentence.start <= m.start < sentence.end and actor not in actors:
            actors.append(actor)
    return actors


# How many words a body's phrase may pass through to the force it names as its members.
MEMBER_LINK_DEPTH = 6
# Links inside a phrase that join the forces it lists ("of police and prosecutors").
LISTING_DEPS = frozenset({"conj", "appos", "pobj", "cc", "compound"})


def members_named(doc: Doc, bodies: set[str]) -> list[Actor]:
    """The state forces a body sent for a purpose is named as made of, in its own phrase
    ("an inspection team of prosecutors and state security officers", "inspection groups made up
    of party officials and the police"): `composed_bodies` of actors.json. A force named elsewhere
    in the report is no member ("an inspection team came to investigate border guards")."""
    words = actor_words()
    links = words.member_links
    mentions = document_actors(doc)
    heads = [doc[m.end - 1] for m in mentions if m.actor.name in bodies]
    # ("The Central Prosecutors Office has sent an inspection team"): the sender's own force
    senders = {
        c.i
        for h in heads
        if h.dep_ == "dobj" and h.head.lemma_.lower() in words.body_senders
        for c in h.head.children
        if c.dep_ == "nsubj"
    }
    members: list[Actor] = []
    for m in mentions:
        if m.actor.kind not in STATE_KINDS or is_generic(m.actor):
            continue
        token = doc[m.end - 1]
        if token.i in senders or phrase_head(doc, m).i in senders:
            if (actor := _with_default_country(m.actor)) not in members:
                members.append(actor)
            continue
        for _ in range(MEMBER_LINK_DEPTH):
            if token.head.i == token.i:
                break
            token = token.head
            if any(token.i == h.i for h in heads):
                actor = _with_default_country(m.actor)
                if actor not in members:
                    members.append(actor)
                break
            if not (token.lower_ in links or token.lemma_.lower() in links or token.dep_ in LISTING_DEPS):
                break
    return members


# Intelligence agencies of the country that receives defectors: named mostly as the source of
# what a report tells, briefing lawmakers.
INTELLIGENCE_COUNTRIES = frozenset({"KR"})


def reporting_agency(actor: Actor, token: Token) -> bool:
    """Is an intelligence agency named as the source of the report, not as the actor ("the spy
    agency told lawmakers that the North had shot two officials", "the lawmaker quoted the
    intelligence service as saying", "according to the NIS")? It tells of the act; it did not
    do it. (When it questions arrivals itself, it is the subject of that verb.)"""
    if actor.kind != "state_security" or actor.country not in INTELLIGENCE_COUNTRIES:
        return False
    reporting = set(lexicon().cues["reporting_verbs"]) | {"quote", "cite", "brief"}
    while token.dep_ == "appos" and token.head.i != token.i:
        token = token.head  # "the National Intelligence Service (NIS)": the acronym glosses the name
    head = token.head
    if token.dep_ in {"nsubj", "dobj"} and head.lemma_.lower() in reporting:
        return True
    # ("the NIS declined to comment", "the agency would not comment on the report": what it says
    # or will not say about the act, through the verb it is the subject of)
    if token.dep_ == "nsubj" and any(
        c.dep_ == "xcomp" and c.lemma_.lower() in reporting | {"comment"} for c in head.children
    ):
        return True
    if token.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    by = {"briefing", "report", *reporting}  # "citing a briefing by the NIS", "a lawmaker briefed by the NIS"
    return token.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in by


def _denied(token: Token) -> bool:
    """Is the phrase the object of "without" ("without trial", "without a warrant")?"""
    return any(a.dep_ == "prep" and a.lower_ == "without" for a in list(token.ancestors)[:2])


# People a force's member is named to identify: "the son of a police officer".
# Ties beside kinship that name a person by someone else ("a friend of a police officer").
SOCIAL_TIE_WORDS = frozenset({"friend", "acquaintance", "neighbour", "neighbor", "widow"})


def describes_a_person(token: Token) -> bool:
    """Is the force named only to say who someone is: their job ("he had served as a border guard
    until last year", "his uncle, who worked as a police officer") or whose kin they are ("a
    relative of a border guard", "a soldier's widow")? Such a force did not act."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "as" and head.head.pos_ in {"VERB", "AUX"}:
        return True
    kin = kin_words() | SOCIAL_TIE_WORDS
    if token.dep_ == "pobj" and head.lower_ == "of":
        return head.head.lemma_.lower() in kin or head.head.lower_ in kin
    return token.dep_ == "poss" and (head.lemma_.lower() in kin or head.lower_ in kin)


def _one_person(token: Token) -> bool:
    """ "a discharged soldier", "one officer": a person, not the force that acts."""
    return any(c.dep_ in {"det", "nummod"} and c.lower_ in {"a", "an", "one"} for c in token.children)


def _receives(token: Token) -> bool:
    """Is the phrase the object of "to" ("handed over to the MSS")?"""
    return any(a.dep_ == "prep" and a.lower_ == "to" for a in list(token.ancestors)[:3])


def carried_perpetrators(
    doc: Doc,
    trigger: Token,
    entity: int | None,
    found: list[Found],
    event_type: str | None = None,
    earlier_only: bool = False,
) -> list[Actor]:
    """Who did it, when the sentence does not say (`_carried`); for questioning or a beating in
    custody, the North's force told just before as holding the people, if the carried force is
    another ("caught by a border patrol … held by State Security … the parents have been
    interrogated": State Security, not the patrol)."""
    carried = _carried(doc, trigger, entity, found, event_type, earlier_only)
    keepers = _keepers_told_before(doc, trigger) if carried and event_type in CUSTODY_ACT_TYPES else []
    # (a carried force of the keepers' own kind stays: it may name them more closely)
    if keepers and not {a.kind for a in carried} & {a.kind for a in keepers}:
        return keepers
    return carried


def _carried(
    doc: Doc,
    trigger: Token,
    entity: int | None,
    found: list[Found],
    event_type: str | None = None,
    earlier_only: bool = False,
) -> list[Actor]:
    """Who did it, when the sentence does not say: the actor of an earlier event about the same
    people (for a disappearance, only that), else a state actor named in the sentence before, else the force that did the
    report's latest earlier act ("Security agents raided the market. … A merchant was also
    detained."), else one named in the sentence after (never for a doer told as "they", which
    points back: `earlier_only`)."""
    returned = entity is not None and any(
        item.entity == entity and item.event.type == "repatriation" for item in found
    )

    def could_act(actor: Actor) -> bool:
        # Once the people have been sent back, a foreign force no longer holds them: "detained
        # by Chinese police … handed over … They will be questioned" is the North's doing.
        if (
            actor.kind == "court"
            and event_type not in SENTENCING_TYPES
            and not investigates(actor, event_type)
        ):
            return False  # "One was shot in the leg. … they were put on trial": no court shot him
        if actor.name in UNTOLD_SENDERS:
            return False  # a sender no word named (`default_sender`) did nothing else
        return not returned or actor.country in (None, "KP")

    if event_type == "punishment" and _prison_term(trigger) and not without_trial(trigger):
        if labour_training_term(trigger):
            return [POLICE_OF_THE_NORTH]  # "He will get six months of labour training": the police's
        return [Actor("court", "KP", "court")]  # "He will get ten years in a camp": a court's sentence
    if entity is not None:
        for item in reversed(found):
            if item.entity == entity and item.event.perpetrators:
                carried = [a for a in item.event.perpetrators if could_act(a)]
                if carried:
                    return carried
    families = [STATE_SECURITY] if event_type == "punishment" and family_banished(trigger) else []
    if event_type == "disappearance":
        # only who took these same people ("taken by agents … not seen since"), told in the
        # sentence before or after; else, for people told as held or taken somewhere unknown,
        # the North's state security
        if takers := _takers_beside(doc, trigger):
            return takers
        return [STATE_SECURITY] if held_unseen(trigger) else []
    sentence = sentence_of(trigger)
    before = sentence_of(doc[sentence.start - 1]) if sentence.start > 0 else None
    after = sentence_of(doc[sentence.end]) if sentence.end < len(doc) and not earlier_only else None
    if before is not None and (
        actors := _state_actors(doc, before.start, before.end, could_act, receivers=True)
    ):
        return actors
    # The report's latest earlier act, first within the paragraph: a paragraph that opens on a
    # new stretch of a story ("I was arrested in Yanji in 2003. Chinese police stopped me …")
    # is told by its own next sentence before an act of years earlier in another paragraph.
    paragraph = paragraph_start(doc, sentence.start)
    acts = [item for item in reversed(found) if item.trigger.i < trigger.i]
    for item in [a for a in acts if a.trigger.i >= paragraph] + [None] + acts:
        if item is None:
            same_paragraph = after is not None and paragraph_start(doc, after.start) == paragraph
            if same_paragraph and (actors := _state_actors(doc, after.start, after.end, could_act)):
                return actors
            continue
        acting = [
            a
            for a in item.event.perpetrators
            if a.kind in STATE_KINDS
            and not is_generic(a)
            and could_act(a)
            # (a third country that sent people back holds no one afterwards: "after China sent
            # her back … guards forced women to strip" is the receiving side's doing)
            and not (item.event.type == "repatriation" and a.country not in (None, "KP"))
        ]
        if acting:
            return acting
    if after is not None and (actors := _state_actors(doc, after.start, after.end, could_act)):
        return actors
    return families


# Acts done to people in custody, by whoever holds them then.
CUSTODY_ACT_TYPES = frozenset({"interrogation", "violence"})
# Words that tell a force as holding people ("held by", "in State Security custody").
KEEPING_WORDS = frozenset({"hold", "keep", "custody"})


def _keepers_told_before(doc: Doc, trigger: Token) -> list[Actor]:
    """The North's force told, in the trigger's paragraph or the one before, as the one people
    were handed to or are held by ("caught by border guards … handed over to the city's state
    security department. … they are being questioned"; "held by the Ministry of State Security
    … The family was stopped by a border patrol. … the parents have been interrogated"): who
    questions or beats people in custody, not the force that caught them."""
    paragraph = paragraph_start(doc, trigger.i)
    start = paragraph_start(doc, paragraph - 1) if paragraph > 0 else 0
    keepers: list[Actor] = []
    for m in document_actors(doc):
        if (
            not (start <= m.start and m.end <= trigger.i)
            or m.actor.kind not in STATE_KINDS
            or is_generic(m.actor)
        ):
            continue
        actor = _with_default_country(m.actor)
        if actor.country not in (None, "KP"):
            continue
        head = phrase_head(doc, m)
        above = list(head.ancestors)[:3]
        if _handed_to(head) or any(a.lemma_.lower() in KEEPING_WORDS for a in above):
            keepers = [actor]  # the latest such force
    return keepers


# Verbs of taking people away besides the capture verbs of actors.json ("agents took her").
TAKING_LEMMAS = frozenset({"take", "abduct", "kidnap", "drag"})


def _takers_beside(doc: Doc, trigger: Token) -> list[Actor]:
    """Who took away people whose disappearance is told, in the sentence just before or just
    after in the same paragraph ("Agents of the bowibu took her sister from the house. Nobody has
    heard from her since"; "The family vanished from their home. Neighbours said they had been
    taken away by State Security officers"): the force that is the subject or the agent of a
    verb of taking, with the forces joined to it ("coastal guards and police detained eight
    owners")."""
    sentence = sentence_of(trigger)
    paragraph = paragraph_start(doc, sentence.start)
    beside = []
    if sentence.start > paragraph:
        beside.append(sentence_of(doc[sentence.start - 1]))
    if sentence.end < len(doc) and paragraph_start(doc, sentence.end) == paragraph:
        beside.append(sentence_of(doc[sentence.end]))
    taking = TAKING_LEMMAS | actor_words().capture_lemmas
    for near in beside:
        takers: list[Actor] = []
        for mention in find_actors(doc, near.start, near.end):
            actor = _with_default_country(mention.actor)
            if actor.kind not in STATE_KINDS - {"court"} or is_generic(actor) or actor in takers:
                continue
            token = phrase_head(doc, mention)
            while token.dep_ == "conj" and token.head.i != token.i:
                token = token.head  # ("guards and police detained": the police too)
            verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else token.head
            if token.dep_ in {"nsubj", "pobj"} and verb.lemma_.lower() in taking:
                takers.append(actor)
        if takers:
            return takers
    return []


def family_banished(trigger: Token) -> bool:
    """Is the punishment the banishment of a defector's family ("households whose members
    defected were forcibly moved to farms in a remote county", "his mother and sister were
    banished to a mountain village")? With no one named for it, the North's state security,
    which watches and sends away the families of those who fled, did it. The word classes are
    `banishment` of actors.json: its words or a relocation to a remote kind of place, in a
    sentence or the one before that tells of a flight."""
    words = actor_words()
    clause = clause_tokens(clause_head(trigger))
    lemmas = {t.lemma_.lower() for t in clause} | {trigger.lemma_.lower()}
    if not lemmas & words.banishment_verbs:
        return False
    if not (lemmas & {"banish", "exile"} or {t.lower_ for t in clause} & words.banishment_places):
        return False
    sentence = sentence_of(trigger)
    doc = trigger.doc
    span = doc[sentence_of(doc[sentence.start - 1]).start if sentence.start > 0 else 0 : sentence.end]
    return any(
        t.lemma_.lower() in words.banishment_causes or t.lower_ in words.banishment_causes for t in span
    )


def kin_banished(trigger: Token, victims_head: Token | None) -> bool:
    """Is the punishment the banishment of someone's kin ("His wife and two children were
    banished to a mountain village a week later", "the families of the convicted will be moved
    to a remote farm", "his parents could be banished to a remote county")? The North punishes
    the families of those it condemns, whatever their offence (a flight, a crime, a soldier's
    desertion): State Security, which watches and sends away such families, does it, not the court
    that tried the relative nor the force that arrested him. The banishment words are those of
    family_banished (`banishment` of actors.json); the kin are the people's own head noun."""
    if victims_head is None or victims_head.lemma_.lower() not in kin_words():
        return False
    words = actor_words()
    clause = clause_tokens(clause_head(trigger))
    lemmas = {t.lemma_.lower() for t in clause} | {trigger.lemma_.lower()}
    if not lemmas & words.banishment_verbs:
        return False
    return bool(lemmas & {"banish", "exile"} or {t.lower_ for t in clause} & words.banishment_places)


# Countries that send people caught there straight back to the North; a third country (Laos,
# Thailand) sends them on to China or lets them go south, so a feared return to the North after
# arrest there is not its doing ("Lao police detained eight … they could end up back in North Korea").
NORTH_KOREA_NEIGHBOURS = frozenset({"CN", "RU"})
# Acts by which a force takes people into its hands: who did one holds them until it sends them on.
HOLDING_TYPES = frozenset({"arrest"})


def holders_of(entity: int | None, found: list[Found], still_held: bool = False) -> list[Actor]:
    """Who sent people back when the sending back is told without its doer ("Thai police caught
    a couple at a bus station in March. … The two were deported a month later"): the foreign
    force that took the same people into custody, latest first. Only a force abroad: North
    Korea's own forces receive the people sent back, they do not send them, unless they took the
    people abroad themselves (`_taken_abroad`: "detained by North Korean security officials in
    Khabarovsk and flown to Pyongyang" is their sending). `still_held`: a
    sending only feared or suspected, whose senders are those who hold the people now (in a
    country that sends people back to the North itself)."""
    if entity is None:
        return []
    for item in reversed(found):
        if still_held and item.entity == entity and item.event.type == "repatriation":
            # A sending feared after one told ("deported to China … activists fear the eight could
            # be returned to North Korea"): the force that held them has passed them on.
            return []
        if item.entity != entity or item.event.type not in HOLDING_TYPES:
            continue
        abroad = _taken_abroad(item)
        holders = [
            a
            for a in item.event.perpetrators
            if a.kind in STATE_KINDS
            and not is_generic(a)
            and (
                (a.country not in (None, "KP") and (not still_held or a.country in NORTH_KOREA_NEIGHBOURS))
                or (abroad and a.country == "KP" and a.kind == "state_security")
            )
        ]
        if holders:
            return holders
    return []


def _taken_abroad(item: Found) -> bool:
    """Is the holding told in a sentence that places it in a third country? North Korea's own
    force that takes people abroad ("seized by consulate security staff at his flat in Moscow …
    and put on a flight to Pyongyang") is the one that sends them home: no foreign force held
    them. Only its state security acts abroad so (a border guard or police of the North told for
    a holding in Dandong was carried from another act: the Chinese hold those people)."""
    return any(
        t.dep_ == "pobj" and t.head.lower_ in PLACING_PREPOSITIONS and _foreign_place(t) is not None
        for t in sentence_of(item.trigger)
    )


def done_by_someone_told(trigger: Token, event_type: str) -> bool:
    """Is an act done to people told with "they" as its doer ("Two police officers took me to the
    station. A month later they drove us to the bridge")? The pronoun means the force told of
    before, so even an act whose doer is otherwise left untold (a sending back) carries it over;
    not a flight, whose "they" are the people who fled."""
    if event_type not in TRANSITIVE_TYPES:
        return False
    head = clause_head(trigger)
    if is_passive(head):
        return False
    subject = subject_of(head)
    return subject is not None and subject.dep_ == "nsubj" and subject.lower_ == "they"


def _prison_term(trigger: Token) -> bool:
    """ "sentenced to 15 years", "he will get at least ten years in a camp", "received ten years
    each": a term of years in a punishment's clause is a court's sentence ("two years ago" is no
    term)."""
    for token in clause_tokens(clause_head(trigger)):
        if token.lemma_.lower() != "year" or any(c.lower_ == "ago" for c in token.children):
            continue
        if any(c.dep_ == "nummod" or c.like_num for c in token.children):
            return True
    return False


def _state_actors(
    doc: Doc,
    start: int,
    end: int,
    could_act: Callable[[Actor], bool] = lambda _: True,
    receivers: bool = False,
) -> list[Actor]:
    """The first state actor named in a sentence (with every kind a joint body has) that could
    have acted. `receivers` (a sentence told before the act): a force people were handed to
    there holds them from then on and is who acts next ("She was returned in September and
    handed to State Security in Sinuiju. She was questioned there for five weeks"), before the
    force that handed them over."""
    mentions = [
        m
        for m in find_actors(doc, start, end)
        if m.actor.kind not in {"broker", "other", "civilian"}
        and not is_generic(m.actor)
        and not _partner_or_target(doc[m.end - 1])
        and not describes_a_person(doc[m.end - 1])
        and not reporting_agency(m.actor, doc[m.end - 1])
        and could_act(_with_default_country(m.actor))
    ]
    handed = [m for m in mentions if _handed_to(doc[m.end - 1])]
    mentions = handed[-1:] if receivers and handed else [m for m in mentions if m not in handed]
    if not mentions:
        return []
    first = (mentions[0].start, mentions[0].end)
    return [_with_default_country(m.actor) for m in mentions if (m.start, m.end) == first]


def phrase_head(doc: Doc, mention: ActorMention) -> Token:
    """The noun that heads the phrase a force is named in: its own last word, or the members'
    word it hangs on through "of" ("representatives of the consulate", "officers of the Ministry
    of State Security" → representatives, officers), so that what is said of the phrase (handed
    "to" it) is said of the force."""
    token = doc[mention.end - 1]
    inside = range(mention.start, mention.end)
    # the word of the name that the rest hangs on ("Ministry" in "Ministry of State Security")
    while token.head.i in inside and token.head.i != token.i:
        token = token.head
    for _ in range(3):
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in {"NOUN", "PROPN"}:
            token = token.head.head
        else:
            break
    return token


def _handed_before(token: Token, trigger: Token, head: Token) -> bool:
    """Is the force the one people were handed to after the act ("a second man was arrested and
    handed over to the State Security Ministry", "beaten with rifle butts before being handed to
    the county security department")? It took them over later and did not do the act. The one
    they are handed to does what follows the handing ("handed to the MSS, where they are being
    questioned", "handed to the bureau for interrogation") and what its own clause tells ("handed
    to Chinese police, who held them")."""
    if not _handed_to(token):
        return False
    if head.dep_ in {"relcl", "acl"} and head.head.i == token.i:
        return False
    to = next(a for a in list(token.ancestors)[:2] if a.dep_ == "prep" and a.lower_ == "to")
    return trigger.i < to.head.i


def receives_the_returned(doc: Doc, mention: ActorMention, head: Token) -> bool:
    """Is a North Korean force named in a sending back's sentence only as what it does to the
    people once they are back ("were handed over at Sinuiju, where state security officers
    questioned her", "sent back … are being interrogated by the provincial State Security
    Department", "spent a month at the State Security holding centre")? It receives them; the
    country that held them sends them. Not a force that does the sending itself, as the subject
    or agent of the verb ("North Korean agents took him back to Pyongyang")."""
    actor = _with_default_country(mention.actor)
    if actor.country != "KP" or actor.kind not in STATE_KINDS - {"court"}:
        return False  # (a court that orders a deportation is the sending country's)
    token = phrase_head(doc, mention)
    if does_the_act(token, head):
        return False
    clause = {t.i for t in clause_tokens(head)}
    # a force named in the sending's own clause, not as what it does later (a "where" clause,
    # another verb's agent), still sends: "they were sent back by bowibu agents posted abroad"
    own = mention.start in clause and not any(
        a.dep_ in {"relcl", "advcl", "conj", "acl"} and a.i != head.i and a.i in clause
        for a in list(token.ancestors)[:6]
        if a.i != head.i and head not in a.ancestors
    )
    return not own


# Verbs of handing people over: whom they are handed "to" receives them.
HANDOVER_VERBS = frozenset({"hand", "turn", "transfer", "deliver", "give", "pass"})


def _handed_to(token: Token) -> bool:
    """ "If sent back, they will be handed to the Ministry of State Security": the force people
    are handed to takes them over later; it did not hold or question them before."""
    return any(
        a.dep_ == "prep" and a.lower_ == "to" and a.head.lemma_.lower() in HANDOVER_VERBS
        for a in list(token.ancestors)[:2]
    )


# Words whose objects are the partners or targets of what others do, not those who act.
PARTNER_WORDS = frozenset(
    {
        "with",
        "against",
        "target",
        "targets",
        "targeting",
        "cooperation",
        "collusion",
        "cooperate",
        "collude",
        "bribe",
    }
)


def _partner_or_target(token: Token) -> bool:
    """ "traders who worked with the police station", "the targets were border guards who took
    bribes": an authority named as someone's partner or target did not act in the next event."""
    above = list(token.ancestors)[:4]
    return any(a.lower_ in PARTNER_WORDS or a.lemma_.lower() in PARTNER_WORDS for a in above)


def _with_default_country(actor: Actor) -> Actor:
    if actor.country is None and actor.kind in DEFAULT_COUNTRY_KINDS:
        # Reports in this field are about North Korea: an unqualified ministry is North Korea's.
        return Actor(actor.name, "KP", actor.kind)
    return actor


def sent_to_political_camp(trigger: Token) -> bool:
    """Is the punishment a sending to a political prison camp ("his wife and sons were sent to a
    political prison camp", "taken to Kwanliso No. 16", "three years at Camp 15 in Yodok")?
    State Security runs these camps and sends people there itself, without a trial: it is the
    doer, whatever force arrested them or court sentenced others told with them. The words are
    `political_camps` of actors.json: the camp's own words, the numbers of the camps, and the
    names of the places that mean a camp alone."""
    words = actor_words()
    clause = clause_tokens(clause_head(trigger))
    lowered = {t.lower_ for t in clause} | {trigger.lower_}
    if lowered & words.political_camp_words:
        return True
    if "political" in lowered and lowered & {"camp", "camps"}:
        return True
    for token in clause:
        if token.lower_ not in {"camp", "camps"}:
            continue
        # ("Camp 15", "Camp No. 16": the number written after the camp's word)
        after = [t.lower_.rstrip(".") for t in trigger.doc[token.i + 1 : token.i + 3]]
        if any(word in words.political_camp_numbers for word in after):
            return True
    return False


# Verbs that pass a sentence or a penalty ("handed down the sentences", "imposed the penalty").
PASSING_LEMMAS = frozenset({"hand", "pass", "impose", "issue", "mete", "give"})
# What such a verb passes.
PASSED_LEMMAS = frozenset({"sentence", "penalty", "punishment", "term"})
# How many sentences after a punishment's own a report names who passed it.
PASSER_LOOK_AHEAD = 2


def named_passer(doc: Doc, trigger: Token) -> list[Actor]:
    """Who a report says passed the sentences it has just told, when that is not a court: "Eleven
    brigade members were sentenced to six months in a labour training unit. The sentences were
    handed down without a trial by the provincial police"; "… the provincial social security
    bureau handed down the labour training sentences"; "a people's committee meeting handed down
    the penalty". A labour-training term in the North is passed so, by the police or a local
    committee, not by a court, and the report names the body in a sentence of its own. The passer
    is the subject (or the agent of the passive) of a verb of passing whose object is the
    sentences or the penalty, in the punishment's sentence or the two after it;
    none: an empty list."""
    sentence = sentence_of(trigger)
    spans = [sentence]
    # (news paragraphs are often one sentence each: the next sentence may open a paragraph)
    while len(spans) <= PASSER_LOOK_AHEAD and spans[-1].end < len(doc):
        spans.append(sentence_of(doc[spans[-1].end]))
    for span in spans:
        for verb in span:
            if verb.lemma_.lower() not in PASSING_LEMMAS or verb.pos_ not in {"VERB", "AUX"}:
                continue
            passed = [
                t
                for t in verb.subtree
                if t.lemma_.lower() in PASSED_LEMMAS
                and t.dep_ in {"dobj", "nsubjpass", "nsubj"}
                and t.head.i == verb.i
            ]
            if span is not sentence:
                # a later sentence points back to the sentences told ("the sentences", "their
                # terms"), not to others' ("two others were given terms by the court")
                passed = [p for p in passed if _pointing_back(p)]
            if not passed:
                continue
            # its subject, or whom "by" names in its clause ("handed down without a trial by the
            # provincial police": the parser may hang the "by" on the trial)
            inside = {t.i for p in passed for t in p.subtree}
            doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
                p
                for b in verb.subtree
                if b.lower_ == "by" and b.dep_ in {"agent", "prep"} and b.i not in inside
                for p in b.children
                if p.dep_ == "pobj"
            ]
            actors = []
            for doer in doers:
                lo, hi = min(t.i for t in doer.subtree), max(t.i for t in doer.subtree) + 1
                for mention in find_actors(doc, lo, hi):
                    actor = _with_default_country(mention.actor)
                    if actor.kind in STATE_KINDS and not is_generic(actor) and actor not in actors:
                        actors.append(actor)
            if actors:
                return actors
    return []


def _pointing_back(noun: Token) -> bool:
    """Is a noun told as what was told before: "the sentences", "these penalties", "their terms"?"""
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "these", "those", "this", "that"})
        or (c.dep_ == "poss" and c.lower_ in {"their", "his", "her"})
        for c in noun.children
    )

"""Who did it, and who helped: actor mentions named by the lexicon, with their kind and country."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from tessera.data import load_json
from tessera.events.clauses import placing_prepositions, sentence_of, sentences_back
from tessera.events.lexicon import ActorEntry, lexicon
from tessera.language.table import token_table
from tessera.model import Actor
from tessera.places.gazetteer import load as load_gazetteer
from tessera.places.variants import key_tokens

CHINA_WORDS = frozenset({"china", "chinese", "china's", "beijing"})
NORTH_KOREA_WORDS = frozenset({"north", "korean", "dprk", "pyongyang", "korea"})
# State kinds: the forces a later "the department" or a bare "the authorities" can mean.
STATE_KINDS = frozenset(
    {"state_security", "police", "border_guard", "military", "party", "court", "local_official"}
)


@dataclass(frozen=True)
class ActorMention:
    actor: Actor
    start: int  # token index
    end: int


@dataclass(frozen=True)
class ActorWords:
    """What actors.json says beyond the phrases: joint bodies, generic names, referring nouns."""

    joint_bodies: dict[str, tuple[str, ...]]
    generic_names: frozenset[str]
    referring_nouns: frozenset[str]
    foreign_authority_words: dict[str, str]
    state_doer_kinds: dict[str, str]
    workforce_nouns: frozenset[str]
    workforce_lodgings: frozenset[str]
    guard_nouns: frozenset[str] = frozenset()
    guard_places: frozenset[str] = frozenset()
    guard_custody: frozenset[str] = frozenset()
    capture_lemmas: frozenset[str] = frozenset()
    south_korea_words: frozenset[str] = frozenset()
    member_nouns: frozenset[str] = frozenset()
    staff_possessors: frozenset[str] = frozenset()
    employer_nouns: frozenset[str] = frozenset()
    sea_going: frozenset[str] = frozenset()
    banishment_verbs: frozenset[str] = frozenset()
    banishment_places: frozenset[str] = frozenset()
    banishment_causes: frozenset[str] = frozenset()
    frontier_forces: dict[str, str] | None = None
    fined_offences: frozenset[str] = frozenset()
    soldier_nouns: frozenset[str] = frozenset()
    state_security_custody: frozenset[str] = frozenset()
    investigating_courts: frozenset[str] = frozenset()
    investigating_acts: frozenset[str] = frozenset()
    political_camp_words: frozenset[str] = frozenset()
    political_camp_numbers: frozenset[str] = frozenset()
    bare_security_offices: frozenset[str] = frozenset()
    office_permit_words: frozenset[str] = frozenset()
    returnee_topics: frozenset[str] = frozenset()
    asking_words: frozenset[str] = frozenset()
    army_members: frozenset[str] = frozenset()
    army_penalties: frozenset[str] = frozenset()
    labour_words: frozenset[str] = frozenset()
    labour_training_korean: frozenset[str] = frozenset()
    trial_words: frozenset[str] = frozenset()
    farm_places: frozenset[str] = frozenset()
    seafarer_nouns: frozenset[str] = frozenset()
    composed_bodies: frozenset[str] = frozenset()
    member_links: frozenset[str] = frozenset()
    body_senders: frozenset[str] = frozenset()
    body_inquiries: frozenset[str] = frozenset()
    governing_units: frozenset[str] = frozenset()
    unit_states: frozenset[str] = frozenset()
    flight_lemmas: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def actor_words() -> ActorWords:
    data: dict[str, Any] = load_json("events", "actors.json")
    return ActorWords(
        {name: tuple(kinds) for name, kinds in data.get("joint_bodies", {}).items()},
        frozenset(data.get("generic_names", ())),
        frozenset(data.get("referring_nouns", ())),
        dict(data.get("foreign_authority_words", {})),
        dict(data.get("state_doer_kinds", {})),
        frozenset(data.get("workforce", {}).get("nouns", ())),
        frozenset(data.get("workforce", {}).get("lodgings", ())),
        frozenset(data.get("border_guard_context", {}).get("nouns", ())),
        frozenset(data.get("border_guard_context", {}).get("places", ())),
        frozenset(data.get("border_guard_context", {}).get("custody", ())),
        frozenset(data.get("repatriation_senders", {}).get("capture", ())),
        frozenset(data.get("repatriation_senders", {}).get("south_korea", ())),
        frozenset(data.get("member_nouns", {}).get("nouns", ())),
        frozenset(data.get("member_nouns", {}).get("staff_possessors", ())),
        frozenset(data.get("workforce", {}).get("employers", ())),
        frozenset(data.get("sea_going", {}).get("words", ())),
        frozenset(data.get("banishment", {}).get("verbs", ())),
        frozenset(data.get("banishment", {}).get("places", ())),
        frozenset(data.get("banishment", {}).get("causes", ())),
        {k: v for k, v in data.get("frontier_forces", {}).items() if not k.startswith("_")},
        frozenset(data.get("court_fines", {}).get("offences", ())),
        frozenset(data.get("border_guard_context", {}).get("soldier_nouns", ())),
        frozenset(data.get("border_guard_context", {}).get("state_security_custody", ())),
        frozenset(data.get("investigating_courts", {}).get("names", ())),
        frozenset(data.get("investigating_courts", {}).get("acts", ())),
        frozenset(data.get("political_camps", {}).get("words", ())),
        frozenset(data.get("political_camps", {}).get("numbers", ())),
        frozenset(data.get("security_offices", {}).get("phrases", ())),
        frozenset(data.get("security_offices", {}).get("permits", ())),
        frozenset(data.get("returnee_questions", {}).get("words", ())),
        frozenset(data.get("returnee_questions", {}).get("asking", ())),
        frozenset(data.get("army_discipline", {}).get("members", ())),
        frozenset(data.get("army_discipline", {}).get("penalties", ())),
        frozenset(data.get("labour_training", {}).get("words", ())),
        frozenset(data.get("labour_training", {}).get("korean", ())),
        frozenset(data.get("labour_training", {}).get("trial_words", ())),
        frozenset(data.get("farm_guard_context", {}).get("places", ())),
        frozenset(data.get("seafarers", {}).get("nouns", ())),
        frozenset(data.get("composed_bodies", {}).get("names", ())),
        frozenset(data.get("composed_bodies", {}).get("member_links", ())),
        frozenset(data.get("composed_bodies", {}).get("senders", ())),
        frozenset(data.get("composed_bodies", {}).get("inquiries", ())),
        frozenset(data.get("governing_units", {}).get("nouns", ())),
        frozenset(data.get("governing_units", {}).get("states", ())),
        flight_lemmas=frozenset(data.get("repatriation_senders", {}).get("flight", ())),
    )


def is_generic(actor: Actor) -> bool:
    """ "the authorities": no particular force."""
    return actor.name in actor_words().generic_names


def investigates(actor: Actor, event_type: str | None) -> bool:
    """Is the act one a court-kind actor does as an investigator? A court or a judge only
    sentences (and abroad orders a deportation); prosecutors also detain, question and search
    those they investigate ("the managers were questioned by prosecutors", "detained by state
    prosecutors in May"). Names and acts: `investigating_courts` of actors.json."""
    words = actor_words()
    return actor.name in words.investigating_courts and event_type in words.investigating_acts


def find_actors(doc: Doc, start: int, end: int) -> list[ActorMention]:
    """Actor mentions in tokens [start, end), longest first where they overlap."""
    cache = doc.user_data.setdefault("tessera_actors", {})
    if (start, end) not in cache:
        cache[(start, end)] = [m for m in document_actors(doc) if start <= m.start and m.end <= end]
    return cache[(start, end)]


def actor_at(doc: Doc, index: int) -> ActorMention | None:
    """The actor mention that covers a token ("department" in "the security department")."""
    return next((m for m in document_actors(doc) if m.start <= index < m.end), None)


def document_actors(doc: Doc) -> list[ActorMention]:
    """Every actor mention of the report, in order: named by the lexicon, and the later words
    that refer back to a force named before ("the security department … the department")."""
    cached = doc.user_data.get("tessera_document_actors")
    if cached is None:
        named = _security_offices_read(doc, _find_actors(doc, 0, len(doc)))
        # Guards where a place of custody is named are its keepers, not the border guards the
        # report named before ("handed to the North's border guards … driven to the holding
        # centre. There, guards searched them").
        keepers = _keepers_of_custody(doc, named)
        kept = {m.start for m in keepers}
        references = [m for m in _references(doc, named) if m.start not in kept]
        # A referring word the lexicon alone would read as a generic force ("officers": police)
        # means the force the report named with it: the reference replaces that reading.
        referred = {m.start for m in references}
        named = [m for m in named if not (m.end - m.start == 1 and m.start in referred)]
        taken = {i for m in named + references for i in range(m.start, m.end)}
        guards = [m for m in _guards_on_farms(doc) if m.start not in taken]
        taken |= {m.start for m in guards}
        guards += [m for m in _guards_at_the_border(doc) if m.start not in taken]
        taken |= {m.start for m in guards}
        guards += [m for m in keepers if m.start not in taken]
        guards += _soldiers_at_the_border(doc, named)
        guards += [m for m in _governing_units(doc) if m.start not in taken]
        cached = doc.user_data["tessera_document_actors"] = sorted(
            named + references + guards, key=lambda m: (m.start, m.end)
        )
    return cached


BORDER_GUARDS = "border guards"
STATE_SECURITY_OF_THE_NORTH = Actor("Ministry of State Security", "KP", "state_security")


def _security_offices_read(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """A bare "security office" after the report has named the North's State Security, and not
    the Ministry of Social Security, is State Security's local office ("received by agents of the
    Ministry of State Security … now being interrogated at the county security office"). So is
    one where people are held, questioned or summoned, with no police of the North named before
    it ("her mother was questioned for days at the district security office"): State Security
    questions and holds those it investigates. One that issues a pass or a permit ("a pass from
    the local security office") stays the police's (its lexicon reading), as does any after the
    police were named. The phrases and the permit words are `security_offices` of actors.json."""
    words = actor_words()
    read: list[ActorMention] = []
    state_security = social_security = police = False
    for m in named:
        actor = m.actor
        bare = doc[m.start : m.end].text.lower() in words.bare_security_offices
        after_state_security = state_security and not social_security
        if bare and (after_state_security or not (police or _issues_permits(doc, m))):
            m = ActorMention(STATE_SECURITY_OF_THE_NORTH, m.start, m.end)
        elif actor.kind == "state_security" and actor.country in (None, "KP"):
            state_security = True
        elif actor.kind == "police" and actor.country in (None, "KP") and not bare:
            # the North's Social Security by name, or police of no other country
            social_security = social_security or actor.country == "KP"
            police = True
        read.append(m)
    return read


def _issues_permits(doc: Doc, mention: ActorMention) -> bool:
    """Whether the sentence of a security office speaks of a pass or permit it issues or a
    register kept with it ("a pass stamped by the county security office"): the police's work."""
    sentence = sentence_of(doc[mention.start])
    return any(t.lower_ in actor_words().office_permit_words for t in sentence)


def _acting_guards(doc: Doc) -> list[Token]:
    """Every "guard" or "guards" of the report told as acting ("guards beat him", "shot by a
    guard"), whatever force its words name: the one reading the rules on who those guards are
    (at the border, on a farm, keepers of custody) start from."""
    guard_nouns = actor_words().guard_nouns
    return [
        doc[i] for i, lower in enumerate(token_table(doc).lower) if lower in guard_nouns and _acting(doc[i])
    ]


def _guards_at_the_border(doc: Doc) -> list[ActorMention]:
    """A bare "guards" (no force named with it) in a sentence that names the river, its bank,
    the coast or the border, and no place of custody ("guards shot a man wading across the river",
    "she was caught by guards on the bank"), told as acting: the border guards. Guards of a
    holding centre or a camp are its keepers, and a "guard post" is a place, not who acts. The word classes are
    `border_guard_context` of actors.json."""
    words = actor_words()
    found: list[ActorMention] = []
    for token in _acting_guards(doc):
        sentence = {t.lower_ for t in sentence_of(token)}
        if not sentence & words.guard_places or sentence & words.guard_custody:
            continue
        country = _country_from_context(doc, token.i) or "KP"
        found.append(ActorMention(Actor(BORDER_GUARDS, country, "border_guard"), token.i, token.i + 1))
    return found


FARM_GUARDS = Actor("farm guards", "KP", "civilian")
# Words for those held together with someone: the guards of their sentence are their keepers
# ("his cellmate died after guards beat him for hiding some corn"), not a farm's.
HELD_TOGETHER = frozenset({"cellmate", "cellmates"})
# Prepositions that place guards at a farm or in its fields.
FARM_PREPOSITIONS = frozenset({"on", "at", "in", "near", "around"})


def _guards_on_farms(doc: Doc) -> list[ActorMention]:
    """A bare "guard" or "guards" told as acting at a farm or in its fields ("shot by an armed
    guard on a cooperative farm", "guards at the state farm beat two soldiers", "beaten by
    guards in a maize field"): the farm's own watchmen, civilians the farm posts over its crops
    at harvest, not a force of the state. The farm is named in the guards' own phrase, or in a
    sentence that names no river, border or place of custody (whose guards are others'). The
    words are `farm_guard_context` of actors.json."""
    words = actor_words()
    found: list[ActorMention] = []
    for token in _acting_guards(doc):
        if any(c.dep_ == "compound" for c in token.children):
            continue  # ("border guards", "prison guards": named for their own place)
        verb = token.head.head if token.dep_ == "pobj" else token.head
        # where the guards are ("guards at a cooperative farm") or where they acted ("beaten by
        # guards in a field": the field hangs on the verb they are the doers of), not why ("beat
        # a man for stealing corn")
        placed = {
            t.lower_
            for c in [*token.children, *verb.children]
            if c.dep_ == "prep" and c.lower_ in FARM_PREPOSITIONS
            for t in c.subtree
        }
        sentence = {t.lower_ for t in sentence_of(token)}
        elsewhere = sentence & (words.guard_places | words.guard_custody | HELD_TOGETHER)
        if placed & words.farm_places or (sentence & words.farm_places and not elsewhere):
            found.append(ActorMention(FARM_GUARDS, token.i, token.i + 1))
    return found


def _keepers_of_custody(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """A bare "guards" told as acting where its sentence, or the one before, names a place of
    custody and its own sentence no river or border ("held at a labour camp … beaten to death
    by guards", "driven to the state security holding centre. There, guards searched them"):
    the keepers of that place. A force named in the place's own name keeps it ("the state
    security holding centre"); a political prison camp is State Security's; otherwise the
    police, who run detention centres and labour camps in the North (the Ministry of Social
    Security) and in China (public security). The word classes are `border_guard_context` of
    actors.json ('custody', 'state_security_custody')."""
    found: list[ActorMention] = []
    for token in _acting_guards(doc):
        if _at_the_border(token):
            continue
        if any(c.dep_ == "compound" for c in token.children):
            continue  # ("prison guards" and "camp guards" too, but not "border guards")
        sentence = sentence_of(token)
        # the place of custody in the guards' sentence, else in the one before it
        place = _custody_named(sentence, token.i) or (
            _custody_named(sentence_of(doc[sentence.start - 1]), sentence.start)
            if sentence.start > 0
            else None
        )
        if place is None:
            continue
        keeper = _keeper_of(doc, place, named)
        if not _force_in_name(place, named):
            keeper = _keeper_told_before(doc, token, named) or keeper
        found.append(ActorMention(keeper, token.i, token.i + 1))
    return found


# Forces that keep people in custody (hold centres, cells, camps): not a border force, which
# hands those it caught on, nor a party or court.
CUSTODY_KEEPER_KINDS = frozenset({"state_security", "police", "military"})


def _force_in_name(place: Token, named: list[ActorMention]) -> bool:
    """Does the place of custody name its force in its own words ("the State Security holding
    centre")?"""
    head = place.head if place.dep_ == "compound" else place
    start = min(t.i for t in head.subtree)
    return any(start <= m.start and m.end <= head.i for m in named)


def _keeper_told_before(doc: Doc, guards: Token, named: list[ActorMention]) -> Actor | None:
    """The force a report has just told as holding the people, for the guards of a place of
    custody it does not name by its force: "They were handed to the State Security Ministry.
    At the holding centre, guards beat them" and "He was arrested by state security agents and
    held in the county's cells, where guards beat him" are that force's guards, as its officers
    or agents would be (`_force_of_members`). A North Korean force that keeps people (State
    Security, the police, the army's own security command) named in the guards' sentence or the
    three before, the last one named; none: the place's usual keeper (`_keeper_of`)."""
    start = sentences_back(doc, sentence_of(guards).start, MEMBERS_LOOK_BACK)
    forces = [
        m
        for m in named
        if start <= m.start
        and m.end <= guards.i
        and m.actor.kind in CUSTODY_KEEPER_KINDS
        and m.actor.country in (None, "KP")
        and not is_generic(m.actor)
        and not (m.end - m.start == 1 and doc[m.start].lower_ in actor_words().member_nouns)
    ]
    if not forces:
        return None
    actor = forces[-1].actor
    return Actor(actor.name, "KP", actor.kind)


def _custody_named(sentence: Span, near: int) -> Token | None:
    """The word of a place of custody the sentence names nearest the guards ("detention centre",
    "camp"): "held in the county's cells, where guards beat him, then sent to a camp" names the
    cells as where the guards were."""
    custody = actor_words().guard_custody
    return min((t for t in sentence if t.lower_ in custody), key=lambda t: abs(t.i - near), default=None)


def _keeper_of(doc: Doc, place: Token, named: list[ActorMention]) -> Actor:
    """Who keeps a place of custody: a force named in its name; abroad, that country's police;
    State Security for a political prison camp (`state_security_custody`); else the police (the
    North's Ministry of Social Security), who run detention centres and labour camps. (State
    Security as the keeper of the North's holding centres and cells helped the development sets
    but cost two right merges on the validation sets: dropped.)"""
    head = place.head if place.dep_ == "compound" else place
    start = min(t.i for t in head.subtree)
    for m in named:
        if start <= m.start and m.end <= head.i and m.actor.kind in STATE_KINDS - {"court"}:
            return m.actor
    countries = {_country_of_name(e.text) for e in sentence_of(place).ents if e.label_ == "GPE"} - {
        None,
        "KR",
    }
    if len(countries) == 1 and (country := countries.pop()) != "KP":
        return Actor("police", country, "police")  # ("a detention centre in Helong": China's)
    words = actor_words()
    # the place's own words ("a political prison camp", "a labour training camp", "the cells")
    named_as = {t.lower_ for t in head.subtree if t.i <= head.i} | {place.lower_}
    if named_as & words.state_security_custody:
        return Actor("Ministry of State Security", "KP", "state_security")
    return Actor("police", "KP", "police")


LOCAL_OFFICIALS = Actor("local officials", None, "local_official")


def unit_as_subject(token: Token) -> bool:
    """Is the word a governing unit ("city", "county", "province": `governing_units` of
    actors.json) told as a verb's subject ("the county barred anyone without a pass")?"""
    return token.lower_ in actor_words().governing_units and token.dep_ == "nsubj"


def _governing_units(doc: Doc) -> list[ActorMention]:
    """A bare "the city", "the county" or "the province" told as the doer of a verb ("the city
    has since closed the riverbank to everyone without a permit", "the county barred anyone
    without a pass", "a campaign that the city launched in May") is that unit's own government:
    its people's committee and officials, as "city authorities" are. Not the place where
    something is ("the city has been quiet", "the county lies on the river": `states`), nor one
    with words of its own ("the city police", "the city of Hyesan"). The words are
    `governing_units` of actors.json."""
    words = actor_words()
    found: list[ActorMention] = []
    for token in doc:
        if not unit_as_subject(token):
            continue
        if [c.lower_ for c in token.children] != ["the"]:
            continue
        verb = token.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() in words.unit_states:
            continue
        found.append(ActorMention(LOCAL_OFFICIALS, token.i - 1, token.i + 1))
    return found


def _at_the_border(token: Token) -> bool:
    """Does the word's sentence name the river, its bank, the coast or the border, and no place
    of custody (`border_guard_context` of actors.json)?"""
    words = actor_words()
    sentence = {t.lower_ for t in sentence_of(token)}
    return bool(sentence & words.guard_places) and not sentence & words.guard_custody


def _soldiers_at_the_border(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """Soldiers or troops named alone as the military and told as acting where the sentence
    names the river, its bank or the border ("soldiers from a neighbouring company shot a woman
    wading across the river", "troops now patrol the bank every hour") are the army serving as
    border guards: a border force as well as the military, at the same words."""
    words = actor_words()
    found: list[ActorMention] = []
    for m in named:
        if m.actor.kind != "military" or m.end - m.start != 1:
            continue
        token = doc[m.start]
        if token.lower_ not in words.soldier_nouns or not _acting(token) or not _at_the_border(token):
            continue
        found.append(ActorMention(Actor(BORDER_GUARDS, m.actor.country, "border_guard"), m.start, m.end))
    return found


def _acting(token: Token) -> bool:
    """Is the word told as acting: a subject ("guards fired"), an agent ("shot by guards") or
    the one ordered to act ("ordered guards to shoot", "guards were told to fire")? Not guards
    posted or added by others ("posting armed guards along the bank", "guards have been posted"),
    nor a "guard post"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if token.dep_ == "nsubj":
        return True
    if token.dep_ == "pobj":
        return token.head.dep_ == "agent" or (token.head.lower_ == "by" and token.head.head.pos_ == "VERB")
    # ("guards were ordered to fire", "told guards to shoot"; not "guards have been posted")
    return token.dep_ in {"dobj", "nsubjpass"} and any(
        c.dep_ in {"xcomp", "ccomp"} for c in token.head.children
    )


def _find_actors(doc: Doc, start: int, end: int) -> list[ActorMention]:
    matches = sorted(lexicon().actors.find(doc, start, end), key=lambda m: (m.start, -(m.end - m.start)))
    mentions: list[ActorMention] = []
    last_end = -1
    words = actor_words()
    for match in matches:
        if match.start < last_end:
            continue
        entry: ActorEntry = match.entry
        # Acronyms such as MSS count only when written in capitals.
        if _is_acronym(entry) and not doc[match.start].text.isupper():
            continue
        if _inside_word(doc, match.start) or _before_hyphen(doc, match.end):
            continue  # "pre-trial detention", "a military-run country": part of another word
        if _own_staff(doc, match.start, match.end):
            continue  # "testimony collected by its investigators": a rights group's staff
        country = (
            entry.country
            or _country_from_context(doc, match.start)
            or _country_after(doc, match.end - 1)
            or _country_of_town(doc, match.start, match.end - 1)
            or _country_of_what_it_names(doc, match.end - 1)
        )
        kind = entry.kind
        if entry.name in words.generic_names:
            abroad = _foreign_country(doc, match.start)
            if abroad is not None:
                # "Lao authorities detained them": who enforces abroad is that country's police
                # (its border troops where they are who catch North Koreans: `frontier_forces`).
                country, kind = abroad, (words.frontier_forces or {}).get(abroad, "police")
        mentions.append(ActorMention(Actor(entry.name, country, kind), match.start, match.end))
        for extra in words.joint_bodies.get(entry.name, ()):
            mentions.append(ActorMention(Actor(entry.name, country, extra), match.start, match.end))
        last_end = match.end
    return _members_joined(doc, mentions)


# Prepositions that tie members to their force ("agents with the MSS", "officers of the unit").
MEMBERSHIP_PREPOSITIONS = frozenset({"with", "of", "from"})


def _members_joined(doc: Doc, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "State security officers", "border patrol agents": a word for a force's members right
    after the force's name is that force, not a second, generic one ("officers" alone would read
    as the police)."""
    nouns = actor_words().referring_nouns
    members = {
        m.start
        for m in mentions
        if m.end - m.start == 1
        and doc[m.start].lower_ in nouns
        and any(o.end == m.start and o.end - o.start >= 1 and o.start != m.start for o in mentions)
    }
    # "agents with China's Ministry of State Security", "officers of the border unit",
    # "investigators from the prosecutors' office": the members' word followed by the force it
    # belongs to is that force, not a second actor.
    member_nouns = nouns | actor_words().member_nouns
    members |= {
        m.start
        for m in mentions
        if m.end - m.start == 1
        and doc[m.start].lower_ in member_nouns
        and m.end < len(doc)
        and doc[m.end].lower_ in MEMBERSHIP_PREPOSITIONS
        and any(m.end < o.start <= m.end + 4 for o in mentions)
    }
    joined: list[ActorMention] = []
    for m in mentions:
        if m.start in members:
            continue
        if m.end in members:
            m = ActorMention(m.actor, m.start, m.end + 1)
        joined.append(m)
    return joined


def _references(doc: Doc, named: list[ActorMention]) -> list[ActorMention]:
    """ "The security department has been pressuring them … the department has not hesitated":
    a definite noun (or a bare plural) that a force's own name ended with means that force."""
    words = actor_words()
    nouns = words.referring_nouns | words.member_nouns
    # A lone referring word is open to a reference ("officers" after "security officers").
    taken = {
        i
        for m in named
        if m.end - m.start > 1 or doc[m.start].lower_ not in nouns
        for i in range(m.start, m.end)
    }
    found: list[ActorMention] = []
    for i, lower in enumerate(token_table(doc).lower):
        if i in taken or lower not in nouns:
            continue
        token = doc[i]
        if not (_definite(token) or _bare_plural(token) or _of_a_country(doc, token)):
            continue
        earlier = [
            m
            for m in named
            if m.end <= token.i
            and m.end - m.start > 1
            and m.actor.kind in STATE_KINDS
            and token.lemma_.lower() in {t.lemma_.lower() for t in doc[m.start : m.end]}
        ]
        if earlier and token.lower_ in words.member_nouns and (country := _foreign_country(doc, token.i)):
            # "Lao immigration officers handed them to Chinese border police … Chinese officers
            # took all eight away": the nationality before the members names whose force they are
            earlier = [m for m in earlier if m.actor.country == country]
        if not earlier and token.lower_ in words.member_nouns:
            # (every force of a joint team: "a joint team of police and prosecutors … the
            # inspectors" are the members of both, not of the last one named)
            found += [
                ActorMention(m.actor, token.i, token.i + 1) for m in _force_of_members(doc, token, named)
            ]
            continue
        if earlier:
            last = earlier[-1]
            found += [
                ActorMention(m.actor, token.i, token.i + 1)
                for m in earlier
                if (m.start, m.end) == (last.start, last.end)
            ]
    return found


# How many sentences back a bare word for a force's members looks for the force it means.
MEMBERS_LOOK_BACK = 3


def _force_of_members(doc: Doc, token: Token, named: list[ActorMention]) -> list[ActorMention]:
    """The force a bare word for its members means ("Border guards at the crossing detained
    five people … Officers found them in a guesthouse"; "handed to Chinese border police …
    Chinese officers took them away"; "questioned by the provincial security department …
    Investigators want to know who helped them"): the last specific state force named in the
    sentences just before, of the country a nationality word before the members gives. The word
    classes are `member_nouns` of actors.json; alone, with no force named before, such a word
    keeps its own reading (officers: the police)."""
    start = sentences_back(doc, sentence_of(token).start, MEMBERS_LOOK_BACK)
    country = _foreign_country(doc, token.i) or _nearest_country_word(doc, token.i)
    # (a body sent for a purpose is a force its members belong to: "A joint inspection group
    # arrived … Inspectors went from flat to flat" are the group's, not market inspectors)
    bodies = actor_words().composed_bodies
    forces = [
        m
        for m in named
        if start <= m.start
        and m.end <= token.i
        and m.actor.kind in STATE_KINDS
        and (not is_generic(m.actor) or m.actor.name in bodies)
        and not (m.end - m.start == 1 and doc[m.start].lower_ in actor_words().member_nouns)
        and (country is None or m.actor.country == country)
    ]
    if not forces:
        return []
    last = forces[-1]
    # ("A joint team of police and prosecutors … the inspectors": the members of both)
    joint = _conjoined(doc[last.end - 1])
    # (a joint body's several kinds are mentions of the same words: all of them)
    return [m for m in forces if (m.start, m.end) == (last.start, last.end) or doc[m.end - 1].i in joint]


def _conjoined(token: Token) -> set[int]:
    """The words a noun is coordinated with ("police and market officials", "state security,
    police and party officials"): the forces named jointly (spaCy's `Token.conjuncts`)."""
    return {t.i for t in token.conjuncts}


def _own_staff(doc: Doc, start: int, end: int) -> bool:
    """Is a lone word for a force's members told as an organisation's own staff ("the commission
    sent its investigators", "our investigators met the women")? The possessives are
    `member_nouns.staff_possessors` of actors.json."""
    words = actor_words()
    if end - start != 1 or doc[start].lower_ not in words.member_nouns:
        return False
    return any(c.dep_ == "poss" and c.lower_ in words.staff_possessors for c in doc[start].children)


def _of_a_country(doc: Doc, token: Token) -> bool:
    """ "Chinese officers", "the Vietnamese officers": a plural member word whose only words
    before it are a nationality (and "the"): that country's force named before."""
    if token.lower_ not in actor_words().member_nouns or token.tag_ != "NNS":
        return False
    modifiers = [c for c in token.children if c.dep_ in {"det", "poss", "nummod", "amod", "compound"}]
    countries = actor_words().foreign_authority_words
    return (
        bool(modifiers)
        and all(c.lower_ in countries or (c.dep_ == "det" and c.lower_ == "the") for c in modifiers)
        and any(c.lower_ in countries for c in modifiers)
    )


def _inside_word(doc: Doc, start: int) -> bool:
    """Does the token follow a hyphen written inside a word ("pre-trial", "anti-police")?"""
    if start < 2 or doc[start - 1].text != "-":
        return False
    hyphen, before = doc[start - 1], doc[start - 2]
    return before.idx + len(before.text) == hyphen.idx and hyphen.idx + 1 == doc[start].idx


def _before_hyphen(doc: Doc, end: int) -> bool:
    """Is the phrase the first part of a hyphenated word ("the military-run country", "a
    police-style raid")? Such a word describes something else; the force does not act."""
    if end + 1 >= len(doc) or doc[end].text != "-":
        return False
    last, hyphen = doc[end - 1], doc[end]
    return last.idx + len(last.text) == hyphen.idx and hyphen.idx + 1 == doc[end + 1].idx


def _bare_plural(token: Token) -> bool:
    """A plural with no word before it ("State security officers arrested a trader. Officers
    searched his flat"; "border guards shot at the boat … guards have orders to fire"): in a
    report that named the force, the same force again."""
    # (the tagger may take a plural that opens a sentence for a name: "Inspectors went door to door")
    plural = token.tag_ == "NNS" or (token.tag_ in {"NNP", "NNPS"} and token.lower_.endswith("s"))
    return plural and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in token.children)


def _definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in {"the", "this", "these", "those"} for c in token.children)


def _is_acronym(entry: ActorEntry) -> bool:
    words = entry.phrase.words
    return (
        len(words) == 1
        and entry.name.lower() not in (words[0] or ())
        and all(len(w) <= 4 for w in words[0] or ())
    )


def _foreign_country(doc: Doc, start: int) -> str | None:
    """The country a word just before names, when it is neither North nor South Korea ("Chinese
    authorities", "the Lao authorities", "Vietnam's authorities")."""
    countries = actor_words().foreign_authority_words
    for token in doc[max(0, start - 3) : start]:
        word = token.lower_.replace("’s", "").replace("'s", "")
        if word in countries:
            return countries[word]
    return None


def _country_from_context(doc: Doc, start: int) -> str | None:
    """'China's Ministry of State Security', 'Chinese public security officials'; a force of a
    third country named by the word just before it ("Vietnamese border police", "the Russian
    police") or a South Korean one ("a South Korean navy ship") is that country's."""
    nearest = _nearest_country_word(doc, start)
    if nearest is not None:
        return nearest
    window = doc[max(0, start - 4) : start]
    words = {t.lower_ for t in window} | {t.lower_.replace("’s", "").replace("'s", "") for t in window}
    if words & CHINA_WORDS:
        return "CN"
    if words & NORTH_KOREA_WORDS:
        return "KP"
    return None


def _country_after(doc: Doc, last: int) -> str | None:
    """The third country a force is placed in by the words after its name: "a court in northern
    Thailand", "police in Laos", "the authorities of Vietnam"."""
    for prep in (c for c in doc[last].children if c.dep_ == "prep" and c.lower_ in {"in", "of"}):
        if (country := _country_word_of(prep)) is not None:
            return country
    return None


def _country_word_of(prep: Token) -> str | None:
    """The third country a country word names among the words of the place a preposition names
    ("in northern Thailand", "of Vietnam's"), or None."""
    countries = actor_words().foreign_authority_words
    for token in _place_words(prep):
        word = token.lower_.replace("’s", "").replace("'s", "")
        if word in countries:
            return countries[word]
    return None


# What a place's own name is made of; an apposition or a clause after it describes it instead.
PLACE_NAME_DEPS = frozenset({"compound", "amod", "poss", "case", "det", "nmod"})


def _place_words(prep: Token) -> list[Token]:
    """The words of the place a preposition names, not of what describes it: "authorities in
    Hoeryong, a city on the border with China" are Hoeryong's (the North's), not China's."""
    words: list[Token] = []
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        words.append(obj)
        stack = [c for c in obj.children if c.dep_ in PLACE_NAME_DEPS]
        while stack:
            token = stack.pop()
            words.append(token)
            stack += [c for c in token.children if c.dep_ in PLACE_NAME_DEPS]
    return words


# Words that may stand between a town's name and the force named after it ("the Chiang Rai
# provincial court", "the Hunchun city public security bureau").
TOWN_FORCE_MODIFIERS = frozenset(
    {"provincial", "city", "county", "municipal", "district", "local", "prefectural"}
)


def _country_of_town(doc: Doc, start: int, last: int) -> str | None:
    """The country of a town the force is named after or placed in, when the gazetteer knows the
    name in one country only: "the Chiang Rai provincial court" (Thailand's), "Dandong police",
    "police in Hunchun" (China's). A force named with no country otherwise defaults to North
    Korea's, and a court or police of a town abroad is that country's."""
    end = start
    while end > 0 and doc[end - 1].lower_ in TOWN_FORCE_MODIFIERS:
        end -= 1
    begin = end
    while begin > max(0, end - 3) and doc[begin - 1].text[:1].isupper() and doc[begin - 1].pos_ != "DET":
        begin -= 1
    names = [doc[b:end].text for b in range(begin, end)]  # the longest name first
    for prep in (c for c in doc[last].children if c.dep_ == "prep" and c.lower_ == "in"):
        names += [_place_name(obj) for obj in prep.children if obj.dep_ == "pobj"]
    for name in names:
        if (country := _country_of_name(name)) is not None:
            return country
    return None


def _place_name(obj: Token) -> str:
    """The capitalised words of a place phrase: "the border city of Hunchun" → "Hunchun"."""
    return " ".join(t.text for t in obj.subtree if t.text[:1].isupper() and t.pos_ != "DET")


def _country_of_name(name: str) -> str | None:
    """The country of a place name the gazetteer knows in one country only, else None."""
    countries = {k.entry.country for k in load_gazetteer().index.get(key_tokens(name), [])} if name else set()
    return countries.pop() if len(countries) == 1 else None


# Prepositions that place a station, a raid or a checkpoint ("a police raid on villages in Jilin",
# "a police checkpoint outside Hunchun", "a police sweep of villages around Helong").
PLACING_PREPOSITIONS = frozenset({"in", "at", "near", "around", "outside", "on", "of"})


def _country_of_what_it_names(doc: Doc, last: int) -> str | None:
    """The third country (or South Korea) where a force named only as the modifier of a noun is
    placed through that noun: "arrested in a police raid in Yanji", "held at a border police
    station in Dongxing", "stopped at a police checkpoint outside Hunchun" are China's police,
    not North Korea's by default. News names a foreign force this way as often as "police in
    Yanji"; the place is the noun's (or the place of what the noun is of: "a police sweep of
    villages around Helong"), read as `_country_after` and `_country_of_town` read a force's own.
    North Korea's is left to the default, as before."""
    token = doc[last]
    if token.dep_ != "compound" or token.head.i <= token.i or token.head.pos_ != "NOUN":
        return None
    preps = placing_prepositions(token.head, PLACING_PREPOSITIONS)
    for prep in preps:
        if (country := _country_word_of(prep)) is not None:
            return country
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if (country := _country_of_name(_place_name(obj))) not in (None, "KP"):
                return country
    return None


def _nearest_country_word(doc: Doc, start: int) -> str | None:
    """The country of a nationality word among the two words just before a force's name
    ("Mongolian border police", "Thailand's police"), when it is a third country's or South
    Korea's ("South Korean coast guard"); None for North Korea's or none."""
    countries = actor_words().foreign_authority_words
    for token in reversed(doc[max(0, start - 2) : start]):
        word = token.lower_.replace("’s", "").replace("'s", "")
        if word in countries and countries[word] != "CN":
            return countries[word]
        if word in {"korean", "korea"} and token.i > 0 and doc[token.i - 1].lower_ == "south":
            return "KR"
    return None

"""The type the words around a trigger give the event, where the trigger word alone misleads.

A shooting done in public before an audience is an execution; "carried out checks of homes" is
a house search, not a campaign; "hauled in for questioning" is the summons of an interrogation,
told by the interrogation itself. The words are data (src/tessera/data/events/background.json).
"""

from __future__ import annotations

from spacy.tokens import Token

from tessera.events.background import WHOEVER_WORDS, dated_occasion, words
from tessera.events.clauses import holds_any_phrase, is_passive, prep_objects, sentence_of, verb_above
from tessera.events.lexicon import lexicon
from tessera.events.victims import counted_person_nouns, people_words, read_victims


def retype(trigger: Token, event_type: str) -> str:
    """The event's type once the words around the trigger are read."""
    if event_type == "violence" and (
        public_shooting(trigger)
        or shot_by_decision(trigger)
        or shot_by_no_one_named(trigger)
        or shot_when_tied_to_stakes(trigger)
        or shot_for_an_offence(trigger)
        or shot_once_accused(trigger)
        or shooting_watched(trigger)
        or shot_in_a_judgment(trigger)
        or shot_as_an_example(trigger)
        or shot_with_companions(trigger)
        or shooting_of_one_foretold(trigger)
    ):
        return "execution"
    if event_type == "violence" and shooting_threatened_to_whoever(trigger):
        return "movement_restriction"
    if event_type == "crackdown" and (checks_of_dwellings(trigger) or market_swept_once(trigger)):
        return "search"
    if event_type == "violence" and made_to_strip(trigger):
        return "search"
    if event_type == "search" and (
        aimed_at_a_practice(trigger)
        or hunts_those_who_practise(trigger)
        or hunt_of_a_squad(trigger)
        or inspection_of_institutions(trigger)
        or inspections_stepped_up(trigger)
        or inspection_spreading(trigger)
        or audit_of_officials(trigger)
        or audit_told_before(trigger)
        or search_for_a_kind_of_goods(trigger)
        or checks_ordered_on_a_schedule(trigger)
    ):
        return "crackdown"
    if event_type == "crackdown" and controls_at_a_frontier(trigger):
        return "movement_restriction"
    if event_type in {"search", "movement_restriction"} and checks_on_people(trigger):
        return "crackdown"
    if event_type in {"crackdown", "search"} and (
        checks_of_traffic(trigger)
        or travel_papers_checked(trigger)
        or travellers_papers_checked(trigger)
        or stations_watched_for_a_class(trigger)
    ):
        return "movement_restriction"
    if event_type == "punishment" and frontier_strip_cleared(trigger):
        return "movement_restriction"
    if event_type == "arrest" and held_in_a_camp(trigger):
        return "punishment"
    if event_type == "crackdown" and purge_of_one(trigger):
        return "punishment"
    return event_type


# What people may be shot for doing that is a flight or a clash, not an offence judged.
FLIGHT_OR_CLASH_LEMMAS = frozenset(
    {
        "try",
        "attempt",
        "flee",
        "escape",
        "cross",
        "defect",
        "run",
        "resist",
        "refuse",
        "approach",
        "ignore",
        "disobey",
    }
)


def shot_for_an_offence(trigger: Token) -> bool:
    """ "an official rumoured to have been shot last winter for selling fuel", "people were shot
    for distributing foreign films": people shot for something they did (a gerund after "for")
    were put to death for it, an execution. ("shot for trying to cross the river" or "shot for
    refusing to stop" is a shooting at the scene, an assault.)"""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB" or not is_passive(trigger):
        return False
    # ("shot in the same place for stealing a cow": the parser may hang "for" on the place)
    places = [o for p in trigger.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    for prep in (c for t in (trigger, *places) for c in t.children if c.dep_ == "prep" and c.lower_ == "for"):
        for deed in (c for c in prep.children if c.dep_ == "pcomp" and c.tag_ == "VBG"):
            if deed.lemma_.lower() not in FLIGHT_OR_CLASH_LEMMAS:
                return True
    return False


def shot_once_accused(trigger: Token) -> bool:
    """ "three farmers accused of hoarding grain were shot last month", "five officials were
    shot after being convicted of fraud", "men shot after they were found to have met
    missionaries": people shot as the accused or the convicted of an offence (the
    accusation_verbs of background.json), or once found to have done something, were put to
    death for it, an execution. ("shot after they were caught crossing" is a flight, and stays
    an assault.)"""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB":
        return False
    accusing = words()["accusation_verbs"]
    subjects = [c for c in trigger.children if c.dep_ in {"nsubjpass", "nsubj"}]
    if trigger.dep_ == "acl":
        subjects.append(trigger.head)  # "the men shot at dawn"
    for subject in subjects:
        if any(
            c.dep_ in {"acl", "relcl"} and c.lemma_.lower() in accusing and not _deed_is_flight(c)
            for c in subject.children
        ):
            return True
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"after", "following"}):
        if any(c.dep_ == "pcomp" and _an_offence_found(c, accusing) for c in prep.children):
            return True
    for clause in (c for c in trigger.children if c.dep_ == "advcl"):
        marked = any(m.dep_ == "mark" and m.lower_ in {"after", "because", "once"} for m in clause.children)
        if marked and _an_offence_found(clause, accusing):
            return True
    return False


def _deed_is_flight(accusation: Token) -> bool:
    """ "smugglers accused of crossing the river were shot": the deed (a gerund after "of",
    "with" or "for") is a flight or a clash, and the shooting one at the scene, an assault."""
    return any(
        deed.dep_ == "pcomp" and deed.tag_ == "VBG" and deed.lemma_.lower() in FLIGHT_OR_CLASH_LEMMAS
        for prep in accusation.children
        if prep.dep_ == "prep" and prep.lower_ in {"of", "with", "for"}
        for deed in prep.children
    )


def _an_offence_found(verb: Token, accusing: frozenset[str]) -> bool:
    """ "being convicted of fraud", "they were accused of spying", "they were found to have met
    missionaries" (found with a perfect infinitive: a deed found out, where "found hiding" or
    "found near the river" tells where they were caught)."""
    lemma = verb.lemma_.lower()
    if lemma in accusing:
        return True
    if lemma == "find" and is_passive(verb):
        return any(
            x.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "have" for a in x.children)
            for x in verb.children
        )
    return False


def shot_in_a_judgment(trigger: Token) -> bool:
    """ "the captain was shot right after the verdict was read", "was sentenced to death and shot
    on the spot", "the judge read the verdicts: death for the manager, who was shot at once",
    "a man was shot before his neighbours for the crime of selling films", "he saw prisoners shot
    by the gate without any trial": a shooting told in the same words as a judgment of the people
    shot (a trial, verdict, sentence, conviction or crime: the judgment_words of background.json)
    is the judgment carried out, an execution. The words are those of the shooting's own phrase,
    and, for a shooting joined to another verb or told in a clause about someone, those of the
    clause it hangs on. A shooting with an object ("the guard who shot a man was sentenced") is
    judged in the shooter, and stays an assault."""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "dobj" for c in trigger.children):
        return False
    judgment = words()["judgment_words"]
    told = list(trigger.subtree)
    if trigger.dep_ in {"conj", "relcl", "acl"}:
        clause = verb_above(trigger.head)
        told += [clause, *(c for c in clause.children if c.dep_ != "relcl")]
    return any(t.lower_ in judgment or t.lemma_.lower() in judgment for t in told if t.i != trigger.i)


# Verbs of watching a shooting as an audience.
WATCHING_LEMMAS = frozenset({"watch", "witness"})


def shooting_watched(trigger: Token) -> bool:
    """ "residents were made to watch three young men shot at the airfield", "students were
    taken to witness two smugglers being shot": people shot before others brought to watch
    were executed in public, not assaulted."""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB":
        return False
    head = trigger.head
    if trigger.dep_ == "acl" and head.dep_ == "dobj":
        head = head.head  # "watch [three men] shot"
    elif trigger.dep_ not in {"ccomp", "xcomp", "oprd"}:
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in WATCHING_LEMMAS


# Nouns and verbs of a check.
CHECK_NOUNS = frozenset({"check", "inspection", "control", "search", "screening", "checkup"})
CHECK_VERBS = frozenset({"check", "inspect", "search", "stop", "screen"})


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    return [u for t in tokens for u in (t, *t.conjuncts)]


# Verbs and nouns of an inspection, which may be a campaign ("search" and "raid" go through a
# place for something, and stay a search).
INSPECTING_LEMMAS = frozenset({"inspect", "inspection", "check", "audit"})


def _checked_nouns(trigger: Token) -> list[Token]:
    """The check nouns a trigger names or takes as object ("an inspection", "staged a raid")."""
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    return [n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in INSPECTING_LEMMAS]


def _what_is_checked(trigger: Token) -> list[Token]:
    """What an inspection or raid goes through: the object of the verb ("raided the market"), or
    what "of", "on" or "at" names after the noun ("an inspection of state firms")."""
    targets = []
    if trigger.pos_ == "VERB" and trigger.lemma_.lower() in INSPECTING_LEMMAS:
        targets += [c for c in trigger.children if c.dep_ == "dobj"]
    for noun in _checked_nouns(trigger):
        targets += prep_objects(noun, frozenset({"of", "on", "at", "in"}))
    return _with_conjuncts(targets)


def inspection_of_institutions(trigger: Token) -> bool:
    """ "inspectors staged a surprise inspection of the town's main market", "an inspection of
    state enterprises by the prosecutors", "stepped up inspections of pharmacies and homes": an
    inspection of markets, firms, offices or units (the institution_nouns of background.json) is
    a campaign against what goes on there, a crackdown; a search or raid of any place ("police
    searched the market for the two women", "raided a flat") stays a search. So does a check of
    someone's belongings that only happens at such a place ("a routine check of phones at his
    factory": the `searched_things` of background.json go through people's things), and one of
    a place run from a home ("inspecting every home pharmacy": a dwelling noun before it)."""
    institutions = words()["institution_nouns"]
    checked = _what_is_checked(trigger)
    if any(_belongings(t) for t in checked):
        return False
    return any(
        (t.lemma_.lower() in institutions or t.lower_ in institutions) and not _run_from_a_home(t)
        for t in checked
    )


def _belongings(noun: Token) -> bool:
    """ "phones", "bags", "belongings" (the `searched_things` of background.json) named as what a
    check goes through: people's things, searched wherever the check happens."""
    return noun.lower_ in words()["searched_things"]


def _run_from_a_home(noun: Token) -> bool:
    """ "home pharmacies", "house clinics": a place of work kept in someone's home (a dwelling
    noun of background.json before it) is a home, whose check is a house search."""
    dwellings = words()["dwelling_nouns"]
    return any(c.dep_ in {"compound", "amod", "nmod"} and c.lower_ in dwellings for c in noun.children)


def reaches_further_places(word: Token) -> bool:
    """ "Detentions have since spread to nearby Yonsa county", "the ministry extended its ban
    from Kilju to the city of Tanchon": is the word the subject or object of a verb of reaching
    further (`reach_verbs` in cues.json) with "to" and a place (a proper noun or a word of
    `place_nouns`)? "Extended his term to ten years" names no place."""
    if word.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    verb = word.head
    cues = lexicon().cues
    if verb.lemma_.lower() not in cues["reach_verbs"]:
        return False
    places = frozenset(cues["place_nouns"])
    return any(
        prep.dep_ == "prep"
        and prep.lower_ == "to"
        and any(
            (t.pos_ == "PROPN" and t.ent_type_ != "DATE") or t.lower_ in places
            for obj in prep.children
            if obj.dep_ == "pobj"
            for t in obj.subtree
        )
        for prep in verb.children
    )


def inspection_spreading(trigger: Token) -> bool:
    """ "The inspection, launched last month, has widened to Kimchaek and Hoeryong", "the
    inspections spread from Chongjin to two more counties": an inspection told as reaching
    further places goes through towns, not one home or one person's things; it is a campaign,
    a crackdown."""
    return bool(_checked_nouns(trigger)) and reaches_further_places(trigger)


# Dependencies by which a noun's modifiers and owner name who does it or what kind it is.
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})


def audit_of_officials(trigger: Token) -> bool:
    """ "a month-long anti-corruption inspection", "dismissed during a central inspection", "the
    inspection, carried out by a team of the Central Prosecutors Office", "the Organisation and
    Guidance Department's inspection of the city": an inspection by the bodies that check on
    officials' conduct (the party's central organs, the prosecutors: `audit_words` of
    background.json), named by its modifiers, its owner or its agent, goes through the work of
    offices and officials, not anyone's home or belongings; it is a campaign against abuses of
    office, a crackdown. ("A youth league inspection of dormitories", one by a local party
    committee, or one by the police, stays a search.)"""
    if trigger.pos_ != "NOUN" or trigger.dep_ == "compound" or trigger.lemma_.lower() not in AUDIT_NOUNS:
        return False
    audit = words()["audit_words"]
    named: list[Token] = []
    for child in trigger.children:
        if child.dep_ in MODIFIER_DEPS:
            named += list(child.subtree)
        elif child.dep_ == "acl":  # "carried out by …"
            named += [t for agent in child.children if agent.dep_ == "agent" for t in agent.subtree]
        elif child.dep_ == "prep" and child.lower_ == "by":
            named += list(child.subtree)
    return any(t.lower_ in audit for t in named)


def audit_told_before(trigger: Token) -> bool:
    """ "… after a provincial prosecutors' inspection found they had sold permits. The
    inspection, which began in February, also targeted the construction bureau": "the
    inspection", with no words of its own, points back to the audit or the spreading inspection
    the report told before, and is that campaign."""
    if trigger.pos_ != "NOUN" or trigger.lemma_.lower() not in AUDIT_NOUNS:
        return False
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in trigger.children):
        return False
    if any(c.dep_ in MODIFIER_DEPS or (c.dep_ == "prep" and c.lower_ == "of") for c in trigger.children):
        return False  # ("the inspection of her bag": words of its own name what it went through)
    return any(
        t.pos_ == "NOUN"
        and t.lemma_.lower() in AUDIT_NOUNS
        and (audit_of_officials(t) or inspection_spreading(t))
        for t in trigger.doc[: trigger.i]
    )


# Nouns of an inspection that may be an audit of officials ("check" and "search" are not).
AUDIT_NOUNS = frozenset({"inspection", "audit"})


def inspections_stepped_up(trigger: Token) -> bool:
    """ "phone inspections have been stepped up in the city", "police have intensified checks in
    the border towns": checks in the plural made more frequent or harsher (the degree_verbs of
    background.json) are a campaign, a crackdown, where one check is a search; stepped-up checks
    of homes stay house searches ("stepped up inspections of homes near the river"), and checks
    on roads or trains are read as a movement restriction after this."""
    degree = words()["degree_verbs"]
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"})]
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in INSPECTING_LEMMAS:
            continue
        if noun is trigger and noun.dep_ not in {"dobj", "nsubjpass"}:
            continue
        verb = trigger if noun is not trigger else noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in degree:
            continue
        dwellings = words()["dwelling_nouns"]
        searched = dwellings | words()["searched_things"]
        if any(
            c.dep_ in {"compound", "amod"} and c.lower_ in searched - {"phone", "phones"}
            for c in noun.children
        ):
            return False  # ("stepped up house searches", "body checks")
        targets = _with_conjuncts(prep_objects(noun, frozenset({"of", "on", "at"})))
        if not any(t.lower_ in dwellings for t in targets) and not checks_of_traffic(trigger):
            return True
    return False


# Verbs by which a body is told to do something from now on ("ordered", "instructed", "told").
ORDER_VERBS = frozenset({"order", "instruct", "tell", "require", "direct"})


def checks_ordered_on_a_schedule(trigger: Token) -> bool:
    """ "every hospital has been ordered to hold weekly checks of staff phones", "the committee
    ordered monthly inspections of the units": checks put on a schedule (the schedule_adjectives
    of background.json) by an order are a standing measure on the places or people checked, a
    campaign, a crackdown; one check, or checks of homes ("ordered weekly checks of homes"),
    stays a search."""
    schedule = words()["schedule_adjectives"]
    dwellings = words()["dwelling_nouns"]
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for noun in nouns:
        if noun.pos_ != "NOUN" or noun.tag_ != "NNS" or noun.lemma_.lower() not in CHECK_NOUNS:
            continue
        if not any(c.dep_ in {"amod", "compound"} and c.lower_ in schedule for c in noun.children):
            continue
        if any(t.lower_ in dwellings for t in _with_conjuncts(prep_objects(noun, frozenset({"of", "on"})))):
            continue
        # the verb whose object the checks are, or the one it hangs on ("ordered to hold …")
        verb = noun.head if noun.dep_ == "dobj" else None
        while verb is not None and verb.lemma_.lower() not in ORDER_VERBS and verb.dep_ in {"xcomp", "conj"}:
            verb = verb.head
        if verb is not None and verb.lemma_.lower() in ORDER_VERBS:
            return True
    return False


def checks_of_traffic(trigger: Token) -> bool:
    """ "police have stepped up checks on buses and trains leaving the prefecture", "tightened
    inspections of passenger vans on the highway", "teams are checking every vehicle on the roads
    out of the town", "stepped up checks on the bridge crossing", "inspections on the railway
    line": checks of passenger transport, of every vehicle on the roads, or on a border crossing,
    control who may travel, a movement restriction (the traffic_nouns, road_nouns and
    frontier_nouns of background.json).
    A verb of checking needs the road as well as the vehicle: "searched the train carriage by
    carriage" or "checked every truck returning from China" looks for goods, a search; so does
    one inspection ("during an inspection on a train"), where checks in the plural are a control."""
    traffic = words()["traffic_nouns"]
    roads = words()["road_nouns"]
    frontier = words()["frontier_nouns"]
    nouns = [trigger, *(c for c in trigger.children if c.dep_ == "dobj")]
    for noun in _with_conjuncts(nouns):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHECK_NOUNS or noun.tag_ != "NNS":
            continue  # ("found a film on his card during an inspection on a train": one search)
        targets = _with_conjuncts(prep_objects(noun, frozenset({"on", "of"})))
        if any(t.lower_ in traffic or t.lemma_.lower() in traffic for t in targets):
            return True
        if any(t.lower_ in frontier for t in targets):
            return True  # "stepped up checks on the bridge crossing", "on the border"
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in CHECK_VERBS:
        return False
    if _papers_of_stopped_traffic(trigger):
        return True
    vehicles = [
        o for o in _with_conjuncts([c for c in trigger.children if c.dep_ == "dobj"]) if o.lower_ in traffic
    ]
    places = [
        p
        for holder in (trigger, *vehicles)
        for p in prep_objects(holder, frozenset({"on", "at", "along"}))
        if p.lower_ in roads or p.lemma_.lower() in roads
    ]
    return bool(vehicles) and bool(places)


# Papers that say where their holder may go ("permits", "passes", "passports"), and the words
# that make a document one of them ("travel documents", "border passes"): a check of them is a
# control of who may travel, where a "residence permit" or a "work permit" is checked for
# another purpose.
TRAVEL_PAPERS = frozenset({"permit", "pass", "passport"})
PAPER_NOUNS = frozenset({"document", "paper", "certificate"})
TRAVEL_PAPER_KINDS = frozenset({"travel", "border", "entry", "exit", "transit"})


def travel_papers_checked(trigger: Token) -> bool:
    """ "Police have begun checking permits on the buses to the county", "officers are checking
    the passes of everyone entering the district", "posted officers at the station to check every
    passenger's travel documents": a check whose objects are all papers of travel controls who
    may go, a movement restriction, not a search of anyone's belongings ("checked permits and
    luggage carriage by carriage" goes through belongings too; "checked the residence permits of
    the builders" looks for people without the right to stay)."""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in {"check", "examine", "inspect"}:
        return False
    objects = _with_conjuncts([c for c in trigger.children if c.dep_ == "dobj"]) or _noun_after(trigger)
    return bool(objects) and all(_travel_paper(o) for o in objects)


# Papers that say who someone is, checked to control who travels ("identity papers", "papers").
IDENTITY_PAPERS = frozenset({"paper", "document", "id", "identity", "identification"})
# People checked as travellers, whoever they are.
TRAVELLER_NOUNS = frozenset({"passenger", "traveller", "traveler", "commuter"})
# Places of passage beside the road nouns of background.json, where papers are checked.
STATION_NOUNS = frozenset({"station", "terminal", "stop", "platform"})


def travellers_papers_checked(trigger: Token) -> bool:
    """ "police have been checking the identity papers of passengers at the bus station",
    "officers are checking the papers of every soldier at checkpoints on the roads", "the police
    check papers at the bridge": papers checked of travellers, or at a place of passage or on
    passenger transport, control who may travel, a movement restriction, where "checked her
    papers at the station" looks at one person and "checked the papers of every resident in the
    building" hunts people at home, a search. ("stopped a train and checked the papers of every
    passenger" searches one train for people: see _papers_of_stopped_traffic.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in {"check", "examine", "inspect"}:
        return False
    if any(v.lemma_.lower() == "stop" for v in (*trigger.conjuncts, trigger.head)):
        return False
    papers = [
        o for o in _with_conjuncts([c for c in trigger.children if c.dep_ == "dobj"]) if _identity_paper(o)
    ]
    if not papers or any(c.dep_ == "poss" for p in papers for c in p.children):
        return False  # "checked her papers": one person's
    owners = _with_conjuncts([o for p in papers for o in prep_objects(p, frozenset({"of"}))])
    if any(t.lemma_.lower() in TRAVELLER_NOUNS for o in owners for t in o.subtree):
        return True  # (also "the papers of every passenger boarding trains", parsed as a compound)
    passage = words()["road_nouns"] | words()["traffic_nouns"]
    places = [p for h in (trigger, *papers, *owners) for p in prep_objects(h, frozenset({"at", "on"}))]
    return any(p.lower_ in passage or p.lemma_.lower() in STATION_NOUNS for p in places)


# Places of passage a check may go through to watch who travels, beside STATION_NOUNS.
PASSAGE_PLACE_NOUNS = STATION_NOUNS | frozenset({"airport", "port", "pier", "terminus"})


def stations_watched_for_a_class(trigger: Token) -> bool:
    """ "Cadres and police have been checking train stations and bus stops for brigade members
    travelling without a release certificate": stations checked for a kind of people (a bare
    plural after "for") control who may travel, a movement restriction. ("Officers checked the
    railway station and the airport but found no trace of the man", "checked the bus stations
    for the two soldiers": a hunt for particular people goes through those places, a search.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in {"check", "inspect", "search"}:
        return False
    places = _with_conjuncts([c for c in trigger.children if c.dep_ == "dobj"])
    if not places or not all(p.lemma_.lower() in PASSAGE_PLACE_NOUNS for p in places):
        return False
    sought = [o for h in (trigger, *places) for o in prep_objects(h, frozenset({"for"}))]
    # ("for members travelling without a permit": the parser makes the people the subject of the
    # participle under "for")
    sought += [
        s
        for h in (trigger, *places)
        for p in h.children
        if p.dep_ == "prep" and p.lower_ == "for"
        for v in p.children
        if v.dep_ == "pcomp"
        for s in v.children
        if s.dep_ == "nsubj"
    ]
    return any(
        o.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "poss", "nummod"} for c in o.children)
        for o in sought
    )


def _identity_paper(noun: Token) -> bool:
    """ "papers", "identity documents", or a card named by the identity it proves ("identity
    cards", "ID cards"; a phone's card or a bank card proves no one's right to travel)."""
    lemma = noun.lemma_.lower()
    if lemma in IDENTITY_PAPERS:
        return True
    return lemma == "card" and any(
        c.dep_ in {"compound", "amod"} and c.lower_ in IDENTITY_PAPERS for c in noun.children
    )


def _noun_after(verb: Token) -> list[Token]:
    """ "checked the travel permits of anyone leaving": the noun the verb's words go on to, where
    the parser hangs it elsewhere (as the subject of "leaving") and leaves the verb no object."""
    sentence = sentence_of(verb)
    for token in verb.doc[verb.i + 1 : min(verb.i + 5, sentence.end)]:
        if token.pos_ == "NOUN" and token.dep_ != "compound":
            return [token]
        if token.dep_ not in {"det", "compound", "amod", "poss", "case"}:
            return []
    return []


def _travel_paper(noun: Token) -> bool:
    """ "permits", "travel permits", "passes", "travel documents": a paper of travel."""
    kinds = {c.lower_ for c in noun.children if c.dep_ in {"compound", "amod"}}
    if noun.lemma_.lower() in TRAVEL_PAPERS:
        return not {c.lower_ for c in noun.children if c.dep_ == "compound"} - TRAVEL_PAPER_KINDS
    return noun.lemma_.lower() in PAPER_NOUNS and bool(kinds & TRAVEL_PAPER_KINDS)


def _papers_of_stopped_traffic(check: Token) -> bool:
    """ "police stopped buses at the entrances to the town and checked passengers' travel
    documents": travel papers (travel_check_objects) checked by the verb joined to a stopping
    of passenger transport are how the stop controls travel. ("stopped students to check their
    phones and bags" goes through belongings, a search; "stopped a train and checked the papers
    of every passenger" searches one train for people.)"""
    travel, traffic = words()["travel_check_objects"], words()["traffic_nouns"]
    papers = _with_conjuncts([c for c in check.children if c.dep_ == "dobj"])
    if not papers or not all(p.lemma_.lower() in travel or p.lower_ in travel for p in papers):
        return False
    joined = [*check.conjuncts, *([check.head] if check.dep_ in {"advcl", "xcomp"} else [])]
    return any(
        verb.lemma_.lower() == "stop"
        and any(
            o.lower_ in traffic and _all_traffic(o)
            for o in _with_conjuncts([c for c in verb.children if c.dep_ == "dobj"])
        )
        for verb in joined
    )


def _all_traffic(vehicle: Token) -> bool:
    """ "stopped buses", "stopped every car": traffic stopped as such, where "stopped a train and
    checked the papers of every passenger" searches one train for people."""
    return vehicle.tag_ == "NNS" or any(
        c.dep_ == "det" and c.lower_ in {"every", "all", "each"} for c in vehicle.children
    )


# Verbs of being held somewhere: the place says whether it is custody or a term served.
HOLDING_LEMMAS = frozenset({"hold", "keep", "confine", "detain", "imprison", "spend", "lock"})


def held_in_a_camp(trigger: Token) -> bool:
    """ "a man who was held at a political prison camp from 2009 to 2012", "fear they are being
    kept in a labour camp": people held in a place where a term is served (the camp_goals of
    cues.json) are being punished, not arrested; held in a police cell or a prison they may be
    awaiting any sentence, and that stays an arrest."""
    if trigger.lemma_.lower() not in HOLDING_LEMMAS or trigger.pos_ not in {"VERB", "AUX"}:
        return False
    goals = [tuple(g.split()) for g in lexicon().cues["camp_goals"]]
    for place in prep_objects(trigger, frozenset({"in", "at", "inside"})):
        nested = {t.i for c in place.children if c.dep_ in {"prep", "relcl", "acl"} for t in c.subtree}
        words = [t for t in place.subtree if t.i not in nested]
        if holds_any_phrase(words, goals):
            return True
        if _camp_told_before(place, goals):
            return True
    return False


def _camp_told_before(place: Token, goals: list[tuple[str, ...]]) -> bool:
    """ "a former inmate of a prison camp … the plaintiff had been held at the camp for eight
    years", "he spent three years at Camp 15 … his cousin was held at the same camp": "the camp"
    with no kind of its own points back to the camp the report named before, a camp of
    confinement (`camp_goals`) or a numbered one (political prison camps go by numbers)."""
    if place.lemma_.lower() != "camp" or not any(
        c.dep_ == "det" and c.lower_ in {"the", "that", "this"} for c in place.children
    ):
        return False
    if any(c.dep_ in {"compound", "amod"} and c.lower_ != "same" for c in place.children):
        return False  # ("the refugee camp", "the logging camp": a kind of its own)
    before = list(place.doc[: place.i])
    if holds_any_phrase(before, goals):
        return True
    return any(
        t.lower_ == "camp" and t.i + 1 < place.i and (t.nbor().like_num or t.nbor().lower_ in {"no", "no."})
        for t in before
    )


def checks_on_people(trigger: Token) -> bool:
    """ "Police have stepped up identity checks on women from the North", "checks on
    Korean-speaking residents": checks aimed "on" a group of people hunt those people, a
    crackdown on them, where checks on buses, roads or a border control movement and checks of
    a house search it."""
    if trigger.pos_ != "NOUN":
        return False
    things = words()["searched_things"]
    if any(c.dep_ in {"compound", "amod"} and c.lower_ in things for c in trigger.children):
        return False  # "carried out body searches on women workers": a search of them
    return any(read_victims(target) is not None for target in prep_objects(trigger, frozenset({"on"})))


# Words for whoever at all: a threat to them is a rule, not a risk to someone told.
# Auxiliaries of what will be done.
FUTURE_AUXILIARIES = frozenset({"will", "would", "'ll", "shall"})
# Places whose approach a threat forbids, beside the border words of cues.json.
RESTRICTED_PLACES = frozenset(
    {"zone", "area", "fence", "shore", "coast", "bank", "riverbank", "riverside", "beach", "sea"}
)


def shooting_threatened_to_whoever(trigger: Token) -> bool:
    """ "Notices said that anyone found within a kilometre of the fence after dark would be
    shot": a shooting promised to whoever is somewhere is the restriction on being there, in
    force, however many words tell the place (the threat phrases of triggers.json need the
    verb of approaching close to the shooting). Read by the words, as the parse of such long
    subjects often loses the subject: "will/would be shot", a word for whoever before it in the
    sentence, and a place between the two ("anyone who resists will be shot" is a threat for
    a deed, not a restriction)."""
    if trigger.lemma_.lower() != "shoot" or trigger.tag_ != "VBN":
        return False
    doc = trigger.doc
    if (
        trigger.i < 2
        or doc[trigger.i - 1].lower_ != "be"
        or doc[trigger.i - 2].lower_ not in FUTURE_AUXILIARIES
    ):
        return False
    sentence = sentence_of(trigger)
    whoever = [t for t in doc[sentence.start : trigger.i] if t.lower_ in WHOEVER_WORDS]
    if not whoever:
        return False
    places = set(lexicon().cues["border_crossings"]) | RESTRICTED_PLACES
    return any(
        t.lower_ in places or t.lemma_.lower() in places or t.ent_type_ in {"GPE", "LOC", "FAC"}
        for t in doc[whoever[-1].i + 1 : trigger.i]
    )


def public_shooting(trigger: Token) -> bool:
    """ "the smugglers were publicly shot", "shot before a crowd of assembled villagers":
    a shooting staged before an audience is a public execution, not an assault."""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words()["public_adverbs"] for c in trigger.children):
        return True
    audience = words()["audience_nouns"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"in", "before"}):
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        for obj in objects:
            if obj.lower_ == "front":  # "in front of the assembled villagers"
                objects = [
                    p for of in obj.children if of.dep_ == "prep" and of.lower_ == "of" for p in of.children
                ]
                return any(p.lemma_.lower() in audience or p.lower_ in audience for p in objects)
            if prep.lower_ == "before" and (obj.lemma_.lower() in audience or obj.lower_ in audience):
                return True
    return False


# What the condemned are tied to before a firing squad.
STAKE_NOUNS = frozenset({"post", "posts", "stake", "stakes", "pole", "poles", "pillar", "pillars"})


def shot_when_tied_to_stakes(trigger: Token) -> bool:
    """ "they tied three men to posts and shot them", "were tied to stakes and shot": people tied
    to posts or stakes and shot were executed by a firing squad, not assaulted."""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB":
        return False
    verbs = [trigger, *(c for c in trigger.children if c.dep_ == "conj")]
    if trigger.dep_ == "conj":
        verbs += [trigger.head, *(c for c in trigger.head.children if c.dep_ == "conj")]
    for verb in verbs:
        if verb.lemma_.lower() not in {"tie", "bind", "strap", "lash"}:
            continue
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to"):
            if any(o.dep_ == "pobj" and o.lower_ in STAKE_NOUNS for o in prep.children):
                return True
    return False


def shot_by_decision(trigger: Token) -> bool:
    """ "the two dealers were shot at a firing range outside the town", "were secretly shot",
    "two men were shot at a public trial", "shot after a short trial", "shot without trial",
    "shot in public", "shot at a public meeting": a shooting at a ground kept for executions,
    at, after or in place of a trial, before the public, or done in secret, was decided by the
    state, an execution ("shot near the river", "shot at the border" stay an assault)."""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "advmod" and c.lower_ in words()["covert_adverbs"] for c in trigger.children):
        return True
    grounds = words()["execution_ground_words"]
    places = {"at", "on", "in", "after", "following", "without"}
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ in places):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if any(t.lower_ in grounds for t in obj.subtree if t.i < obj.i or t == obj):
                return True
    return False


def checks_of_dwellings(trigger: Token) -> bool:
    """ "officers carried out night-time checks of homes", "launched inspections of flats":
    checks whose object is where people live are house searches. ("launched inspections of
    households": starting them is a campaign, a crackdown.)"""
    if trigger.lemma_.lower() in {"launch", "start", "begin", "open", "announce"}:
        return False
    dwellings = words()["dwelling_nouns"]
    for noun in (c for c in trigger.children if c.dep_ == "dobj"):
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(p.dep_ == "pobj" and p.lower_ in dwellings for p in prep.children):
                return True
    return False


# Places of trade whose stalls a sweep goes through ("swept through the market", "went through
# the stalls").
TRADING_PLACES = frozenset(
    {"market", "markets", "marketplace", "bazaar", "bazaars", "stall", "stalls", "shop", "shops"}
)
# Prepositions that tell when a practice began or how long it ran, not one occasion.
ONSET_PREPOSITIONS = frozenset({"since", "from", "between", "throughout", "until", "till"})


def market_swept_once(trigger: Token) -> bool:
    """ "Inspectors went through the Kanggye market last week", "a joint team swept through the
    market on Thursday, overturning stalls": a sweep of a market told as one dated occasion, in
    the simple past, goes through its stalls that day, a search. A sweep told as going on or
    from a start ("have been sweeping the market since March", "from mid-July, inspectors went
    through the stalls"), or with no date, stays a campaign against the trade there."""
    if trigger.lemma_.lower() not in {"go", "sweep"} or trigger.tag_ != "VBD":
        return False
    if any(c.dep_ in {"aux", "auxpass"} for c in trigger.children):
        return False
    places = [
        t
        for c in trigger.children
        if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "through")
        for t in ([c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"])
    ]
    if not any(t.lower_ in TRADING_PLACES for p in _with_conjuncts(places) for t in p.subtree):
        return False
    if any(
        t.lower_ in ONSET_PREPOSITIONS and t.dep_ == "prep" and _names_a_time(t) for t in sentence_of(trigger)
    ):
        return False  # ("seized meat from anyone without a certificate" names no start)
    return dated_occasion(trigger) or any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in DAY_PARTS for c in trigger.children
    )


# Parts of a day that date an act to one occasion ("the same afternoon", "that night").
DAY_PARTS = frozenset({"morning", "afternoon", "evening", "night", "day"})
# Nouns of a point in time that a preposition of onset may take ("since the start of the month").
ONSET_NOUNS = frozenset({"start", "beginning", "middle", "end", "outset"})


def _names_a_time(preposition: Token) -> bool:
    """Whether a preposition's phrase names a time ("from mid-July", "since the start of the month"),
    not a person or a place ("from anyone who could not show a permit")."""
    return any(
        t.ent_type_ in {"DATE", "TIME"} or (t.dep_ == "pobj" and t.lemma_.lower() in ONSET_NOUNS)
        for t in preposition.subtree
    )


def summoned_for_questioning(trigger: Token) -> bool:
    """ "the teacher's parents were hauled in for questioning": a taking-in whose purpose is
    questioning is told by the interrogation the same words name, not as an arrest of its own
    ("arrested on Monday and questioned" keeps both)."""
    if trigger.pos_ not in {"VERB", "AUX"}:
        return False
    # a summons ("called in", "hauled in", "summoned"), not a detention ("detained for questioning")
    if trigger.lemma_.lower() != "summon" and not any(
        c.dep_ == "prt" and c.lower_ == "in" for c in trigger.children
    ):
        return False
    purposes = words()["questioning_nouns"]
    for prep in (c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "for"):
        if not any(p.dep_ in {"pobj", "pcomp"} and p.lower_ in purposes for p in prep.children):
            continue
        found = lexicon().triggers.find(trigger.doc, prep.i, prep.right_edge.i + 1)
        if any(m.entry.type == "interrogation" for m in found):
            return True
    return False


def aimed_at_a_practice(trigger: Token) -> bool:
    """ "inspectors have been raiding the bazaars to stop private grain sales", "police searched
    stalls to root out smuggled phones": raids whose aim is to end a practice are a campaign
    against it, a crackdown, not the search of one place."""
    if trigger.pos_ != "VERB":
        return False
    aims = words()["suppression_verbs"]
    for clause in (c for c in trigger.children if c.dep_ in {"advcl", "xcomp"} and c.pos_ == "VERB"):
        if clause.lemma_.lower() in aims and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in clause.children
        ):
            return True
    return False


def controls_at_a_frontier(trigger: Token) -> bool:
    """ "the army has tightened controls along the eastern shoreline", "stepped up surveillance on the
    river border", "reinforced its maritime patrols", "tightened control over trawlers and
    seaside towns": controls placed along a border or a shore, or over boats, restrict who may
    cross or sail, a movement restriction ("tightened control over market trading" stays a
    crackdown)."""
    frontier = words()["frontier_nouns"]
    controls = {"control", "surveillance", "security", "patrol", "watch", "vigilance"}
    nouns = [c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}] + [trigger]
    if not any(n.lemma_.lower() in controls for n in nouns):
        return False  # ("launched a crackdown on border guards": a crackdown, on people)
    for noun in nouns:
        if noun.lemma_.lower() in controls and _at_a_frontier(noun):
            return True  # "tightened its coastal surveillance"
        for prep in (
            c for c in noun.children if c.dep_ == "prep" and c.lower_ in {"along", "on", "at", "near"}
        ):
            if any(p.dep_ == "pobj" and _names_a_frontier(p, frontier) for p in prep.children):
                return True
        # ("tightening control over boats": the parser may hang "over" on the verb)
        if any(_craft_or_shore(o) for o in _objects_over(noun)):
            return True
    return False


def _names_a_frontier(place: Token, frontier: frozenset[str]) -> bool:
    """ "along the border", or "along the Yunnan–Laos border", where the parser makes the first
    name the object and the frontier noun its apposition."""
    return place.lower_ in frontier or any(c.dep_ == "appos" and c.lower_ in frontier for c in place.children)


def _at_a_frontier(noun: Token) -> bool:
    """ "coastal surveillance", "border patrols": a control noun placed at a frontier by the word
    before it."""
    places = words()["frontier_adjectives"] | words()["frontier_nouns"]
    return any(c.dep_ in {"amod", "compound"} and c.lower_ in places for c in noun.children)


def _objects_over(noun: Token) -> list[Token]:
    """What a control noun (or the verb that tightens it) is over, with the nouns listed beside
    it ("control over fishing boats and coastal villages")."""
    objects = [
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "over"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return [*objects, *(c for o in objects for c in o.conjuncts)]


def _craft_or_shore(noun: Token) -> bool:
    """Boats and the places along a frontier ("fishing boats", "coastal villages", "the river"):
    who may sail or cross, not a practice like trading."""
    lower = noun.lower_
    return lower in words()["vessel_nouns"] or lower in words()["frontier_nouns"] or _at_a_frontier(noun)


# Subordinators of a clause that sets a shooting in a flight or a clash ("shot as they waded").
SCENE_MARKS = frozenset({"as", "when", "while", "after", "before"})


def shot_by_no_one_named(trigger: Token) -> bool:
    """ "Three traders who had sold foreign films were shot in Hyesan in May", "the official and
    two aides were shot last month": a group told to have been shot, with no shooter named, no
    wound and no flight or clash around it, was shot by the state: an execution (one person
    shot, "a smuggler was shot last week", is most often told of an assault). ("A smuggler
    was shot in the leg", "two women were shot as they waded across the river" and "was shot by
    border guards" tell an assault.)"""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB" or not is_passive(trigger):
        return False
    subject = next((c for c in trigger.children if c.dep_ == "nsubjpass"), None)
    if subject is None or subject.tag_ == "PRP":
        return False  # ("he was shot": who and why is told elsewhere)
    if subject.tag_ not in {"NNS", "NNPS"} and not any(
        c.dep_ in {"nummod", "conj"} for c in subject.children
    ):
        return False  # one person shot ("a smuggler was shot last week") is most often an assault
    body, wounds = people_words()["body_parts"], words()["wound_verbs"]
    for child in trigger.children:
        if child.dep_ == "agent":
            return False
        scene = child.dep_ == "prep" and child.lower_ in {"in", "at", "through", "while", "during"}
        if scene and (child.lower_ != "in" or any(p.lower_ in body for p in child.subtree)):
            return False
        if child.dep_ == "conj" and child.lemma_.lower() in wounds:
            return False
        if (
            child.dep_ == "advcl"
            and (
                child.tag_ == "VBG"
                or any(m.dep_ == "mark" and m.lower_ in SCENE_MARKS for m in child.children)
            )
            and not _told_of_a_thing(child)
        ):
            return False
        if child.dep_ in {"advmod", "acomp", "oprd"} and child.lower_ in {"dead", "down"}:
            return False
    return True


def shot_as_an_example(trigger: Token) -> bool:
    """ "relatives fear he will be shot as an example", "they say the captain will be tried and
    shot, as a lesson": a shooting done as an example or lesson to others is a killing the state
    stages to deter, an execution. The phrase may hang on the verb the shooting is joined to.
    ("Guards shot him as he ran" tells a scene, and stays an assault.)"""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB":
        return False
    if any(c.dep_ == "agent" for c in trigger.children):
        return False  # "shot by border guards as a warning": a shooting at the scene
    verbs = [trigger, trigger.head] if trigger.dep_ == "conj" else [trigger]
    lessons = words()["deterrence_nouns"]
    return any(
        obj.dep_ == "pobj" and obj.lemma_.lower() in lessons
        for verb in verbs
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for obj in prep.children
    )


def shot_with_companions(trigger: Token) -> bool:
    """ "the former secretary was shot together with two subordinates in May", "a broker who
    had worked with the unit was shot alongside him": people put to death together with named
    companions, with no shooter named, were shot by the state at once, an execution (one
    person shot, "was shot with a rifle", "shot by guards with their dogs", stays an
    assault)."""
    if trigger.lemma_.lower() != "shoot" or trigger.pos_ != "VERB" or not is_passive(trigger):
        return False
    if any(c.dep_ == "agent" for c in trigger.children):
        return False
    preps = [c for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"with", "alongside"}]
    for adverb in (c for c in trigger.children if c.dep_ == "advmod" and c.lower_ in {"together", "along"}):
        preps += [c for c in adverb.children if c.dep_ == "prep" and c.lower_ == "with"]
    return any(obj.dep_ == "pobj" and _a_companion(obj) for prep in preps for obj in prep.children)


# Pronouns for one particular person whose fate a report tells ("he will be shot").
ONE_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Helpers of a shooting still to come ("will be shot", "could be shot", "expect him to be shot").
AWAITING_AUXILIARIES = FUTURE_AUXILIARIES | {"could", "may", "might", "to"}


def shooting_of_one_foretold(trigger: Token) -> bool:
    """ "People are saying he will be shot", "relatives fear the captain could be shot", "some
    expect him to be shot": the shooting of one particular person, said, feared or expected to
    come (a reporting verb over it, cues.json 'reporting_verbs'), with no shooter and no
    condition or scene told, is the death the state is expected to inflict, an execution awaited.
    ("Anyone who crosses will be shot" is a threat to whoever; "if they run, they will be shot"
    a condition; "he could be shot by the guards" names a shooter: none is read so.)"""
    if trigger.lemma_.lower() != "shoot" or trigger.tag_ != "VBN" or trigger.dep_ not in {"ccomp", "xcomp"}:
        return False
    # ("the deputy manager was likely to be shot": a prospect adjective, as a reporting verb)
    if (
        trigger.head.lemma_.lower() not in lexicon().cues["reporting_verbs"]
        and trigger.head.lower_ not in words()["prospect_adjectives"]
    ):
        return False
    children = list(trigger.children)
    if not any(c.dep_ == "auxpass" for c in children):
        return False
    if not any(c.dep_ == "aux" and c.lower_ in AWAITING_AUXILIARIES for c in children):
        return False
    if any(c.dep_ in {"agent", "prep"} or (c.dep_ == "advcl" and not _purpose(c)) for c in children):
        return False  # a shooter, a condition or a scene ("if they run", "at the fence", "on sight")
    subject = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if subject is None and trigger.head.pos_ == "ADJ":  # ("the manager was likely to be shot")
        subject = next((c for c in trigger.head.head.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return False
    if subject.tag_ == "PRP":
        return subject.lower_ in ONE_PERSON_PRONOUNS
    if _one_of_a_group(subject):
        return True
    # ("the captain", "his deputy": one person the report tells of; "anyone" or "those" is whoever)
    return (
        subject.tag_ in {"NN", "NNP"}
        and subject.lower_ not in WHOEVER_WORDS
        and any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in subject.children)
        and not any(c.dep_ == "relcl" for c in subject.children)
    )


def _purpose(clause: Token) -> bool:
    """ "the captain will be shot to frighten the others": a bare infinitive beside the shooting
    tells what it is meant to show, not a condition or a scene ("if they run", "as he crossed")."""
    return (
        clause.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        and not any(c.dep_ == "mark" for c in clause.children)
    )


def _one_of_a_group(subject: Token) -> bool:
    """ "one of them", "one of the two managers": one person of people the report tells of (not
    "one of those who try the river", whoever does so)."""
    return subject.lower_ == "one" and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(
            g.dep_ == "pobj"
            and g.lower_ not in WHOEVER_WORDS
            and not any(r.dep_ == "relcl" for r in g.children)
            for g in c.children
        )
        for c in subject.children
    )


def _a_companion(noun: Token) -> bool:
    """ "two subordinates", "him", "his deputy": people, not an instrument ("a rifle")."""
    if noun.tag_ == "PRP":
        return noun.lower_ in {"him", "her", "them"}
    return read_victims(noun) is not None


def _told_of_a_thing(clause: Token) -> bool:
    """ "were shot after a freight train came off the tracks": a clause whose subject is a
    thing, not people, tells what the shooting was for, not a flight or clash it happened in
    ("shot after they crossed", "shot as the guards chased them" tell a scene)."""
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.tag_ == "PRP" or subject.pos_ == "PROPN":
        return False
    return read_victims(subject) is None


def made_to_strip(trigger: Token) -> bool:
    """ "the guards made us strip and squat again and again", "were made to squat while naked",
    "forced her to undress and stand": people forced to undress and squat or stand are searched
    for hidden money, a body search, not a beating. ("made them squat for hours" with no
    undressing is violence.)"""
    if trigger.pos_ != "VERB" or trigger.lemma_.lower() not in {"make", "force"}:
        return False
    stripping = words()["stripping_words"]
    return any(
        t.lower_ in stripping or t.lemma_.lower() in stripping for t in trigger.subtree if t.dep_ != "relcl"
    )


def search_for_a_kind_of_goods(trigger: Token) -> bool:
    """ "the inspection team is still hunting for foreign videos", "agents stepped up their hunt
    for smuggled phones", "a task force launched an inspection campaign against Chinese phones":
    a search told by what is sought, a kind of goods (a noun that names no people and no
    particular things), or by what it is against, with no place, person or belongings searched,
    is a campaign against those goods, a crackdown. A search of a place or of someone's things
    ("their rooms were searched for phones", "searched homes for foreign films"), a hunt for
    people ("hunting for four members of a family", "searching for them") and a hunt that only
    tells how a search was made ("searched homes across the city in a hunt for smuggled
    medicine", "went house to house, searching for foreign videos", "homes were checked as
    agents hunted for phones", "house-to-house searches for memory cards") stay a search."""
    if trigger.lemma_.lower() not in {"hunt", "search", "inspection", "inspect", "campaign"}:
        return False
    if prep_objects(trigger, frozenset({"against"})):
        return True
    if any(c.dep_ in {"dobj", "nsubjpass", "compound", "nmod"} for c in trigger.children):
        return False  # ("searched homes for phones", "house searches for foreign media")
    if trigger.dep_ == "pobj" and trigger.head.lower_ in {"in", "during", "after"}:
        return False
    if trigger.dep_ in {"relcl", "acl", "advcl", "xcomp", "conj"}:
        # ("raided homes at night, searching for foreign videos", "the unit that hunts for foreign
        # media raided a flat"): how a search was made, or who made it
        return False
    sought = prep_objects(trigger, frozenset({"for"}))
    return bool(sought) and all(
        s.pos_ == "NOUN"
        and read_victims(s) is None
        and s.lower_ not in words()["dwelling_nouns"]
        and not any(
            c.dep_ in {"poss", "nummod"} or (c.dep_ == "det" and c.lower_ in PARTICULAR_DETERMINERS)
            for c in s.children
        )
        for s in sought
    )


def hunts_those_who_practise(trigger: Token) -> bool:
    """ "agents are using detectors to track down residents who make calls abroad", "hunting
    down people who sell foreign films": a hunt for whoever keeps up a practice (a relative
    clause in the simple present) is a campaign against it, a crackdown; a hunt for particular
    people ("hunting down the soldiers who fled") stays a search, and so does an inspection of
    things ("inspecting every truck that leaves the county")."""
    if trigger.pos_ != "VERB":
        return False
    for people in (c for c in trigger.children if c.dep_ == "dobj" and read_victims(c) is not None):
        for clause in (c for c in people.children if c.dep_ == "relcl"):
            auxiliaries = [a for a in clause.children if a.dep_ in {"aux", "auxpass"}]
            if clause.tag_ in {"VBP", "VBZ"} and not auxiliaries:
                return True
    return False


# Words that make what a hunt is for particular: "hunt down the three soldiers", "hunt for his
# brother".
PARTICULAR_DETERMINERS = frozenset(
    {"the", "this", "that", "these", "those", "his", "her", "their", "its", "my", "our"}
)


def hunt_of_a_squad(trigger: Token) -> bool:
    """ "the ministry set up a special squad to hunt down illegal phone users", "formed inspection
    teams to hunt for foreign films", "a unit to hunt down smugglers": a hunt that is the purpose
    of a body formed or sent for it (a team, a squad, a unit), for a kind of people or things (a
    bare plural or mass noun), is a campaign against them, a crackdown; a hunt for particular
    ones ("a team to hunt down the three escaped soldiers") stays a search. A perfect infinitive
    is no purpose but what was done ("a patrol was reported to have searched passengers on the
    buses": a search)."""
    if trigger.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "have" for c in trigger.children):
        return False
    squads = words()["squad_nouns"]
    head = trigger.head
    bodies = [head] + [c for c in head.children if c.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}]
    if not any(
        b.lower_ in squads or b.lemma_.lower() in squads for b in bodies if b.pos_ in {"NOUN", "PROPN"}
    ):
        return False
    sought = [c for c in trigger.children if c.dep_ == "dobj"] + prep_objects(trigger, frozenset({"for"}))
    return bool(sought) and all(
        s.pos_ == "NOUN"
        and s.tag_ in {"NNS", "NN"}
        and not any(
            c.dep_ in {"det", "poss", "nummod"} and (c.dep_ != "det" or c.lower_ in PARTICULAR_DETERMINERS)
            for c in s.children
        )
        for s in sought
    )


# Verbs that tell a death sentence carried out.
KILLING_LEMMAS = frozenset({"shoot", "execute", "hang", "kill"})


def sentence_passed_only(trigger: Token) -> bool:
    """ "The branch director has been sentenced to death by a military tribunal", "was sentenced
    to death, though it is not known whether the sentence has been carried out": a death sentence
    passed, with no killing told in the same sentence, is the penalty imposed (a punishment); the
    execution is a killing (spec: "a judicial or public killing"), told when the report tells it
    ("sentenced to death and shot on the spot", "sentenced at a trial held by the river and shot
    by firing squad", "shot minutes after being sentenced to death")."""
    if trigger.lemma_.lower() != "sentence" or trigger.pos_ != "VERB":
        return False
    return not any(
        (t.pos_ == "VERB" and t.lemma_.lower() in KILLING_LEMMAS) or t.lower_ == "squad"
        for t in sentence_of(trigger)
    )


def purge_of_one(trigger: Token) -> bool:
    """ "the purge of the vice-minister", "after the purge of a provincial secretary": a purge
    noun whose "of" names one person (a singular person noun or title, or a name) removes that
    person from office, a punishment; a purge of a body or of people ("the purge of the border
    unit", "a purge of officials") stays a campaign, a crackdown."""
    if trigger.lemma_.lower() != "purge" or trigger.pos_ != "NOUN":
        return False
    people = counted_person_nouns() | people_words()["title_nouns"]
    for obj in prep_objects(trigger, frozenset({"of"})):
        if obj.tag_ in {"NNS", "NNPS"} or any(c.dep_ == "conj" for c in obj.children):
            continue
        if obj.lemma_.lower() in people or obj.ent_type_ == "PERSON":
            return True
    return False


# Words that make a crossing one of the North's border rivers or its land border.
BORDER_RIVER_WORDS = frozenset({"tumen", "yalu", "amnok", "duman", "river"})
# Those a clearance of a frontier strip moves out, named by where they live, not by an offence.
DWELLER_NOUNS = frozenset({"household", "family", "resident", "villager", "people", "inhabitant"})
# Verbs by which people are described by where they live ("households living along the river").
DWELLING_VERBS = frozenset({"live", "reside", "stay"})


def frontier_strip_cleared(trigger: Token) -> bool:
    """ "About 200 households living along the Tumen River have been ordered to leave their homes":
    people ordered out of their homes who are named only by living at a border or a river are
    moved to empty a frontier strip, a movement restriction, not a penalty ("families of defectors
    living along the border were ordered to leave their homes" are named by a tie: banishment)."""
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else trigger.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    frontier = words()["frontier_nouns"]
    for people in _with_conjuncts(subjects):
        if people.lemma_.lower() not in DWELLER_NOUNS:
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in people.children):
            return False  # ("families of defectors": named by a tie)
        for clause in (c for c in people.children if c.dep_ in {"acl", "relcl"}):
            if clause.lemma_.lower() not in DWELLING_VERBS:
                continue
            places = prep_objects(clause, frozenset({"along", "near", "beside", "by", "on", "at"}))
            if any(p.lower_ in frontier | BORDER_RIVER_WORDS for p in places):
                return True
    return False

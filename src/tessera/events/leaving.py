"""A flight told as leaving a home town in the North: "the couple left Hoeryong in 2019", or as
a worker sent abroad leaving the site he was sent to: "a welder who walked off a shipyard in
Nakhodka".

Reports on people from the North tell their flight by the place they left as often as by the
border they crossed. Leaving a town names an escape only when the town lies in North Korea (by
the places gazetteer); "she left Dandong by bus" is a leg of a journey told by other words, and
"the delegation left Pyongyang" is an errand (see `_visitors` in extract.py).
"""

from __future__ import annotations

from spacy.tokens import Token

from tessera.events.actors import actor_words
from tessera.events.clauses import sentence_of, sentences_back
from tessera.events.lexicon import lexicon
from tessera.language.table import doc_ents
from tessera.model import HOME_COUNTRIES
from tessera.places.gazetteer import load as load_gazetteer
from tessera.places.lookup import countries_of_name, country_code
from tessera.places.variants import key_tokens

# Kinds of gazetteer entry that are a place someone lives in (not the country as a whole, which
# other phrases cover: "left North Korea").
HOME_KINDS = frozenset({"city", "county", "district", "town", "village", "province"})


def leaves_a_northern_town(verb: Token) -> bool:
    """Whether a verb of leaving has as its object a town, county or province of North Korea:
    "the family left Hoeryong in 2019", "I left Musan in the winter of 2008"; not "they left
    Yanji by bus" nor "she left the factory"."""
    place = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if place is None or place.pos_ != "PROPN":
        return False
    gazetteer = load_gazetteer()
    return any(
        key.entry.country == "KP" and key.entry.kind in HOME_KINDS
        for key in gazetteer.index.get(key_tokens(place_name(place)), [])
    )


def place_name(word: Token) -> str:
    """The name a word of a place belongs to: the named entity holding it ("Onsong County" for
    "Onsong"), else the word itself."""
    span = next((e for e in doc_ents(word.doc) if e.start <= word.i < e.end), None)
    return span.text if span is not None else word.text


# Prepositions that place a work site ("a sawmill in Amur", "the crew at Nakhodka").
PLACING_PREPOSITIONS = frozenset({"in", "at", "near", "outside"})


def leaves_work_abroad(verb: Token) -> bool:
    """Whether a verb of leaving has as its object (or as the object of "off" or "from") one of the
    work sites of the cues ('work_sites': a site, a factory, a job) placed by the gazetteer in a
    country other than the two Koreas: "a welder who walked off his job at a shipyard in
    Nakhodka", "two cooks who quit a restaurant in Shenyang". Workers sent abroad who leave
    their site without leave have defected; "she left the factory at six" (no place abroad) or
    "he left his job in Chongjin" is no flight."""
    sites = lexicon().cues["work_sites"]
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        o
        for c in verb.children
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"off", "from"}
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for obj in objects:
        if obj.lower_ not in sites and obj.lemma_.lower() not in sites and not _a_partys_own(obj):
            continue
        # where the site is: a preposition in the site's phrase or on the verb ("left their
        # sites in Primorye this summer", "his job at a shipyard in Nakhodka", "walked off the
        # site last week in Khabarovsk")
        phrases = [obj, *(c for c in verb.children if c.dep_ == "prep")]
        preps = [t for phrase in phrases for t in phrase.subtree if t.dep_ == "prep"]
        if any(
            place.dep_ == "pobj" and _abroad(place)
            for prep in preps
            if prep.lower_ in PLACING_PREPOSITIONS
            for place in prep.children
        ):
            return True
    return False


def parts_from_the_party(verb: Token) -> bool:
    """Whether a verb of leaving has as its object (or as the object of "off", "from" or "of")
    the party one was sent abroad with or its lodging, told as the party's own: "an athlete who
    left her delegation's hotel in Chengdu", "a researcher who left his delegation in
    Malaysia", "walked out of her team's accommodation". One member parting from the party is
    no errand of the party, even when the one who leaves is called an athlete or a delegate;
    "the delegation left its hotel for the talks" is the party going on one."""
    return any(_a_partys_own(obj) for obj in places_left(verb))


def places_left(verb: Token) -> list[Token]:
    """What a verb of leaving or running leaves: its object ("fled his regiment"), or the object
    of "off", "from" or "of" on the verb or on its particle ("walked out of the hotel", "slipped
    away from the team", "ran away from the site")."""
    heads = [
        verb,
        *(
            c
            for c in verb.children
            if c.dep_ in {"prt", "advmod", "prep"} and c.lower_ in {"out", "away", "off"}
        ),
    ]
    found = [c for c in verb.children if c.dep_ == "dobj"]
    found += [
        o
        for head in heads
        for c in head.children
        if c.dep_ in {"prep", "prt"} and c.lower_ in {"off", "from", "of"}
        for o in c.children
        if o.dep_ == "pobj"
    ]
    return found


def _a_partys_own(place: Token) -> bool:
    """A lodging told as a party's ("her delegation's hotel", "the team's villa"), or a party told
    as one's own ("his delegation", "their team"): the words of one member leaving the others."""
    cues = lexicon().cues
    key = {place.lower_, place.lemma_.lower()}
    owners = [c for c in place.children if c.dep_ == "poss"]
    if key & cues["party_lodgings"]:
        return any(o.pos_ in {"NOUN", "PROPN"} for o in owners)
    if key & cues["own_parties"]:
        return any(o.tag_ == "PRP$" for o in owners)
    return False


# Words that make a post abroad the North's own ("the North Korean embassy", "the DPRK
# consulate"): going into it is no flight.
NORTHS_OWN = frozenset({"north", "dprk", "pyongyang"})


def enters_a_foreign_mission(verb: Token) -> bool:
    """Whether a verb of going goes into (or enters) the embassy, consulate or mission of a state
    other than the North, told by that state's name or as one unnamed: "a waitress who walked
    into the South Korean embassy in Phnom Penh", "a builder entered a diplomatic mission in
    Vladivostok". Someone from the North who does so is asking that state for refuge; "entered
    the North Korean embassy" (the North's own) or "went into the embassy" (whose is not told)
    is no flight."""
    missions = lexicon().cues["diplomatic_missions"]
    if _on_an_errand(verb):
        return False  # ("the minister entered the Chinese embassy for a reception")
    places = [c for c in verb.children if c.dep_ == "dobj" and verb.lemma_.lower() == "enter"]
    places += [
        o
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "into"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    for place in places:
        # ("the South Korean Consulate General": the parser may make "General" the head)
        names = [place, *(c for c in place.children if c.dep_ == "compound")]
        if not any(n.lower_ in missions or n.lemma_.lower() in missions for n in names):
            continue
        modifiers = [c for c in place.children if c.i < place.i]
        words = {t.lower_ for m in modifiers for t in m.subtree}
        if words & NORTHS_OWN or any(m.dep_ == "poss" and m.pos_ == "PRON" for m in modifiers):
            continue  # ("the North Korean embassy", "its consulate")
        named = any(t.ent_type_ in {"NORP", "GPE", "ORG"} for m in modifiers for t in m.subtree)
        unnamed = any(m.dep_ == "det" and m.lower_ in {"a", "an"} for m in modifiers)
        if named or unnamed or words & {"foreign", "western"}:
            return True
    return False


def _on_an_errand(verb: Token) -> bool:
    """A going told with its purpose: "for a reception", "to deliver a protest note"."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "for")
        or (c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children))
        for c in verb.children
    )


# Prepositions of the way a journey came by ("from Tumen", "through Dandong").
COMING_FROM = frozenset({"from", "through", "via"})


def goes_from_abroad_to_the_north(verb: Token) -> bool:
    """Whether a verb of moving goes from (or through) a place the gazetteer puts outside the two
    Koreas to a place of North Korea: "41 people returned from Tumen to Namyang", "we were
    marched across from Tumen to Namyang", "a group of ten returned through Dandong to Sinuiju".
    People brought from a town in China to one in the North were handed back, whatever the verb;
    "returned from Seoul to Pyongyang" (a place of the South) and "returned from Dandong" (no
    goal in the North) are not told so."""
    places = [
        (prep.lower_, obj)
        for prep in verb.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    came = any(prep in COMING_FROM and _abroad(obj) for prep, obj in places)
    return came and any(prep == "to" and _in_the_north(obj) for prep, obj in places)


def goes_from_abroad(word: Token) -> bool:
    """Whether a verb of bringing back (or a noun of expelling) goes from a place the gazetteer
    puts outside the two Koreas, or takes people placed there, with no goal in the South: "a
    foreman brought back from Senegal in June", "the engineers were recalled from Shenyang",
    "recalled a group of academics studying in northeast China" (the "from" or "in" may hang on
    "back" or on the people). "Brought back from Beijing to Seoul" is a way out, not a return."""
    holders = [word, *(c for c in word.children if c.dep_ == "advmod")]
    people = [c for c in word.children if c.dep_ in {"dobj", "nsubjpass"}]
    people += [
        o
        for c in word.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]
    places = [
        (prep.lower_, obj)
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if any(prep == "to" and "KR" in _gazetteer_countries(obj) for prep, obj in places):
        return False
    if any(prep == "from" and (_abroad(obj) or _placed_abroad(obj)) for prep, obj in places):
        return True
    # (where the people were: "academics studying in northeast China", "the crew in Nakhodka")
    return any(
        t.dep_ == "prep" and t.lower_ in PLACED_AT and _abroad(obj)
        for person in people
        for t in person.subtree
        for obj in t.children
        if obj.dep_ == "pobj"
    )


# Sentences before an order home that may set its people abroad.
SETTING_SENTENCES = 2


def sent_home_from_a_post_abroad(verb: Token) -> bool:
    """Whether people ordered or summoned home are sent home from abroad: the verb goes from a
    place abroad (see `goes_from_abroad`), or the report has set them abroad, naming a place
    abroad in the verb's sentence or the two before it while the verb's own sentence names no
    town of the North. "Inspectors searched the dormitories of the loggers near Khabarovsk. Three
    men caught with a radio were ordered home" is a recall; "pupils planting rice in Anju were
    ordered home when the rain came" is no return (a town of the North)."""
    if goes_from_abroad(verb):
        return True
    sentence = sentence_of(verb)
    if any(_in_the_north(t) for t in sentence):
        return False
    start = sentences_back(verb.doc, sentence.start, SETTING_SENTENCES)
    return any(_abroad(t) for t in verb.doc[start : sentence.end])


# Prepositions that place people somewhere ("the workers in Nakhodka", "staff at a plant in Oman").
PLACED_AT = frozenset({"in", "at", "from", "outside", "near"})


def _placed_abroad(word: Token) -> bool:
    """Whether a word that names no place itself is placed abroad by a phrase of its own: "the
    embassy in Bangkok", "North Korea's embassy in Poland", "factories in Liaoning". People
    called back from a post or a work site there come back from abroad; "recalled from the
    embassy in Seoul" does not (a place of the South)."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in PLACING_PREPOSITIONS and _abroad(obj)
        for prep in word.children
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def returns_people_to_the_north(verb: Token) -> bool:
    """Whether a verb of returning takes people to a town of North Korea ("to" a place the
    gazetteer puts in the North alone) while its sentence names a state or a place abroad as where
    the act begins: "whom Russia returned to Rason", "Chinese police caught him in Hunchun and
    returned him to Onsong". A third state handing people to a northern town is a forced return;
    with nothing abroad in the sentence, "police returned him to Hyesan" may be a sending home
    inside the North, and "returned the trucks to Sinuiju" moves no people (the entry asks for
    people)."""
    goal = any(
        prep.dep_ == "prep" and prep.lower_ == "to" and _in_the_north(obj)
        for prep in verb.children
        for obj in prep.children
        if obj.dep_ == "pobj"
    )
    if not goal:
        return False
    foreign = actor_words().foreign_authority_words
    return any(t.lower_ in foreign or _abroad(t) for t in sentence_of(verb))


def bridged_out_of_the_north(verb: Token) -> bool:
    """Whether a verb of taking people across a bridge takes them to a place the gazetteer puts
    outside the two Koreas: "workers were bused across the Friendship Bridge to Dandong" leave the
    North for jobs abroad, the way back of "detainees were driven across the bridge to
    Sinuiju"."""
    # (the "across" may hang on a word of the verb's phrase: "bused in convoys across the bridge")
    crosses = any(
        prep.dep_ == "prep" and prep.lower_ in {"across", "over"} and obj.lemma_.lower() == "bridge"
        for prep in verb.subtree
        for obj in prep.children
        if obj.dep_ == "pobj"
    )
    return crosses and any(
        prep.dep_ == "prep" and prep.lower_ == "to" and _abroad(obj)
        for prep in verb.children
        for obj in prep.children
        if obj.dep_ == "pobj"
    )


def _gazetteer_countries(place: Token) -> set[str]:
    """The countries the gazetteer gives a place name (its entity's words), none if not a name."""
    return countries_of_name(place_name(place)) if place.pos_ == "PROPN" else set()


def _abroad(place: Token) -> bool:
    """A place name the gazetteer puts outside the two Koreas ("Vladivostok", "Dandong"), or the
    name of another country the gazetteer does not hold ("Poland", "Senegal", "Oman")."""
    countries = _gazetteer_countries(place) or country_named(place)
    return bool(countries) and all(country not in HOME_COUNTRIES for country in countries)


def country_named(place: Token) -> set[str]:
    """The country a name the parser reads as a state or a place names, by its ISO name ("Poland"
    → PL), where the gazetteer of the region holds no entry for it; none for other words ("a
    driver named Jordan" is a person, not a country)."""
    if place.pos_ != "PROPN" or place.ent_type_ not in {"GPE", "LOC"}:
        return set()
    code = country_code(place_name(place))
    return {code} if code else set()


def _in_the_north(place: Token) -> bool:
    """A place name the gazetteer puts in North Korea alone ("Namyang", "Onsong County")."""
    countries = _gazetteer_countries(place)
    return bool(countries) and all(country == "KP" for country in countries)


# Verbs of coming or crossing whose goal is where the people end up; verbs of flight ("fled to
# Hyesan") may name a town on the way to the border and are left to the other rules.
ARRIVING_VERBS = frozenset({"cross", "arrive", "enter", "move", "come", "reach"})
# Prepositions of a goal; "in" only after "arrive" ("arriving in Sinuiju").
GOAL_PREPOSITIONS = frozenset({"into", "to"})


def comes_into_the_north(verb: Token) -> bool:
    """Whether a verb of crossing or arriving takes people to a town of North Korea (a place the
    gazetteer puts in the North alone): "the students crossed into Sinuiju that evening", "some
    200 citizens were allowed to cross from Dandong into Sinuiju", "people arriving in Sinuiju
    from China", "the family has been moved from quarantine in Namyang to Chongjin". People
    who come into the North are going home or being returned; no one left the country. "They
    crossed into Changbai" (China) and "arrived in Seoul" are ways out. A flight home names its
    goal on the plane, whatever the verb: "two waitresses left the country on a flight to
    Pyongyang"."""
    if any(_in_the_north(goal) for goal in _goals_of_a_flight(verb)):
        return True
    lemma = verb.lemma_.lower()
    if lemma not in ARRIVING_VERBS:
        return False
    goals = [
        obj
        for prep in verb.children
        if prep.dep_ == "prep"
        and (prep.lower_ in GOAL_PREPOSITIONS or (lemma == "arrive" and prep.lower_ == "in"))
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]
    if lemma in {"reach", "enter"}:
        goals += [c for c in verb.children if c.dep_ == "dobj"]
    return any(_in_the_north(goal) for goal in goals)


def _goals_of_a_flight(verb: Token) -> list[Token]:
    """Where a plane the verb's people travel on goes: the "to" object of an air-travel noun
    (cues.json's air_travel_nouns) in one of the verb's phrases ("left on a flight to Pyongyang")."""
    air = lexicon().cues["air_travel_nouns"]
    return [
        goal
        for prep in verb.children
        if prep.dep_ == "prep"
        for craft in prep.children
        if craft.dep_ == "pobj" and craft.lemma_.lower() in air
        for to in craft.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for goal in to.children
        if goal.dep_ == "pobj"
    ]

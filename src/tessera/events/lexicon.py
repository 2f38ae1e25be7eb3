"""The events stage's knowledge, loaded once from data files: triggers, actors and cues.

Phrases in the data files are written as words; each word matches a token's lower-case form or
its lemma, 'a|b' is either word and '...' lets up to four tokens stand between two words.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.tokens import Doc, Token

from tessera.data import load_json
from tessera.language.table import token_table

MAX_GAP = 6


@dataclass(frozen=True)
class Phrase:
    """A compiled phrase: a tuple of word alternatives, None standing for a gap."""

    words: tuple[frozenset[str] | None, ...]

    @classmethod
    def parse(cls, text: str) -> Phrase:
        words: list[frozenset[str] | None] = []
        for part in text.lower().split():
            words.append(None if part == "..." else frozenset(part.split("|")))
        return cls(tuple(words))


@dataclass(frozen=True)
class TriggerEntry:
    type: str
    phrase: Phrase
    text: str
    pos: frozenset[str]
    passive: bool
    active_with_object: bool
    weight: float
    kind: str | None
    people_after: bool = False  # the people are the object of the phrase's last word
    not_compound: bool = False  # no event when the word modifies another noun ("detention centre")
    # No event when the noun is where or how long people are held ("kept in quarantine for a
    # month", "served a 40-day quarantine"): custody of people, not a measure put on a place.
    not_where_held: bool = False
    needs_people: bool = False  # an event only when what it acts on reads as people
    status: str | None = None  # the status the phrase itself gives ("was intercepted": attempted)
    requires_status: str | None = None  # an event only with this status ("believed to be in China")
    needs_actor: bool = False  # an event only when an acting authority is named ("agents entered the house")
    # An event only when the head word goes by one of these prepositions to one of these objects
    # ("came over across the demarcation line", "made his way through the minefields into the
    # South"); no objects: any object of the preposition.
    via_preps: frozenset[str] = frozenset()
    # Or by one of these adverbs of direction, which name the goal themselves ("came south by
    # boat", "tried to go south": in reports on Korea, the South is where the flight leads).
    via_adverbs: frozenset[str] = frozenset()
    # An event only when the head word takes no object and goes to nowhere named ("she left and
    # never returned", not "he has not returned to the talks").
    intransitive: bool = False
    # The people are those the phrase asks about, not its subject ("his family has not been told
    # where [he] is held", "told nothing of [his] whereabouts").
    people_in_question: bool = False
    names_people: bool = False  # the phrase's head noun is the people ("nine suspected defectors")
    via_objects: tuple[tuple[str, ...], ...] = ()
    # An event only when the head word is what someone chose or asked for ("one crewman chose
    # to stay in the South"), and then the choice is the act, not an intent (see choosing.py).
    chosen: bool = False
    # The phrase is a threat to whoever moves somewhere ("anyone who approaches the fence will be
    # shot"): the threat is the restriction in force, not a general statement nor a risk.
    threat: bool = False
    # An event only when the one who died is someone held (see deaths.py).
    detainee_dies: bool = False
    # An event only when the head noun is singular: a later report retells one event by its noun
    # ("the shooting of a man who tried to cross"), while a plural counts acts over many occasions
    # ("dozens of killings of people fleeing", "deaths in custody have risen").
    singular: bool = False
    # An event only when the object is a town of North Korea ("left Hoeryong": see leaving.py).
    leaves_the_north: bool = False
    # An event only when the object is a work site abroad ("walked off a building site in
    # Vladivostok": a worker sent abroad defecting; see leaving.py).
    leaves_work_abroad: bool = False
    # An event only when the head verb goes from a place abroad to a place of North Korea
    # ("41 people returned from Tumen to Namyang": a hand-back; see leaving.py).
    abroad_to_the_north: bool = False
    # An event only when the head word goes from a place abroad, whatever the goal ("a foreman
    # brought back from Senegal", "were recalled from Shenyang": a recall home; see leaving.py).
    from_abroad: bool = False
    # An event only when the head verb takes people to a town of North Korea in a sentence that
    # names a state or place abroad ("whom Russia returned to Rason": a hand-back; see leaving.py).
    to_the_north_from_abroad: bool = False
    # An event only when the head verb goes from abroad, or its report is set abroad (a place
    # abroad in its sentence or the two before, no town of the North in its own): "the workers
    # were ordered home" after "Vladivostok" was named (see leaving.py).
    posted_abroad: bool = False
    # An event only when the head verb goes into the embassy or consulate of a state other than
    # the North ("walked into the South Korean embassy": asking that state for refuge; see
    # leaving.py).
    enters_a_foreign_mission: bool = False
    # An event only when the head verb is told alone, with no other verb joined to it and no
    # purpose ("police came to the house at night" is the arrest; "came to the house and searched
    # it" and "came to check papers" tell their act in the other verb).
    told_alone: bool = False
    # An event only when the report has already told an act of the same type: "she crossed again
    # in 2019", "I left again the next spring" is a further flight of people whose first one the
    # report told (alone, "left again" could be any going away).
    repeats: bool = False
    # An event only when the phrase tells how a journey was made: help given by the people who
    # move others across borders, "came through Laos with the help of smugglers", "were helped by
    # a broker"; help sought or paid for ("asked a broker for help") is only what was meant.
    helped_on_the_way: bool = False
    # The phrase ends in the term given ("was given five years", "received a heavy fine"): no
    # event when that last word is a time the act is placed in instead ("could be handed over
    # in the coming months", "got worse over the years").
    term_not_timed: bool = False
    # An event only as what someone tried, going to nothing named ("another tried to leave in
    # September but was caught", "she died trying to flee"; "tried to leave the meeting" is not).
    tried: bool = False
    # The phrase's last word is the particle of a phrasal verb, not a preposition with an object
    # of its own ("she was taken in by the police", "relatives were taken in as well"; not "the
    # children were taken in covered lorries to a centre").
    particle: bool = False
    # An event only when the head verb takes no direct object: the people moved themselves ("the
    # boys floated across the Yalu on tyre tubes"), not something they sent ("activists floated
    # balloons across the border").
    no_object: bool = False
    # The phrase names the fate of an act the report told before, and the event is of that act's
    # type: "a librarian detained with him could face the same fate" after an execution is an
    # execution feared, after a sentence a punishment (see `fate_told_before` in extract.py).
    same_fate: bool = False
    # An event only when the head verb's direct object is particular people, a count or someone
    # told ("border guards stopped her on the bank", "stopped two men at the airport"), not a kind
    # ("patrols stopped young women in jeans", "stopped people in the streets": a campaign of
    # checks, which is told by its own words).
    particular_object: bool = False
    # An event only when the head verb is not a relative clause on the actor of another act:
    # "two men were shot by border guards who intercepted them" tells the shooting, the
    # interception only how it came about (see `_clause_on_an_actor` in extract.py).
    not_of_the_actor: bool = False


@dataclass(frozen=True)
class ActorEntry:
    phrase: Phrase
    name: str
    kind: str
    country: str | None


@dataclass(frozen=True)
class Match:
    entry: Any
    start: int  # token index, inclusive
    end: int  # token index, exclusive


def token_keys(token: Token) -> tuple[str, str]:
    return token.lower_, token.lemma_.lower()


def _doc_keys(doc: Doc) -> list[tuple[str, str]]:
    """Every token's keys, read once per Doc: the phrase indexes are searched sentence by
    sentence and clause by clause, and building a Token for each look cost more than the match."""
    keys = doc.user_data.get("tessera_token_keys")
    if keys is None:
        # (the token table holds both: lower_ and lemma_.lower(), as token_keys reads them)
        table = token_table(doc)
        keys = doc.user_data["tessera_token_keys"] = list(zip(table.lower, table.lemma, strict=True))
    return keys


def _matches_at(doc: Doc, i: int, word: frozenset[str]) -> bool:
    lower, lemma = _doc_keys(doc)[i]
    return lower in word or lemma in word


def match_phrase(doc: Doc, start: int, phrase: Phrase, limit: int) -> int | None:
    """Return the end index of `phrase` matched from token `start`, or None."""
    return _match_from(doc, start, start, phrase.words, limit)


def _match_from(
    doc: Doc, start: int, i: int, words: tuple[frozenset[str] | None, ...], limit: int
) -> int | None:
    """Match `words` from token `i` of a phrase begun at `start`. A gap tries each later
    occurrence of the word after it in turn when the rest of the phrase fails after an earlier
    one: in "barred people from other provinces from entering the capital" the first "from"
    belongs to the people, and "barred ... from entering" goes on to the second."""
    keys = _doc_keys(doc)
    for k, word in enumerate(words):
        if word is None:
            continue
        gap = k > 0 and words[k - 1] is None
        if not gap:
            if i >= limit:
                return None
            lower, lemma = keys[i]  # (_matches_at, with the Doc's keys read once)
            if lower not in word and lemma not in word:
                return None
            i += 1
            continue
        rest = words[k + 1 :]
        candidates = [j for j in _gap(doc, i, limit) if _matches_at(doc, j, word)]
        if candidates:
            return next(
                (e for j in candidates if (e := _match_from(doc, start, j + 1, rest, limit)) is not None),
                None,
            )
        found = _particle_after_object(doc, doc[i - 1], word, i, limit) if i > start else None
        if found is None:
            return None
        return _match_from(doc, start, found + 1, rest, limit)
    return i


def _gap(doc: Doc, start: int, limit: int) -> Iterator[int]:
    """The tokens a gap may cover from `start`: up to MAX_GAP + 1 of them, not counting an
    apposition and its commas, which only say who someone is ("the whereabouts of the other
    two, a woman and her son, are not known")."""
    counted = 0
    j = start
    punct, appositive, n = token_table(doc).is_punct, _in_apposition(doc), len(doc)
    while j < limit and counted <= MAX_GAP:
        yield j
        # (appositive[j - 1] at j = 0 is the last word's, as doc[-1] was)
        comma = punct[j] and j + 1 < n and (appositive[j + 1] or appositive[j - 1])
        if not (appositive[j] or comma):
            counted += 1
        j += 1


# How far past a long object the parse may carry a verb's particle ("sent … back").
MAX_PARTICLE_REACH = 24
_PARTICLE_POS = frozenset({"ADP", "ADV", "PART"})
_PARTICLE_DEPS = frozenset({"prt", "advmod", "prep", "conj", "dative"})


def _particle_after_object(doc: Doc, verb: Token, word: frozenset[str], start: int, limit: int) -> int | None:
    """A verb's particle or preposition told after an object too long for a gap, read through
    the parse: "the border guards sent the six women who had waded across the river at night
    back to China", "handed the two brothers, both former soldiers, over to the police".

    The particle must hang (directly or through the object's own clause, where the parser often
    puts it) under the verb, come after the verb's object, and the sentence must not end
    between them; a verb of that clause that takes such a particle itself keeps it ("sent a
    courier who brought the papers back")."""
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj", "dative"} and c.i >= start]
    if not objects:
        return None
    # (the sentence's end from the token table: Token.sent scans the Doc on every call)
    stop = min(limit, start + MAX_PARTICLE_REACH, token_table(verb.doc).sent_end[verb.i])
    keys = _doc_keys(doc)
    for j in range(objects[0].i + 1, stop):
        lower, lemma = keys[j]  # (read from the Doc's keys: a Token is built only for a match)
        if lower not in word and lemma not in word:
            continue
        token = doc[j]
        owner = next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)
        if owner is not None and owner != verb and owner.lemma_.lower() in lexicon().cues["particle_verbs"]:
            return None  # "sent a courier who brought the papers back": the particle is the courier's
        if token.pos_ in _PARTICLE_POS and token.dep_ in _PARTICLE_DEPS and verb in token.ancestors:
            return j
        return None
    return None


def _in_apposition(doc: Doc) -> list[bool]:
    """For each token, whether it or a word above it is an apposition, worked out once per Doc:
    a gap asks it of every token it covers, and walking the ancestors each time cost more than
    the phrase match. A token is inside one when it is one or its head is inside one."""
    found = doc.user_data.get("tessera_in_apposition")
    if found is None:
        known: dict[int, bool] = {}
        table = token_table(doc)
        dep, head = table.dep, table.head

        def inside(i: int) -> bool:
            path = []
            current = i
            while current not in known:
                if dep[current] == "appos":
                    known[current] = True
                    break
                path.append(current)
                if head[current] == current:
                    known[current] = False
                    path.pop()
                    break
                current = head[current]
            answer = known[current]
            for j in path:
                known[j] = answer
            return answer

        found = doc.user_data["tessera_in_apposition"] = [inside(i) for i in range(len(doc))]
    return found


class PhraseIndex:
    """Finds every entry whose phrase matches, indexed by the alternatives of its first word."""

    def __init__(self, entries: list[Any]):
        self._by_first: dict[str, list[Any]] = {}
        for entry in entries:
            first = entry.phrase.words[0]
            assert first is not None, "a phrase cannot start with a gap"
            for word in first:
                self._by_first.setdefault(word, []).append(entry)

    def find(self, doc: Doc, start: int = 0, end: int | None = None) -> list[Match]:
        end = len(doc) if end is None else end
        found: list[Match] = []
        keys = _doc_keys(doc)
        by_first = self._by_first
        for i in range(start, end):
            lower, lemma = keys[i]
            by_lower = by_first.get(lower)
            by_lemma = by_first.get(lemma) if lemma != lower else None
            if by_lower is None and by_lemma is None:
                continue  # (most words start no phrase: no lists built for them)
            candidates = (by_lower or []) + (by_lemma or [])
            seen: set[int] = set()
            for entry in candidates:
                if id(entry) in seen:
                    continue
                seen.add(id(entry))
                if not _second_word_fits(keys, i + 1, end, entry.phrase.words):
                    continue  # (most candidates fail here: no phrase match begun for them)
                stop = match_phrase(doc, i, entry.phrase, end)
                if stop is not None:
                    found.append(Match(entry, i, stop))
        return found


def _second_word_fits(
    keys: list[tuple[str, str]], at: int, end: int, words: tuple[frozenset[str] | None, ...]
) -> bool:
    """Can a phrase whose first word stands just before token `at` go on there: its second word
    (unless it is a gap, or there is none) is the token at `at`, before `end`? The answer
    `match_phrase` would give at that word, asked first: "held" begins many phrases ("held in
    custody", "held at a camp"), and each one tried cost a match (as "barred ... from" would,
    a gap second word is left to it)."""
    if len(words) < 2 or words[1] is None:
        return True
    if at >= end:
        return False
    lower, lemma = keys[at]
    return lower in words[1] or lemma in words[1]


def _load(name: str) -> dict[str, Any]:
    return load_json("events", name)


@dataclass(frozen=True)
class Lexicon:
    triggers: PhraseIndex
    actors: PhraseIndex
    cues: dict[str, Any]

    def status_cues(self, status: str) -> frozenset[str]:
        return frozenset(self.cues["status"][status])


def _via_objects(via: dict[str, Any], cues: dict[str, Any]) -> tuple[tuple[str, ...], ...]:
    """A trigger's objects of its preposition: a list of phrases, or the name of a list in cues.json."""
    objects = via.get("objects") or ()
    if isinstance(objects, str):
        objects = cues[objects]
    return tuple(tuple(o.lower().split()) for o in objects)


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    cues = _load("cues.json")
    triggers = [
        TriggerEntry(
            type=t["type"],
            phrase=Phrase.parse(t["phrase"]),
            text=t["phrase"],
            pos=frozenset(t.get("pos") or ()),
            passive=bool(t.get("passive")),
            active_with_object=bool(t.get("active_with_object")),
            weight=float(t.get("weight", 0.6)),
            kind=t.get("kind"),
            people_after=bool(t.get("people_after")),
            not_compound=bool(t.get("not_compound")),
            not_where_held=bool(t.get("not_where_held")),
            needs_people=bool(t.get("needs_people")),
            status=t.get("status"),
            requires_status=t.get("requires_status"),
            needs_actor=bool(t.get("needs_actor")),
            intransitive=bool(t.get("intransitive")),
            people_in_question=bool(t.get("people_in_question")),
            names_people=bool(t.get("names_people")),
            via_preps=frozenset(t.get("via", {}).get("preps") or ()),
            via_objects=_via_objects(t.get("via", {}), cues),
            via_adverbs=frozenset(t.get("via", {}).get("adverbs") or ()),
            chosen=bool(t.get("chosen")),
            threat=bool(t.get("threat")),
            detainee_dies=bool(t.get("detainee_dies")),
            singular=bool(t.get("singular")),
            leaves_the_north=bool(t.get("leaves_the_north")),
            leaves_work_abroad=bool(t.get("leaves_work_abroad")),
            abroad_to_the_north=bool(t.get("abroad_to_the_north")),
            from_abroad=bool(t.get("from_abroad")),
            to_the_north_from_abroad=bool(t.get("to_the_north_from_abroad")),
            posted_abroad=bool(t.get("posted_abroad")),
            enters_a_foreign_mission=bool(t.get("enters_a_foreign_mission")),
            told_alone=bool(t.get("told_alone")),
            repeats=bool(t.get("repeats")),
            helped_on_the_way=bool(t.get("helped_on_the_way")),
            term_not_timed=bool(t.get("term_not_timed")),
            tried=bool(t.get("tried")),
            particle=bool(t.get("particle")),
            no_object=bool(t.get("no_object")),
            same_fate=bool(t.get("same_fate")),
            particular_object=bool(t.get("particular_object")),
            not_of_the_actor=bool(t.get("not_of_the_actor")),
        )
        for t in _load("triggers.json")["triggers"]
    ]
    actors = [
        ActorEntry(Phrase.parse(phrase), a["name"], a["kind"], a.get("country"))
        for a in _load("actors.json")["actors"]
        for phrase in a["phrases"]
    ]
    return Lexicon(PhraseIndex(triggers), PhraseIndex(actors), _word_sets(cues))


def sentence_triggers(doc: Doc, start: int, end: int) -> list[Match]:
    """The trigger phrases in the sentence of tokens [start, end), found once per Doc: the
    extractor reads its events from them and the keeping model weighs each trigger word by them
    (the list is shared: callers do not change it)."""
    found = doc.user_data.setdefault("tessera_sentence_triggers", {})
    if (start, end) not in found:
        found[(start, end)] = lexicon().triggers.find(doc, start, end)
    return found[(start, end)]


def _word_sets(value: Any) -> Any:
    """Word lists as frozensets (asked about for every token), other lists as tuples."""
    if isinstance(value, dict):
        return {k: _word_sets(v) for k, v in value.items()}
    if isinstance(value, list):
        return frozenset(value) if all(isinstance(v, str) for v in value) else tuple(value)
    return value


@dataclass(frozen=True)
class Idiom:
    """A phrase that contains a trigger word but names no event ("in search of")."""

    phrase: Phrase


@lru_cache(maxsize=1)
def idioms() -> PhraseIndex:
    return PhraseIndex([Idiom(Phrase.parse(text)) for text in _load("cues.json")["idioms"]])


@lru_cache(maxsize=1)
def _calibration() -> tuple[tuple[float, float], ...]:
    return tuple((float(a), float(b)) for a, b in _load("calibration.json")["points"])


def calibrated(raw: float) -> float:
    """The share of events at this raw confidence that were right, as measured (linear between
    the measured points of data/events/calibration.json)."""
    points = _calibration()
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        if raw <= x1:
            return round(y0 + (y1 - y0) * (max(raw, x0) - x0) / (x1 - x0), 3)
    return points[-1][1]

"""Finds the events a report describes: type, status, victims, actors and evidence.

For each sentence: trigger phrases from the lexicon name candidate events; the dependency parse
says whether each is negated or no event at all, what status its governing words give it, whom it
happened to and who did it. People are followed across sentences so that "the family" or "they"
carries the count first given, and mentions of one event within a report ("defected", later
"their defection") become one event with several pieces of evidence. Groups joined to an event
with their own count ("…repatriated, along with 40 others on 18 September") are events of their own.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tessera.daynames import day_keys
from tessera.events.actors import find_actors
from tessera.events.clauses import (
    clause_head,
    clause_span,
    clause_tokens,
    is_passive,
    sentence_of,
    subject_of,
)
from tessera.events.lexicon import Match, TriggerEntry, calibrated, lexicon
from tessera.events.status import is_negated, is_no_event, status_of
from tessera.events.victims import (
    AUTHORITY_GROUPS,
    INTRANSITIVE_TYPES,
    Discourse,
    is_generic_people,
    is_member_mention,
    mention_of,
    read_victims,
    register_people,
    victim_phrase,
)
from tessera.language import Analysis
from tessera.model import PEOPLE_EVENT_TYPES, Actor, Anchor, Event, Source, Span, Victims, stable_event_id

DEFAULT_COUNTRY_KINDS = frozenset(
    {"state_security", "police", "border_guard", "party", "court", "local_official", "military"}
)
# Types whose later mentions inherit the perpetrators of earlier ones about the same people.
MEASURE_GAP = 0  # sentences apart at which a measure told again is still the same one
CARRY_ACTOR_TYPES = frozenset({"arrest", "interrogation", "punishment", "search", "execution", "violence"})


@dataclass
class Found:
    """An event as read from one trigger, before mentions of the same event are joined."""

    event: Event
    entity: int | None
    trigger: Token
    dates: set[str] = field(default_factory=set)
    anaphoric: bool = False  # "the execution", "their defection": points back to an event


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
        if sentence.start_char < body_start:
            continue  # a headline restates the body
        register_people(sentence, discourse)
        for match, trigger in _triggers(doc, sentence.start, sentence.end):
            found.extend(_read_event(doc, match, trigger, discourse, found, source))
    events = [f.event for f in _join_mentions(found)]
    for event in events:
        event.confidence = calibrated(event.confidence)
    return events


def _body_start(text: str, title: str | None) -> int:
    if title and text.startswith(title.strip()):
        return len(title.strip())
    return 0


def _triggers(doc: Doc, start: int, end: int) -> list[tuple[Match, Token]]:
    """Trigger matches in a sentence that pass their part-of-speech and voice conditions."""
    chosen: list[tuple[Match, Token]] = []
    taken: dict[str, list[tuple[int, int]]] = {}
    matches = sorted(lexicon().triggers.find(doc, start, end), key=lambda m: (m.start, -(m.end - m.start)))
    for match in matches:
        entry: TriggerEntry = match.entry
        head = _phrase_head(doc, match)
        if entry.pos and head.pos_ not in entry.pos:
            continue
        if entry.passive and not is_passive(head):
            continue
        if entry.active_with_object and not any(c.dep_ == "dobj" for c in head.children):
            continue
        if entry.not_compound and head.dep_ == "compound":
            continue
        spans = taken.setdefault(entry.type, [])
        if any(s < match.end and match.start < e for s, e in spans):
            continue  # the same words already named an event of this type
        spans.append((match.start, match.end))
        chosen.append((match, head))
    return _yield(chosen)


def _from_confinement(trigger: Token) -> bool:
    places = set(lexicon().cues["confinement_places"])
    return any(
        c.dep_ == "prep" and c.lower_ == "from" and any(g.lemma_.lower() in places for g in c.subtree)
        for c in trigger.children
    )


def _names_things(head: Token) -> bool:
    """ "the bodies were taken away", "phones were seized": the event happened to no one."""
    return head.lemma_.lower() in lexicon().cues["non_people"] or head.lower_ in lexicon().cues["non_people"]


def _yield(chosen: list[tuple[Match, Token]]) -> list[tuple[Match, Token]]:
    """Drop a trigger whose clause also names a more specific type ("shot by firing squad"), and
    one whose head word a longer phrase of another type already reads ("tightened inspections"
    is a movement restriction, not also a search)."""
    yields: dict[str, list[str]] = lexicon().cues["yields"]
    clause_types: dict[int, set[str]] = {}
    longest: dict[int, int] = {}
    for match, head in chosen:
        clause_types.setdefault(clause_head(head).i, set()).add(match.entry.type)
        longest[head.i] = max(longest.get(head.i, 0), match.end - match.start)
    return [
        (match, head)
        for match, head in chosen
        if not set(yields.get(match.entry.type, ())) & clause_types[clause_head(head).i]
        and match.end - match.start == longest[head.i]
    ]


def _phrase_head(doc: Doc, match: Match) -> Token:
    """The word of a matched phrase that the others depend on."""
    tokens = list(doc[match.start : match.end])
    inside = {t.i for t in tokens}
    for token in tokens:
        is_top = token.head.i not in inside or token.head.i == token.i
        if is_top and (token.pos_ in {"VERB", "NOUN", "AUX", "PROPN", "ADJ"} or len(tokens) == 1):
            return token
    return tokens[0]


def _read_event(
    doc: Doc, match: Match, trigger: Token, discourse: Discourse, found: list[Found], source: Source
) -> list[Found]:
    entry: TriggerEntry = match.entry
    if is_negated(trigger, range(match.start, match.end)) or is_no_event(trigger):
        return []
    if entry.type == "escape" and _from_confinement(trigger):
        return []  # "escaped from a labour camp": not leaving the country
    victims_head = victim_phrase(trigger, entry.type)
    if victims_head is not None and is_generic_people(victims_head):
        return []
    if victims_head is not None and entry.type in PEOPLE_EVENT_TYPES and _names_things(victims_head):
        return []
    if entry.needs_people and (victims_head is None or read_victims(victims_head) is None):
        return []
    sentence = sentence_of(trigger)
    cause_types = {f.trigger.i: f.event.type for f in found if f.trigger.i >= sentence.start}
    status = status_of(trigger, cause_types)
    if status == "occurred" and entry.status:
        status = entry.status
    people = _object_after(doc, match) if entry.people_after else None
    victims, entity = _victims(people or trigger, entry.type, discourse, given=people is not None)
    perpetrators, facilitators = _actors(doc, trigger, entry)
    if not perpetrators and entry.type in CARRY_ACTOR_TYPES:
        perpetrators = _carried_actors(doc, trigger, entity, found)
    groups = _joined_groups(trigger, victims_head) if entry.type in PEOPLE_EVENT_TYPES else []
    start, end = clause_span(trigger)
    if groups:
        end = _trim(doc, start, min(g[0] for g in groups))
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
        type=entry.type,
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
    anaphoric = trigger.pos_ == "NOUN" and any(
        c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
        for c in trigger.children
    )
    items = [Found(event, entity, trigger, _dates(doc, start, end), anaphoric)]
    for group_start, group_end, head in groups:
        items.append(_group_event(doc, event, trigger, group_start, group_end, head, discourse))
    return items


def _group_event(
    doc: Doc, event: Event, trigger: Token, start: int, end: int, head: Token, discourse: Discourse
) -> Found:
    """Another group the same sentence gives its own count (and often its own date)."""
    char_start, char_end = _chars(doc, start, end)
    victims = read_victims(head)
    entity = mention_of(head, victims, discourse)[1] if victims else None
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
    return Found(split, entity, trigger, _dates(doc, start, end))


def _joined_groups(trigger: Token, victims_head: Token | None) -> list[tuple[int, int, Token]]:
    """Token ranges of groups joined to the trigger: "along with six people", ", and 50 others in
    July", and helpers joined to its people ("four women and the broker who had hidden them")."""
    groups: list[tuple[int, int, Token]] = []
    helpers = set(lexicon().cues["facilitator_nouns"])
    if victims_head is not None:
        for conj in (c for c in victims_head.children if c.dep_ == "conj"):
            if conj.lemma_.lower() in helpers and victims_head.lemma_.lower() not in helpers:
                groups.append((min(t.i for t in conj.subtree), max(t.i for t in conj.subtree) + 1, conj))
    children = sorted(trigger.children, key=lambda t: t.i)
    for child in children:
        head: Token | None = None
        if child.dep_ == "prep" and child.lower_ == "along":
            head = next(
                (g for w in child.children if w.lower_ == "with" for g in w.children if g.dep_ == "pobj"),
                None,
            )
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
    return groups


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


def _date_entities(doc: Doc) -> list[SpacySpan]:
    cached = doc.user_data.get("tessera_dates")
    if cached is None:
        cached = doc.user_data["tessera_dates"] = [e for e in doc.ents if e.label_ == "DATE"]
    return cached


def _dates(doc: Doc, start: int, end: int) -> set[str]:
    """Days named in a token range, as month-day keys: two mentions told with different days
    are different events ("On August 30 …", "On September 25 …")."""
    keys: set[str] = set()
    for ent in _date_entities(doc):
        if start <= ent.start and ent.end <= end:
            keys |= day_keys(ent.text)
    return keys


def _one_of_something(head: Token) -> bool:
    """A singular common noun with a determiner, that is neither a thing nor a group."""
    if head.tag_ != "NN" or _names_things(head):
        return False
    if find_actors(head.doc, head.i, head.i + 1):
        return False  # "a court", "the police": who acts, not whom it happened to
    if head.lemma_.lower() in {"group", "family", "crew", "team", "unit", "couple", "household", "people"}:
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"no", "any", "every"} for c in head.children)


def _object_after(doc: Doc, match: Match) -> Token | None:
    """The people a phrase is about, after it: the object of its verb ("we have not seen [him]
    since") or of its last word ("lost contact with [her]", "hunting for [four members]")."""
    phrase_words = set().union(*(w for w in match.entry.phrase.words if w))
    for token in doc[match.start : match.end]:
        if token.pos_ in {"VERB", "AUX"}:
            obj = next((c for c in token.children if c.dep_ == "dobj" and c.lower_ not in phrase_words), None)
            if obj is not None:
                return obj
    last = doc[match.end - 1]
    if last.lower_ not in {"with", "for", "of", "to"}:
        return None  # "have not been seen since": the people are its subject, found as usual
    return next((c for c in last.children if c.dep_ == "pobj"), None)


def _victims(
    trigger: Token, event_type: str, discourse: Discourse, given: bool = False
) -> tuple[Victims | None, int | None]:
    """Whom the event happened to, and which of the report's people that is (`given`: the
    token passed is already the people's head)."""
    if given:
        victims = read_victims(trigger)
        return mention_of(trigger, victims, discourse) if victims else (None, None)
    head = victim_phrase(trigger, event_type)
    if head is not None and head.tag_ in {"WP", "WDT"}:
        # "… who was also arrested" with the noun lost to a broken sentence: the people last named.
        nearest = discourse.latest_before(head.i, 0)
        return (nearest.victims, nearest.entity) if nearest else (None, None)
    if head is not None and is_member_mention(head):
        head = head.head.head  # "five North Koreans, including a girl": the five
    victims = read_victims(head) if head is not None else None
    if event_type not in PEOPLE_EVENT_TYPES:
        return (victims, None) if victims and victims.count_min else (None, None)
    agent_of = next((a.head for a in trigger.ancestors if a.dep_ == "agent"), None)
    if victims is None and agent_of is not None:
        # "were shot by firing squad": the people are the subject of the passive verb.
        subject = subject_of(agent_of)
        if subject is not None and read_victims(subject) is not None:
            head, victims = subject, read_victims(subject)
    active_transitive = (
        event_type not in INTRANSITIVE_TYPES and trigger.pos_ == "VERB" and not is_passive(trigger)
    )
    if victims is None and not active_transitive:
        # "received help from a broker to escape": the people are the clause's subject (never
        # the subject of an active "shot": that is who did it).
        subject = subject_of(clause_head(trigger))
        if subject is not None and (head is None or subject.i != head.i):
            found_victims = read_victims(subject)
            # "the security agent reported the defection": officials who act are not its people.
            if found_victims is None or found_victims.group not in AUTHORITY_GROUPS:
                head, victims = subject, found_victims
    if head is not None and victims is None and head.i != trigger.i and _one_of_something(head):
        # The people an event happened to, named by a noun no list knows: "a crewmate", "the diplomat".
        victims = Victims(head.text, 1, 1, "individual")
    if head is None or victims is None:
        # No people attached to the trigger ("viewing the man's disappearance as a defection",
        # or a passive whose subject the parse lost): the people named last before it in its clause.
        nearest = discourse.latest_before(trigger.i, clause_span(trigger)[0])
        return (nearest.victims, nearest.entity) if nearest else (None, None)
    return mention_of(head, victims, discourse)


def _actors(doc: Doc, trigger: Token, entry: TriggerEntry) -> tuple[list[Actor], list[Actor]]:
    """Perpetrators and facilitators: named in the trigger's clause or by its subject, else in its sentence."""
    head = clause_head(trigger)
    clause = clause_tokens(head)
    spans = [(min(t.i for t in clause), max(t.i for t in clause) + 1)]
    subject = subject_of(head)
    if subject is not None:
        spans.insert(0, (min(t.i for t in subject.subtree), max(t.i for t in subject.subtree) + 1))
    sentence = sentence_of(trigger)
    mentions = [m for lo, hi in spans for m in find_actors(doc, lo, hi)]
    # Then the rest of the sentence, for a perpetrator the clause does not name.
    mentions += [m for m in find_actors(doc, sentence.start, sentence.end) if m not in mentions]
    victims_head = victim_phrase(trigger, entry.type)
    # The people's own words, not a clause about them ("500 people who were dragged off by troops").
    victim_tokens = (
        {t.i for t in victims_head.subtree}
        - {t.i for c in victims_head.subtree if c.dep_ in {"relcl", "acl"} for t in c.subtree}
        if victims_head is not None
        else set()
    )
    perpetrators: list[Actor] = []
    facilitators: list[Actor] = []
    for mention in mentions:
        if any(i in victim_tokens for i in range(mention.start, mention.end)):
            continue
        if entry.type == "repatriation" and _receives(doc[mention.end - 1]):
            continue  # "turning them over to North Korea's Ministry of State Security": the receiver
        actor = _with_default_country(mention.actor)
        target = facilitators if actor.kind == "broker" else perpetrators
        if actor not in target:
            target.append(actor)
    if entry.type == "escape":
        perpetrators = []
    if entry.kind and not any(a.kind == entry.kind for a in perpetrators):
        perpetrators.append(Actor(entry.kind, "KP", entry.kind))
    # A named institution says more than "authorities".
    if len(perpetrators) > 1:
        perpetrators = [a for a in perpetrators if a.kind != "other"] or perpetrators
    return perpetrators, facilitators


def _receives(token: Token) -> bool:
    """Is the phrase the object of "to" ("handed over to the MSS")?"""
    return any(a.dep_ == "prep" and a.lower_ == "to" for a in list(token.ancestors)[:3])


def _carried_actors(doc: Doc, trigger: Token, entity: int | None, found: list[Found]) -> list[Actor]:
    """Who did it, when the sentence does not say: the actor of an earlier event about the same
    people, else a state actor named in the sentence before or after."""
    if entity is not None:
        for item in reversed(found):
            if item.entity == entity and item.event.perpetrators:
                return list(item.event.perpetrators)
    sentence = sentence_of(trigger)
    # The sentence before, then the one after ("A search is under way. The local government
    # ordered it …"): the first state actor either names.
    neighbours = []
    if sentence.start > 0:
        neighbours.append(sentence_of(doc[sentence.start - 1]))
    if sentence.end < len(doc):
        neighbours.append(sentence_of(doc[sentence.end]))
    for near in neighbours:
        actors = [_with_default_country(m.actor) for m in find_actors(doc, near.start, near.end)]
        actors = [a for a in actors if a.kind not in {"broker", "other", "civilian"}]
        if actors:
            return actors[:1]
    return []


def _with_default_country(actor: Actor) -> Actor:
    if actor.country is None and actor.kind in DEFAULT_COUNTRY_KINDS:
        # Reports in this field are about North Korea: an unqualified ministry is North Korea's.
        return Actor(actor.name, "KP", actor.kind)
    return actor


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


def _join_mentions(found: list[Found]) -> list[Found]:
    """Mentions of the same event in one report become one event with all their evidence."""
    joined: list[Found] = []
    for item in found:
        target = next((j for j in reversed(joined) if _same_event(j, item)), None)
        if target is None:
            joined.append(item)
            continue
        event = target.event
        event.evidence.extend(s for s in item.event.evidence if s not in event.evidence)
        if event.victims is None or event.victims.count_min is None:
            event.victims = item.event.victims or event.victims
        for actor in item.event.perpetrators:
            if actor not in event.perpetrators:
                event.perpetrators.append(actor)
        for actor in item.event.facilitators:
            if actor not in event.facilitators:
                event.facilitators.append(actor)
        event.confidence = min(0.98, max(event.confidence, item.event.confidence) + 0.03)
        target.dates |= item.dates
        if target.entity is None:
            target.entity = item.entity
    return joined


def _same_event(earlier: Found, later: Found) -> bool:
    if earlier.event.type != later.event.type:
        return False
    if earlier.dates and later.dates and not earlier.dates & later.dates:
        return False  # told with different dates: different events
    if earlier.entity is not None and earlier.entity == later.entity:
        return True
    va, vb = earlier.event.victims, later.event.victims
    counts_differ = bool(
        va and vb and va.count_min is not None and vb.count_min is not None and va.count_min != vb.count_min
    )
    if counts_differ:
        return False
    if later.anaphoric:
        return True
    if earlier.event.type not in PEOPLE_EVENT_TYPES:
        # Measures (searches, restrictions, crackdowns) told again in the next sentence are the
        # same measure; further apart they are told as another.
        return _sentence_gap(earlier.trigger, later.trigger) <= MEASURE_GAP
    if sentence_of(earlier.trigger) == sentence_of(later.trigger):
        # One mention says whom, the other does not, or a verb and a noun name one act
        # ("sentenced three students … at a public trial"): the same event told twice.
        nominal = {earlier.trigger.pos_, later.trigger.pos_} == {"NOUN", "VERB"}
        return nominal or earlier.entity is None or later.entity is None
    if va is None or vb is None:
        # Across sentences, only an event named by a noun ("the public execution") is told
        # without its people; a verb with no people of its own is another event.
        nominal = earlier.trigger.pos_ == "NOUN" or later.trigger.pos_ == "NOUN"
        return nominal and (earlier.entity is None or later.entity is None)
    same_group = va.group == vb.group or "other" in (va.group, vb.group)
    if va.count_min is not None and va.count_min == vb.count_min:
        return same_group
    return (
        same_group
        and va.group not in ("other", "residents")
        and (va.count_min is None or vb.count_min is None)
    )


def _sentence_gap(a: Token, b: Token) -> int:
    sentences = a.doc.user_data.get("tessera_sentence_starts")
    if sentences is None:
        sentences = a.doc.user_data["tessera_sentence_starts"] = [s.start for s in a.doc.sents]
    return abs(bisect_right(sentences, b.i) - bisect_right(sentences, a.i))


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

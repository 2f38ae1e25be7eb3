"""Finds the events a report describes: type, status, victims, actors and evidence.

For each sentence: trigger phrases from the lexicon name candidate events; the dependency parse
says whether each is negated or generic (no event), what status its governing words give it,
whom it happened to and who did it. People are followed across sentences so that "the family"
or "they" carries the count first given, and mentions of one event within a report ("defected",
later "their defection") become one event with several pieces of evidence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from tessera.events.actors import ActorMention, find_actors
from tessera.events.clauses import clause_head, clause_span, clause_tokens, is_passive, subject_of
from tessera.events.lexicon import Match, TriggerEntry, lexicon
from tessera.events.status import is_generic, is_negated, status_of
from tessera.events.victims import (
    PERSON_TYPES,
    Discourse,
    is_reference,
    is_singular,
    read_victims,
    victim_phrase,
)
from tessera.language import Analysis
from tessera.model import Actor, Anchor, Event, Source, Span, Victims, stable_event_id

DEFAULT_COUNTRY_KINDS = frozenset(
    {"state_security", "police", "border_guard", "party", "court", "local_official", "military"}
)
# Perpetrators a later mention of the same people inherits ("He was arrested … and transported").
CARRY_ACTOR_TYPES = frozenset({"arrest", "interrogation", "punishment", "search", "execution", "violence"})


@dataclass
class Found:
    """An event as read from one trigger, before mentions of the same event are joined."""

    event: Event
    entity: int | None
    trigger: Token
    mentions: list[int] = field(default_factory=list)


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
    discourse = Discourse()
    found: list[Found] = []
    for sentence in doc.sents:
        for match, trigger in _triggers(doc, sentence.start, sentence.end):
            item = _read_event(doc, match, trigger, discourse, found, source)
            if item is not None:
                found.append(item)
    return [f.event for f in _join_mentions(found)]


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
        spans = taken.setdefault(entry.type, [])
        if any(s < match.end and match.start < e for s, e in spans):
            continue  # the same words already named an event of this type
        spans.append((match.start, match.end))
        chosen.append((match, head))
    return chosen


def _phrase_head(doc: Doc, match: Match) -> Token:
    """The word of a matched phrase that the others depend on."""
    tokens = list(doc[match.start : match.end])
    inside = {t.i for t in tokens}
    for token in tokens:
        if token.head.i not in inside or token.head is token:
            if token.pos_ in {"VERB", "NOUN", "AUX", "PROPN", "ADJ"} or len(tokens) == 1:
                return token
    return tokens[0]


def _read_event(
    doc: Doc, match: Match, trigger: Token, discourse: Discourse, found: list[Found], source: Source
) -> Found | None:
    entry: TriggerEntry = match.entry
    if is_negated(trigger) or is_generic(trigger):
        return None
    cause_types = {f.trigger.i: f.event.type for f in found if f.trigger.sent == trigger.sent}
    status = status_of(trigger, cause_types)
    victims, entity = _victims(trigger, entry.type, discourse)
    perpetrators, facilitators = _actors(doc, trigger, entry, victims_head=None)
    if not perpetrators and entry.type in CARRY_ACTOR_TYPES and entity is not None:
        perpetrators = next((f.event.perpetrators for f in reversed(found) if f.entity == entity), [])
    start, end = clause_span(trigger)
    char_start, char_end = doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)
    sentence = trigger.sent
    anchor = Anchor(
        trigger_start=doc[match.start].idx,
        trigger_end=doc[match.end - 1].idx + len(doc[match.end - 1].text),
        sentence_start=sentence.start_char,
        sentence_end=sentence.end_char,
        clause_start=char_start,
        clause_end=char_end,
    )
    evidence = Span(source.doc, char_start, char_end, doc.text[char_start:char_end])
    event = Event(
        type=entry.type,
        status=status,
        evidence=[evidence],
        sources=[source],
        perpetrators=perpetrators,
        victims=victims,
        facilitators=facilitators,
        confidence=_confidence(entry, trigger, victims, status),
        id=stable_event_id(source.doc, entry.type, char_start, char_end),
        anchor=anchor,
    )
    return Found(event, entity, trigger)


def _victims(trigger: Token, event_type: str, discourse: Discourse) -> tuple[Victims | None, int | None]:
    """Whom the event happened to, and which of the report's people that is."""
    if event_type not in PERSON_TYPES:
        head = victim_phrase(trigger, event_type)
        victims = read_victims(head) if head is not None else None
        return (victims, None) if victims and victims.count_min else (None, None)
    head = victim_phrase(trigger, event_type)
    victims = read_victims(head) if head is not None else None
    if victims is None:
        # "received help from a broker to escape": the people are the clause's subject.
        subject = subject_of(clause_head(trigger))
        if subject is not None and subject is not head:
            head, victims = subject, read_victims(subject)
    if head is None or victims is None:
        return None, None
    if is_reference(head):
        antecedent = discourse.resolve(head.i, is_singular(head), victims.group if victims.group != "other" else None)
        if antecedent is not None and _compatible(victims, antecedent.victims):
            merged = victims if victims.count_min is not None else antecedent.victims
            return merged, antecedent.entity
    entity = discourse.add(victims, head.i)
    return victims, entity


def _compatible(reference: Victims, antecedent: Victims) -> bool:
    if reference.count_min is None:
        return True
    return reference.count_min == antecedent.count_min


def _actors(doc: Doc, trigger: Token, entry: TriggerEntry, victims_head: Token | None) -> tuple[list[Actor], list[Actor]]:
    """Perpetrators and facilitators named in the trigger's clause, else in its sentence."""
    head = clause_head(trigger)
    clause = clause_tokens(head)
    lo, hi = min(t.i for t in clause), max(t.i for t in clause) + 1
    mentions = find_actors(doc, lo, hi)
    if not mentions:
        sentence = trigger.sent
        mentions = find_actors(doc, sentence.start, sentence.end)
    victim_tokens = _victim_tokens(trigger, entry.type)
    perpetrators: list[Actor] = []
    facilitators: list[Actor] = []
    for mention in mentions:
        if any(i in victim_tokens for i in range(mention.start, mention.end)):
            continue
        actor = _with_default_country(mention)
        target = facilitators if actor.kind == "broker" else perpetrators
        if actor not in target:
            target.append(actor)
    if entry.type in {"escape", "disappearance"}:
        perpetrators = []
    if entry.kind and not any(a.kind == entry.kind for a in perpetrators):
        perpetrators.append(Actor(entry.kind, "KP", entry.kind))
    # A named institution says more than "authorities".
    if len(perpetrators) > 1:
        perpetrators = [a for a in perpetrators if a.kind != "other"] or perpetrators
    return perpetrators, facilitators


def _victim_tokens(trigger: Token, event_type: str) -> set[int]:
    head = victim_phrase(trigger, event_type)
    return {t.i for t in head.subtree} if head is not None else set()


def _with_default_country(mention: ActorMention) -> Actor:
    actor = mention.actor
    if actor.country is None and actor.kind in DEFAULT_COUNTRY_KINDS:
        # Reports in this field are about North Korea: an unqualified ministry is North Korea's.
        return Actor(actor.name, "KP", actor.kind)
    return actor


def _confidence(entry: TriggerEntry, trigger: Token, victims: Victims | None, status: str) -> float:
    score = entry.weight
    if victims is not None and victims.count_min is not None:
        score += 0.05
    if trigger.pos_ == "NOUN" and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in trigger.children):
        score -= 0.1
    if status != "occurred":
        score -= 0.05
    return max(0.05, min(0.98, score))


def _join_mentions(found: list[Found]) -> list[Found]:
    """Mentions of the same event in one report become one event with all their evidence."""
    joined: list[Found] = []
    for item in found:
        target = next((j for j in joined if _same_event(j, item)), None)
        if target is None:
            joined.append(item)
            continue
        event = target.event
        event.evidence.extend(item.event.evidence)
        if event.victims is None or event.victims.count_min is None:
            event.victims = item.event.victims or event.victims
        for actor in item.event.perpetrators:
            if actor not in event.perpetrators:
                event.perpetrators.append(actor)
        for actor in item.event.facilitators:
            if actor not in event.facilitators:
                event.facilitators.append(actor)
        event.confidence = min(0.98, max(event.confidence, item.event.confidence) + 0.03)
    return joined


def _same_event(a: Found, b: Found) -> bool:
    if a.event.type != b.event.type:
        return False
    if a.trigger.sent == b.trigger.sent and a.trigger.i != b.trigger.i:
        # Two triggers of one type in one sentence are one event only when they share their people.
        return a.entity is not None and a.entity == b.entity
    if a.entity is not None and a.entity == b.entity:
        return True
    va, vb = a.event.victims, b.event.victims
    return bool(va and vb and va.count_min is not None and va.count_min == vb.count_min and va.count_min > 1)


def _attribution(doc: Doc) -> str | None:
    """Who the report cites: "two separate sources in Shenyang", never a person's name."""
    for token in doc:
        if token.lemma_.lower() == "source" and token.pos_ == "NOUN":
            words = [t for t in token.subtree if t.dep_ not in {"relcl", "acl"}]
            skip = {t.i for c in token.children if c.dep_ in {"relcl", "acl"} for t in c.subtree}
            kept = [t for t in words if t.i not in skip and t.ent_type_ != "PERSON"]
            text = " ".join(t.text for t in kept).strip()
            if 0 < len(text) <= 80:
                return text
    return None

"""Who did it and who helped: actors named around a trigger, or carried over from the report."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tessera.events.actors import STATE_KINDS, document_actors, find_actors, is_generic
from tessera.events.clauses import clause_head, clause_tokens, sentence_of, subject_of
from tessera.events.found import Found
from tessera.events.lexicon import TriggerEntry
from tessera.events.victims import victim_phrase
from tessera.model import Actor

DEFAULT_COUNTRY_KINDS = frozenset(
    {"state_security", "police", "border_guard", "party", "court", "local_official", "military"}
)
# Types whose later mentions inherit the perpetrators of earlier ones about the same people.
CARRY_ACTOR_TYPES = frozenset({"arrest", "interrogation", "punishment", "search", "execution", "violence"})


def perpetrators_of(doc: Doc, trigger: Token, entry: TriggerEntry) -> tuple[list[Actor], list[Actor]]:
    """Perpetrators and facilitators: named in the trigger's clause or by its subject, else in its sentence."""
    head = clause_head(trigger)
    clause = clause_tokens(head)
    spans = [(min(t.i for t in clause), max(t.i for t in clause) + 1)]
    subject = subject_of(head)
    if subject is not None:
        spans.insert(0, (min(t.i for t in subject.subtree), max(t.i for t in subject.subtree) + 1))
    sentence = sentence_of(trigger)
    mentions = [m for lo, hi in spans for m in find_actors(doc, lo, hi)]
    # Then the rest of the sentence, for a perpetrator the clause does not name; not for a
    # disappearance, whose sentence often names who is looking for the people ("police are
    # viewing their disappearance as a defection"), not who took them.
    if entry.type != "disappearance":
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
        perpetrators = [a for a in perpetrators if a.kind != "other" and not is_generic(a)] or perpetrators
    if perpetrators and all(is_generic(a) and a.kind == "other" for a in perpetrators):
        perpetrators = named_force(doc, trigger) or perpetrators
    return perpetrators, facilitators


def named_force(doc: Doc, trigger: Token) -> list[Actor]:
    """The force a bare "the authorities" means: the state actor the report names nearest before
    the trigger, else first after it ("The family was banished after the authorities found out
    … the city's state security department learned …")."""
    forces = [m for m in document_actors(doc) if m.actor.kind in STATE_KINDS and not is_generic(m.actor)]
    before = [m for m in forces if m.end <= trigger.i]
    chosen = before[-1:] or forces[:1]
    if not chosen:
        return []
    span = (chosen[0].start, chosen[0].end)
    return [_with_default_country(m.actor) for m in forces if (m.start, m.end) == span]


def _receives(token: Token) -> bool:
    """Is the phrase the object of "to" ("handed over to the MSS")?"""
    return any(a.dep_ == "prep" and a.lower_ == "to" for a in list(token.ancestors)[:3])


def carried_perpetrators(doc: Doc, trigger: Token, entity: int | None, found: list[Found]) -> list[Actor]:
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

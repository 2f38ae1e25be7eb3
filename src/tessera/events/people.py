"""Whom an event happened to: the people a trigger acts on, found in the parse, and which of the
report's people they are."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tessera.events.actors import find_actors
from tessera.events.clauses import clause_head, clause_span, is_passive, subject_of
from tessera.events.lexicon import Match, lexicon
from tessera.events.victims import (
    AUTHORITY_GROUPS,
    INTRANSITIVE_TYPES,
    Discourse,
    is_member_mention,
    mention_of,
    read_victims,
    victim_phrase,
)
from tessera.model import PEOPLE_EVENT_TYPES, Victims


def names_things(head: Token) -> bool:
    """ "the bodies were taken away", "phones were seized": the event happened to no one."""
    return head.lemma_.lower() in lexicon().cues["non_people"] or head.lower_ in lexicon().cues["non_people"]


def _one_of_something(head: Token) -> bool:
    """A singular common noun with a determiner, that is neither a thing nor a group."""
    if head.tag_ != "NN" or names_things(head):
        return False
    if find_actors(head.doc, head.i, head.i + 1):
        return False  # "a court", "the police": who acts, not whom it happened to
    if head.lemma_.lower() in {"group", "family", "crew", "team", "unit", "couple", "household", "people"}:
        return False
    return any(c.dep_ in {"det", "poss"} and c.lower_ not in {"no", "any", "every"} for c in head.children)


def people_after(doc: Doc, match: Match) -> Token | None:
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


def people_of(
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


def joined_groups(trigger: Token, victims_head: Token | None) -> list[tuple[int, int, Token]]:
    """Token ranges of groups joined to the trigger: "along with six people", ", and 50 others in
    July", and helpers joined to its people ("four women and the broker who had hidden them")."""
    groups: list[tuple[int, int, Token]] = []
    helpers = lexicon().cues["facilitator_nouns"]
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

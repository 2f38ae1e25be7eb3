"""Mentions of one event in a report become one event ("defected", later "their defection").

Two mentions of a type join when they are about the same people, when one names the event by a
noun that points back ("the execution"), or when one says whom and the other does not; mentions
told with different days never join.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from tessera.daynames import day_keys
from tessera.events.clauses import sentence_of
from tessera.events.found import Found
from tessera.model import PEOPLE_EVENT_TYPES, Span, Victims


def _date_entities(doc: Doc) -> list[SpacySpan]:
    cached = doc.user_data.get("tessera_dates")
    if cached is None:
        cached = doc.user_data["tessera_dates"] = [e for e in doc.ents if e.label_ == "DATE"]
    return cached


def dates_in(doc: Doc, start: int, end: int) -> set[str]:
    """Days named in a token range, as month-day keys: two mentions told with different days
    are different events ("On August 30 …", "On September 25 …")."""
    keys: set[str] = set()
    for ent in _date_entities(doc):
        if start <= ent.start and ent.end <= end:
            keys |= day_keys(ent.text)
    return keys


def join_mentions(found: list[Found]) -> list[Found]:
    """Mentions of the same event in one report become one event with all their evidence."""
    joined: list[Found] = []
    for item in found:
        target = next((j for j in reversed(joined) if _same_event(j, item)), None)
        if target is None:
            joined.append(item)
            continue
        event = target.event
        event.evidence.extend(
            s
            for s in _restatement(item)
            if not any(e.start <= s.start and s.end <= e.end for e in event.evidence)
        )
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
        # A measure (search, restriction, crackdown) named twice in one sentence is one measure;
        # told in another sentence it is counted as another (measured: joining across sentences
        # merged separate searches more often than it joined restatements).
        return sentence_of(earlier.trigger) == sentence_of(later.trigger)
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
    if _several_families(va) != _several_families(vb):
        return False  # "families have defected" is not "a family of three defected"
    if va.count_min is not None and va.count_min == vb.count_min:
        return same_group
    return (
        same_group
        and va.group not in ("other", "residents")
        and (va.count_min is None or vb.count_min is None)
    )


def _several_families(victims: Victims) -> bool:
    return victims.group == "family" and "families" in (victims.text or "").lower()


def _restatement(item: Found) -> list[Span]:
    """A later mention is cited by the words that restate the event (its trigger phrase), so
    that the first, fuller telling stays the event's main evidence."""
    anchor = item.event.anchor
    span = item.event.evidence[0]
    if anchor is None or not (span.start <= anchor.trigger_start < anchor.trigger_end <= span.end):
        return item.event.evidence
    text = span.text[anchor.trigger_start - span.start : anchor.trigger_end - span.start]
    return [Span(span.doc, anchor.trigger_start, anchor.trigger_end, text)]

"""Whether a candidate event is kept: a small learned model over general features of the candidate.

The rules propose candidates; some are false alarms that no further rule reliably tells apart
on unseen reports (background told in passing, a general statement of policy, a plan, an event
told twice). `data/events/keep_model.json` holds a logistic regression learned from the
annotated sets by `python -m tessera.events.training` (cross-validated leave one set out): its
features describe the candidate abstractly (type, status, the grammar of its clause, what was
found for it, where it stands in the report), never the words of any report. Here it is applied
in pure Python: no learning library is loaded at run time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from tessera.data import load_json
from tessera.events.clauses import clause_head, governors, sentence_of, subject_of
from tessera.events.lexicon import lexicon, sentence_triggers
from tessera.events.status import GENERIC_PRONOUNS, MODALS_AT_RISK
from tessera.language.table import expanded_root, token_table
from tessera.model import EVENT_TYPES, STATUSES, Event

if TYPE_CHECKING:
    from tessera.language import Analysis

# Subordinators that make a clause a supposition rather than a report.
CONDITIONAL_MARKS = frozenset({"if", "unless", "whether", "lest"})
# Verbs and nouns by which someone denies or rejects what the clause says.
DENIAL_WORDS = frozenset({"deny", "denial", "reject", "dismiss", "refute", "rebut", "false", "baseless"})
QUOTES = frozenset({'"', "“", "”", "«", "»"})
DAY_PRECISIONS = frozenset({"day", "days"})
# How many years before the report a date may lie before the event reads as background.
BACKGROUND_YEARS = 1.0
# Relative pronouns for people: a clause they open describes people by an act ("a woman who fled
# in 2019"), often background to the event the report is about.
PERSONAL_RELATIVES = frozenset({"who", "whom", "whose"})
# Subordinators of time: the clause dates another event by this one ("after the boat crossed").
TEMPORAL_MARKS = frozenset({"after", "before", "when", "whenever", "since", "while", "as", "once"})
# Subordinators of a clause that tells what has not happened yet ("until the men are caught").
UNTIL_MARKS = frozenset({"until", "till", "til"})
FUTURE_AUXILIARIES = frozenset({"will", "'ll", "shall", "wo"})
FIRST_PERSON = frozenset({"i", "we", "me", "us"})
# Words that make a clause a long stretch of time or a record rather than one occasion
# ("in recent years", "for decades", "in the past", "a history of purges").
PERIOD_WORDS = frozenset({"decade", "decades", "past", "history", "recent", "years", "months"})
# Nouns for a law or policy: as a clause's subject it states a rule, not an occasion.
RULE_SUBJECTS = frozenset({"law", "policy", "code", "regulation", "rule", "system", "regime", "country"})
# Tokens from the trigger beyond which a date or number in its sentence no longer counts as near.
NEAR_TOKENS = 20


@dataclass(frozen=True)
class KeepModel:
    """A logistic regression over named features: P(event) = 1 / (1 + e^-(b + w·x))."""

    features: tuple[str, ...]
    coefficients: tuple[float, ...]
    intercept: float
    threshold: float  # candidates below it are dropped
    enabled: bool  # whether cross-validation showed the filter helps (else it only scores)
    confidence: bool  # whether its probability replaces the rules' calibrated confidence

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(
            w * features.get(n, 0.0) for n, w in zip(self.features, self.coefficients, strict=True)
        )
        return 1.0 / (1.0 + math.exp(-max(-40.0, min(40.0, z))))

    @staticmethod
    def from_dict(data: dict) -> KeepModel:
        return KeepModel(
            features=tuple(data["features"]),
            coefficients=tuple(float(w) for w in data["coefficients"]),
            intercept=float(data["intercept"]),
            threshold=float(data["threshold"]),
            enabled=bool(data.get("enabled", False)),
            confidence=bool(data.get("use_as_confidence", False)),
        )


@lru_cache(maxsize=1)
def keep_model() -> KeepModel | None:
    """The shipped model, or None when none has been trained yet."""
    try:
        return KeepModel.from_dict(load_json("events", "keep_model.json"))
    except FileNotFoundError:
        return None


def keep_events(events: list[Event], analysis: Analysis, model: KeepModel | None = None) -> list[Event]:
    """The candidates the model keeps (in order), each with the model's probability as its
    confidence when the model was shown to be the better calibrated; all of them when the model
    is switched off."""
    model = model or keep_model()
    if model is None or not events or not (model.enabled or model.confidence):
        return events
    kept = []
    for event, features in zip(events, candidate_features(events, analysis), strict=True):
        p = model.probability(features)
        if model.enabled and p < model.threshold:
            continue
        if model.confidence:
            event.confidence = round(p, 3)
        kept.append(event)
    return kept


# --- features ----------------------------------------------------------------------------------


def feature_names() -> tuple[str, ...]:
    """Every feature, in a fixed order (the model's columns)."""
    return (
        *(f"type={t}" for t in EVENT_TYPES),
        *(f"status={s}" for s in STATUSES if s != "occurred"),
        "trigger_noun",
        "trigger_weight",
        "mentions",
        "evidence_words",
        "reduced_relative",
        "negation_above",
        "denial_above",
        "modal",
        "conditional",
        "intent_above",
        "reported",
        "quoted",
        "relative_clause",
        "adverbial_clause",
        "past_tense",
        "present_tense",
        "perfect",
        "passive",
        "generic_subject",
        "bare_plural_subject",
        "habitual",
        "accusation_above",
        "has_date",
        "day_date",
        "years_before_report",
        "background_date",
        "after_report",
        "has_place",
        "has_count",
        "no_victims",
        "has_perpetrator",
        "sentence_position",
        "first_sentence",
        "others_in_sentence",
        "candidates_in_report",
        "same_type_before",
        "restates_earlier",
        "personal_relative",
        "temporal_clause",
        "until_clause",
        "infinitive",
        "future",
        "at_risk_above",
        "country_subject",
        "first_person",
        "long_period",
        "date_distance",
        "number_distance",
        "type_share",
        "dateline",
        "lead_place",
        "restates_place",
    )


def candidate_features(events: list[Event], analysis: Analysis) -> list[dict[str, float]]:
    """The features of each candidate event of one analysed report (or section), in order."""
    from tessera.time.infer import report_date
    from tessera.time.report import from_published

    doc = analysis.doc
    # (the stated date when there is one: inferring it from the text costs as much as the rest)
    reported = from_published(analysis.document.published)
    if reported is None or not reported.known:
        reported = report_date(analysis.document)
    report_day = reported.latest if reported.known else None
    sentences = {s.start_char: i for i, s in enumerate(doc.sents)}
    triggers = [_trigger(doc, e) for e in events]
    sentence_index = [sentences.get(sentence_of(t).start_char, 0) if t is not None else 0 for t in triggers]
    # The lead: the candidates of the report's first sentence that has any (what the report is about).
    lead_sentence = min(sentence_index, default=0)
    lead = [e for e, k in zip(events, sentence_index, strict=True) if k == lead_sentence]
    lead_places = {p for e in lead for p in _place_keys(e)}
    rows = []
    for i, (event, trigger) in enumerate(zip(events, triggers, strict=True)):
        row = _event_features(event, report_day)
        if trigger is not None:
            row.update(clause_features(doc, trigger))
        row["sentence_position"] = sentence_index[i] / max(1, len(sentences) - 1)
        row["first_sentence"] = float(sentence_index[i] == 0)
        row["dateline"] = float(trigger is not None and _opens_with_dateline(sentence_of(trigger)))
        row["others_in_sentence"] = float(
            min(3, sum(1 for j in range(len(events)) if j != i and sentence_index[j] == sentence_index[i]))
        )
        row["candidates_in_report"] = math.log1p(len(events))
        earlier = [e for e in events[:i] if e.type == event.type]
        row["same_type_before"] = float(min(2, len(earlier)))
        row["restates_earlier"] = float(any(_restates(event, e) for e in earlier))
        # (an earlier candidate of the type at the same place: the same event told again, "all
        # six were taken to a police station in Yanji" after their arrest in Yanji)
        row["restates_place"] = float(any(_place_keys(event) & _place_keys(e) for e in earlier))
        # (the type's share of the report: a type told once among many others is more often a
        # passing mention than the report's subject)
        row["type_share"] = sum(e.type == event.type for e in events) / len(events)
        # (whether it is at a place of the report's lead: background told in passing is often
        # somewhere else)
        row["lead_place"] = float(bool(_place_keys(event) & lead_places))
        rows.append(row)
    return rows


def _place_keys(event: Event) -> set[str]:
    """The places found for an event (where, origin, destination), by gazetteer id or name."""
    return {p.id or p.name.lower() for p in (event.where, event.origin, event.destination) if p is not None}


def _trigger(doc: Doc, event: Event) -> Token | None:
    if event.anchor is not None:
        start, end = event.anchor.trigger_start, event.anchor.trigger_end
    elif event.evidence:
        start, end = event.evidence[0].start, event.evidence[0].end
    else:
        return None
    return expanded_root(doc, start, end)


def _event_features(event: Event, report_day: date | None) -> dict[str, float]:
    row = {f"type={event.type}": 1.0}
    if event.status != "occurred":
        row[f"status={event.status}"] = 1.0
    row["mentions"] = float(min(3, len(event.evidence)) - 1)
    # (a bare fragment, "who were caught", tells less than a clause with its people and place)
    row["evidence_words"] = math.log1p(len(event.evidence[0].text.split())) if event.evidence else 0.0
    when = event.when
    row["has_date"] = float(when.start is not None)
    row["day_date"] = float(when.start is not None and when.precision in DAY_PRECISIONS)
    if report_day is not None and when.end is not None:
        years = (report_day - when.end).days / 365.25
        row["years_before_report"] = max(0.0, min(5.0, years))
        row["background_date"] = float(years > BACKGROUND_YEARS)
    if report_day is not None and when.start is not None:
        row["after_report"] = float(when.start > report_day)
    row["has_place"] = float(any(p is not None for p in (event.where, event.origin, event.destination)))
    row["has_count"] = float(event.victims is not None and event.victims.count_min is not None)
    row["no_victims"] = float(event.victims is None)
    row["has_perpetrator"] = float(bool(event.perpetrators))
    return row


def clause_features(doc: Doc, trigger: Token) -> dict[str, float]:
    """What the grammar around a trigger word says: mood, tense, the clause it stands in, the
    words it hangs from, its subject."""
    cues = lexicon().cues
    head = clause_head(trigger)
    # The words above the trigger in its own clause (its auxiliaries say its tense and mood), and
    # all the words it hangs from up to the sentence's root: a verb of saying, denying, planning
    # or charging whose content it is ("the ministry denied reports that guards beat them").
    above = list(governors(trigger))
    ancestors = list(trigger.ancestors)
    lemmas_above = {t.lemma_.lower() for t in ancestors}
    table = token_table(doc)  # (the children of the words above read in the table, not as Tokens)
    kids, dep, lower = table.children, table.dep, table.lower
    marks = {lower[c] for t in (trigger, *ancestors) for c in kids[t.i] if dep[c] == "mark"}
    auxiliaries = [c for t in (trigger, *above) for c in t.children if c.dep_ in {"aux", "auxpass"}]
    aux_words = {a.lower_ for a in auxiliaries}
    verb = trigger if trigger.pos_ in {"VERB", "AUX"} else head
    tensed = [verb, *(c for c in verb.children if c.dep_ in {"aux", "auxpass"})]
    subject = subject_of(head)
    sentence = sentence_of(trigger)
    texts, lemma = table.text, table.lemma
    quotes_before = sum(1 for i in range(sentence.start, trigger.i) if texts[i] in QUOTES)
    clause_words: set[str] = set()
    for i in table.subtree(head.i):  # (one walk of the clause for both keys of each word)
        clause_words.add(lower[i])
        clause_words.add(lemma[i])
    weight = trigger_weight(trigger)
    own_marks = {lower[c] for t in (trigger, *above) for c in kids[t.i] if dep[c] == "mark"}
    return {
        **_clause_kind_features(trigger, head, subject, own_marks, aux_words, ancestors),
        **_distance_features(trigger, sentence),
        "trigger_noun": float(trigger.pos_ in {"NOUN", "PROPN"}),
        "trigger_weight": weight - 0.7 if weight is not None else 0.0,
        "negation_above": float(
            any(dep[c] == "neg" for t in ancestors for c in kids[t.i])
            or bool(lemmas_above & cues["negation"])
        ),
        "denial_above": float(bool(lemmas_above & DENIAL_WORDS)),
        "modal": float(bool(aux_words & MODALS_AT_RISK)),
        "conditional": float(bool(marks & CONDITIONAL_MARKS)),
        "intent_above": float(bool(lemmas_above & (cues["intent_words"] | cues["intent_nouns"]))),
        "reported": float(bool(lemmas_above & cues["reporting_verbs"])),
        "quoted": float(quotes_before % 2 == 1),
        "reduced_relative": float(trigger.dep_ == "acl" and trigger.tag_ in {"VBN", "VBG"}),
        "relative_clause": float(head.dep_ in {"relcl", "acl"} or trigger.dep_ in {"relcl", "acl"}),
        "adverbial_clause": float(head.dep_ == "advcl"),
        "past_tense": float(any("Past" in t.morph.get("Tense") and t.tag_ != "VBN" for t in tensed)),
        "present_tense": float(
            any(t.tag_ in {"VBZ", "VBP"} for t in tensed) and not any(t.tag_ == "VBD" for t in tensed)
        ),
        "perfect": float(any(a.lemma_ == "have" for a in auxiliaries)),
        "passive": float(any(a.dep_ == "auxpass" for a in auxiliaries)),
        "generic_subject": float(
            subject is not None
            and (subject.lower_ in cues["generic_subjects"] or subject.lower_ in GENERIC_PRONOUNS)
        ),
        "bare_plural_subject": float(_bare_plural(subject)),
        "habitual": float(bool(clause_words & cues["habitual_words"])),
        "accusation_above": float(bool(lemmas_above & cues["accusation"])),
    }


def _clause_kind_features(
    trigger: Token,
    head: Token,
    subject: Token | None,
    own_marks: set[str],
    aux_words: set[str],
    ancestors: list[Token],
) -> dict[str, float]:
    """The kind of clause a trigger stands in, as unseen reports use them for background:
    people described by a past act ("families whose sons defected"), a clause that times another
    event ("after the boat crossed the line") or waits on one ("until the men are caught"), an
    infinitive ("orders for guards to shoot intruders"), a future or a threat ("they will face
    torture"), a country or a law as the actor of a general policy ("the country has tightened its
    border"), first-person testimony ("a guard kicked me"), a long period ("for decades")."""
    cues = lexicon().cues
    relative = head if head.dep_ == "relcl" else trigger if trigger.dep_ == "relcl" else None
    at_risk = set(cues["status"]["at_risk"]) - MODALS_AT_RISK
    table = token_table(head.doc)  # (the children's words read in the table, not as Tokens)
    people = {table.lower[c] for c in table.children[head.i]} | {
        table.lower[c] for c in table.children[trigger.i]
    }
    if subject is not None:
        people.add(subject.lower_)
    period = {table.lower[i] for i in table.subtree(head.i)} | {t.lemma_.lower() for t in ancestors}
    return {
        "personal_relative": float(
            relative is not None
            and any(t.lower_ in PERSONAL_RELATIVES and t.i < relative.i for t in relative.subtree)
        ),
        "temporal_clause": float(bool(own_marks & TEMPORAL_MARKS)),
        "until_clause": float(bool(own_marks & UNTIL_MARKS)),
        "infinitive": float(any(c.tag_ == "TO" for c in head.children)),
        "future": float(bool(aux_words & FUTURE_AUXILIARIES)),
        "at_risk_above": float(any(t.lemma_.lower() in at_risk for t in ancestors)),
        "country_subject": float(
            subject is not None and (subject.ent_type_ == "GPE" or subject.lemma_.lower() in RULE_SUBJECTS)
        ),
        "first_person": float(bool(people & FIRST_PERSON)),
        "long_period": float(bool(period & PERIOD_WORDS)),
    }


def _distance_features(trigger: Token, sentence) -> dict[str, float]:
    """How far (in tokens, capped, as a share of NEAR_TOKENS) the nearest date and the nearest
    number of the trigger's sentence lie: an event told with its date and count close by ("on 3
    May police detained 12") is more often the report's subject than one mentioned in passing."""
    table = token_table(trigger.doc)
    ent, like_num, at = table.ent_type, table.like_num, trigger.i
    words = range(sentence.start, sentence.end)
    dates = [abs(i - at) for i in words if ent[i] in {"DATE", "TIME"}]
    numbers = [
        abs(i - at) for i in words if (like_num[i] or ent[i] == "CARDINAL") and ent[i] not in {"DATE", "TIME"}
    ]
    return {
        "date_distance": min([NEAR_TOKENS, *dates]) / NEAR_TOKENS,
        "number_distance": min([NEAR_TOKENS, *numbers]) / NEAR_TOKENS,
    }


def _opens_with_dateline(sentence) -> bool:
    """ "HARBIN, May 3 -- …": a sentence that opens with a capitalised place and a comma; an
    event told there is the report's lead (but its evidence may run into the dateline)."""
    first = sentence[0]
    return (
        len(sentence) > 2
        and first.is_alpha
        and first.is_upper
        and len(first) >= 3
        and sentence[1].text in {",", "("}
    )


def _bare_plural(noun: Token | None) -> bool:
    """ "defectors are sent back": a plural noun with no determiner, number or owner (people in general)."""
    if noun is None or noun.tag_ not in {"NNS", "NNPS"}:
        return False
    return not any(c.dep_ in {"det", "nummod", "poss", "quantmod"} for c in noun.children)


def trigger_weight(trigger: Token) -> float | None:
    """The lexicon weight of the trigger phrase that covers the trigger word (the sentence's
    phrases are found once per Doc)."""
    sentence = sentence_of(trigger)
    found = sentence_triggers(trigger.doc, sentence.start, sentence.end)
    weights = [m.entry.weight for m in found if m.start <= trigger.i < m.end]
    return max(weights) if weights else None


def _restates(event: Event, earlier: Event) -> bool:
    """An earlier candidate of the same type with the same date or the same count of people."""
    same_day = event.when.start is not None and event.when.start == earlier.when.start
    same_count = (
        event.victims is not None
        and earlier.victims is not None
        and event.victims.count_min is not None
        and event.victims.count_min == earlier.victims.count_min
    )
    return same_day or same_count


def vector(features: dict[str, float], names: Iterable[str]) -> list[float]:
    """The features as one row of numbers, in the order of `names`."""
    return [features.get(n, 0.0) for n in names]

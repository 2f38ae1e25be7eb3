"""What the merge compares about one event, computed once per event.

Comparing 100,000 events means millions of comparisons, so each event is reduced first to plain
values: day ordinals for its time, its places by role, its victim count as an interval, the
countries and kinds of its perpetrators, the content words of its evidence, and which documents
(and which articles, by headline or URL) it comes from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta

from tessera.daynames import day_keys
from tessera.merge.places import capital_country, country_place
from tessera.merge.text import (
    act_kinds,
    anchored_order,
    approximates_count,
    bounds_count_below,
    camp_kinds,
    content_tokens,
    counts_by_order,
    counts_named,
    describing_words,
    group_sex,
    names_another,
    names_associates,
    names_companions,
    names_day_edge,
    names_force,
    names_helpers,
    names_kin,
    names_kin_of_another,
    names_month,
    names_no_one,
    names_others,
    names_part_of_group,
    names_relatives,
    one_person_words,
    person_sex,
    place_key,
    searched_homes,
    sentence_terms,
    title_key,
    tokens_of,
    told_as_cause,
    told_as_prior,
    told_in_relative_clause,
)
from tessera.model import UNTOLD_SENDERS, Document, Event, Place, Victims, stable_event_id
from tessera.time.report import from_published

ROLES = ("where", "origin", "destination")
# Statuses that can describe one real event. "occurred" and "suspected" are one happening seen
# with more or less certainty; an attempt that failed or a threat is a different thing.
STATUS_CLASS = {"occurred": "real", "suspected": "real", "attempted": "attempted", "at_risk": "at_risk"}
# Classes that can still be one happening told at different times or by a vaguer source: a threat
# reported on Monday that was carried out by Friday ("at risk of being sent back" -> "sent back"),
# or a crossing one report calls caught and another calls made. A threat and a failed try are not.
COMPATIBLE_CLASSES = frozenset({frozenset({"real", "at_risk"}), frozenset({"real", "attempted"})})
# Victim kinds that say who the people were; "residents", "defectors" and "individual" are what
# almost every report in this domain says, and reports of one event often differ on them.
TELLING_GROUPS = frozenset({"students", "soldiers", "officials", "workers", "traders", "family"})
# An event a report does not date happened before the report, and rarely long before it.
UNDATED_LOOKBACK_DAYS = 3 * 366
PUBLISHED_SLACK_DAYS = 7
# States that last rather than happen once: a border closure or a crackdown is reported as in
# force weeks or months after it began, and each report dates it differently (when it was
# ordered, when it was noticed, "this year").
ONGOING_TYPES = frozenset({"movement_restriction", "crackdown"})
# Happenings each of which is news (a flight abroad, an execution), told of one place and time by
# few reports, unlike the arrests, interrogations and returns that are routine every month: two
# reports of one of these on overlapping dates in one place are most likely telling the same one.
RARE_TYPES = frozenset({"escape", "execution"})
# Campaigns a town or province sees one at a time: "a crackdown on anti-socialist behaviour
# launched in Hyesan in March" and "the inspection group sent from Pyongyang in March is still
# hunting in Ryanggang" are one campaign, however each report names its target (a crackdown's
# target is told in many words, "reactionary fashion", "puppet speech", "foreign culture").
CAMPAIGN_TYPES = frozenset({"crackdown"})
# Types whose confinement is told by the kind of camp (`camp_kinds`): a sentence, a fear of one.
CAMP_TYPES = frozenset({"punishment"})
# How far a hedged number ("about 10", "some 800") may be from the count it estimates, as a share.
APPROXIMATE_SLACK = 0.25


@dataclass(slots=True)
class Profile:
    id: str
    type: str
    status_class: str
    dated: bool  # the text dates the event (not just the report)
    t0: int | None  # first and last possible day, as ordinals; None when nothing bounds it
    t1: int | None
    precision: str
    places: dict[str, Place]
    cmin: int | None
    cmax: float | None  # None: no count; inf: open-ended ("more than 500")
    perp_countries: frozenset[str]
    perp_kinds: frozenset[str]
    tokens: frozenset[str]
    named_days: frozenset[str]  # month-day keys the evidence names ("oct-9"), year or not
    sex: str | None  # "f" or "m" when the report is about one woman or one man
    group: str | None  # the victims' kind when it tells people apart ("students", "soldiers")
    people: str | None  # whom the victims' description names: a telling group or "relatives"
    acts: frozenset[str]  # kinds of act the evidence names ("confinement", "banishment")
    anchors: frozenset[tuple[str, str]]  # ("before"/"after", happening): "since the execution"
    docs: frozenset[str]
    reports: frozenset[str]  # article keys: headline or URL; two documents sharing one are copies
    outlet_days: frozenset[str]
    published: tuple[int, int] | None  # first and last day its reports' publication dates allow
    sort_key: int  # position on the time line used by blocking
    day_edge: bool = False  # told at the turn of a day ("late Monday", "overnight", "before dawn")
    borrowed_day: bool = False  # one exact day, named outside the event's own evidence
    # Whom the victims' description names: the flight's helpers (brokers, foreign guides: True),
    # the people who fled (False), or neither that can be told (None).
    helpers: bool | None = None
    # Roles whose place is a national capital the evidence does not name, or a journey's end
    # read from another clause, with the country it stands for (`capital_stand_ins`,
    # `destination_stand_in`).
    stand_ins: dict[str, Place] = field(default_factory=dict)
    # The date phrase names a month ("in early February", "between 3 and 5 May"): a period
    # told by the calendar, not relative to the report ("earlier this month", "last week").
    calendar_period: bool = False
    # The date phrase is in the event's own evidence (not read from another clause).
    dated_in_evidence: bool = False
    # The victims' description names members of a family ("the couple", "their two sons").
    kin: bool = False
    # The victims' group as the events stage coded it ("family", "residents", "other"), or None.
    counted_as: str | None = None
    # The evidence adds its people or act to others of the report ("also", "other", "as well").
    adds_others: bool = False
    # The count is an order of magnitude with no figure ("dozens of", "hundreds of").
    by_order: bool = False
    # The count is a lower bound the description states ("more than 50 North Koreans").
    stated_bound: bool = False
    # The event is told only in a relative clause naming its people ("two men who fled ...").
    by_clause: bool = False
    # The event is told as what came before another happening ("died after guards beat him").
    as_cause: bool = False
    # The victims' description counts its people as part of a group ("two of the pupils").
    part_of_group: bool = False
    # Roles whose place the event's own evidence does not name: read from another clause.
    placed_outside: frozenset[str] = frozenset()
    # The description names one person ("the woman", "she") while the count is of more: the count
    # was read from another phrase ("sent back together with about 20 others").
    one_counted_many: bool = False
    # The evidence tells the act as an earlier occasion ("had already been sent back once").
    prior: bool = False
    # Nobody the act befell is named: no description of the people and no count.
    unnamed: bool = False
    # The victims are named by their tie to someone else, not kin ("her sister's neighbour").
    associates: bool = False
    # Numbers of people the evidence names ("three people were executed"), whatever count was read.
    named_counts: frozenset[int] = frozenset()
    # (country, kind) of the perpetrators the evidence itself names (`text.names_force`): the
    # others were read from another clause or given by default.
    told_perps: frozenset[tuple[str, str]] = frozenset()
    # The evidence or the description tells one person with companions ("a woman and her son").
    companions: bool = False
    # A group told as all women ("f": "several women") or all men ("m": "three men"), or None.
    group_sex: str | None = None
    # The people are told as others than some the report told already ("another family").
    another: bool = False
    # The victims' description has a word of content ("a family", "two soldiers"), not only
    # pronouns and determiners ("he", "the other two").
    described: bool = False
    # The words of the victims' description that tell who they were (`text.describing_words`).
    describing: frozenset[str] = frozenset()

    @property
    def width(self) -> int:
        return (self.t1 - self.t0) if self.dated and self.t0 is not None and self.t1 is not None else 10**6


def ensure_id(event: Event) -> Event:
    """Every event the merge sees needs an id; one without gets the model's stable id."""
    if event.id:
        return event
    if event.evidence:
        span = event.evidence[0]
        return event.with_(id=stable_event_id(span.doc, event.type, span.start, span.end))
    doc = event.sources[0].doc if event.sources else ""
    return event.with_(id=stable_event_id(doc, event.type, 0, 0))


def published_bounds(published: str | None) -> tuple[date, date] | None:
    """The first and last day a "YYYY-MM-DD", "YYYY-MM" or "YYYY" publication date allows."""
    report = from_published(published)
    if report is None or report.earliest is None or report.latest is None:
        return None
    return report.earliest, report.latest


# A fear is of what is still to come when it is reported: one dated wholly more than this many
# days before its report was given another event's date (the past case a report recalls).
THREAT_BEFORE_REPORT_DAYS = 31
# What a report tells as done happened by the day it was published (a day's slack for time zones
# and a publication date given a day late).
DONE_AFTER_REPORT_DAYS = 1


def date_contradicts_report(event: Event, start: date, end: date) -> bool:
    """Is the event's date impossible for its status, given when its reports were published?

    What a report fears is still to come on the day it is published, and what it tells as done
    had happened by then. "Rights groups fear the eight will be sent back to China" in a report of
    18 August 2025, dated 2013 because the report goes on to recall "a group deported in 2013", or
    "the three women were picked up by border patrols" dated "next week" because the report says
    they may fly on next week: the date belongs to another clause of the report, and the merge
    reads such an event as undated (when its report was published, not when it says). A measure
    (a closure, a crackdown) may be told as ordered to start after the report, and keeps its date."""
    bounds = [b for b in (published_bounds(s.published) for s in event.sources) if b]
    if not bounds:
        return False
    earliest = min(b[0] for b in bounds)
    latest = max(b[1] for b in bounds)
    if event.status == "at_risk":
        return (earliest - end).days > THREAT_BEFORE_REPORT_DAYS
    if event.type in ONGOING_TYPES:
        return False  # a measure is announced to take effect on a later day ("from 1 August")
    return (start - latest).days > DONE_AFTER_REPORT_DAYS


def _time_bounds(event: Event) -> tuple[bool, int | None, int | None]:
    if event.status == "at_risk":
        # A fear has no day of its own: what is feared has not happened when it is reported.
        # "The government is working to prevent them from being sent back" is given the day of
        # the detention the next sentence tells ("detained over the weekend"), "urging Beijing
        # not to send them back" the week of the appeal: each report's fear of one return then
        # carries another day. The annotated sets leave fears undated (254 of 255); the merge
        # reads every fear by its report's publication, as an undated one.
        return _undated_bounds(event)
    w = event.when
    if w.start or w.end:
        start = w.start or w.end
        end = w.end or w.start
        assert start is not None and end is not None
        if end < start:
            start, end = end, start
        if date_contradicts_report(event, start, end):
            return _undated_bounds(event)
        last = end.toordinal()
        if event.type in ONGOING_TYPES:
            # A state the report describes is still in force when the report is published: a
            # closure "ordered in August" is the closure a September report says is in place.
            reported = [b[1].toordinal() for b in (published_bounds(s.published) for s in event.sources) if b]
            last = max([last, *reported])
        return True, start.toordinal(), last
    return _undated_bounds(event)


def _undated_bounds(event: Event) -> tuple[bool, int | None, int | None]:
    """Undated: the report's publication bounds it (the event happened before it was reported)."""
    bounds = [b for b in (published_bounds(s.published) for s in event.sources) if b]
    if not bounds:
        return False, None, None
    latest = max(b[1] for b in bounds)
    earliest = min(b[0] for b in bounds)
    if event.status == "at_risk":
        # A threat is about what may happen after the report.
        return False, earliest.toordinal() - 30, latest.toordinal() + 366
    lo = earliest - timedelta(days=UNDATED_LOOKBACK_DAYS)
    return False, lo.toordinal(), latest.toordinal() + PUBLISHED_SLACK_DAYS


def _published(event: Event) -> tuple[int, int] | None:
    bounds = [b for b in (published_bounds(s.published) for s in event.sources) if b]
    if not bounds:
        return None
    return min(b[0] for b in bounds).toordinal(), max(b[1] for b in bounds).toordinal()


def names_one_person(victims: Victims | None) -> bool:
    """Does the victims' description name one woman or one man, with no number ("the North
    Korean woman", "she", "him")? A count of more given to it was read from another phrase.
    The description must end on the person ("her parents" names others by her)."""
    if victims is None or not victims.text:
        return False
    text = victims.text
    if not person_sex(text) or group_sex(text) is not None or counts_named([text]):
        return False
    words = re.findall(r"[a-z]+", text.lower())
    return bool(words) and words[-1] in one_person_words()


def counts_households(victims: Victims | None) -> bool:
    """Does the count name households rather than people? "One family" or "a family" is given as
    a count of 1 with the group `family`: a family is several people, and how many this one is,
    the count does not say."""
    return victims is not None and victims.group == "family" and victims.count_max == 1


def _count(event: Event) -> tuple[int | None, float | None]:
    v = event.victims
    if v is None or (v.count_min is None and v.count_max is None):
        return None, None
    if counts_households(v):
        return None, None
    if v.count_min == v.count_max == 1 and names_no_one(v.text):
        # "Government" or "every soldier" given a count of one: a word of another phrase, or
        # everyone of a kind, which says nothing of how many people the event befell.
        return None, None
    lo = v.count_min if v.count_min is not None else v.count_max
    hi: float = v.count_max if v.count_max is not None else float("inf")
    assert lo is not None
    if lo == hi and bounds_count_below(v.text):
        # "More than a dozen soldiers" read as twelve: the people are that many or more.
        return lo, float("inf")
    if lo == hi and approximates_count(v.text):
        # "About 10 North Koreans" is the reporter's estimate, not a count: another outlet's
        # exact "eight" is the same group. A quarter either side (at least one person).
        slack = max(1, math.ceil(lo * APPROXIMATE_SLACK))
        return max(lo - slack, 1), lo + slack
    return lo, max(hi, lo)


_cache: list[dict[tuple[int, int], tuple[Event, Profile]]] = []


@contextmanager
def cached_profiles() -> Iterator[None]:
    """Within the block, each event object is profiled once (the store merges a block and then
    looks in it for pairs to review); the events must not change meanwhile."""
    _cache.append({})
    try:
        yield
    finally:
        _cache.pop()


def profile(event: Event, documents: Mapping[str, Document] | None = None) -> Profile:
    if _cache:
        key = (id(event), id(documents))
        hit = _cache[-1].get(key)
        if hit is not None and hit[0] is event:
            return hit[1]
        made = _profile(event, documents)
        _cache[-1][key] = (event, made)
        return made
    return _profile(event, documents)


def _profile(event: Event, documents: Mapping[str, Document] | None) -> Profile:
    dated, t0, t1 = _time_bounds(event)
    # Undated events without a report date sort after every real date, together; other undated
    # events sort at their report's date (a threat's last possible day is a year after it).
    published = _published(event)
    sort_key = (
        10**7 if t0 is None or t1 is None else (t0 + t1) // 2 if dated else published[1] if published else t1
    )
    places = {r: p for r in ROLES if (p := getattr(event, r)) is not None and (p.name or p.country)}
    cmin, cmax = _count(event)
    tokens = tokens_of(s.text for s in event.evidence)
    group = event.victims.group if event.victims and event.victims.group in TELLING_GROUPS else None
    docs = frozenset(s.doc for s in event.sources) | frozenset(s.doc for s in event.evidence)
    reports: set[str] = set()
    outlet_days: set[str] = set()
    for s in event.sources:
        if s.url:
            reports.add("url:" + s.url.split("#")[0].rstrip("/"))
        doc = documents.get(s.doc) if documents else None
        if doc is not None and (tk := title_key(doc.title)):
            reports.add("title:" + tk)
        if s.outlet and s.published and len(s.published) >= 10:
            outlet_days.add(f"{place_key(s.outlet)}@{s.published[:10]}")
    return Profile(
        id=event.id,
        type=event.type,
        status_class=STATUS_CLASS.get(event.status, event.status),
        dated=dated,
        t0=t0,
        t1=t1,
        precision=event.when.precision,
        places=places,
        cmin=cmin,
        cmax=cmax,
        perp_countries=frozenset(a.country.upper() for a in event.perpetrators if a.country),
        # (a sender no word named, `default_sender`'s, tells nothing two reports could agree on)
        perp_kinds=frozenset(
            a.kind
            for a in event.perpetrators
            if a.kind and a.kind != "other" and a.name not in UNTOLD_SENDERS
        ),
        tokens=tokens,
        # The days its evidence or its date phrase names ("on Oct. 9", even without a year).
        named_days=frozenset().union(
            *(day_keys(t) for t in [*(s.text for s in event.evidence), event.when.text or ""])
        ),
        sex=person_sex(event.victims.text) if event.victims and event.victims.count_max == 1 else None,
        group=group,
        # "The runaway's grandparents" are other people than the runaway, whatever group they fall in.
        # Of a punishment, "his wife and teenage son" are punished for another's deed: relatives too.
        people="relatives"
        if event.victims
        and (
            names_relatives(event.victims.text)
            or (event.type == "punishment" and names_kin_of_another(event.victims.text))
        )
        else group,
        acts=act_kinds(event.type, tokens)
        | (
            frozenset("camp:" + k for k in camp_kinds(s.text for s in event.evidence))
            if event.type in CAMP_TYPES
            else frozenset()
        )
        | (searched_homes(s.text for s in event.evidence) if event.type == "search" else frozenset())
        | (sentence_terms(s.text for s in event.evidence) if event.type == "punishment" else frozenset()),
        anchors=anchored_order(s.text for s in event.evidence),
        docs=docs,
        reports=frozenset(reports),
        outlet_days=frozenset(outlet_days),
        published=published,
        sort_key=sort_key,
        day_edge=names_day_edge([event.when.text, *(s.text for s in event.evidence)]),
        borrowed_day=dated and t0 == t1 and borrowed_date(event),
        helpers=names_helpers(event.victims.text) if event.victims else None,
        calendar_period=names_month(event.when.text),
        dated_in_evidence=dated and bool(event.when.text) and not borrowed_date(event),
        stand_ins=capital_stand_ins(event, places) | destination_stand_in(event, places),
        kin=bool(event.victims and names_kin(event.victims.text)),
        counted_as=event.victims.group if event.victims else None,
        adds_others=names_others([*(s.text for s in event.evidence), event.victims and event.victims.text]),
        by_order=cmax == float("inf") and counts_by_order(event.victims.text if event.victims else None),
        stated_bound=cmax == float("inf")
        and bounds_count_below(event.victims.text if event.victims else None),
        by_clause=told_in_relative_clause(s.text for s in event.evidence),
        as_cause=told_as_cause(s.text for s in event.evidence),
        part_of_group=bool(event.victims and names_part_of_group(event.victims.text)),
        placed_outside=frozenset(role for role, place in places.items() if _named_outside(place, event)),
        one_counted_many=cmin is not None and cmin > 1 and names_one_person(event.victims),
        prior=told_as_prior(s.text for s in event.evidence),
        associates=bool(event.victims and names_associates(event.victims.text)),
        unnamed=cmin is None and not (event.victims and (event.victims.text or "").strip()),
        named_counts=counts_named(s.text for s in event.evidence),
        told_perps=told_perpetrators(event),
        companions=names_companions(
            [event.victims and event.victims.text, *(s.text for s in event.evidence)]
        ),
        group_sex=group_sex(event.victims.text) if event.victims and event.victims.count_max != 1 else None,
        another=bool(event.victims and names_another(event.victims.text)),
        described=bool(event.victims and content_tokens(event.victims.text or "")),
        describing=describing_words(event.victims.text if event.victims else None),
    )


def told_perpetrators(event: Event) -> frozenset[tuple[str, str]]:
    """(country, kind) of the perpetrators the event's own evidence names (`text.names_force`).

    An event told in one passage ("A North Korean couple arrested in Shenyang in July") names
    its doers there or not at all; one the extractor joined from several passages of its report
    ("arrested in a police raid in Yanji ... held at the state security department") may have
    its doers from any of them, so all of them count as told."""
    texts = [s.text for s in event.evidence]
    return frozenset(
        ((a.country or "").upper(), a.kind)
        for a in event.perpetrators
        if a.kind and (len(texts) > 1 or names_force(a.kind, texts))
    )


def borrowed_date(event: Event) -> bool:
    """Was the event dated by a phrase outside its own evidence? "Police arrested eleven North
    Koreans who crossed the river, an officer said on Friday. The group came ashore late on
    Wednesday": the arrest, which names no day, is given the crossing's Wednesday, though it came
    after it. A day read from another clause is a day of the story near the event, not surely
    its own (on the annotated sets, about four in ten such exact days are wrong, against one in
    seven named in the evidence itself). Unknown (False) when the date phrase is not kept."""
    phrase = (event.when.text or "").strip().lower()
    if not phrase or not event.evidence:
        return False
    return not any(phrase in s.text.lower() for s in event.evidence)


def capital_stand_ins(event: Event, places: Mapping[str, Place]) -> dict[str, Place]:
    """The country each of the event's places stands for when it is a national capital that the
    event's own evidence does not name ("China sent the fifty back", in a report that names
    Beijing elsewhere, given Beijing as its origin).

    A capital read from another clause is most often the government acting ("Seoul urged
    restraint"), the reporters' city or the seat of a group that spoke, not where the event took
    place: on the annotated sets, half such `where`s lie in another country than the event, and
    such origins lie in the right country but are seldom the right city. A capital the evidence
    names ("were flown to Seoul") stays a place."""
    out: dict[str, Place] = {}
    for role, place in places.items():
        country = capital_country(place)
        if country is not None and _named_outside(place, event):
            out[role] = country
    return out


# Events with a route, whose destination is where the people were taken.
ROUTE_TYPES = frozenset({"escape", "repatriation"})


def destination_stand_in(event: Event, places: Mapping[str, Place]) -> dict[str, Place]:
    """The country a journey's end stands for when the event's own evidence does not name it.

    "About 60 North Koreans were sent back from China through Tumen in July", given Chongjin
    (where a later sentence says they were held) or a returnee's home town as the destination,
    against another report's "escorted across the bridge to Namyang": a return is handed over at
    the border post, and the people are then taken to a holding centre, a camp or their home
    county, so the town another clause names is a later stage of one return, not where this
    report says the return went. Such a destination says only its country ("to North Korea");
    a town the evidence names ("sent back from Dandong to Sinuiju") stays a town."""
    place = places.get("destination")
    if event.type not in ROUTE_TYPES or place is None or not place.country or place.precision == "country":
        return {}
    if not _named_outside(place, event):
        return {}
    return {"destination": country_place(place.country)}


def _named_outside(place: Place, event: Event) -> bool:
    """Does the event's own evidence leave the place's name unsaid?"""
    name = (place.text or place.name or "").strip().lower()
    return bool(name and event.evidence) and not any(name in s.text.lower() for s in event.evidence)

"""Dating events: each event takes the time expression that governs it, or a bounded window.

Order of reasoning for one event:
1. its own date: the governing mention of its sentence (attach.py), narrowed to the event's
   evidence when the events stage quoted less than the sentence. If that mention cannot be
   placed (a month with no known year), the event stays undated rather than borrowing another.
   A date of any verb the events stage quoted as the same event counts ("crossed ... and
   defected on Tuesday"); a vague one in the opening paragraph is narrowed by the day the
   details open with ("earlier this week ... / The men were taken across on Monday night");
   "by the end of July" runs from the date told before it to that limit; told in the present
   progressive ("people sent back late last month are being questioned"), it runs from that
   date up to the report;
2. a date the report gives the same happening elsewhere: a restatement by an event of the same
   type, "on the same day", or, for the report's opening paragraph, which summarises, the first
   date of the paragraph that follows and tells the details;
3. for an event told in the present perfect ("have stepped up a clampdown"), the period up to
   the report that the sentence beside it dates ("Since the Lunar New Year, ..."), or, in the
   opening sentence, the first date of the next one, which tells the details;
4. for a suspected event ("she disappeared in early March, and managers believe she has
   defected"), the date of what the sentence told first: the suspicion reads that happening;
5. a window: after the dated event or date the sentence tells first ("defected at the end of
   February but were arrested" → arrested after February 21), before the report's date,
   precision `range`; nothing bounds it from below → unknown. An event in the past perfect
   ("had fled") came before what is told around it, so it gets no window;
5b. a limit the next sentence sets ("By June 9, the group had been handed over"): from the last
   date told before the event up to that day;
6. the time the story has set: the last date told before its sentence, in its paragraph or in
   the sentence just before ("In late 2014, police searched her home. She was detained ..."):
   that time, or from it up to the report when it opened a period ("began a search on July 16")
   or the event is told as still going on ("are checking everyone"); an event in the past
   perfect takes that time as told ("beaten in early September ... The official had searched
   his bunk": a step just before, within the time told);
7. told in the present perfect ("have been arrested") with nothing else: from the start of the
   first recent period the report tells ("earlier this month") up to the report.
Before the window, a sentence whose subject points back ("That was the largest return in
years") restates what was told before, with its date.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tessera.events.background import PEOPLE_NOUNS
from tessera.events.clauses import present_perfect, sentence_of, subject_of, told_in_present
from tessera.events.joining import MORE_WORDS, NEW_REFERENT_WORDS, OTHER_WORDS
from tessera.events.victims import counted_person_nouns
from tessera.language import Analysis
from tessera.language.table import TokenTable, expanded_span, token_table
from tessera.model import Event, Span, TimeSpan
from tessera.time.attach import (
    GOVERNING_RANK,
    OTHER_CLAUSE_RANK,
    PlacedMention,
    counted_gap,
    gap_unit,
    governing_verb,
    head_chain,
    in_other_relative_clause,
    is_onset,
    misread_main_verb,
    paragraph_bounds,
    paragraph_of,
    place_mention,
    pluperfect,
    rank,
    reduced_relative,
    sentence_index,
    token_span,
)
from tessera.time.calendar import add_months, day_in_month, month_end, month_span, months_back, week_of
from tessera.time.infer import report_date
from tessera.time.lexicon import lexicon
from tessera.time.mentions import Mention, find_mentions, is_dateline
from tessera.time.report import ReportDate
from tessera.time.resolve import looks_ahead, resolve_mention, steps_from


@lru_cache(maxsize=1)
def _same_time() -> re.Pattern[str]:
    """ "on the same day", "at the same rally", "at the same public trial" (a word may tell what
    kind of gathering), "the same afternoon", "that evening": the time of what was told just
    before."""
    gatherings = "|".join(sorted(lexicon().gatherings, key=len, reverse=True))
    return re.compile(
        rf"\b(?:(?:the|that) (?:same|very) (?:day|week|time|night|morning|afternoon|evening|(?:[a-z]+[ -])?(?:{gatherings}))"
        rf"|that (?:day|night|morning|afternoon|evening)|at that time|simultaneously)\b",
        re.I,
    )


# Words before a date that only measures another from it ("two days before the holiday",
# "ahead of the anniversary on October 10")
_MEASURED_FROM = re.compile(r"(?i)\b(?:before|after|ahead\s+of|prior\s+to|until|till)\s+$")


@dataclass(frozen=True)
class _Context:
    text: str
    doc: Doc
    report: ReportDate
    mentions: list[PlacedMention]


@dataclass(frozen=True)
class _Own:
    """An event's own time: `decided` when a governing mention was found (even if unplaceable)."""

    decided: bool
    when: TimeSpan | None
    offset: int  # where its mention is, for distance


def date_events(events: list[Event], analysis: Analysis) -> list[Event]:
    """Return the events, in the same order, with `when` set from the report's text."""
    if not events:
        return events
    ctx = _context(analysis)
    triggers = [_trigger(ctx, ev) for ev in events]
    own = [_own_date(ctx, ev, tok) for ev, tok in zip(events, triggers, strict=True)]
    own = [
        _Own(False, None, o.offset) if ev.status != "at_risk" and _after_report(ctx, o.when) else o
        for ev, o in zip(events, own, strict=True)
    ]
    out: list[Event] = []
    lede: tuple[int, int] | None = None  # the opening paragraph's bounds, found when needed
    for i, ev in enumerate(events):
        when = own[i].when if own[i].decided else None
        if own[i].decided and _vague(when) and not _tally(when) and triggers[i] is not None:
            # "executed around 80 people earlier this month" ... "the executions were carried
            # out on Nov. 3": the day the report gives the same word again, inside the vague date.
            when = (
                _told_again(ctx, triggers[i], inside=when, count=_count(ev))
                or _happened_then(ctx, triggers[i], inside=when)
                or when
            )
        if own[i].decided and _loose(when) and triggers[i] is not None and not _counted(when, triggers[i]):
            if lede is None:
                first = next(t for t in triggers if t is not None)
                lede = paragraph_bounds(ctx.text, first.idx)
            others = {
                t.i: e.type
                for t, e in zip(triggers, events, strict=True)
                if t is not None and e.type != ev.type
            }
            when = _lede_detail(ctx, triggers[i], when, lede, _count(ev), others) or when
        if own[i].decided and _told_elsewhere(own[i], triggers[i]) and _perfect_progressive(triggers[i]):
            # "An inspection team has been searching the market ... / They started on the
            # 11th": the day the details give is when the going-on began, and it runs on.
            when = _to_report_if_ongoing(ctx, triggers[i], when)
        if own[i].decided and _going_on_since_told(triggers[i], own[i].offset):
            # "people handed over late last month are being questioned in Onsong": what goes
            # on at the report began on the date told, and runs up to the report.
            when = _to_report_if_ongoing(ctx, triggers[i], when)
        if own[i].decided and _dated_by_its_cause(triggers[i], own[i].offset):
            # "has been arrested after a family crossed from his sector late last month": the
            # date is the cause's; the arrest came some time after it, up to the report.
            when = _to_report(ctx, when)
        if not own[i].decided:
            told = _happened_then(ctx, triggers[i]) or _inherited(ctx, i, events, triggers, own, out)
            when = told or (
                _counted_from_the_clause(triggers[i], triggers[:i], out)
                or _shared_verb(ctx, triggers[i], triggers[:i], out)
                or _dated_by_later_conjunct(ctx, triggers[i])
                or _in_dated_campaign(ctx, ev, triggers[i])
                or _met_then(ctx, triggers[i])
                or _present_period(ctx, triggers[i])
                or _interpreted(ctx, ev, triggers[i], out)
                or _anaphoric(ctx, ev, triggers[i])
                or _since_event(ctx, triggers[i], out)
                or _held_for(ctx, triggers[i])
                or _lasting_for(ctx, triggers[i])
                or _found_that_day(ctx, ev, triggers[i])
                or _when_attempt_stopped(ctx, ev, out)
                or _window(ctx, ev, triggers[i], out)
                or _bounded_by_next(ctx, ev, triggers[i])
                or _narrative(ctx, ev, triggers[i])
                or _perfect_window(ctx, ev, triggers[i])
                or _sole_date(ctx, ev, triggers[i])
                or _opening_detail(ctx, i, events, triggers)
            )
            if told is None:
                when = _aftermath_for_associates(ctx, ev, triggers[i], when)
                when = _done_by_report(ctx, ev, triggers[i], when)
                when = _later_by_report(ctx, ev, triggers[i], when)
            when = _follow_up_after_the_day(
                ctx, ev, triggers[i], when, list(zip(out, triggers[:i], strict=True))
            )
            if ev.status != "suspected" or triggers[i] is None or triggers[i].pos_ in ("VERB", "AUX"):
                # "are treating the case as a defection": what goes on is the suspicion, not
                # the defection it names.
                when = _to_report_if_ongoing(ctx, triggers[i], when)
        if ev.type == "disappearance" and triggers[i] is not None and _unseen_since(triggers[i]):
            when = _vanished_then(ctx, triggers[i], out) or when
        if when is not None and ev.status == "suspected" and ev.type != "disappearance":
            # "was last seen on May 4 ... police believe he has fled": the guess is about a
            # day from the sighting on, not the sighting's day.
            when = _from_last_seen(ctx, when, ev.type == "escape")
            when = _guessed_done_by_now(ctx, ev, triggers[i], when)
        if ev.type == "arrest" and triggers[i] is not None:
            when = _held_until(ctx, triggers[i], when, own[i].offset if own[i].decided else None)
        if ev.type == "movement_restriction" and triggers[i] is not None:
            when = _restriction_in_force(ctx, triggers[i], _ban_held(ctx, triggers[i], when))
        if ev.type == "crackdown" and triggers[i] is not None:
            when = _campaign_running(ctx, triggers[i], when)
        out.append(ev.with_(when=when or TimeSpan.unknown()))
    out = _after_what_preceded(ctx, out, triggers, [o.offset for o in own])
    out = _placed_where_told_again(ctx, out, triggers)
    out = _attempts_stopped_then(_before_what_followed(out, triggers))
    # "Three months after the border was sealed, the ban remains": a gap after a happening
    # no date places counts back from the report when its clause tells now (last: a date the
    # report gives the event elsewhere comes first).
    out = [
        ev.with_(when=_counted_back_from_now(ctx, t, o.offset) or ev.when)
        if o.decided and _unplaced(ev.when)
        else ev
        for ev, t, o in zip(out, triggers, own, strict=True)
    ]
    # Last, once every event has the day it began (one event may lend it to another): how
    # long each lasted.
    return [
        ev.with_(when=_lasted(ctx, ev, t, ev.when) or ev.when) for ev, t in zip(out, triggers, strict=True)
    ]


# Verbs whose negated perfect with "since" tells a vanishing ("has not been seen since", "have
# not been heard from since", "did not return and has not been in touch since")
_UNSEEN_VERBS = frozenset({"see", "hear", "return", "contact", "reach", "sight", "spot"})
# States whose "since" tells the same ("whereabouts have been unknown since she was summoned")
_UNKNOWN_STATES = frozenset({"unknown", "unaccounted", "missing"})


def _since_child(verb: Token) -> Token | None:
    """The "since" hanging on the verb, bare ("not seen since") or opening a phrase or clause."""
    for child in verb.children:
        if child.lower_ == "since":
            return child
        if child.dep_ == "prep" and child.lower_ == "from":  # "not heard from since"
            since = next((g for g in child.children if g.lower_ == "since"), None)
            if since is not None:
                return since
        if child.dep_ == "advcl" and any(g.lower_ == "since" and g.dep_ == "mark" for g in child.children):
            return next(g for g in child.children if g.lower_ == "since")
    return None


def _unseen_since(trigger: Token) -> bool:
    """A disappearance told as a state counted from a happening: "has not been seen since",
    "whereabouts have been unknown since she was summoned"."""
    verb = governing_verb(trigger)
    return _since_child(verb) is not None and _vanishing_state(verb)


def _vanishing_state(verb: Token) -> bool:
    """The verb tells someone gone from sight: "has not been seen", "have not been heard from",
    "has been missing", "whereabouts have been unknown"."""
    negated = any(c.dep_ == "neg" for c in verb.children)
    if negated and verb.lemma_.lower() in _UNSEEN_VERBS:
        return True
    return any(c.dep_ in ("acomp", "attr") and c.lower_ in _UNKNOWN_STATES for c in verb.children)


def _vanished_then(ctx: _Context, trigger: Token, done: list[Event]) -> TimeSpan | None:
    """A vanishing told as "has not been seen since" is dated by the happening "since" counts
    from, not as a window up to the report.

    "She left the house on the evening of March 3 and has not been seen since": March 3. "His
    whereabouts have been unknown since he was summoned on May 9": May 9. With a bare "since"
    and no date before it in its sentence, the happening told just before it ("The two slipped
    out of their dormitory on June 2. They have not been seen since.") gives the date.
    """
    verb = governing_verb(trigger)
    since = _since_child(verb)
    if since is None:
        return None
    sent_start, sent_end = _sentence_of(trigger)
    clause = since.head if since.dep_ == "mark" else since
    inside = {t.i for t in clause.subtree} - {verb.i} if clause.i != verb.i else set()
    here = [
        p
        for p in ctx.mentions
        if sent_start <= p.mention.start < sent_end
        and p.mention.is_date
        and not p.attribution
        and _dated(p.span)
    ]
    if inside:
        within = [
            p
            for p in here
            if any(ctx.doc[k].idx <= p.mention.start < ctx.doc[k].idx + len(ctx.doc[k]) for k in inside)
        ]
        if within:
            return within[-1].span
        if len(inside) > 1:
            return None
    before = [p for p in here if p.mention.start < trigger.idx]
    if before:
        return before[-1].span
    if any(p.mention.start > trigger.idx for p in here):
        return None
    here_sent = sentence_index(ctx.doc, trigger)
    for prior in reversed(done):
        if prior.anchor is None or not _dated(prior.when):
            continue
        token = token_span(ctx.doc, prior.anchor.trigger_start, prior.anchor.trigger_end)
        if token is not None and len(token) and 0 <= here_sent - sentence_index(ctx.doc, token.root) <= 1:
            return prior.when
    return None


# "the day after", "the week after": one unit after the happening the phrase names
_THE_UNIT_AFTER = re.compile(r"(?i)^the\s+(?:next\s+)?(?P<unit>day|week)\s+after$")


def _after_what_preceded(
    ctx: _Context, events: list[Event], triggers: list[Token | None], offsets: list[int]
) -> list[Event]:
    """An event dated by a counted gap after another happening the report dates.

    "The guards were shot last month. Their families were sent to a farm two days after the
    shooting": the gap counts from the shooting's date, which the event told in the "after"
    phrase ("after the shooting", "after he went missing") carries. Only an event whose own
    date the gap left unplaced, and only from an event whose trigger or quote lies inside the
    phrase.
    """
    out = list(events)
    for i, ev in enumerate(events):
        when = ev.when
        if when is None or when.start is not None or not when.text or offsets[i] < 0:
            continue
        text = when.text.strip()
        counted = _COUNTED_AFTER.match(text) or _THE_UNIT_AFTER.match(text)
        if counted is None:
            continue
        unit = counted["unit"].lower().rstrip("s")
        n = _number_word(counted["n"]) if counted.groupdict().get("n") else 1
        days = n * {"hour": 0, "day": 1, "week": 7}[unit]
        after = ctx.doc.char_span(offsets[i] + text.lower().rindex("after"), offsets[i] + len(text), "expand")
        if after is None or not len(after):
            continue
        inside = {t.i for t in after[-1].subtree} - {after[-1].i}
        if not inside:
            continue
        lo = min(ctx.doc[k].idx for k in inside)
        hi = max(ctx.doc[k].idx + len(ctx.doc[k]) for k in inside)
        anchor = next(
            (
                other.when
                for j, (other, t) in enumerate(zip(out, triggers, strict=True))
                if j != i
                and _dated(other.when)
                and (
                    (t is not None and t.i in inside)
                    or any(lo <= e.start and e.end <= hi for e in other.evidence)
                )
            ),
            None,
        )
        if anchor is None or anchor.start is None or anchor.end is None:
            continue
        start, end = anchor.start + timedelta(days=days), anchor.end + timedelta(days=days)
        latest = ctx.report.latest
        if latest is not None:
            if start > latest:
                continue
            end = min(end, latest)
        precision = "day" if start == end else "range"
        out[i] = ev.with_(when=TimeSpan(start, end, precision, when.text))
    return out


def _placed_where_told_again(ctx: _Context, events: list[Event], triggers: list[Token | None]) -> list[Event]:
    """An event its own sentence dates only by a gap from a happening the report never dates
    takes the date the report gives when it tells the same event again.

    "Another money changer has been arrested, five months after police detained a dealer ... /
    The woman was arrested on March 3": the gap leaves the arrest unplaced (a gap from a dated
    event was counted before: `_after_what_preceded`); the retelling places it."""
    out = list(events)
    for i, (ev, trigger) in enumerate(zip(events, triggers, strict=True)):
        if trigger is None or not _unplaced(ev.when):
            continue
        again = _told_again_with_own_date(ctx, ev, trigger)
        if again is not None and again.when is not None:
            out[i] = ev.with_(when=again.when)
    return out


# "days after", "hours after": the clause's happening came that much before the day it leads to
# (days back to the earliest and the latest day it may have been)
_SHORTLY_BEFORE = {"hours": (0, 0), "hour": (0, 0), "day": (1, 1), "days": (7, 1), "weeks": (35, 7)}
# the measure told as a count: "a day after", "two days after", "three weeks after"
_COUNTED_AFTER = re.compile(
    r"(?i)^(?:(?P<n>an?|one|two|three|four|five|six|\d+)\s+)?(?P<unit>hours?|days?|weeks?)\s+after$"
)


def _before_what_followed(events: list[Event], triggers: list[Token | None]) -> list[Event]:
    """An event told in an "after" clause came before the dated day of the event it leads to.

    "Police stopped the group at a checkpoint on Thursday after their bus was searched": the
    search was that Thursday, not any day from then to the report; "detained two men on
    Friday, days after they walked out of their jobs": the walk-out was in the days before
    Friday. Only a day pins it; a clause that gives its own other date keeps it."""
    out = list(events)
    for i, (ev, trigger) in enumerate(zip(events, triggers, strict=True)):
        if trigger is None:
            continue
        verb = governing_verb(trigger)
        followed = _what_followed(verb)
        if followed is None:
            continue
        head, measure = followed
        led_to = [when for when in _dates_told_by(head, ev, events, triggers) if when.start == when.end]
        if not led_to:
            out[i] = _months_before_what_followed(ev, head, events, triggers) or ev
            continue
        day = led_to[0].start
        assert day is not None
        counted = _COUNTED_AFTER.match((ev.when.text or "").strip()) if ev.when is not None else None
        if _dated(ev.when) and ev.when.start != day and counted is None:
            continue  # its own other date ("after they crossed in May")
        back_from, back_to = _SHORTLY_BEFORE.get(measure, (0, 0))
        if counted is not None and counted["n"]:
            # "a day after they crossed": the crossing was that many units before
            n = _number_word(counted["n"])
            unit = counted["unit"].lower().rstrip("s")
            back = n * {"hour": 0, "day": 1, "week": 7}[unit]
            back_from, back_to = back, back
        start, end = day - timedelta(days=back_from), day - timedelta(days=back_to)
        precision = "day" if start == end else "range"
        out[i] = ev.with_(when=TimeSpan(start, end, precision, led_to[0].text))
    return out


def _dates_told_by(
    head: Token, ev: Event, events: list[Event], triggers: list[Token | None]
) -> Iterator[TimeSpan]:
    """The dates of the other events whose trigger the verb `head` governs (the event an "after"
    clause leads to: "detained two men on Friday, days after they walked out")."""
    for other, t in zip(events, triggers, strict=True):
        if t is not None and other is not ev and governing_verb(t).i == head.i and _dated(other.when):
            assert other.when is not None
            yield other.when


# "two months after", "a year after": a gap counted in months or years
_MONTHS_AFTER = re.compile(
    r"(?i)^(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+)\s+(?P<unit>months?|years?)\s+after$"
)
# The widest date of the verb led to from which a counted gap in months still places the
# event before it: a month ("in March"), not a season or a year.
_MONTH_WIDE = 31


def _months_before_what_followed(
    ev: Event, head: Token, events: list[Event], triggers: list[Token | None]
) -> Event | None:
    """An event told in an "after" clause counted in months or years came that long before the
    month of the event it leads to.

    "A former trader died at a prison camp in March, a year after he was sentenced": the
    sentencing was in March of the year before; "his parents were banished to a farm in
    October, two months after he left the country": he left in August. The gap is counted from
    the whole of the later date (a month at the widest), so the earlier event keeps its width.
    """
    counted = _MONTHS_AFTER.match((ev.when.text or "").strip()) if ev.when is not None else None
    if counted is None:
        return None
    led_to = next(
        (
            when
            for when in _dates_told_by(head, ev, events, triggers)
            if when.end is not None and when.start is not None and (when.end - when.start).days < _MONTH_WIDE
        ),
        None,
    )
    if led_to is None or led_to.start is None or led_to.end is None:
        return None
    months = _number_word(counted["n"]) * (12 if counted["unit"].lower().startswith("year") else 1)
    start, end = months_back(led_to.start, months), months_back(led_to.end, months)
    if led_to.precision == "month":
        end = month_end(start.year, start.month)  # "a month before March 31" is all of February
    precision = led_to.precision if led_to.precision in ("day", "month") else "range"
    return ev.with_(when=TimeSpan(start, end, precision, ev.when.text if ev.when else None))


def _what_followed(verb: Token) -> tuple[Token, str] | None:
    """The verb an "after" clause leads to, and the measure of the gap ("days", or "" untold).

    Told as a clause ("detained on Friday, days after they walked out") or as a gerund under
    the preposition ("caught on May 9, days after crossing the river"; "arrested on Monday
    after fleeing the camp")."""
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "after" for c in verb.children):
        return verb.head, next((c.lower_ for c in verb.children if c.dep_ == "npadvmod"), "")
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or prep.lower_ != "after" or prep.dep_ != "prep":
        return None
    above = prep.head
    if above.dep_ == "npadvmod" and above.lower_ in _SHORTLY_BEFORE and above.head.pos_ in ("VERB", "AUX"):
        return above.head, above.lower_
    if above.pos_ in ("VERB", "AUX"):
        return above, ""
    return None


def _number_word(word: str) -> int:
    word = word.lower()
    if word.isdigit():
        return int(word)
    return 1 if word in ("a", "an") else lexicon().numbers.get(word, 1)


def _attempts_stopped_then(events: list[Event]) -> list[Event]:
    """An attempt with a vague date takes the day of the arrest told in its sentence, when
    that day falls inside it ("were detained last week while trying to reach Thailand ... They
    were taken into custody on Thursday": the attempt ended on Thursday, where it was stopped)."""
    out = list(events)
    for i, ev in enumerate(events):
        if ev.status != "attempted" or not _vague(ev.when) or ev.anchor is None:
            continue
        for other in events:
            if (
                other.type == "arrest"
                and other.anchor is not None
                and other.anchor.sentence_start == ev.anchor.sentence_start
                and _dated(other.when)
                and not _vague(other.when)
                and _within(other.when, ev.when)
            ):
                out[i] = ev.with_(when=other.when)
                break
    return out


def _context(analysis: Analysis) -> _Context:
    text, doc = analysis.document.text, analysis.doc
    report = report_date(analysis.document)
    placed: list[PlacedMention] = []
    # The date told last: "three days later", "four years later", "since then" count from it.
    previous: TimeSpan | None = None
    previous_at = -1  # where the date told last was told
    previous_counted = False  # whether that date was counted from another ("two weeks later")
    # The paragraph a past date told at a sentence's opening set its story in ("In November
    # 2019 her brother fled. He was caught in February. In the spring he was sent ..."): a
    # yearless date read in the story's year keeps the story there for the dates after it.
    story_paragraph = -1
    story_start: date | None = None  # the start of the date told last, "since" phrases too
    fine: TimeSpan | None = None  # the last date told that is a month wide at most
    flashback: TimeSpan | None = None  # the last date a past perfect told back from the story
    # The last date told, a "since" phrase read as its start: what "in the first week" counts in.
    opened: TimeSpan | None = None
    # The start of a "since" phrase told after the date told last ("has been missing since
    # Sunday"): the day the state began, which a step counted next counts from.
    onset: TimeSpan | None = None
    found = find_mentions(text)
    named_year_at = -1  # where a year told only to place the date before it was told
    for k, m in enumerate(found):
        if m.start == named_year_at:
            continue  # "in June this year": the year is June's, no date of its own
        named = _in_the_named_year(text, m, found[k + 1] if k + 1 < len(found) else None, report)
        if named is not m:
            named_year_at = found[k + 1].start
        m = named
        sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
        future = looks_ahead(text[sentence_start : m.start])
        told = _fine_enough_to_count(m, previous, fine)
        if m.kind == "later" and flashback is not None and _told_back(doc, text, m, found):
            told = flashback  # "had fled in May and had been caught two days later"
        if m.kind == "later" and m.key == "first":
            told = opened  # "Since mid-January, ... in the first week": from mid-January
        elif m.kind == "later" and m.key is None and onset is not None and m.unit in ("day", "week"):
            # "A waitress has been missing since Sunday ... Her colleagues were confined to the
            # building the next day": the step counts from the day the vanishing began.
            told = onset
        clause = _counted_clause(doc, m)
        # "executed in late October, about six weeks after he was called home": the count
        # dates the recall, a happening told aside; the story stays at late October for the
        # steps told next ("the day after the execution").
        aside = clause is not None and _dated_before_in_sentence(text, previous_at, m, found[k + 1 : k + 2])
        if aside:
            m = replace(m, amount=-(m.amount or 1))
        elif clause is not None:
            # "She was last seen on April 20. Her house was searched two days after she
            # disappeared": the sentence dates nothing else, so the count runs on from the
            # happening the clause names (its date, else the date told last), not back.
            told = _date_of_named_event(doc, clause, placed) or told
        named = _named_happening(doc, m)
        if named is not None:
            # "two weeks after her arrest": from the arrest's date; failing that, from the date
            # told before only where it is fine enough to count from (not a year told of
            # something else).
            # "sailed south last month ... a few days after the crossing": a month or a season
            # told before is moved on by the step, as "days later" moves it; a year is not.
            # Not a date itself counted from another ("about six weeks after he was called
            # home"): that one is of another happening.
            told = _date_of_named_event(doc, named, placed) or (
                previous
                if previous is not None
                and (
                    steps_from(m.unit, previous.precision)
                    or (0 < _width(previous) <= _SEASON_WIDE and not previous_counted)
                )
                else None
            )
        in_story = told is previous and (
            _story_set(text, previous_at, m.start, whole_report=report.precision == "year")
            or paragraph_of(text, m.start) == story_paragraph
        )
        storied = _in_the_story_year(text, m, report, future, told, in_story)
        if storied is not None and in_story:
            story_paragraph = paragraph_of(text, m.start)
        span = storied or resolve_mention(m, report, future, told)
        if named is not None and told is None:
            span = None  # "the day before the handover", the handover's date unknown: unplaced
        span = _in_the_named_period(text, m, found[k + 1 : k + 3], span, report)
        span = _midnight_ahead(text, m, span, report)
        span = _run_up(text, m, span)
        if m.since and _ranks_in_a_series(doc, m):
            continue  # "the most intense crackdown since 2021": no time for any event
        p = place_mention(doc, text, m, span, found, future)
        # A source's day ("a source said on Saturday") is when it spoke, not what it told of.
        spoken = p is not None and p.attribution
        # "a few hours later" straddles midnight; the day before stays the one to count from.
        hours = m.kind == "later" and m.unit == "hour"
        # "On Dec. 6 last year, ... Some 20 days later": a coarser date that only places the
        # one told before it ("last year") leaves that one to count from.
        qualifies = _within(previous, span)
        back = _flashback(doc, p, previous, span)
        if back:
            flashback = span
        if (
            _dated(span)
            and not (m.since or future or spoken or hours or qualifies or back or aside or _compared(text, m))
            and not (previous is not None and _backstory_of_someone(doc, p))
            and not (_width(previous) == 0 and _dated(previous) and _past_of_a_thing(doc, p))
            and m.kind not in ("window", "to_date")
        ):
            previous = span
            previous_at = m.start
            previous_counted = m.kind == "later"
            onset = None
            if _width(span) <= _MONTH_WIDE:
                fine = span
        if _dated(span) and not (future or spoken) and m.kind not in ("window", "to_date", "later"):
            opened = _onset(text, m, found[k + 1 : k + 3], report, future, told) if m.since else span
            if m.since and p is not None and p.onset and _width(opened) <= _MONTH_WIDE:
                onset = opened
        if p is not None and p.onset and m.since:
            # "not seen since mid-May": the state began then; the event is its start.
            p = replace(p, span=_onset(text, m, found[k + 1 : k + 3], report, future, told))
        if p is not None and not (future or spoken):
            p = replace(p, span=_by_then(text, m, p.span, story_start))
        if (
            p is not None
            and _dated(p.span)
            and not (future or spoken)
            and m.kind not in ("window", "to_date")
        ):
            story_start = p.span.start  # type: ignore[union-attr]
        if p is not None:
            placed.append(p)
    return _Context(text, doc, report, placed)


def _ranks_in_a_series(doc: Doc, m: Mention) -> bool:
    """Whether a "since" phrase measures the gap before a thing ranked in a series, or a like
    thing, not the time of anything the report tells.

    "The raid was the most intense crackdown in the province since 2021", "the fourth such
    campaign in the city since 2019", "the largest roundup since the border closed", "as has
    happened to several aid workers since the 1990s": the period is the yardstick the event is
    measured against; an event dated by it would run over years it was not part of.
    """
    tokens = token_span(doc, m.start, m.end)
    if tokens is None or not len(tokens):
        return False
    since = next((t for t in tokens if t.lower_ == "since"), None)
    if since is None:
        return False
    for above in head_chain(since)[:4]:
        if above.pos_ in ("NOUN", "PROPN") and _ranked(above):
            return True
        if above.lemma_.lower() in _HAPPEN_VERBS and any(
            c.dep_ == "mark" and c.lower_ == "as" for c in above.children
        ):
            return True  # "as has happened to others since the 1990s" (not "comes as police have stepped up")
    return False


_SERIES_WORDS = frozenset({"first", "only", "last", "such", "latest", "biggest", "largest", "worst"})


def _ranked(noun: Token) -> bool:
    """ "the fourth such campaign", "the most intense crackdown", "the largest roundup"."""
    for c in noun.children:
        if c.lower_ in _SERIES_WORDS or c.tag_ == "JJS" or c.lower_ in lexicon().ordinals:
            return True
        if c.pos_ == "ADJ" and any(a.lower_ in ("most", "least") for a in c.children):
            return True
    return False


# "compared with 19 in 2021", "up from 12 the year before", "more than in 2020": the words
# that bring in a time only to measure the story's against it
_COMPARED = re.compile(
    r"\b(?:compared\s+(?:with|to)|up\s+from|down\s+from|than|against)\s+(?:[^\s.;:,]+\s+){0,4}$", re.I
)


# A date at most _MONTH_WIDE days wide (above) is fine enough to count days or weeks from; one
# wider than a season is background to a story told to the day.
_SEASON_WIDE = 92


def _width(span: TimeSpan | None) -> int:
    if span is None or span.start is None or span.end is None:
        return 0
    return (span.end - span.start).days


def _fine_enough_to_count(m: Mention, previous: TimeSpan | None, fine: TimeSpan | None) -> TimeSpan | None:
    """The date a counted step of days or weeks counts from: the date told last, or, when that
    is a year or a span of years told in between as background ("arrested on the 9th. The
    women had crossed between 2018 and 2020 ... The broker was detained two days later"), the
    last date told fine enough to count days from (the 9th). With no such date, the coarse one
    stays ("arrested in 2012 and sent back a week later": 2012). Days are not counted from a
    season told in between either ("arrested on the 9th. They had moved in in the spring ...
    The broker was detained two days later": from the 9th)."""
    if m.kind != "later" or m.unit not in ("day", "week") or m.key is not None:
        return previous
    coarsest = _MONTH_WIDE if m.unit == "day" else _SEASON_WIDE
    if fine is None or _width(previous) <= coarsest:
        return previous
    return fine


def _backstory_of_someone(doc: Doc, p: PlacedMention | None) -> bool:
    """A date in a relative clause in the past perfect tells a person's past ("In January a
    woman who had been sent back in 2008 crossed again. Days later ..."): once the story has a
    time, it stays there, and "days later" counts from January, not from 2008 (with none yet,
    "detained six men who had crossed last week and handed them back the following day"
    counts from the only date told)."""
    if p is None or p.governor is None:
        return False
    verb = doc[p.governor]
    return verb.dep_ in ("relcl", "acl") and pluperfect(verb)


def _past_of_a_thing(doc: Doc, p: PlacedMention | None) -> bool:
    """A date in a clause that describes a thing, not a person, tells that thing's past ("shot
    dead last Friday, in line with an order issued in August ... detained the following day";
    "executed on Aug. 14 over an embankment that flooded villages last month ... moved out the
    next day"): once the story is told to the day, a step counts on from that day, not from the
    thing's date. A clause on people ("the women caught on May 2") may tell the story's own
    happening and keeps its date."""
    if p is None or p.governor is None:
        return False
    verb = doc[p.governor]
    noun = verb.head
    if verb.dep_ not in ("relcl", "acl") or noun.pos_ != "NOUN" or noun.ent_type_ in ("PERSON", "NORP"):
        return False
    return noun.lemma_.lower() not in _people_nouns()


@lru_cache(maxsize=1)
def _people_nouns() -> frozenset[str]:
    """The nouns for a person (`counted_person_nouns`) and for people ("people", "crew"), joined
    once."""
    return counted_person_nouns() | PEOPLE_NOUNS


def _flashback(doc: Doc, p: PlacedMention | None, previous: TimeSpan | None, span: TimeSpan | None) -> bool:
    """A date a past perfect tells back to, before the story's time: "The men were executed on
    Nov. 8. They had been arrested in August ... Their families were expelled a few days later"
    counts the days from November 8, not from August."""
    if p is None or p.governor is None or previous is None or previous.start is None:
        return False
    if span is None or span.end is None or span.end >= previous.start:
        return False
    return pluperfect(doc[p.governor])


def _told_back(doc: Doc, text: str, m: Mention, found: Sequence[Mention]) -> bool:
    """The counted step is itself told in the past perfect ("had been caught two days later")."""
    p = place_mention(doc, text, m, None, found)
    return p is not None and p.governor is not None and pluperfect(doc[p.governor])


def _compared(text: str, m: Mention) -> bool:
    """A time told only to compare with is not the time the story has reached: "recorded 31
    executions between January and December 2022, compared with 19 in 2021. ... were shot in
    April" — that April is 2022's."""
    return bool(_COMPARED.search(text, max(0, m.start - 60), m.start))


_DAY_AROUND = re.compile(r"(?i)\b(?:after|before)$")


def _counted_clause(doc: Doc, m: Mention) -> Token | None:
    """The verb of the clause a count "after" opens: "three days after he was arrested" →
    arrested, "three weeks after being sent back" → sent. ("Three days after her arrest"
    names a noun, `_named_happening`; "three days later" names nothing.)"""
    if m.kind != "later" or not m.amount or m.amount < 0 or m.approx == "several":
        return None
    if re.search(r"(?i)\bfor\s+$", doc.text[max(0, m.start - 6) : m.start]):
        return None  # "held for more than a year after being caught": how long, not when
    tokens = token_span(doc, m.start, m.end)
    if tokens is None or not len(tokens) or tokens[-1].lower_ != "after":
        return None
    after = tokens[-1]
    if after.dep_ == "mark":
        return after.head if after.head.pos_ in ("VERB", "AUX") else None
    if after.dep_ != "prep":
        return None
    return next((c for c in after.children if c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX")), None)


def _dated_before_in_sentence(text: str, previous_at: int, m: Mention, after: list[Mention]) -> bool:
    """Whether the sentence of a count "after" a clause dates its main happening: "died on the
    2nd, three days after he was arrested" (the date told before it in the sentence) or "Three
    days after he was arrested, he died on July 2" (a date told after it), so the count runs
    back from that date. "Her house was searched two days after she disappeared" dates nothing
    else: the count runs on from the disappearance."""
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    if previous_at >= start:
        return True
    end = text.find(". ", m.end)
    end = len(text) if end < 0 else end
    return any(n.start < end for n in after)


def _named_happening(doc: Doc, m: Mention) -> Token | None:
    """The noun a counted "after"/"before" names: "the day after her arrest" → arrest."""
    if m.kind != "later" or not _DAY_AROUND.search(m.text):
        return None
    tokens = token_span(doc, m.start, m.end)
    if tokens is None or not len(tokens):
        return None
    return next((c for c in tokens[-1].children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)


def _date_of_named_event(doc: Doc, noun: Token, placed: list[PlacedMention]) -> TimeSpan | None:
    """The date told of the happening "the day after" (or "two weeks after") names, to count from.

    "Police arrested her on May 2 ... Her husband vanished the day after her arrest": the day
    after the arrest, not after whatever date was told last. The happening is the noun after
    "after" (or "before"), found where a date governs the same word ("arrest" / "arrested",
    "the execution" / "were executed"), the latest such date told before. None when the noun
    names nothing dated.
    """
    for p in reversed(placed):
        if p.attribution or p.future or p.governor is None or not _dated(p.span):
            continue
        if _counted_back_aside(p.mention):
            continue  # "executed in late October, six weeks after he was called home": the recall's
        table = token_table(doc)
        for i in range(table.sent_start[p.governor], table.sent_end[p.governor]):
            if _same_word_at(doc, table, i, noun.i) and rank(p, doc[i]) <= GOVERNING_RANK:
                return p.span
    return None


def _counted_back_aside(m: Mention) -> bool:
    """A count "after" a clause turned back from the sentence's own date ("executed on May 9,
    two weeks after he was recalled"): it dates the clause's happening, not the sentence's."""
    return m.kind == "later" and (m.amount or 0) < 0 and m.text.lower().endswith("after")


_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?$")


def _in_the_named_year(text: str, m: Mention, nxt: Mention | None, report: ReportDate) -> Mention:
    """A date without its year read in the year named right after it: "arrested in January
    last year", "on Dec. 6 last year", "in the spring of this year" (in a June report, January
    of the year before, not the January just gone)."""
    if (
        m.year is not None
        or m.rel is not None
        or m.kind not in _YEARLESS
        or nxt is None
        or nxt.kind != "year"
        or nxt.rel is None
        or not _YEAR_AFTER.fullmatch(text[m.end : nxt.start] + " ")
    ):
        return m
    year = resolve_mention(nxt, report)
    if year is None or year.start is None:
        return m
    return replace(m, year=year.start.year)


# Between a weekday and the period that places it: nothing, or a word or two of the same
# phrase ("a Sunday outing last month"), never a comma or a clause.
_WEEKDAY_TO_PERIOD = re.compile(r"\s+(?:[a-z]+\s+){0,2}")
_NAMED_PERIODS = ("week", "month", "month_part")
# Between a weekday and the date it falls on: "on Sunday, March 2", "Thursday 18 April".
_WEEKDAY_DATE = re.compile(r",?\s*(?:the\s+)?")


# Between the two weekdays of a span of days: "from Monday to Wednesday", "Monday and Tuesday".
_WEEKDAY_TO_WEEKDAY = re.compile(r"\s*(?:to|and|through|until|till|-|–)\s*", re.I)


def _onset(
    text: str, m: Mention, after: list[Mention], report: ReportDate, future: bool, told: TimeSpan | None
) -> TimeSpan | None:
    """The start a "since" or "from" phrase names, the period after it placing a weekday:
    "have banned rice sales since Monday of last week" began on the Monday of the week before."""
    bare = replace(m, since=False)
    return _in_the_named_period(text, bare, after, resolve_mention(bare, report, future, told), report)


def _in_the_named_period(
    text: str, m: Mention, after: list[Mention], span: TimeSpan | None, report: ReportDate
) -> TimeSpan | None:
    """A bare weekday read inside the week or month named right after it: "detained on Tuesday
    last week" (in a Thursday report, the Tuesday of the week before, not two days ago), "went
    missing during a Sunday outing last month" (a Sunday of last month: that month, when it has
    several), "sealed off from Monday to Wednesday of last week" (both days of the week before).
    A weekday the period does not contain leaves the weekday as it was. ``after`` holds the
    mentions told next, the nearest first."""
    nxt = after[0] if after else None
    if m.kind == "weekday" and m.rel is None and nxt is not None and nxt.kind == "date":
        named = resolve_mention(nxt, report)
        if _WEEKDAY_DATE.fullmatch(text[m.end : nxt.start]) and named is not None and _width(named) == 0:
            # "disappeared on Sunday, March 2": the date told with the weekday is the day, not
            # the Sunday before the report (which a report weeks later would read)
            return named
    if (
        nxt is not None
        and nxt.kind == "weekday"
        and len(after) > 1
        and _WEEKDAY_TO_WEEKDAY.fullmatch(text[m.end : nxt.start])
    ):
        nxt, m_end = after[1], nxt.end  # the period after the span's last weekday places both
    else:
        m_end = m.end
    if (
        m.kind != "weekday"
        or m.rel is not None
        or m.weekday is None
        or nxt is None
        or nxt.kind not in _NAMED_PERIODS
        or nxt.rel is None
        or not _WEEKDAY_TO_PERIOD.fullmatch(text[m_end : nxt.start])
    ):
        return span
    period = resolve_mention(nxt, report)
    if period is None or period.start is None or period.end is None:
        return span
    days = [
        period.start + timedelta(days=n)
        for n in range((period.end - period.start).days + 1)
        if (period.start + timedelta(days=n)).weekday() == m.weekday
    ]
    if not days:
        return span
    if len(days) == 1:
        return TimeSpan(days[0], days[0], "day", m.text)
    return TimeSpan(period.start, period.end, period.precision, m.text)


# Words that may open a sentence before the date that sets its time: "In", "On", "During the".
_FRONTED = re.compile(r"[\"“‘']?\s*(?:(?:in|on|during|by|at|from|over)(?:\s+the)?)?", re.I)


def _story_set(text: str, told_at: int, at: int, whole_report: bool = False) -> bool:
    """The date told last opened its sentence ("In December 2023, police ...", "Last year, two
    guards ...", a quote's '"That winter they ...'") and the paragraph goes on at ``at``: it set
    the time the story is told in. A date in a clause of background ("a woman whose husband left
    in 2019 was detained ...") sets none. With ``whole_report`` (a report dated by its year
    alone, as a yearly review: "In 2024 we recorded 212 cases. ... Among the gravest: in
    October a man was shot"), the year it opened with holds in its later paragraphs too: its
    own date cannot tell which October it means."""
    if told_at < 0 or (not whole_report and paragraph_of(text, told_at) != paragraph_of(text, at)):
        return False
    start = max(text.rfind(". ", 0, told_at), text.rfind("\n", 0, told_at))
    start = 0 if start < 0 else start + 1
    return _FRONTED.fullmatch(text[start:told_at].strip()) is not None


# "I", "me", "we": a testimony, told in the first person.
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|we|us|our)\b")
_YEARLESS = ("month", "month_part", "season", "date", "days", "months")
_LONG_AGO = timedelta(days=365)


def _in_the_story_year(
    text: str,
    m: Mention,
    report: ReportDate,
    future: bool,
    told: TimeSpan | None,
    same_paragraph: bool = False,
) -> TimeSpan | None:
    """A yearless date in a story told years later, read in the year its story has reached.

    "I was caught in January 2009 ... In the spring I was sent to a camp": a witness telling of
    years ago moves the story on from the date told last, so "the spring" is the first spring
    after January 2009, not the one before the report. In a sentence in the first person, or
    in a paragraph that set its story in a past year ("In November 2019 her brother fled. He
    was caught in February": February 2020, not the February before a 2023 report), after a
    date told more than a year before the report.
    """
    if future or m.year is not None or m.rel is not None or m.kind not in _YEARLESS:
        return None
    if told is None or told.start is None or report.latest is None or told.start > report.latest - _LONG_AGO:
        return None
    sentence_start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    sentence_end = min(
        (i for i in (text.find(". ", m.end), text.find("\n", m.end)) if i >= 0), default=len(text)
    )
    if not (same_paragraph or _FIRST_PERSON.search(text, sentence_start, sentence_end)):
        return None
    for year in (told.start.year, told.start.year + 1):
        span = resolve_mention(replace(m, year=year), report, future)
        if span is not None and span.start is not None and span.start >= told.start:
            return replace(span, text=m.text)
    return None


_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
# Days the report counts from, a few days back at most: "Saturday", "yesterday", "two days ago".
_NEAR_DAY_KINDS = ("weekday", "rel_day", "ago")


def _by_then(text: str, m: Mention, span: TimeSpan | None, story_start: date | None) -> TimeSpan | None:
    """ "by the end of July" is a limit, not the day: what happened by then happened between
    the last date the report told before it and that limit ("Since mid-July agents have
    raided homes ... At least 20 people had been detained by the end of July": from mid-July
    to July 31). With no date told before, the limit stays the date; so too for a day the
    report counts from ("by Saturday", "by yesterday") when the date told before lies long
    before it ("a woman who fled in 2018 began calling brokers. By Saturday she knew"): that
    date belongs to another clause's story, not to the days just before the limit."""
    if not _dated(span) or story_start is None or not _BY_BEFORE.search(text, max(0, m.start - 8), m.start):
        return span
    assert span is not None and span.end is not None
    if story_start >= span.end:
        return span
    if m.kind in _NEAR_DAY_KINDS and (span.end - story_start).days > _STORY_GAP:
        return span
    return TimeSpan(story_start, span.end, "range", span.text)


# Words that make a weekday the start of something at a set hour: "took effect at midnight Thursday".
_AT_MIDNIGHT = re.compile(
    r"\b(?:midnight|took effect|takes effect|come into force|came into force|effective)\b", re.I
)


def _midnight_ahead(text: str, m: Mention, span: TimeSpan | None, report: ReportDate) -> TimeSpan | None:
    """ "The order took effect at midnight local time Thursday" in a Wednesday report: the day
    after the report's own, not six days before it. A report is dated where it is published, often
    a day behind the Korean time of what it tells, and a measure that starts at midnight on the
    next weekday is the usual way of saying so (a past one would be "last Thursday")."""
    if (
        m.kind != "weekday"
        or m.rel is not None
        or span is None
        or span.start is None
        or report.precision != "day"
        or report.latest is None
        or (report.latest - span.start).days != 6
        or not _AT_MIDNIGHT.search(text[max(0, m.start - 40) : m.start])
    ):
        return span
    day = report.latest + timedelta(days=1)
    return TimeSpan(day, day, "day", span.text)


# "the week leading up to the holiday", "in the month before the party congress": the period
# before the date named, whatever words name the occasion in between.
_RUN_UP = re.compile(
    r"\bthe\s+(?:(?:last|final|few)\s+)?(?P<unit>week|fortnight|month|days)\s+(?:leading\s+up\s+to|running\s+up\s+to|before|ahead\s+of|prior\s+to|preceding)\b[^.;!?]{0,45}$",
    re.I,
)
_RUN_UP_DAYS = {"week": 7, "fortnight": 14, "month": 30, "days": 5}


def _run_up(text: str, m: Mention, span: TimeSpan | None) -> TimeSpan | None:
    """ "Controls were tightened during the week leading up to the leader's birthday": the days
    before the date named, up to it, not the day itself."""
    if span is None or span.start is None or span.end is None:
        return span
    found = _RUN_UP.search(text, max(0, m.start - 80), m.start)
    if found is None:
        return span
    days = _RUN_UP_DAYS[found["unit"].lower()]
    return TimeSpan(span.start - timedelta(days=days), span.start, "range", span.text)


def _after_report(ctx: _Context, when: TimeSpan | None) -> bool:
    """A time that begins after the report was written: a plan or a hope told beside the event
    ("were detained at the weekend and are expected to fly to Seoul next week"), never the time
    of something the report tells as done or going on."""
    latest = ctx.report.latest
    if when is None or when.start is None or latest is None:
        return False
    # "the closure took effect at midnight Thursday" in a Wednesday report: a measure may start
    # the night after the report was written.
    return when.start > latest + timedelta(days=1)


def _trigger(ctx: _Context, ev: Event) -> Token | None:
    if ev.anchor is not None:
        span = token_span(ctx.doc, ev.anchor.trigger_start, ev.anchor.trigger_end)
    elif ev.evidence:
        span = token_span(ctx.doc, ev.evidence[0].start, ev.evidence[0].end)
    else:
        return None
    return span.root if span is not None and len(span) else None


def _sentence_of(token: Token) -> tuple[int, int]:
    sentence = sentence_of(token)  # (the table kept per Doc: Token.sent scans on every call)
    return sentence.start_char, sentence.end_char


def _candidates(ctx: _Context, ev: Event, trigger: Token) -> list[PlacedMention]:
    """The sentence's mentions that could date the event.

    A looked-ahead date ("due to the upcoming elections") dates only what is still to come.
    """
    start, end = _sentence_of(trigger)
    return [
        p
        for p in ctx.mentions
        if start <= p.mention.start < end
        and p.mention.is_date
        and not p.attribution
        and (not p.future or ev.status == "at_risk")
        and not (_says_now(p) and not _state_noun(trigger))
    ]


def _state_noun(trigger: Token) -> bool:
    """A state told by a noun predicate ("she is now a political prisoner"): "now" is its only
    time. A noun the verb takes ("is now being held for questioning", "now faces punishment")
    is told at the verb's time, as a verb trigger is."""
    return trigger.pos_ != "VERB" and trigger.dep_ in ("attr", "acomp", "ROOT")


def _says_now(p: PlacedMention) -> bool:
    """A "now" or "currently": it tells a state holding at the report ("the parents now fear",
    "is now in China", "are now treating the case as a defection"), never when a happening
    told near it took place, so it lends no time to one."""
    return p.mention.text.lower() in _STATE_NOW


def _now_state(when: TimeSpan | None) -> bool:
    """A time taken from "now" or "currently": the state at the report, not a happening's."""
    return when is not None and when.text is not None and when.text.lower() in _STATE_NOW


# Words that say a state holds at the report ("is now being held", "are currently detained"),
# not when the event that led to it happened: the story's time dates that event, and the
# present tense carries it up to the report. A state told by a noun ("she is now a political
# prisoner") has no other time, so there the word still gives its window.
_STATE_NOW = frozenset({"now", "currently", "at present", "presently"})


def _own_date(ctx: _Context, ev: Event, trigger: Token | None) -> _Own:
    """The date governing the event where the report tells it, then where it tells it again."""
    if trigger is None:
        return _Own(False, None, -1)
    clause = (ev.anchor.clause_start, ev.anchor.clause_end) if ev.anchor is not None else None
    found = _own_in_sentence(ctx, ev, trigger, ev.evidence[0] if ev.evidence else None, clause)
    if found.decided and _dated_from_above_its_clause(trigger, found):
        # Vague or not, the main clause's date is only lent: "A woman detained for smuggling
        # died last week ... / She had been arrested in early December" (the arrest told
        # again with a date of its own).
        again = _told_again_with_own_date(ctx, ev, trigger)
        if again is not None:
            return again
    if found.decided and _lent_to_a_noun(ctx, trigger, found):
        # "A five-week lockdown of the city was lifted on Thursday ... / The city was placed
        # under lockdown in early June": the date is the lifting's; the event's own verb, told
        # again, gives its own.
        again = _told_again_with_own_date(ctx, ev, trigger)
        if again is not None:
            return again
    if found.decided and not _vague(found.when):
        return found
    # The events stage joined later mentions of the same event ("repatriated ... after 25
    # years", then "China repatriated her earlier this month"): each may carry the date.
    for again in _dates_told_again(ctx, ev, trigger):
        if not found.decided:
            return again
        # "executed around 80 people earlier this month" ... "the executions were carried out
        # on Nov. 3": where the report tells the same event again with a finer date inside its
        # vague one, that date is the event's ("fled last month" ... "crossed the line in
        # mid-October": mid-October).
        finer = _dated(again.when) and _within(again.when, found.when)
        later = _told_later_as_itself(found.when, again.when) and _lent_by_another_clause(ctx, trigger, found)
        if (finer or later) and not _tally(found.when):
            return again
    return found


def _lent_by_another_clause(ctx: _Context, trigger: Token, found: _Own) -> bool:
    """Whether the event's date comes from a clause other than its own verb's ("who organised a
    flight in April has been executed": the flight's April), not from its own ("In early March
    a man crossed the line")."""
    placed = next((p for p in ctx.mentions if p.mention.start == found.offset), None)
    return placed is not None and rank(placed, trigger) > 1


def _told_later_as_itself(found: TimeSpan | None, again: TimeSpan | None) -> bool:
    """Whether the date a later telling gives the event, after its vague first date and no
    wider, is the event's own: the lede's date belonged to something else it told.

    "A captain who organised a failed flight in April has been executed ... / He was shot
    after a public trial on 15 August": August 15, not April (the flight's month).
    """
    if not (_dated(found) and _dated(again)):
        return False
    assert found is not None and again is not None and found.end is not None and again.start is not None
    return again.start > found.end and _width(again) <= _width(found)


def _lent_to_a_noun(ctx: _Context, trigger: Token, found: _Own) -> bool:
    """Whether the event is named by a noun and its date dates the verb the noun serves, not
    the noun itself: in "the lockdown was lifted on Thursday", "have stopped issuing passes
    since June 4, after the arrest of a ring", "this week we return to the death of a man", the date tells
    another happening (the lifting, the suspension, the telling), not the lockdown, the arrest
    or the death."""
    if trigger.pos_ not in ("NOUN", "PROPN") or found.offset < 0:
        return False
    # The object of a verb that only carries it ("carried out searches in March", "held a
    # trial last Thursday", "launched a crackdown on Monday") is dated by that verb.
    if trigger.dep_ == "dobj" or trigger.head.lemma_.lower() in lexicon().light_verbs:
        return False
    placed = next((p for p in ctx.mentions if p.mention.start == found.offset), None)
    if placed is None or placed.governor is None or trigger.i in placed.chain:
        return False
    return ctx.doc[placed.governor].pos_ in ("VERB", "AUX")


def _dated_from_above_its_clause(trigger: Token, found: _Own) -> bool:
    """Whether the event is told in a relative clause on a noun ("a logger who ran away from a
    camp", "five women detained in Shenyang") and its date is the main clause's, outside it.
    The event may sit deeper in the clause, under a phrase of its verb: in "awarded damages on
    Thursday to a man who spent six years in a camp after being sent back from China" the
    sending back is told in the relative clause through "after being"."""
    clause = _relative_clause_holding(governing_verb(trigger))
    if not (clause.dep_ in ("relcl", "acl") or _measured_clause(clause)) or found.offset < 0:
        return False
    first = clause.left_edge.idx
    last = clause.right_edge.idx + len(clause.right_edge)
    return not first <= found.offset < last


# Subordinators of a clause whose time is measured from the main clause's, not shared with it
_MEASURING_MARKS = frozenset({"after", "before", "since", "until", "till"})


def _measured_clause(verb: Token) -> bool:
    """An adverbial clause told as before or after the main clause ("died in August, weeks after
    he was detained"): the main clause's date is not the clause's."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in _MEASURING_MARKS for c in verb.children
    )


# Links by which a verb's non-finite phrase hangs inside its clause ("after being sent back",
# "to avoid being caught"): the phrase belongs to the clause above it.
_INSIDE_CLAUSE = frozenset({"pcomp", "prep", "xcomp"})


def _relative_clause_holding(verb: Token) -> Token:
    """The relative clause a verb's phrase hangs in ("who spent years in a camp after being
    sent back": sent → after → spent), else the verb itself."""
    current = verb
    while current.dep_ in _INSIDE_CLAUSE and current.head.i != current.i:
        current = current.head
    return current if current.dep_ in ("relcl", "acl") else verb


def _told_again_with_own_date(ctx: _Context, ev: Event, trigger: Token) -> _Own | None:
    """The date a later sentence gives the same event, on its own verb.

    A lede tells the backstory of the people it is about in a relative clause, dated only by
    its main clause: "A logger who ran away from a timber camp was seized by agents last
    Thursday ... He walked away from the camp in February". When the report tells that
    backstory again with a date of its own, that date is the backstory's, not the main
    clause's (the seizure's Thursday).
    """
    return next((again for again in _dates_told_again(ctx, ev, trigger) if _dated(again.when)), None)


def _dates_told_again(ctx: _Context, ev: Event, trigger: Token) -> Iterator[_Own]:
    """The dates the later sentences telling the same event decide for it, in report order
    (one per sentence; the trigger's own sentence is not told again)."""
    seen = {sentence_of(trigger).start}
    for evidence in ev.evidence[1:]:
        span = token_span(ctx.doc, evidence.start, evidence.end)
        if span is None or not len(span) or sentence_of(span.root).start in seen:
            continue
        seen.add(sentence_of(span.root).start)
        again = _own_in_sentence(ctx, ev, span.root, evidence, None)
        if again.decided and not _backstory_above(ctx, span.root, again):
            yield again


def _backstory_above(ctx: _Context, verb: Token, again: _Own) -> bool:
    """Whether an event named again in a relative clause to say who is meant is dated only by
    a main clause in the past perfect: "The man who was executed had been caught in March"
    tells of the man's arrest before the execution, which March does not date. A main clause
    in the simple past may tell the same happening in other words ("the worker who was caught
    was detained at a bus station on July 24") and dates it."""
    if not _dated_from_above_its_clause(verb, again):
        return False
    clause = _relative_clause_holding(governing_verb(verb))
    return clause.dep_ in ("relcl", "acl") and pluperfect(governing_verb(clause.head))


def _tally(when: TimeSpan | None) -> bool:
    """A period counted up to now ("have arrested more than 30 since the beginning of November"):
    it tallies many happenings, so the day of one of them is not its date."""
    return when is not None and re.match(r"(?i)\s*(?:since|from)\b", when.text or "") is not None


def _loose(when: TimeSpan | None) -> bool:
    """A date of more than one day ("earlier this week", "early March")."""
    return when is not None and when.start is not None and when.end is not None and when.end > when.start


def _counted(when: TimeSpan | None, trigger: Token) -> bool:
    """A tally up to now ("have detained 40 since early March"), not a lasting state from its
    start ("have been missing since early March", whose start is the event)."""
    return _tally(when) and not is_onset(governing_verb(trigger))


def _unplaced(when: TimeSpan | None) -> bool:
    """A time the report tells but that cannot be placed on the calendar ("five months after
    the arrest" of someone the report never dates)."""
    return when is not None and when.start is None and bool(when.text)


def _vague(when: TimeSpan | None) -> bool:
    """A date wider than a few days ("earlier this month", "recently", "this year")."""
    if when is None or when.start is None or when.end is None:
        return False
    return (when.end - when.start).days > 3


def _own_in_sentence(
    ctx: _Context, ev: Event, trigger: Token, evidence: Span | None, clause: tuple[int, int] | None
) -> _Own:
    cands = _candidates(ctx, ev, trigger)
    if counted_gap(trigger):
        # "handed them over on Thursday, less than a week after their arrest": only a date on
        # the named happening itself is its own, whatever the events stage quoted with it.
        cands = [p for p in cands if trigger.i in p.chain]
    if not cands:
        return _Own(False, None, trigger.idx)
    sent_start, sent_end = _sentence_of(trigger)
    pieces = [e for e in ev.evidence if sent_start <= e.start < sent_end]
    verbs = [trigger, *_quoted_verbs(ctx, trigger, pieces)]
    scored = [(min(rank(p, v) for v in verbs), abs(p.mention.start - trigger.idx), p) for p in cands]
    # The events stage quoted less than the sentence: a date inside its quote is the event's,
    # also when it quoted the sentence in pieces ("A soldier shot" + "killed a man ... late
    # last month").
    if evidence is not None and evidence not in pieces:
        pieces.append(evidence)
    pieces = [e for e in pieces if e.end - e.start < sent_end - sent_start]
    # Not a date of a relative clause on another noun ("detained a man who fled two years
    # ago"): that clause tells another happening, quoted or not.
    quoted = [
        s
        for s in scored
        if any(e.start <= s[2].mention.start < e.end for e in pieces)
        and not in_other_relative_clause(s[2], ctx.doc, trigger)
    ]
    if quoted:
        scored = [(_promoted(r), d, p) for r, d, p in quoted]
    elif clause is not None and clause[1] - clause[0] < sent_end - sent_start:
        # The events stage's clause, where the parse left a date unattached.
        scored = [
            (
                _promoted(r)
                if clause[0] <= p.mention.start < clause[1]
                and not in_other_relative_clause(p, ctx.doc, trigger)
                else r,
                d,
                p,
            )
            for r, d, p in scored
        ]
    # "the first repatriations since the borders closed in January 2020 took place on July 14":
    # a date in a "since" phrase under the event only bounds it; a date of its own comes first.
    governing = sorted(
        (
            s
            for s in scored
            if s[0] <= GOVERNING_RANK and (ev.status == "at_risk" or not _after_report(ctx, s[2].span))
        ),
        key=lambda s: (_bound_only(s[2], trigger), s[0], s[1]),
    )
    if not governing:
        governing = [s for s in scored if _restated_on_its_people(ctx, ev, trigger, s[2])]
    if not governing:
        return _Own(False, None, trigger.idx)
    best = governing[0][2]
    # A finer date consistent with the chosen one refines it ("this year's ... on December 19"),
    # unless only a verb above the event's gives it: in "a family who fled this summer was
    # detained in late August", the detention's date does not refine the flight's.
    for _r, _d, other in governing[1:]:
        if _within(other.span, best.span) and not _outside_relative(ctx.doc, trigger, other):
            best = other
    if best.span is None:
        # "was arrested on her return last month": a time told by another happening ("on her
        # return", "after his release") that cannot be placed yields to a date that also
        # governs the event.
        placed = next((p for _r, _d, p in governing if p.span is not None), None)
        if placed is None:
            return _Own(True, TimeSpan(None, None, "unknown", best.mention.text), best.mention.start)
        best = placed
    # "a campaign against smuggling that began in March", "a month-long drive launched in
    # May": a clause on the campaign's noun dating its start dates the campaign by that start,
    # as coders date a campaign by its launch, not by every day since (the verb "have launched"
    # told with a period elsewhere still runs to the report: see `_launched_then`).
    if _opening_told_past(ctx, best) and _dates_its_verb(best, trigger):
        return _Own(True, _start_alone(ctx, best), best.mention.start)
    within = _within_opened_period(ctx, ev, best, trigger)
    if within is not None:
        return _Own(True, within, best.mention.start)
    return _Own(True, _since_span(ctx, best, trigger, ev.type), best.mention.start)


def _restated_on_its_people(ctx: _Context, ev: Event, trigger: Token, p: PlacedMention) -> bool:
    """Whether the mention dates a relative clause on the people the event acts on that tells
    the same act again, when nothing else in the sentence dates the event.

    "Lao authorities are holding a dozen North Koreans who were arrested at the weekend", "condemns
    the forced return of four women who were handed over at the bridge on Thursday": the clause's
    verb names an act of the event's own type, so its date is the event's. A past perfect tells
    an earlier act ("detained a man who had been arrested twice before").
    """
    if p.governor is None or p.attribution or p.future or not _dated(p.span):
        return False
    verb = ctx.doc[p.governor]
    if verb.dep_ not in ("relcl", "acl") or verb.head.i == trigger.i or pluperfect(verb):
        return False
    # the people acted on: the object of the event's verb, or of its noun ("the return of ...");
    # a clause on a subject tells what befell them before ("a man who was sentenced in May has
    # been sent to a camp")
    people = verb.head
    if not (
        (people.dep_ == "dobj" and people.head.i == trigger.i)
        or (people.dep_ == "pobj" and people.head.dep_ == "prep" and people.head.head.i == trigger.i)
    ):
        return False
    start, end = _sentence_of(trigger)
    sentence = ctx.doc.char_span(start, end, alignment_mode="expand")
    if sentence is None:
        return False
    from tessera.events.lexicon import sentence_triggers  # (late: events imports time)

    return any(
        m.entry.type == ev.type and m.start == verb.i
        for m in sentence_triggers(ctx.doc, sentence.start, sentence.end)
    )


def _within_opened_period(ctx: _Context, ev: Event, p: PlacedMention, trigger: Token) -> TimeSpan | None:
    """An act told as part of a campaign, dated only by the campaign's start, happened on some
    day from that start up to the report.

    "At least 20 people were arrested in a crackdown that began in January", "the arrests came
    during an inspection that police began on March 8": the date tells when the campaign
    opened (a clause on its noun, with a verb that opens a period), not when each arrest was
    made. The campaign itself keeps its start ("a campaign that began in March" is dated March,
    as coders date a campaign by its launch), and so does an act the sentence dates on its own
    verb ("detained 12 traders last week in a sweep that began in March"). Only a recent start:
    a campaign of years ago is a past story, told in its own time.
    """
    latest = ctx.report.latest
    span = p.span
    if p.governor is None or latest is None or not _dated(span) or span is None or span.start is None:
        return None
    if ev.type in ("crackdown", "movement_restriction") or ev.status == "at_risk":
        return None
    opening = ctx.doc[p.governor]
    if opening.lemma_.lower() not in lexicon().onset_verbs or not _relative(opening):
        return None
    verb = governing_verb(trigger)
    if opening.i == verb.i or opening.head.i == trigger.i or pluperfect(verb):
        return None
    if span.end is None or span.end >= latest or not _recent(ctx, span.start):
        return None
    return TimeSpan(span.start, latest, "range", span.text)


def _in_dated_campaign(ctx: _Context, ev: Event, trigger: Token | None) -> TimeSpan | None:
    """An undated act told under its verb as part of a campaign whose start the sentence gives
    ("were detained in a crackdown on smuggling that began in January") happened on some day
    from that start up to the report (see `_within_opened_period`)."""
    if trigger is None:
        return None
    verb = governing_verb(trigger)
    start, end = _sentence_of(trigger)
    in_clause: set[int] | None = None  # the verb's words, read for the first mention that needs them
    for p in ctx.mentions:
        if not start <= p.mention.start < end or p.governor is None or p.attribution or p.future:
            continue
        if in_clause is None:
            in_clause = {t.i for t in verb.subtree}
        if p.governor not in in_clause:
            continue  # the campaign of another clause ("police searched homes in a sweep ...")
        within = _within_opened_period(ctx, ev, p, trigger)
        if within is not None:
            return within
    return None


def _relative(verb: Token) -> bool:
    """A clause on a noun: parsed as one, or opened by a relative pronoun as its subject ("a
    crackdown on trafficking that began in January", where the parser may hang "that began" on
    the last noun as a complement)."""
    if verb.dep_ in ("relcl", "acl"):
        return True
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in verb.children)


def _opening_told_past(ctx: _Context, p: PlacedMention) -> bool:
    """A "from" date told of what is not said to last until now dates the happening itself.

    "From mid-July, inspectors went through the stalls", "barring residents from approaching
    the river from early August", "one case from October 2019, when his unit arrested a
    teacher": coders date such a happening by the date "from" names, not by every day up to the
    report. Told as lasting now ("From the 20th, the authorities have barred travel") it runs to
    the report as "since" does; "from X to Y" gives its own end and is not read here.
    """
    if not p.mention.since or p.mention.text[:5].lower() != "from ":
        return False
    if _CLOSED_RANGE.match(ctx.text, p.mention.end):
        return False  # "searches that ran from early March until the end of the month"
    return not _dates_the_present(ctx.doc, p)


# The end of a range opened by "from": "from early March until the end of the month"
_CLOSED_RANGE = re.compile(r"(?i)[ \t]*,?[ \t]*(?:to|until|till|through|and)\b")


def _dates_its_verb(p: PlacedMention, trigger: Token) -> bool:
    """Whether the mention hangs on the event's own verb (or on the event itself), not on
    another verb of its sentence: in "From mid-July, inspectors went through the stalls and
    eight vendors were detained in the sweep", the detentions fall anywhere in the sweep. A
    clause told of a noun the date belongs to counts as its own ("one case from October 2019,
    when police arrested a teacher")."""
    verb = governing_verb(trigger)
    if verb.dep_ == "relcl" and (verb.head.i in p.chain or p.mention.start <= verb.head.idx < p.mention.end):
        return True  # "one case from October 2019, when police arrested a teacher"
    if trigger.i in p.chain or p.governor is None:
        return trigger.i in p.chain
    # "barring residents from approaching the river from early August": a verb that completes
    # the event's verb is the event's.
    governor = trigger.doc[p.governor]
    while governor.i != verb.i and governor.dep_ in _COMPLEMENTS and governor.head.i != governor.i:
        governor = governor.head
    return governor.i == verb.i


# Links by which a verb completes the verb above it ("barred them from leaving", "tried to cross")
_COMPLEMENTS = frozenset({"xcomp", "pcomp", "prep"})


def _start_alone(ctx: _Context, p: PlacedMention) -> TimeSpan | None:
    """The date a "since" or "from" phrase names, without the run up to the report."""
    return resolve_mention(replace(p.mention, since=False), ctx.report, p.future) or p.span


def _outside_relative(doc: Doc, trigger: Token, p: PlacedMention) -> bool:
    """Whether the event is told in a relative clause and the mention dates a verb outside it
    ("a family who fled this summer was detained in late August": the detention's date).

    A reduced relative, a past participle on a noun, is such a clause too: in "seven men
    detained in Dandong earlier this month were sent back on Friday" Friday is the sending
    back's day, and the detention keeps its own "earlier this month"."""
    verb = governing_verb(trigger)
    if p.governor is None:
        return False
    main = misread_main_verb(verb)
    if main is not None:
        # the parser hung the main verb below the participle: its words are outside
        return main.left_edge.i <= p.governor <= main.right_edge.i
    if not (verb.dep_ == "relcl" or reduced_relative(verb)):
        return False
    return not verb.left_edge.i <= p.governor <= verb.right_edge.i


def _quoted_verbs(ctx: _Context, trigger: Token, pieces: list[Span]) -> list[Token]:
    """The other verbs the events stage quoted as the same event, coordinated with its trigger:
    in "a soldier crossed the border and defected to the South on Tuesday" the crossing and the
    defection are one escape, and the date of either is its date."""
    verbs = []
    for piece in pieces:
        tokens = token_span(ctx.doc, piece.start, piece.end)
        if tokens is None or not len(tokens):
            continue
        root = tokens.root
        if root.i != trigger.i and root.pos_ == "VERB" and root.dep_ == "conj" and root.head.i == trigger.i:
            verbs.append(root)
    return verbs


def _bound_only(p: PlacedMention, trigger: Token) -> bool:
    """A date inside a "since" phrase or clause that hangs below the event's trigger."""
    if p.onset or p.since_at is None:
        return False
    return trigger.i in p.chain[p.since_at + 1 :] or trigger.i not in p.chain


def _since_span(ctx: _Context, best: PlacedMention, trigger: Token, kind: str) -> TimeSpan | None:
    """ "arrested since the campaign began in late October": from the date up to the report.

    Only for an event outside the "since" phrase: the campaign's own start is the date itself.
    """
    span, at = best.span, best.since_at
    if (
        best.onset
        and span is not None
        and ctx.report.latest is not None
        and (_ban_in_force(ctx, best) or _state_held_now(ctx, best, kind))
    ):
        # "have been barred from leaving since mid-October" in a report of November 6: a ban
        # weeks old is in force from its start up to the report.
        return TimeSpan(span.start, ctx.report.latest, "range", span.text)
    if at is None or best.onset or span is None or span.end is None or ctx.report.latest is None:
        return span
    if trigger.i in best.chain[: at + 1] or ctx.report.latest <= span.end:
        return span
    return TimeSpan(span.start, ctx.report.latest, "range", span.text)


# Events that are themselves the state a "since" phrase tells as going on: a restriction is
# the state it imposes, while an arrest or a disappearance is the start of the state it leaves
# ("has been held since May", "has been missing since May": the arrest, the vanishing, in May).
_HELD_STATES = frozenset({"movement_restriction"})


def _state_held_now(ctx: _Context, best: PlacedMention, kind: str) -> bool:
    """A restriction told in the present perfect "since" a date weeks before a report of a
    known day holds from that date up to the report, whatever its verb (`_ban_in_force` knows
    only the verbs of banning).

    "All boats have been confined to port since mid-August" and "permits have not been issued
    since the start of June" (reports of early September, mid-June): the restriction runs from
    the date to the report. The past perfect ("had been confined since May") tells a state
    closed before what the report tells, and an arrest or a vanishing is dated by its start; a
    standing order "since" a date is dated by that date, as `_ban_held` dates it.
    """
    span, latest = best.span, ctx.report.latest
    if (
        kind not in _HELD_STATES
        or best.governor is None
        or span is None
        or span.end is None
        or latest is None
    ):
        return False
    if ctx.report.precision != "day" or (latest - span.end).days <= _IN_FORCE_DAYS:
        return False
    verb = ctx.doc[best.governor]
    if verb.lemma_.lower() in lexicon().standing_orders:
        return False  # "Since March, guards have been ordered to fire": dated by the month (`_ban_held`)
    return present_perfect(verb)


# How long a ban must have held by the report's day to be dated as in force up to it: a ban
# "since Tuesday" in Thursday's report is dated by its day.
_IN_FORCE_DAYS = 7


def _ban_in_force(ctx: _Context, best: PlacedMention) -> bool:
    """A ban or closure "since" a date at least a week before a report of a known day.

    "Residents have been forbidden to leave the county since May 3" (report of May 20): the
    restriction is in force from May 3 to the report. A ban since a few days ago is dated by
    its start, and so is one in a report known only by its month, whose present is unknown.
    """
    span, latest = best.span, ctx.report.latest
    if best.governor is None or span is None or span.start is None or span.end is None or latest is None:
        return False
    if ctx.report.precision != "day" or (latest - span.end).days <= _IN_FORCE_DAYS:
        return False
    verb = ctx.doc[best.governor]
    words = {verb.lemma_.lower(), verb.lower_}
    if verb.dep_ in ("xcomp", "pcomp"):
        # "have barred boats from putting to sea since ...": the date hangs on the gerund
        above = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb.head
        words |= {above.lemma_.lower(), above.lower_}
    return bool(words & lexicon().lasting_bans)


# A ban told with a day this many days or more before the report is dated up to the report.
_HELD_DAYS = 3


def _ban_held(ctx: _Context, trigger: Token, when: TimeSpan | None) -> TimeSpan | None:
    """A ban or closure told in the present perfect holds at the report, from the date it took.

    "On May 2 the authorities closed the riverside road. Residents have been barred from the
    bank after dark" (report of May 9): the bar runs from May 2 to May 9, not on May 2 alone;
    so does "the workers have not been allowed to leave the compound", and so does a standing
    order told in the passive present perfect ("guards have been ordered to shoot anyone near
    the river": they are under orders until lifted). An order given ("have ordered troops to
    shoot") or told in the past ("were ordered on May 2 to shoot"), like a ban told in the past
    ("barred residents in 2019"), is a happening on its day, and a period ("this year") is
    already the ban's own time.
    """
    latest = ctx.report.latest
    if not _dated(when) or when is None or when.start is None or when.end is None or latest is None:
        return when
    if ctx.report.precision != "day" or when.precision == "range" or (latest - when.end).days < _HELD_DAYS:
        return when
    verb = governing_verb(trigger)
    orders = lexicon().standing_orders
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in orders:
        verb = verb.head  # "have been ordered to shoot": the order is what is told as holding
    if verb.lemma_.lower() in orders and _told_since(ctx, when):
        return when  # "Since March, guards have been ordered to fire": dated by the month
    if not present_perfect(verb) or not _banning(verb):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


# How wide a date may be for a restriction told in the perfect to run on from it: a season at
# most ("since the spring"); a year is already the restriction's own time.
_RESTRICTION_WIDE = _SEASON_WIDE


def _restriction_in_force(ctx: _Context, trigger: Token, when: TimeSpan | None) -> TimeSpan | None:
    """A restriction told in the present perfect, whatever its verb, is in force at the report:
    it runs from the date it took up to the report.

    "Police have set up checkpoints on the roads out of Wonsan" with the checkpoints dated mid-July
    elsewhere (report of July 30): July 11 to 30, not mid-July alone; so "have collected the
    workers' passports", "have stopped issuing travel permits", "has placed the harbour under
    guard" (`_ban_held` knows only the verbs of banning). A
    restriction told in the past ("set up checkpoints that morning") is dated by its day, one
    opened more than some four months before the report keeps its date (told as background),
    and in a report known only by its month the present is unknown.
    """
    latest = ctx.report.latest
    if not _dated(when) or when is None or when.start is None or when.end is None or latest is None:
        return when
    if (
        ctx.report.precision != "day"
        or (latest - when.end).days < _HELD_DAYS
        or _width(when) > _RESTRICTION_WIDE
    ):
        return when  # (a ban "since Wednesday" in Friday's report is dated by its start)
    if not 0 <= (latest - when.start).days <= _CAMPAIGN_DAYS:
        return when
    verb = governing_verb(trigger)
    if verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "have been ordered to stop anyone": the order is what is told as holding
    if verb.lemma_.lower() in lexicon().standing_orders and (
        _told_since(ctx, when) or not any(c.dep_ == "auxpass" for c in verb.children)
    ):
        # "Since March, guards have been ordered to fire": dated by the month; "has ordered
        # guards to fire": the giving of the order, on its day (as `_ban_held` reads them)
        return when
    if not present_perfect(verb):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


def _campaign_running(ctx: _Context, trigger: Token, when: TimeSpan | None) -> TimeSpan | None:
    """A campaign dated by its opening runs from that date up to the report.

    "A crackdown on Chinese phones that began in September has led to 30 arrests" (report of
    December 11): the crackdown is the whole period from September 1 to December 11, not
    September alone; so are "have launched a campaign against smuggling in early May", "the
    drive ordered in late March" and "a campaign the ministry announced in October". A campaign
    told in the past perfect ("had begun a campaign in February") is backstory, closed before
    what the report tells; one told with its own term ("a 100-day campaign") runs to the report
    only while the term lasts ("a 100-day campaign launched on January 8", in a report of
    January 25: January 8 to 25); and one opened more than some four months before the report
    is told as background, not as news.
    """
    latest = ctx.report.latest
    if not _dated(when) or when is None or when.start is None or when.end is None or latest is None:
        return when
    if ctx.report.precision != "day" or 0 <= (latest - when.end).days < _HELD_DAYS:
        return when
    # (a period running past the report, "launched at the start of the year", is cut there)
    if not 0 <= (latest - when.start).days <= _CAMPAIGN_DAYS:
        return when
    if _told_since(ctx, when):
        return when  # "have launched a crackdown ... Since the 2nd": the launch's day (`_launched_then`)
    opener = _campaign_opener(ctx, trigger, when)
    if opener is None or pluperfect(opener):
        return when
    term = _term_days(trigger)
    if term is not None and when.start + timedelta(days=term) <= latest:
        return when  # over by the report: its term, not the report, ends it
    return TimeSpan(when.start, latest, "range", when.text)


# How old a campaign's opening date may be for the report to tell it as still running: news
# tells a campaign going on as one opened in recent months; one opened half a year before
# ("a campaign launched in the spring", in a report of December) is told as background.
_CAMPAIGN_DAYS = 120


def _told_since(ctx: _Context, when: TimeSpan) -> bool:
    """Whether the date was told with "since" ("Since the 2nd, officers have been visiting
    homes"): the rules for a period counted from a date have already read it."""
    return when.text is not None and any(
        p.mention.since and p.mention.text == when.text for p in ctx.mentions
    )


def _term_days(trigger: Token) -> int | None:
    """How many days the campaign's own term lasts, when it is told with one ("a 100-day
    campaign": 100, "a month-long crackdown": 30, "a two-week drive": 14); None with no term. A
    unit with no count ("a month-long") is one of it."""
    words = lexicon()
    # the campaign's noun: the trigger, or the object or subject of the verb that opened it
    nouns = [trigger, *(c for c in trigger.children if c.dep_ in ("dobj", "nsubj", "nsubjpass"))]
    for noun in nouns:
        before = trigger.doc[noun.left_edge.i : noun.i]
        for k, t in enumerate(before):
            if t.lower_ not in words.units:
                continue
            count = before[k - 2] if k >= 2 and before[k - 1].text == "-" else before[k - 1] if k else None
            n = (_number_of(count) if count is not None else None) or 1
            return n * words.units[t.lower_]
    return None


def _campaign_opener(ctx: _Context, trigger: Token, when: TimeSpan) -> Token | None:
    """The verb that opened the campaign the trigger names, on the date it was given: the verb
    the campaign is told with ("have launched a crackdown in early May", "the campaign started
    in early February", "began sweeping the county on November 1") or a clause on its noun
    phrase ("a crackdown on phones that began in April", "a drive against drugs ordered in late
    March"). A date of the sentence hung on another verb ("was carried out in October, when the
    campaign began") leaves it alone."""
    openers = lexicon().onset_verbs | lexicon().campaign_openers
    verb = governing_verb(trigger)
    own = {verb.i} | ({verb.head.i} if verb.dep_ == "xcomp" else set())
    sent_start, sent_end = _sentence_of(trigger)
    governors = [
        p.governor
        for p in ctx.mentions
        if sent_start <= p.mention.start < sent_end and p.mention.text == when.text and p.governor is not None
    ]
    if not governors:
        # dated from another sentence: the campaign's own verb must open it
        return next((ctx.doc[i] for i in sorted(own) if ctx.doc[i].lemma_.lower() in openers), None)
    phrase = {t.i for t in trigger.subtree}
    for g in governors:
        if ctx.doc[g].lemma_.lower() in openers and (g in own or g in phrase):
            return ctx.doc[g]
    return None


def _banning(verb: Token) -> bool:
    """ "barred", "have closed", "sealed off", leave denied: "have not been allowed", or an order
    to do something: "have been ordered to shoot", "have been told to stay indoors"."""
    words = lexicon()
    lemma = verb.lemma_.lower()
    if lemma in words.lasting_bans:
        return True
    if lemma in words.standing_orders and any(c.dep_ == "xcomp" for c in verb.children):
        # Told in the passive, the order is the state of those under it ("guards have been
        # ordered to shoot": they are under orders); the active "has ordered troops to shoot"
        # tells the giving of it, on its day.
        return any(c.dep_ == "auxpass" for c in verb.children)
    return lemma in words.permissions and any(c.dep_ == "neg" for c in verb.children)


def _promoted(r: int) -> int:
    """A date the events stage placed with the event governs it, unless it dates an occasion."""
    return r if r > OTHER_CLAUSE_RANK else min(r, GOVERNING_RANK)


def _within(inner: TimeSpan | None, outer: TimeSpan | None) -> bool:
    if inner is None or outer is None or None in (inner.start, inner.end, outer.start, outer.end):
        return False
    assert inner.start and inner.end and outer.start and outer.end
    narrower = (inner.end - inner.start) < (outer.end - outer.start)
    return narrower and outer.start <= inner.start and inner.end <= outer.end


def _dated(span: TimeSpan | None) -> bool:
    return span is not None and span.start is not None and span.end is not None


# "the same day/night/week": a time told to the day or week, not a month or season
_SAME_TIME_UNITS = re.compile(r"(?i)\b(?:day|week|night|morning|afternoon|evening)$")


def _on_verbs_first(doc: Doc, before: list[PlacedMention]) -> list[PlacedMention]:
    """The dates "the same day" may take, without a date told on a noun after a date told on a
    verb of the same sentence: "Two officials were arrested on Wednesday over a dike that broke
    in last weekend's storm. Their homes were searched the same night": the night of the arrest
    (the verb's Wednesday), not of the storm the noun names."""
    if len(before) < 2:
        return before
    last = before[-1]
    on_verb = [p for p in before if p.sentence == last.sentence and not _on_a_noun(doc, p)]
    if not on_verb or not _on_a_noun(doc, last):
        return before
    return [p for p in before if p.sentence != last.sentence or not _on_a_noun(doc, p)]


def _on_a_noun(doc: Doc, p: PlacedMention) -> bool:
    """Whether the mention hangs on a noun before its verb ("the collapse of a dike in last
    weekend's storm"), so it tells that thing's time rather than the verb's. A noun the verb
    takes through its own preposition ("executed at a rally on May 20") is the verb's setting,
    its date the verb's."""
    if p.governor is None:
        return False
    return any(
        doc[i].pos_ in ("NOUN", "PROPN")
        and not (doc[i].head.dep_ == "prep" and doc[i].head.head.i == p.governor)
        for i in p.chain
        if i != p.governor
    )


def _fine_enough_for_same_time(phrase: str, before: list[PlacedMention]) -> PlacedMention:
    """The date "the same day/night/week" takes: the last told before it that is a month wide at
    most, passing over a season or a year told in between as background ("was shot last
    Thursday. The man, recalled in the spring, ... His wife was banished the same week": last
    Thursday's week, not the spring). With none so fine, the last one told; a gathering ("at
    the same trial") takes the last one told whatever its width."""
    if not _SAME_TIME_UNITS.search(phrase):
        return before[-1]
    fine = [p for p in before if _width(p.span) <= _MONTH_WIDE]
    return fine[-1] if fine else before[-1]


def _same_time_span(phrase: str, span: TimeSpan | None) -> TimeSpan | None:
    """ "the same week" after a day told ("shot on Thursday ... banished the same week"): the
    Monday-to-Sunday week holding that day, not the day itself."""
    if span is None or span.start is None or span.end is None or not phrase.lower().endswith("week"):
        return span
    first, last = week_of(span.start)[0], week_of(span.end)[1]
    if (last - first).days > 6:
        return span  # a date wider than one week stays as told
    return TimeSpan(first, last, "week", span.text)


def _inherited(
    ctx: _Context,
    i: int,
    events: list[Event],
    triggers: list[Token | None],
    own: list[_Own],
    done: list[Event],
) -> TimeSpan | None:
    """The date of the same happening told elsewhere (see the module's step 2). An event told
    before this one lends the date it was given, once narrowed: "held a trial last week and
    sentenced two men ... / They were tried on the 12th ... / Three others tried with them were
    sentenced to ten years": the three take the 12th, not "last week"."""
    trigger = triggers[i]
    if trigger is None:
        return None
    sent_start, sent_end = _sentence_of(trigger)
    # "on the same day": the date told last before it, also earlier in its own sentence ("was
    # arrested in early July, and his home was searched the same day").
    same_time = _same_time().search(ctx.text, sent_start, sent_end)
    if same_time:
        # Not a date of the backstory told in the past perfect ("had been arrested in
        # September ... sentenced at the same trial"): the trial's time is the story's.
        before = [
            p
            for p in ctx.mentions
            if p.mention.end <= same_time.start()
            and _dated(p.span)
            and not p.attribution
            and not _backstory(ctx, p)
            # "who were arrested on May 3 and now face deportation. ... A driver was detained
            # at the same time": the arrest's day, not the present the "now" tells.
            and not _says_now(p)
            # "shot on the 14th, two days before the Day of the Shining Star": a date that
            # only measures the one told from it is not the time told
            and not _MEASURED_FROM.search(ctx.text, max(0, p.mention.start - 20), p.mention.start)
        ]
        if before:
            return _same_time_span(
                same_time.group(0),
                _fine_enough_for_same_time(same_time.group(0), _on_verbs_first(ctx.doc, before)).span,
            )
    if _counted_from_its_own_story(trigger):
        # "ran away in March; they were caught within days": the time is counted from what
        # its own sentence told, not the date of a like event the report tells elsewhere.
        return None
    # A restatement: the same kind of event, dated where the report tells it again.
    # A threatened one ("they now face deportation") is not a restatement of what happened
    # (the other way, the threat stands from what happened).
    # Two events of one type told in one sentence are two happenings ("have returned the
    # people whom Laos expelled last month"), not one told again.
    same = [
        (abs(own[j].offset - trigger.idx), _narrowed(own[j].when, done[j].when if j < len(done) else None))
        for j, other in enumerate(events)
        if j != i
        and other.type == events[i].type
        and not _same_sentence(trigger, triggers[j])
        and (other.status != "at_risk" or events[i].status == "at_risk")
        and not _guess_before_fact(events[i], other, trigger, triggers[j])
        and not (
            (present_perfect(governing_verb(trigger)) or _told_later(triggers[j], trigger))
            and _other_people(other, events[i])
        )
        and own[j].decided
        and _dated(own[j].when)
        # a state at the report ("are now held") is not when the happening told again was
        and not _now_state(own[j].when)
        and not _repeated(triggers[j])
        and not _repeated(trigger)
    ]
    if same:
        return min(same, key=lambda s: s[0])[1]
    again = _told_again(ctx, trigger)
    if again is not None:
        return again
    first = next((t for t in triggers if t is not None), trigger)
    return _lede_date(ctx, trigger, paragraph_of(ctx.text, first.idx))


# Adverbs that, with a counted time ("days later") or alone ("soon after"), place a happening
# just after what was told before it
_SOON_AFTER = frozenset({"later", "after", "afterwards", "afterward"})


def _counted_from_its_own_story(trigger: Token) -> bool:
    """Told as a counted time from another happening of its story: "were caught within days",
    "within a week", "some six weeks after his arrest" (the arrest is the happening counted
    from), "days later", "soon after". Such an event is the next step of the story its own
    sentence tells ("In March two cooks fled a farm; they were picked up within days"), so a
    like event dated in another sentence ("Thirty traders were arrested in May") is another
    happening, not this one told again."""
    if counted_gap(trigger):
        return True
    units = lexicon().units
    verb = governing_verb(trigger)
    for child in verb.children:
        grand = [g.lower_ for g in child.children]
        # "within days", "within a week"
        if child.dep_ == "prep" and child.lower_ == "within" and any(g in units for g in grand):
            return True
        # "days later", "soon after"
        if (
            child.dep_ == "advmod"
            and child.lower_ in _SOON_AFTER
            and any(g in units or g in ("soon", "shortly") for g in grand)
        ):
            return True
    return False


def _repeated(trigger: Token | None) -> bool:
    """Told as happening again ("crossed the river again the following spring", "was
    arrested once more"): another happening than the one told before, so neither lends the
    other its date."""
    if trigger is None:
        return False
    verb = governing_verb(trigger)
    words = [c.lower_ for c in verb.children]
    return (
        "again" in words
        or _another_time(verb)
        or any(c.lower_ == "more" and c.nbor(-1).lower_ == "once" for c in verb.subtree if c.i > 0)
        or _this_time(verb)
        or (verb.dep_ == "conj" and _this_time(verb.head))
    )


_NEXT_TIMES = frozenset({"this", "second", "third", "next"})


def _this_time(verb: Token) -> bool:
    """Told as a new try: "This time I went through Laos and reached Thailand", "the second
    time she crossed" (a "time" with such a word on the verb, or on the verb it is coordinated
    with): another happening than the one told before."""
    return any(
        c.lemma_.lower() == "time"
        and c.dep_ in ("npadvmod", "advmod", "obl")
        and any(d.lower_ in _NEXT_TIMES for d in c.children)
        for c in verb.children
    )


_ANOTHER_TIME = frozenset({"last", "previous", "first", "other", "earlier"})


def _another_time(verb: Token) -> bool:
    """Told as one of several times: "the last time she was sent back, in 2012", "the first
    time he crossed" (a clause on "time" with such a word)."""
    noun = verb.head
    return (
        verb.dep_ == "relcl"
        and noun.lemma_.lower() == "time"
        and any(c.lower_ in _ANOTHER_TIME for c in noun.children)
    )


def _narrowed(own: TimeSpan | None, given: TimeSpan | None) -> TimeSpan | None:
    """An event's own date, or the finer one it was given inside it (a vague lede date
    narrowed by the details)."""
    if _dated(given) and _dated(own) and _within(given, own) and given != own:
        return given
    return own


# "It happened on May 3", "The incident took place at dawn on Friday": a sentence that only
# gives the time of what was told before it.
_HAPPEN_VERBS = frozenset({"happen", "occur", "take"})
_HAPPEN_SUBJECTS = frozenset({"it", "this", "that", "incident", "attack", "shooting", "raid", "all"})


def _happened_then(ctx: _Context, trigger: Token | None, inside: TimeSpan | None = None) -> TimeSpan | None:
    """The date of the next sentence when it only says when what was told happened.

    "A guard shot a man trying to cross the river earlier this month. 'It happened at dawn on
    March 9,' a resident said": the shooting (and the crossing) are dated March 9. With
    `inside`, only a date within that span (a finer reading of the event's vague date).
    """
    if trigger is None:
        return None
    verb = governing_verb(trigger)
    if pluperfect(verb):
        return None
    nxt_start = sentence_of(trigger).end
    if nxt_start >= len(ctx.doc):
        return None
    nxt = sentence_of(ctx.doc[nxt_start])
    root = nxt.root
    if root.lemma_.lower() in lexicon().reporting_verbs:
        # '"It happened on May 3," a resident said': the clause the saying reports
        said = [c for c in root.children if c.dep_ in ("ccomp", "parataxis") and c.i < root.i]
        if not said:
            return None
        root = said[0]
    lemma = root.lemma_.lower()
    if lemma not in _HAPPEN_VERBS:
        return None
    if lemma == "take" and not any(c.lower_ == "place" for c in root.children):
        return None
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lemma_.lower() not in _HAPPEN_SUBJECTS:
        return None
    dates = [
        p
        for p in ctx.mentions
        if nxt.start_char <= p.mention.start < nxt.end_char
        and p.governor == root.i
        and not (p.attribution or p.future)
        and _dated(p.span)
    ]
    if not dates:
        return None
    span = dates[-1].span
    if inside is not None and not _within(span, inside):
        return None
    return span


# How close to the report a relative clause's date must end to be the time people were met.
_JUST_CAME = timedelta(days=31)


def _met_then(ctx: _Context, trigger: Token | None) -> TimeSpan | None:
    """With no other date for it, an event takes the date of a relative clause on its people
    when they came just before the report: "troops detained five people who walked across the
    border three days ago" (or "late last month") were met as they came. An older date there
    ("a man who fled two years ago") is not the event's."""
    latest = ctx.report.latest
    if trigger is None or latest is None:
        return None
    start, end = _sentence_of(trigger)
    dates = [
        p.span
        for p in ctx.mentions
        if start <= p.mention.start < end
        and not (p.attribution or p.future)
        and p.span is not None
        and p.span.end is not None
        and _dated(p.span)
        and latest - _JUST_CAME <= p.span.end <= latest
        and p.span.end - p.span.start <= _JUST_CAME
        and not _says_now(p)  # a state at the report, not a coming
        and in_other_relative_clause(p, ctx.doc, trigger)
        and _on_the_people(ctx.doc[p.governor or 0])
    ]
    return dates[0] if dates else None


def _on_the_people(clause: Token) -> bool:
    """A relative clause on whom the event befell (a subject or object, or a name in apposition
    to one), not on a place ("in Onsong, where he was sent in May")."""
    places = ("GPE", "LOC", "FAC")
    noun = clause.head
    if noun.ent_type_ in places or any(c.lower_ in ("where", "when") for c in clause.children):
        return False
    # "11 North Koreans, including three children, who crossed ...": up to the whole group
    while noun.dep_ in ("conj", "appos", "pobj", "prep") and noun.head.i != noun.i:
        noun = noun.head
    return noun.dep_ in ("dobj", "nsubj", "nsubjpass") and noun.ent_type_ not in places


def _same_sentence(a: Token, b: Token | None) -> bool:
    return b is not None and sentence_of(a).start == sentence_of(b).start


def _backstory(ctx: _Context, p: PlacedMention) -> bool:
    """A date of a verb in the past perfect: what came before the story's time."""
    return p.governor is not None and pluperfect(ctx.doc[p.governor])


def _guess_before_fact(event: Event, told: Event, trigger: Token, told_at: Token | None) -> bool:
    """A suspected event ("they may have been sent back") is the report's guess about what it
    cannot confirm; an event told as fact after it is another happening, not the guess told
    again: "We fear the couple may have been handed over to the border guards. ... Officials
    handed over three fishermen in 2019" gives the couple's guessed return no year."""
    return event.status == "suspected" and told.status == "occurred" and _told_later(told_at, trigger)


def _perfect_progressive(trigger: Token | None) -> bool:
    """Told in the present perfect progressive: "has been searching", "have been checking"."""
    if trigger is None:
        return False
    verb = governing_verb(trigger)
    aux = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    return verb.tag_ == "VBG" and "been" in aux and bool(aux & set(_HAVE))


def _told_elsewhere(own: _Own, trigger: Token | None) -> bool:
    """The event's own date was found outside its sentence (the details that tell it again)."""
    if trigger is None or own.when is None:
        return False
    start, end = _sentence_of(trigger)
    return not start <= own.offset < end


def _told_later(told: Token | None, trigger: Token) -> bool:
    """The lending event is told after this one. A report tells its story first and its
    background after, so a later event with fewer people is another happening, not this one
    told again: "Six fishermen crossed the sea border on Sunday night. ... In 2021 a soldier
    walked across the same stretch" lends the six no year."""
    return told is not None and told.idx > trigger.idx


def _other_people(told: Event, event: Event) -> bool:
    """More people than the event told with a date: a tally in the present perfect ("at least
    12 people have been detained so far" … "on Tuesday guards caught two young men") is not
    that happening told again, and its day is not theirs. A smaller group may be a part of a
    larger one told with a date ("executed around 80 people on Nov. 3" … "the execution of
    eight in Wonsan"), and a group told in the past beside it was taken with it ("arrested a
    broker on May 2. Three women at his flat were also detained")."""
    if told.victims is None or event.victims is None:
        return False
    low, high = told.victims.count_min, event.victims.count_min
    return low is not None and high is not None and high > low


def _count(ev: Event) -> int | None:
    return ev.victims.count_min if ev.victims is not None else None


def _told_again(
    ctx: _Context, trigger: Token, inside: TimeSpan | None = None, count: int | None = None
) -> TimeSpan | None:
    """The date of the same word told again in another sentence: "were exiled" ... "the exile
    of 100 citizens since March"; the word may come back as another part of speech
    ("repatriated" ... "the repatriation"). With `inside` (refining a vague date), only a day
    within that span, not for an event only threatened ("will be shot on sight": a shooting
    told later is another), and not where the retelling counts other people than the event's
    `count` ("detained 10 in Yanji earlier this month ... the five arrested near the capital
    on May 7")."""
    if inside is not None and _modal(governing_verb(trigger)):
        return None
    sent_start, sent_end = _sentence_of(trigger)
    table = token_table(ctx.doc)
    for p in ctx.mentions:
        if p.attribution or p.future or not _dated(p.span) or p.governor is None:
            continue
        if sent_start <= p.mention.start < sent_end:
            continue
        if _says_now(p):
            continue  # "is now in China": the state at the report, not when it came about
        if inside is not None and (_vague(p.span) or not _within(p.span, inside)):
            continue
        for i in range(table.sent_start[p.governor], table.sent_end[p.governor]):
            if i == trigger.i or not _same_word_at(ctx.doc, table, i, trigger.i):
                continue
            t = ctx.doc[i]
            if rank(p, t) <= GOVERNING_RANK:
                if _repeated(t):
                    continue  # "the last time she was sent back, in 2012": another return
                if inside is not None and _other_count(t, count):
                    continue
                return _from_onset(ctx, p)
    return None


def _modal(verb: Token) -> bool:
    """Told with a modal: "will be shot", "could be sent back"."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _other_count(word: Token, count: int | None) -> bool:
    """Whether the people the retold word is about are counted otherwise than `count`: the
    number on its noun ("the five North Koreans arrested" → five)."""
    if count is None:
        return False
    if word.dep_ in ("acl", "relcl"):
        nouns = [word.head]
    else:
        nouns = [c for c in word.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")]
    for noun in nouns:
        for c in noun.children:
            if c.dep_ == "nummod":
                value = _number_of(c)
                if value is not None and value != count:
                    return True
    return False


def _number_of(token: Token) -> int | None:
    if token.text.isdigit():
        return int(token.text)
    return lexicon().numbers.get(token.lower_)


def _same_word(a: Token, b: Token) -> bool:
    """The same lemma, or one word's forms ("repatriate" / "repatriation", "execute" /
    "execution"): a shared stem of at least six letters covering most of the shorter word (two
    tokens of one Doc)."""
    return _same_word_at(a.doc, token_table(a.doc), a.i, b.i)


def _same_word_at(doc: Doc, table: TokenTable, a: int, b: int) -> bool:
    """`_same_word` of tokens `a` and `b` of `doc`, read from its table (a retold word is looked
    for in every word of every dated sentence)."""
    x, y = table.lemma[a], table.lemma[b]
    if x == y:
        if x in lexicon().light_verbs:
            # "was taken into custody" ... "took power in late 2011": another happening
            return bool(_complement(doc[a]) & _complement(doc[b]))
        return table.pos[a] in ("VERB", "NOUN") and table.pos[b] in ("VERB", "NOUN")
    if table.pos[a] not in ("VERB", "NOUN") or table.pos[b] not in ("VERB", "NOUN"):
        return False
    if any(w.endswith(("ee", "er", "or")) for w in (x, y)):
        return False  # the people ("escapee", "deporter"), not the happening
    n = 0
    while n < min(len(x), len(y)) and x[n] == y[n]:
        n += 1
    return n >= 6 and n >= min(len(x), len(y)) - 2


def _complement(verb: Token) -> set[str]:
    """The words that give a light verb its meaning: its particle, object and the object of
    its prepositions ("taken into custody" → custody; "sent back" → back)."""
    words = set()
    for c in verb.children:
        if c.dep_ in ("prt", "dobj", "advmod") and c.pos_ != "PRON":
            words.add(c.lemma_.lower())
        elif c.dep_ == "prep":
            words.update(g.lemma_.lower() for g in c.children if g.dep_ == "pobj" and g.pos_ != "PRON")
    return words


def _told_by_dated_telling(ctx: _Context, trigger: Token) -> bool:
    """Is an event of the opening told as what a dated telling said?

    "When a monitoring group said last week that police had rounded up 30 traders, a woman in
    Busan who left the North in 2015 began phoning her cousins. / By Friday she knew that her aunt
    was among them": the telling's day dates the report, not the round-up (as "a source told us on
    Tuesday that three people were executed" does), and the next paragraph tells what followed
    the telling, so its first date ("by Friday", read from 2015 of another clause) is not the
    event's either. Only a reporting verb told before the event's clause ("said ... that"), with
    a day of its own (not a dateline), of something done (the past: what "is going on" runs on
    from the telling)."""
    verb = governing_verb(trigger)
    reporting = lexicon().reporting_verbs
    head = verb
    for _ in range(3):
        if head.dep_ not in ("ccomp", "xcomp", "conj") or head.head is head:
            return False
        head = head.head
        if head.lemma_.lower() in reporting:
            break
    if head.lemma_.lower() not in reporting or head.i > verb.i:
        return False
    if not any(c.lower_ == "that" and c.i < verb.i and c.dep_ in ("mark", "advmod") for c in verb.children):
        return False
    if verb.tag_ not in ("VBD", "VBN"):
        return False
    return any(
        p.attribution
        and p.governor == head.i
        and p.mention.is_date
        and _dated(p.span)
        and not is_dateline(ctx.text, p.mention)
        for p in ctx.mentions
    )


def _lede_date(ctx: _Context, trigger: Token, lede: int) -> TimeSpan | None:
    """An undated event in the opening paragraph takes the first date of the next paragraph."""
    paragraph = paragraph_of(ctx.text, trigger.idx)
    if paragraph != lede:
        return None
    if _told_by_dated_telling(ctx, trigger):
        return None
    # Only the report's opening summarises. "Five North Koreans have been held in Laos since
    # late last month. / The group was picked up near the border." : where a date was told in a
    # paragraph before (one with no event found), the story's time is already set and the next
    # paragraph does not tell this event's details.
    if any(p.paragraph < paragraph and _dated(p.span) and not p.attribution for p in ctx.mentions):
        return None
    # A date of a relative clause on another noun ("detained a man who fled two years ago")
    # dates that clause, so it does not stop the details from dating the event.
    # Nor does a date still ahead ("have stopped issuing permits until after the holiday"): it
    # bounds what goes on, and the details still tell when it began.
    if any(p.paragraph == paragraph and _dates_this_telling(ctx, p, trigger) for p in ctx.mentions):
        return None

    # The details, not the backstory told in the past perfect ("had been arrested last autumn"),
    # nor a state at the report ("The parents now fear ..."), which tells no happening's time.
    following = [
        p
        for p in ctx.mentions
        if p.paragraph == paragraph + 1
        and p.mention.is_date
        and not p.attribution
        and not _backstory(ctx, p)
        and not _says_now(p)
    ]
    if not following:
        return None
    first = following[0]
    if not _dated(first.span) or _introduces_others(ctx, first):
        return None
    return _launched_then(ctx, trigger, first) or first.span


def _dates_this_telling(ctx: _Context, p: PlacedMention, trigger: Token) -> bool:
    """A date told as the time of what the sentence tells: not a speaker's date of saying it, not
    a date still ahead ("until after the holiday": it bounds what goes on), and not a date of a
    relative clause on another noun ("detained a man who fled two years ago")."""
    return (
        p.mention.is_date
        and not p.attribution
        and not p.future
        and not in_other_relative_clause(p, ctx.doc, trigger)
    )


def _opening_detail(
    ctx: _Context, i: int, events: list[Event], triggers: list[Token | None]
) -> TimeSpan | None:
    """An event nothing else dated, told in the report's opening sentence, takes the first date
    of the sentence after it, when the opening paragraph goes on (a report written as one
    paragraph).

    The first sentence summarises and the next tells the details (after a paragraph break
    `_lede_date` reads them): "A fisherman from a village near Sinpo has gone missing, and his
    family believes he was taken by the coast guard. He set out in his boat on the morning of
    March 3 and did not come back." dates the vanishing (and the guess about it) March 3; a
    last sighting dates it from the sighting on (`_sighting_to_discovery`). Only details about
    the opening's people ("He", "The couple"), at the same time (not "The last time he was sent
    back, in 2015"). Not a date of the backstory ("had been warned in January"), nor a "since"
    period, nor one that brings in an earlier case (`_introduces_others`), nor when the opening
    sentence has a date of its own; nor the date of another kind of event the details tell
    (`other_kinds`, by trigger token: "Two workers detained in Busan face deportation. They left
    their ship in mid-May ..." dates the desertion, not the detention).
    """
    trigger = triggers[i]
    first = next((t for t in triggers if t is not None), None)
    if trigger is None or first is None:
        return None
    other_kinds = {
        t.i for t, e in zip(triggers, events, strict=True) if t is not None and e.type != events[i].type
    }
    # The report's first sentence, and the event first told in it (an event first told further
    # on is not summarised by the sentence it stands in).
    opening = sentence_index(ctx.doc, first)
    if opening != 0 or sentence_index(ctx.doc, trigger) != opening or _told_by_dated_telling(ctx, trigger):
        return None
    paragraph = paragraph_of(ctx.text, trigger.idx)
    if any(p.sentence == opening and _dates_this_telling(ctx, p, trigger) for p in ctx.mentions):
        return None
    details = [
        p
        for p in ctx.mentions
        if p.sentence == opening + 1
        and p.paragraph == paragraph
        and p.mention.is_date
        and not p.attribution
        and not _backstory(ctx, p)
        # "since the campaign began in late October": a period counted up to the report, not
        # the day of one happening
        and not (p.mention.since or p.since_at is not None)
        and p.governor not in other_kinds
        and not any(t in p.chain for t in other_kinds)
    ]
    if not details:
        return None
    detail = details[0]
    if not _dated(detail.span) or _introduces_others(ctx, detail) or detail.span is None:
        return None
    # The details go on about the opening's people ("The couple", "She"), not about others
    # ("Two traders were turned back on Sunday": one instance of what the opening sums up), and
    # not about another time ("The last time he was sent back, in 2015").
    verb = ctx.doc[detail.governor] if detail.governor is not None else None
    if verb is None or not _about_the_same_people(verb) or _repeated(verb) or _at_another_time(verb):
        return None
    return (
        _sighting_to_discovery(ctx, detail, details[1:])
        or _launched_then(ctx, trigger, detail)
        or detail.span
    )


_POINTING_DETERMINERS = frozenset({"the", "these", "those", "their", "his", "her", "its"})
_POINTING_PRONOUNS = frozenset({"they", "he", "she", "it"})


def _about_the_same_people(verb: Token) -> bool:
    """The clause's subject points back to people already told of: a pronoun ("They were last
    seen ...") or a phrase with a definite or possessive determiner ("The couple ...", "Their
    two sons ...")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    subject = subjects[0]
    return subject.lower_ in _POINTING_PRONOUNS or any(
        c.dep_ in ("det", "poss") and c.lower_ in _POINTING_DETERMINERS for c in subject.children
    )


def _at_another_time(verb: Token) -> bool:
    """The clause is set at one of several times ("The last time he was sent back, in 2015,
    they kept him for a year"): another happening than the one the opening tells."""
    return any(
        c.lemma_.lower() == "time" and any(d.lower_ in _ANOTHER_TIME for d in c.children)
        for c in verb.children
    )


def _sighting_to_discovery(
    ctx: _Context, sighting: PlacedMention, after: list[PlacedMention]
) -> TimeSpan | None:
    """A vanishing told by when the people were last seen and when they were found gone
    happened between the two: "They were last seen at the market on May 4, and a neighbour
    found the house empty two days later" spans May 4 to May 6. With no finding told, coders
    date it by the sighting ("were last seen on May 4": May 4), so this gives nothing."""
    span, latest = sighting.span, ctx.report.latest
    if span is None or span.start is None or latest is None or span.start > latest:
        return None
    if not _LAST_SEEN.search(ctx.text[max(0, sighting.mention.start - 80) : sighting.mention.start]):
        return None
    found = [p.span for p in after if p.span is not None and _dated(p.span) and p.span.end is not None]
    end = next((s.end for s in found if s.end is not None and span.start < s.end <= latest), None)
    return TimeSpan(span.start, end, "range", span.text) if end is not None else None


# Verbs of a sentence that only describes the people a relative clause tells of ("the soldier
# who defected is a sergeant"): the clause is then the sentence's news.
DESCRIBING_VERBS = frozenset({"be", "remain", "become", "seem", "appear"})


def _lede_detail(
    ctx: _Context,
    trigger: Token,
    inside: TimeSpan,
    lede: tuple[int, int],
    count: int | None,
    other_kinds: dict[int, str] | None = None,
) -> TimeSpan | None:
    """A vague date in the opening paragraph, narrowed by the day the details open with.

    The lede summarises and what follows tells the details: "Three fishermen went missing
    off the coast earlier this month, relatives said. / The men left port on the night of
    March 4 ..." dates the disappearance March 4. The details are the next paragraph (its
    first dated sentence: "The woman, in her 20s, worked at the plant. She slipped out on May
    27 ..."), or, in a lede of several sentences, the next one when its subject points back
    ("The men", "They"). Only their first date counts, and only when it lies inside the vague
    date and is finer: a part of a month narrows a month or a season too ("this autumn ... /
    The officials were shot in late October" → late October); a threatened event ("will be sent back within weeks") is not narrowed, nor by a day
    told of other people than the event's `count` ("detained 10 earlier this month. / The five
    detained on May 7 ..."), nor an event told in a relative clause (background of the lede's
    own event, which the details tell), nor by the date of another kind of event (`other_kinds`,
    by trigger token: "expelled to China last month ... / the group, arrested in mid-May, ..."
    dates the arrest, not the expulsion), nor by a period running to the report ("since
    January ...": a tally, not a detail).
    """
    if not lede[0] <= trigger.idx < lede[1] or _modal(governing_verb(trigger)):
        return None
    verb = _subordinate_in_relative(governing_verb(trigger))
    main_verb = governing_verb(verb.head)
    main = main_verb.lemma_.lower()
    clause = verb.dep_ == "relcl" or reduced_relative(verb)
    if clause and other_kinds and main_verb.i in other_kinds:
        # "More than ten defectors arrested in Shenyang earlier this month have been sent
        # back. / The group was handed over on Saturday": the clause tells who the people of
        # the sentence's own event are, another kind of event, and the details tell that one.
        return None
    if (
        clause
        and main not in DESCRIBING_VERBS
        and main not in lexicon().reporting_verbs
        and not _news_of_the_subject(verb)
    ):
        # "Agents detained two officers from the unit of the private who ran across the border
        # earlier this week. 'They were taken away on Tuesday'": a relative clause tells who the
        # people of another act are, and the details that follow tell that act, not the clause's.
        # ("The soldier who defected earlier this week is a sergeant. He crossed on Monday": the
        # sentence only describes him, and the clause is its news; so too when the sentence only
        # tells what he said: "The soldier who defected earlier this week told officials he had
        # been beaten.")
        return None
    for sentence in _detail_sentences(ctx, trigger, lede[1]):
        told = [
            p
            for p in ctx.mentions
            if sentence.start_char <= p.mention.start < sentence.end_char
            and not (p.attribution or p.future or _backstory(ctx, p))
            and _dated(p.span)
            # "are allowed out now": the report's present, not the day the details open with
            and not _says_now(p)
        ]
        if not told:
            continue
        if told[0].mention.since or not _within(told[0].span, inside):
            return None
        dated = told[0].governor
        if dated is not None and other_kinds and dated in other_kinds:
            return None
        if other_kinds and any(t in told[0].chain for t in other_kinds):
            # "rumours of a public execution in April": the date of another kind's own word
            # (not a date it only shares a verb with: "the trial was held on March 28" also
            # dates the executions that followed it)
            return None
        if dated is not None and (
            _other_count(ctx.doc[dated], count)
            or _others_marked(ctx.doc[dated])
            or _people_brought_in(ctx.doc[dated])
        ):
            return None
        return told[0].span
    return None


# Words that set people apart from those told before: "another dealer", "two other women",
# "three more traders", "a second broker" (the events stage's lexicon of further events).
_FURTHER_PEOPLE = OTHER_WORDS | MORE_WORDS | frozenset({"second", "third", "fourth", "fifth"})


def _others_marked(verb: Token) -> bool:
    """The clause tells of other people than the opening's: its subject or object is marked as
    further people ("In the next county, police detained another dealer last week", "Two other
    women were caught on Friday", "three more traders were arrested"). A detail that does so
    tells another happening of the kind, not the day of the opening's own."""
    for noun in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        for c in noun.children:
            if c.dep_ in ("det", "amod") and c.lower_ in _FURTHER_PEOPLE:
                return True
            if c.dep_ == "nummod" and any(d.lower_ in MORE_WORDS for d in c.children):
                return True  # "three more traders": "more" hangs on the count
    return False


def _people_brought_in(verb: Token) -> bool:
    """The detail's clause is about people the report brings in only there: "A woman who was
    caught gathering clams last week was fined", "Young people arriving at the station were
    lined up on the platform last week". People told with "a" or as a bare plural acted on are
    new to the report, so the day is another happening's; the opening's own people come back
    named as known ("The men left port on March 4", "They were caught on Monday"). (An actor
    told so is not people the event befell: "A court sentenced them on May 3" dates it.)"""
    subject = subject_of(verb)
    if subject is None or subject.lemma_.lower() not in _people_nouns():
        return False
    if any(c.dep_ == "det" and c.lower_ in NEW_REFERENT_WORDS for c in subject.children):
        return True
    acted_on = subject.dep_ == "nsubjpass"
    bare = subject.tag_ == "NNS" and not any(c.dep_ in ("det", "poss", "nummod") for c in subject.children)
    return acted_on and bare


# Links by which a clause hangs under another inside one sentence ("beaten so badly that she
# needed treatment after a phone was found": found → needed → badly → beaten).
_HANGING = frozenset({"advcl", "ccomp", "advmod", "xcomp", "pcomp", "prep"})


def _subordinate_in_relative(verb: Token) -> Token:
    """The relative clause a subordinate clause sits in, else the verb itself.

    "A woman who was beaten after a phone was found during an inspection earlier this month has
    been sent home": the finding is told inside the relative clause on the woman (found →
    beaten), and like the beating it is background of the main clause's news, which the details
    that follow date."""
    current = verb
    while current.dep_ in _HANGING and current.head.i != current.i:
        current = current.head
    return current if current is not verb and current.dep_ == "relcl" else verb


def _news_of_the_subject(clause: Token) -> bool:
    """A relative clause on the main verb's subject is the lede's news about them: "Two
    fishermen who crossed the sea border last week have asked to stay in the South" tells the
    crossing, and what they did since; the details that follow ("They left port on Thursday
    night") date it. A clause on another noun ("detained two officers of the unit of the private
    who ran across last week") only says who the people of another act are. The clause may
    hang on the count of "a family of four who fled ...": the subject is the family."""
    head = clause.head
    while head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.dep_ == "prep":
        head = head.head.head
    return head.dep_ in ("nsubj", "nsubjpass")


def _detail_sentences(ctx: _Context, trigger: Token, lede_end: int) -> list[SpacySpan]:
    """Where a lede's details are told: the sentence after the event's when its subject points
    back, then the next paragraph's sentences."""
    out: list[SpacySpan] = []
    after = sentence_of(trigger).end
    if after < len(ctx.doc):
        nxt = sentence_of(ctx.doc[after])
        if nxt.start_char < lede_end and _points_back(nxt.root):
            out.append(nxt)
    if after >= len(ctx.doc):
        return out
    following = next((s for s in ctx.doc[after:].sents if s.start_char >= lede_end), None)
    if following is None:
        return out
    paragraph = paragraph_of(ctx.text, following.start_char)
    for sentence in ctx.doc[following.start :].sents:
        if paragraph_of(ctx.text, sentence.start_char) != paragraph:
            break
        out.append(sentence)
    return out


def _points_back(verb: Token) -> bool:
    """A clause whose subject is a pronoun or a definite phrase: "They were ...", "The men ...",
    also reported, after the telling or before it ("The men were taken away at dawn, the group
    said", "The group said the men were taken away at dawn")."""
    if verb.lemma_.lower() in lexicon().reporting_verbs:
        said = sorted(
            (c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), key=lambda c: (c.i > verb.i, c.i)
        )
        if not said:
            return False
        verb = said[0]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    subject = subjects[0]
    return subject.lower_ in ("they", "he", "she") or any(
        c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in subject.children
    )


def _launched_then(ctx: _Context, trigger: Token, p: PlacedMention) -> TimeSpan | None:
    """An event that opens a period ("have launched a crackdown"), dated by the period the
    report tells elsewhere ("Since the 2nd, inspectors have been checking ..."), is its start
    when that is a day: the launch was on the 2nd, not every day since."""
    if not p.mention.since or governing_verb(trigger).lemma_.lower() not in lexicon().onset_verbs:
        return None
    start = resolve_mention(replace(p.mention, since=False), ctx.report)
    # Only a day pins the launch; "since the start of the month" leaves the period its date.
    return start if start is not None and start.precision == "day" else None


def _present_period(ctx: _Context, trigger: Token | None) -> TimeSpan | None:
    """An undated event told in the present perfect belongs to the period the report describes.

    "have stepped up a clampdown ... 'Since the Lunar New Year, the group has been stopping
    people'": the sentence next to it that dates a period up to the report dates it too. In
    the opening sentence ("has declared a buffer zone ... The order, issued in late August"),
    which summarises, the first date of the sentence that follows tells the details.
    """
    if trigger is None or ctx.report.latest is None or not present_perfect(governing_verb(trigger)):
        return None
    sents = list(ctx.doc.sents)
    here = next(k for k, s in enumerate(sents) if s.start <= trigger.i < s.end)
    paragraph = paragraph_of(ctx.text, trigger.idx)

    def dated_in(k: int) -> list[PlacedMention]:
        if not 0 <= k < len(sents):
            return []
        s = sents[k]
        return [
            p
            for p in ctx.mentions
            if s.start_char <= p.mention.start < s.end_char
            and p.paragraph == paragraph
            and not (p.attribution or p.future)
            and _dated(p.span)
            # "Workers may now leave only in pairs": the report's present, not a period
            # the story dates
            and not _says_now(p)
        ]

    for k in (here - 1, here + 1):
        to_report = [
            p
            for p in dated_in(k)
            if p.span is not None and p.span.end == ctx.report.latest and _dates_the_present(ctx.doc, p)
        ]
        if to_report and (p := to_report[0]).span is not None and p.span.precision == "range":
            return _launched_then(ctx, trigger, p) or p.span
    if here == 0:
        following = dated_in(1)
        if following and following[0].span is not None and _restates(ctx.doc, following[0]):
            first = following[0]
            if first.since_at is not None and first.span is not None and first.span.start is not None:
                return TimeSpan(first.span.start, ctx.report.latest, "range", first.span.text)
            return _clipped(first.span, ctx.report.latest) if first.span is not None else None
    return None


def _up_to_report(ctx: _Context, span: TimeSpan | None) -> bool:
    """A period that runs up to the report: "since 2021", "over the past two years"."""
    return span is not None and span.precision == "range" and span.end == ctx.report.latest


def _told_before(doc: Doc, p: PlacedMention) -> bool:
    """Whether a mention hangs on a verb in the past perfect ("had been working since 2023")."""
    if p.governor is None:
        return False
    verb = doc[p.governor]
    return verb.tag_ in ("VBN", "VBG") and any(
        c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children
    )


def _dates_the_present(doc: Doc, p: PlacedMention) -> bool:
    """Whether a period up to the report dates what its sentence tells as now: the verb it hangs
    on (or the one its "since" clause opens) is in the present ("Since March, police have been
    stopping traders"; "checks have been stepped up since the spring"). A period of another
    time or thing does not: one told in the past or past perfect ("women who had been detained
    over the past two years", "he had worked there since 2023"), a comparison ("the harshest
    campaign since 2021" was ...), a hypothesis ("it would be the first escape since the border
    was sealed last year") or a noun's extent ("ordered them to hand in records for the past
    three years")."""
    if p.governor is None:
        return False
    verb = doc[p.governor]
    opens_since = any(c.dep_ == "mark" and c.lower_ == "since" for c in verb.children)
    if opens_since and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "have been arrested since the campaign began": the arresting's tense
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # "have since been checking rooms and going through bags"
    return told_in_present(verb)


def _restates(doc: Doc, p: PlacedMention) -> bool:
    """Whether the date dates the period up to the report ("have been arrested since the campaign
    began in late October") or a subject that names the summarised happening again ("The order,
    issued in late August, ..."), rather than one instance of it ("traders were stopped on Sunday")."""
    if p.mention.since or p.since_at is not None:
        return True
    if p.governor is None:
        return False
    verb = doc[p.governor]
    return verb.dep_ == "acl" and verb.head.dep_ in ("nsubj", "nsubjpass")


def _clipped(span: TimeSpan, latest: date) -> TimeSpan:
    """A span cut at the report's day: what the report tells has happened by then."""
    if span.start is None or span.end is None or span.end <= latest or span.start > latest:
        return span
    return TimeSpan(span.start, latest, "range" if span.start != latest else span.precision, span.text)


def _interpreted(ctx: _Context, ev: Event, trigger: Token | None, done: list[Event]) -> TimeSpan | None:
    """A suspected event takes the date of the happening its sentence told first.

    "disappeared in early March, and managers believe she has defected": the belief reads the
    disappearance, so the defection is dated with it, not as a window up to the report. With no
    date in its sentence, a disappearance told in the sentence before is what the suspicion
    reads ("The two sisters vanished in early May. Police believe they fled to China.").
    """
    if trigger is None or ev.status != "suspected":
        return None
    sent_start, _ = _sentence_of(trigger)
    told = [
        p
        for p in ctx.mentions
        if sent_start <= p.mention.start < trigger.idx
        and p.mention.is_date
        and not p.attribution
        and not p.future
        and not _says_now(p)  # "are now treating the case as a defection": the belief's time
        and _dated(p.span)
    ]
    if told:
        # the happening as dated, when the details narrowed it: "went missing during a Sunday
        # outing last month, and managers believe they have defected. / ... slipped away on
        # August 16" dates the defection August 16, as the disappearance is.
        return _as_dated(ctx, told[0].span, done, sent_start, trigger.idx) or told[0].span
    here = sentence_index(ctx.doc, trigger)
    for prior in reversed(done):
        if prior.type != "disappearance" or prior.anchor is None or not _dated(prior.when):
            continue
        prior_token = token_span(ctx.doc, prior.anchor.trigger_start, prior.anchor.trigger_end)
        if (
            prior_token is not None
            and len(prior_token)
            and 0 <= here - sentence_index(ctx.doc, prior_token.root) <= 1
        ):
            return prior.when
    return None


def _as_dated(
    ctx: _Context, told: TimeSpan | None, done: list[Event], sent_start: int, before: int
) -> TimeSpan | None:
    """The date an event told earlier in the sentence was given, when it lies inside the date
    its sentence told and is finer (the details of the report narrowed it)."""
    if told is None or told.start is None or told.end is None:
        return None
    for prior in done:
        if prior.anchor is None or not (sent_start <= prior.anchor.trigger_start < before):
            continue
        w = prior.when
        if (
            _dated(w)
            and w.start is not None
            and w.end is not None
            and told.start <= w.start <= w.end <= told.end
        ) and (w.end - w.start) < (told.end - told.start):
            if _last_seen(ctx, w):
                # "were last seen on April 12": the day only bounds it; they left from then on
                return TimeSpan(w.start, told.end, "range", w.text)
            return w
    return None


# What a guess told in the perfect says was done to people out of sight ("are believed to have
# been detained", "fears he has been sent to a camp"); a guessed flight is not among them: it
# reads the vanishing it is about (`_from_last_seen`).
_GUESSED_BY_NOW = frozenset({"arrest", "punishment", "repatriation", "violence", "interrogation"})


def _guessed_done_by_now(
    ctx: _Context, ev: Event, trigger: Token | None, when: TimeSpan | None
) -> TimeSpan | None:
    """A guess that something has been done to someone by now runs from the date the story gives
    up to the report.

    "He returned in February and has not been heard from. Two co-workers are believed to have
    been detained" (report of April 23): the guess is that they were taken some time from
    February up to the report, not in February; so "his family fears he has been sent to a
    prison camp". A guess in the past ("believed he was taken away that night") tells how a
    vanishing came about, on its day, and a date more than a year old stays as told; so does a
    guess with a modal ("some 600 may have been sent back after the games on Monday"): it weighs
    whether the act told on its occasion happened, not whether it has happened by now.
    """
    latest = ctx.report.latest
    if ev.status != "suspected" or ev.type not in _GUESSED_BY_NOW or trigger is None or latest is None:
        return when
    if not _dated(when) or when is None or when.start is None or when.end is None:
        return when
    if when.end >= latest or not _recent(ctx, when.start):
        return when
    verb = governing_verb(trigger)
    if not present_perfect(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


_LAST_SEEN = re.compile(r"(?i)\blast\s+(?:seen|saw|heard\s+from|heard\s+of|spotted|sighted)\b[^.;]{0,60}$")


def _from_last_seen(ctx: _Context, when: TimeSpan, flight: bool) -> TimeSpan:
    """A disappearance dated by when someone was last seen ("was last seen at the market on
    the evening of May 4"): a flight it is read as happened on some day from then up to the
    report, not on that day. So does a flight guessed from a vanishing since a single day
    (`_missing_since_the_day`)."""
    latest = ctx.report.latest
    if not _dated(when) or latest is None or when.start is None or when.start > latest:
        return when
    # (a guessed arrest, "believed he was taken away", is how the vanishing came about: on
    # its day)
    if not (_last_seen(ctx, when) or (flight and _missing_since_the_day(ctx, when))):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


def _gone_from_sight(verb: Token) -> bool:
    """The word a "since" hangs on tells a vanishing: a state verb ("has not been seen", "has
    been missing", with "missing" parsed as the adjective) or "missing" parsed as the verb."""
    return _vanishing_state(verb) or verb.lower_ in _UNKNOWN_STATES


def _missing_since_the_day(ctx: _Context, when: TimeSpan) -> bool:
    """The date is a single day told as when someone went from sight ("has been missing since
    March 16", "has not been seen since Saturday"): like "last seen on March 16", the last day
    they were known to be there, so a flight guessed from it ("officials believe he has fled to
    China") came on some day from then up to the report. A coarser start ("missing since
    mid-May") is already the window the vanishing fell in, and the guess keeps it."""
    if when.start is None or when.start != when.end:
        return False
    return any(
        p.mention.since
        and p.governor is not None
        and p.span is not None
        and (p.span.start, p.span.end) == (when.start, when.end)
        and p.mention.text == when.text
        and _gone_from_sight(ctx.doc[p.governor])
        for p in ctx.mentions
    )


def _last_seen(ctx: _Context, when: TimeSpan) -> bool:
    """The date is told as when someone was last seen ("were last seen on April 12"): the
    latest day they were known to be there, not the day they left. ("have not been seen since
    mid-May" dates the disappearance itself: a guess read from it keeps that date.)"""
    return any(
        p.span is not None
        and (p.span.start, p.span.end) == (when.start, when.end)
        and (when.text is None or p.mention.text == when.text)
        and _LAST_SEEN.search(ctx.text[max(0, p.mention.start - 80) : p.mention.start])
        for p in ctx.mentions
    )


_POINTING_BACK = frozenset({"that", "this", "it"})


def _anaphoric(ctx: _Context, ev: Event, trigger: Token | None) -> TimeSpan | None:
    """ "That marked the first mass repatriation since 2020": the subject points back to what
    was told before, so the event is that one, dated as it was (the last date told)."""
    if trigger is None or ev.status == "at_risk":
        return None
    root = sentence_of(trigger).root
    subject = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subject or subject[0].lower_ not in _POINTING_BACK or trigger.i <= root.i:
        return None
    if governing_verb(trigger).i != root.i:
        return None  # in a clause of its own ("since the borders reopened after ...")
    sent_start, _ = _sentence_of(trigger)
    before = [
        p
        for p in ctx.mentions
        if p.mention.end <= sent_start
        and p.mention.is_date
        and not (p.attribution or p.future)
        and _dated(p.span)
    ]
    return before[-1].span if before else None


# How far back a date may lie to count as part of the news a report tells.
_RECENT = 365


def _perfect_window(ctx: _Context, ev: Event, trigger: Token | None) -> TimeSpan | None:
    """ "Seven people who fled have been arrested ... they crossed the border earlier this month":
    an event told as done by now, with no date, falls between the story's first recent date and
    the report."""
    latest = ctx.report.latest
    if trigger is None or ev.status == "at_risk" or latest is None:
        return None
    if not present_perfect(governing_verb(trigger)):
        return None
    starts = [
        p.span.start
        for p in ctx.mentions
        if p.mention.is_date
        and not (p.attribution or p.future)
        and p.span is not None
        and p.span.start is not None
        and 0 <= (latest - p.span.start).days <= _RECENT
        and _vague(p.span)  # a period the story spans, not the day of one instance
    ]
    if not starts:
        return None
    return TimeSpan(min(starts), latest, "range", None)


def _to_report_if_ongoing(ctx: _Context, trigger: Token | None, when: TimeSpan | None) -> TimeSpan | None:
    """An event told as still going on ("authorities are checking everyone") lasts from the
    date it takes from elsewhere up to the report."""
    if trigger is None or when is None or when.start is None or when.end is None:
        return when
    latest = ctx.report.latest
    if latest is None or not when.end < latest:
        return when
    # the trigger's own verb ("are checking"), or one it hangs on closely ("are checking cars
    # at new checkpoints"), not one far above it ("concern is growing over the fate of ...")
    if trigger.pos_ not in ("VERB", "AUX") and len(head_chain(trigger)) > 3:
        return when
    if not (_ongoing(_tensed_verb(governing_verb(trigger))) or _held_now(ctx, trigger)):
        return when
    return _to_report(ctx, when)


def _done_by_report(
    ctx: _Context, ev: Event, trigger: Token | None, when: TimeSpan | None
) -> TimeSpan | None:
    """An event told in the present perfect with no date of its own happened between the time
    the story gives it and the report.

    "Five women handed over in April have been sentenced to five years": the sentencing came
    after the handover, some time up to the report, not in April; so "has been recalled to
    Pyongyang" after a defection in early August runs from August 1 to the report. A threat
    ("have been told they will be sent back") is no happening; a guess ("managers believe he has
    defected") reads the vanishing it is about, dated by that; a modal ("would have been sent
    back in April") weighs whether the act happened, not what has happened by now; and a
    vanishing ("have been missing since") is dated by its start.
    """
    latest = ctx.report.latest
    if trigger is None or ev.status in ("at_risk", "suspected") or ev.type == "disappearance":
        return when
    if latest is None or not _dated(when) or when is None:
        return when
    if when.start is None or when.end is None or when.end >= latest or when.start > latest:
        return when
    verb = governing_verb(trigger)
    if not present_perfect(verb) or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


# Words that put an undated happening some unstated time after the one told before it ("was
# later fined", "were subsequently sent to a camp"); "but", "soon" or "since" say nothing of how
# long after, or say it was soon.
_LATER_WORDS = frozenset({"later", "subsequently", "eventually", "afterwards", "afterward"})


def _later_by_report(
    ctx: _Context, ev: Event, trigger: Token | None, when: TimeSpan | None
) -> TimeSpan | None:
    """An undated happening told as coming later than a recent one ran from that one's date up
    to the report.

    "She was arrested in February. Her husband was later fined 5,000 yuan": news tells "later"
    with no interval when the day is not known, so the fine came on some day from February up
    to the report, not in February. Testimony of years ago ("I was caught in 2013 and was later
    sent to a camp") stays in the time it set: only a time within a year of the report runs on
    to it, and a sequel given its own interval ("three days later") is dated by that elsewhere.
    """
    latest = ctx.report.latest
    if trigger is None or ev.status == "at_risk" or latest is None or not _dated(when) or when is None:
        return when
    if when.start is None or when.end is None or when.end >= latest or not _recent(ctx, when.start):
        return when
    verb = governing_verb(trigger)
    if pluperfect(verb) or not any(c.dep_ == "advmod" and c.lower_ in _LATER_WORDS for c in verb.children):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


def _lasted(ctx: _Context, ev: Event, trigger: Token | None, when: TimeSpan | None) -> TimeSpan | None:
    """An act told with how long it lasted runs from the day it began for that long.

    "She was arrested in the spring of 2016. Officers questioned her for 40 days": from March 1
    to 40 days after May 31, not the spring alone; likewise "three months of interrogation",
    "spent two years in a labour camp", and what happened during such an act ("questioned for
    five weeks, made to kneel and beaten"). A term given ("sent to a camp for six months") is
    not how long anything lasted yet, and no act runs past the report.
    """
    if ev.type not in _LASTING_TYPES or trigger is None or not _dated(when) or when is None:
        return when
    if when.start is None or when.end is None:
        return when
    before = _length_before(ctx, trigger)
    if before is not None:
        return TimeSpan(when.start - timedelta(days=before), when.end, "range", when.text)
    length = _length_of(ctx, trigger, ev.type in _DONE_TO_THE_HELD)
    if length is None:
        return when
    end = when.end + timedelta(days=length)
    if ctx.report.latest is not None:
        end = min(end, ctx.report.latest)
    if end <= when.end:
        return when
    return TimeSpan(when.start, end, "range", when.text)


# Events dated by the whole of a lasting act. An arrest is dated by when people were taken, not
# by the detention that followed ("caught three days later ... we spent a month in a cell").
_LASTING_TYPES = frozenset({"interrogation", "punishment", "violence", "search"})
# What is done to people while they are held ("questioned for five weeks, made to kneel and
# beaten"): it lasts as long as the holding or questioning it is part of. Not a movement told
# after it ("held for a month and sent back in June").
_DONE_TO_THE_HELD = frozenset({"violence", "search", "interrogation"})


def _length_of(ctx: _Context, trigger: Token, during: bool) -> int | None:
    """How many days the event's act lasted, where its sentence tells it: a duration on the
    act's verb ("questioned her for 40 days") or counting it ("three months of interrogation");
    with `during`, also a duration on a lasting act the event's verb is part of ("interrogated
    for five weeks, made to kneel and beaten"; "During three months of questioning he was
    beaten")."""
    acts = lexicon().durative_acts
    verb = governing_verb(trigger)
    # the event's own verb, then lasting acts it hangs on without a word of sequence ("then")
    holders = [verb]
    current = verb
    for _ in range(3 if during else 0):
        if _where_clause(current) and current.head.i != current.i:
            # "held for about five weeks at the county jail, where he was beaten": what was
            # done there lasted as long as the holding the place is told of
            current = governing_verb(current.head)
            holders.append(current)
            continue
        if current.dep_ not in ("conj", "advcl", "xcomp") or current.head.i == current.i:
            break
        if any(c.lower_ in lexicon().sequence_words for c in current.children):
            break
        current = current.head
        holders.append(current)
    sent_start, sent_end = _sentence_of(trigger)
    here = [p for p in ctx.mentions if sent_start <= p.mention.start < sent_end]
    # A date of the lasting act itself ("questioned for two weeks in March", "In 2019 I was
    # held for two months") is when the whole of it fell, not the day it began.
    dated = {p.governor for p in here if p.mention.is_date and not p.attribution and p.governor is not None}
    for m, days, root in _lengths_told(ctx, here):
        if _term_given(ctx.text, m):
            continue
        counted = _counted_acts(root)
        above = head_chain(root)
        head = above[-1] if above and above[-1].pos_ in ("VERB", "AUX") else None
        if head is not None and head.i in dated:
            continue
        if any(g.i == trigger.i and g.lemma_.lower() in acts for g in counted):
            return m.amount * days  # "three months of interrogation"
        if (
            during
            and any(g.lemma_.lower() in acts for g in counted)
            and head is not None
            and head.i == verb.i
        ):
            return m.amount * days  # "During three months of questioning he was beaten"
        if head is None or not (m.text.lower().startswith("for ") or head.lemma_ == "spend"):
            continue
        if any(head.i == holder.i for holder in holders) and head.lemma_.lower() in acts:
            return m.amount * days
    return None


def _length_before(ctx: _Context, trigger: Token) -> int | None:
    """How many days the act lasted up to the happening it is counted before: "was released in
    June after about two months of interrogation", "has been sent to a camp after seven months
    of questioning". The act ended when the happening that closed it did, so the date the event
    takes (the release's, the sending's) is its end and the count runs back from it."""
    acts = lexicon().durative_acts
    sent_start, sent_end = _sentence_of(trigger)
    here = [p for p in ctx.mentions if sent_start <= p.mention.start < sent_end]
    for m, days, root in _lengths_told(ctx, here):
        if root.lower_ == "after":  # the mention may take in its preposition ("after seven months")
            root = next((c for c in root.children if c.dep_ == "pobj"), root)
        if not (root.dep_ == "pobj" and root.head.lower_ == "after"):
            continue
        if any(g.i == trigger.i and g.lemma_.lower() in acts for g in _counted_acts(root)):
            return m.amount * days
    return None


def _lengths_told(ctx: _Context, here: list[PlacedMention]) -> Iterator[tuple[Mention, int, Token]]:
    """Each length of time among `here` ("two months", "for ten days") with a count and a unit:
    its mention, the days of one unit, and the root of its words."""
    for p in here:
        m = p.mention
        if m.kind != "duration" or not m.amount:
            continue
        days = _UNIT_DAYS.get(m.unit or "")
        tokens = token_span(ctx.doc, m.start, m.end)
        if days is None or tokens is None or not len(tokens):
            continue
        yield m, days, tokens.root


def _counted_acts(root: Token) -> list[Token]:
    """What a length of time counts: "interrogation" of "two months of interrogation"."""
    return [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _tensed_verb(verb: Token) -> Token:
    """The verb whose tense tells the time of a gerund that completes a preposition: in "has
    called her brother in for questioning" (or "have taken them away for interrogation") the
    questioning goes on as the calling is told, so "has called" says whether it runs on."""
    prep = verb.head
    if (
        verb.tag_ == "VBG"
        and verb.dep_ == "pcomp"
        and prep.dep_ == "prep"
        and prep.head.pos_ in ("VERB", "AUX")
    ):
        return prep.head
    return verb


def _held_now(ctx: _Context, trigger: Token) -> bool:
    """A "now" on the event's verb, or the verb it hangs on, tells a state lasting to the report,
    also in reported speech: "the five were now believed to be held by police in Jilin"."""
    verb = governing_verb(trigger)
    near = {verb.i, verb.head.i}
    return any(
        _says_now(p) and p.governor in near and p.sentence == sentence_index(ctx.doc, trigger)
        for p in ctx.mentions
    )


_PRESENT_BE = ("is", "are", "am", "'re", "'s")


def _ongoing(verb: Token) -> bool:
    """Told as going on at the report: "are checking", "is being held", or so believed now:
    "is believed to be hiding", "are thought to be working" (the present of the verb above)."""
    if _perfect_since(verb):
        return True
    if verb.tag_ == "VBN" and verb.dep_ in ("ccomp", "xcomp", "oprd") and verb.head.lemma_ in _CAUSATIVE:
        # "passengers are having their bags checked", "traders are getting their stalls
        # searched": the causative's tense is the searching's
        return verb.head.tag_ == "VBG" and _ongoing(verb.head)
    if verb.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.lower_ in _PRESENT_BE for c in verb.children):
        return True  # a state in the present passive: "are not allowed to leave", "is closed"
    if verb.tag_ == "VBN" and _present_progressive_passive(verb):
        return True  # "where they are being questioned about their contacts"
    if verb.tag_ != "VBG":
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_BE for c in verb.children):
        return True
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "be" for c in verb.children):
        return False
    above = verb.head
    return above.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_BE for c in above.children
    )


_HAVE = ("have", "has", "'ve")
# verbs that tell a thing done to the subject's belongings by others ("have their bags checked")
_CAUSATIVE = frozenset({"have", "get"})


# Words opening what came first, when the present perfect tells what followed from it:
# "has been dismissed after ...", "following a defection last month, ... has dismissed".
_CAUSE_OPENERS = frozenset({"after", "following"})


def _dated_by_its_cause(trigger: Token | None, dated_at: int) -> bool:
    """An act told in the present perfect whose only date lies in the "after" phrase that gives
    its cause: "The commander of a guard post has been arrested after two soldiers deserted
    late last month", "Following a defection in March, the regime has dismissed the regiment's
    commander". The lede tells the consequence as news up to the report, and coders date it
    from the cause's date to the report, not on the cause's day. Not a count ("was arrested
    two days after ..."), which `_after_what_preceded` measures, and not the past tense
    ("was arrested after crossing on May 3"), which tells the same story's next step."""
    if trigger is None or dated_at < 0:
        return False
    verb = _tensed_verb(governing_verb(trigger))
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "has dismissed the commander and sent his men to a labour unit"
    if not present_perfect(verb):
        return False
    for child in verb.children:
        opener = _cause_opener(child)
        if opener is None or any(c.dep_ == "npadvmod" for c in opener.children):
            continue
        first = child.left_edge.idx
        last = child.right_edge.idx + len(child.right_edge)
        if first <= dated_at < last and not first <= trigger.idx < last:
            return True  # (the cause itself, "after publicly executing a man", keeps its date)
    return False


def _cause_opener(child: Token) -> Token | None:
    """The "after"/"following" a child of the verb opens with: the preposition itself ("after
    the escape"), or the mark of an adverbial clause ("after a family crossed")."""
    if child.dep_ == "prep" and child.lower_ in _CAUSE_OPENERS:
        return child
    if child.dep_ == "advcl":
        for c in child.children:
            if c.dep_ == "mark" and c.lower_ in _CAUSE_OPENERS:
                return c
        if child.lower_ == "following" and child.i == child.left_edge.i:
            return child  # "Following a defection last month, ..." parsed as a clause
    return None


def _to_report(ctx: _Context, when: TimeSpan | None) -> TimeSpan | None:
    """From the start of the date up to the report, when the date ends before it (a cause's
    date, "late last month", for what followed from it; a date of what still goes on)."""
    latest = ctx.report.latest
    if when is None or when.start is None or when.end is None or latest is None or not when.end < latest:
        return when
    return TimeSpan(when.start, latest, "range", when.text)


def _going_on_since_told(trigger: Token | None, dated_at: int) -> bool:
    """A verb told in the present progressive, dated in its own sentence ("are being questioned",
    "is being held"). Not a noun under such a verb ("are treating the disappearance as a
    defection", "are still talking about last week's execution": what goes on is the talk), nor
    a date another sentence gives the same event ("are holding four women ... / They were
    detained on Tuesday": the taking is Tuesday's)."""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return False
    start, end = _sentence_of(trigger)
    return start <= dated_at < end and _progressive_now(governing_verb(trigger))


def _progressive_now(verb: Token) -> bool:
    """The present progressive, active or passive: "are checking", "is being held"."""
    if verb.tag_ == "VBN":
        return _present_progressive_passive(verb)
    return verb.tag_ == "VBG" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_BE for c in verb.children
    )


def _present_progressive_passive(verb: Token) -> bool:
    """ "are being questioned", "is being held": the present of "be" with "being" on a past
    participle tells what is done to them at the report's time."""
    kids = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return any(c.lower_ == "being" for c in kids) and any(c.lower_ in _PRESENT_BE for c in kids)


# Words that make a present perfect a repeated happening running up to the report ("have been
# summoned several times", "has been beaten repeatedly", "have been questioned every day"),
# not one act done before it. Not "again": "has been arrested again" is one more act.
_ITERATIVE_ADVERBS = frozenset({"repeatedly", "regularly", "daily", "constantly"})
_ITERATIVE_NOUNS = frozenset({"times", "day", "days", "night", "nights", "week", "weeks"})
_ITERATIVE_COUNTS = frozenset({"several", "many", "every", "each", "numerous", "multiple"})


def _iterated(verb: Token) -> bool:
    """ "several times", "every day", "repeatedly" on the verb: told as done again and again."""
    for c in verb.children:
        if c.dep_ == "advmod" and c.lower_ in _ITERATIVE_ADVERBS:
            return True
        if (
            c.dep_ in ("npadvmod", "dobj", "pobj")
            and c.lower_ in _ITERATIVE_NOUNS
            and any(d.lower_ in _ITERATIVE_COUNTS for d in c.children)
        ):
            return True
    return False


def _perfect_since(verb: Token) -> bool:
    """Told as lasting from a past time up to now: the present perfect progressive ("have been
    checking dormitories", "has been searching stalls"), a perfect told as repeated ("have been
    summoned several times") or a perfect with a bare "since" ("have since closed the road",
    "have been questioned every day since")."""
    first = verb  # "have since been checking rooms and going through bags": the first verb's tense
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX") and first.head.tag_ == verb.tag_:
        first = first.head
    aux = {c.lower_ for c in first.children if c.dep_ in ("aux", "auxpass")}
    if not aux & set(_HAVE):
        return False
    if any(c.dep_ == "advmod" and c.lower_ == "since" for c in first.children):
        # "have since barred boats from the harbour", "has since gone missing": a bare "since"
        # names no start, only that it came after what was told and holds now.
        return True
    if is_onset(verb):
        return False  # "have been missing since May": the state's start is the event
    if verb.tag_ == "VBG" and "been" in aux:
        return True
    return _iterated(verb)


def _found_that_day(ctx: _Context, ev: Event, trigger: Token | None) -> TimeSpan | None:
    """A past perfect reported after a clause of the same sentence dated to a day is what was
    found or heard that day, told back: "Villagers heard shots late on Thursday; a source said
    guards had fired on a woman", "A boy was found dead on the 28th; locals say he had been
    beaten", "A patrol found four men on Sunday, and they told officers they had left the
    North": Thursday, the 28th, Sunday."""
    if trigger is None or ev.status == "at_risk":
        return None
    verb = governing_verb(trigger)
    if not pluperfect(verb):
        return None
    clause = next((a for a in (verb, *verb.ancestors) if a.dep_ in ("ccomp", "parataxis")), None)
    if clause is None or clause.head.lemma_.lower() not in lexicon().reporting_verbs:
        return None
    saying = clause.head
    sent_start, _ = _sentence_of(trigger)
    days = [
        p
        for p in ctx.mentions
        if sent_start <= p.mention.start < saying.idx
        and p.mention.is_date
        and not (p.attribution or p.future or p.mention.since)
        and p.span is not None
        and p.span.start is not None
        and p.span.start == p.span.end
        and p.governor is not None
        and p.governor != saying.i
    ]
    return days[-1].span if days else None


def _backshifted(verb: Token) -> bool:
    """A past perfect that only reports a past: "the ministry said the trials were held in
    public and that dozens had received prison terms" tells the sentences of the same time as
    the trials, shifted back under the past "said", not a time before the story's. Only a
    clause reported by a past verb of saying, beside another reported clause in the past."""
    clause = next((a for a in (verb, *verb.ancestors) if a.dep_ == "ccomp"), None)
    if clause is None:
        return False
    saying = clause.head
    if saying.lemma_.lower() not in lexicon().reporting_verbs or saying.tag_ != "VBD":
        return False
    told = [t for t in saying.subtree if t.dep_ in ("ccomp", "conj") and t.pos_ in ("VERB", "AUX")]
    return any(t.i != verb.i and t.tag_ in ("VBD", "VBN") and not pluperfect(t) for t in told)


def _narrative(ctx: _Context, ev: Event, trigger: Token | None) -> TimeSpan | None:
    """The time the story set before the event's sentence (see the module's notes, step 6)."""
    if trigger is None or ev.status == "at_risk" or ctx.report.latest is None:
        return None
    verb = governing_verb(trigger)
    if _habitual(verb):
        return None
    # "Guards beat a logger in early September. The official had searched his bunk while the
    # crew was out": the past perfect tells a step just before what the story told, within
    # the time the story set (its own time as told, not a span up to the report).
    before = pluperfect(verb) and not _backshifted(verb)
    here = sentence_index(ctx.doc, trigger)
    paragraph = paragraph_of(ctx.text, trigger.idx)
    sent_start, _ = _sentence_of(trigger)
    # Wire copy gives each sentence a paragraph of its own, so the story's time also runs on
    # through the few sentences after its date ("began a crackdown on Monday. Officers fined
    # traders on the spot. Two women were taken to the station"), until another date is told.
    told = [
        p
        for p in ctx.mentions
        if p.mention.start < sent_start
        and (p.paragraph == paragraph or here - _STORY_SENTENCES <= p.sentence < here)
        and p.mention.is_date
        and not (p.attribution or p.future)
        and _dated(p.span)
        and not _after_report(ctx, p.span)
        # "now", "currently" tell the report's present, not a past time the story set: "vendors
        # were detained in the sweep" after "two traders now living abroad said" is not dated
        # by the traders' "now".
        and not _says_now(p)
        # "He had been working at the camp since 2023. His co-workers have since been barred
        # from leaving": a period up to the report told in the past perfect is someone's
        # background, not the time the story has reached.
        and not (_up_to_report(ctx, p.span) and _told_before(ctx.doc, p))
        and not _reach_of_a_record(p)
    ]
    if told_in_present(verb):
        # "I am sure she is being beaten": the present is the report's time, not a past the
        # story told of ("escaped during the famine of the 1990s").
        told = [p for p in told if p.span is not None and p.span.end is not None and _recent(ctx, p.span.end)]
    if not before:
        # "The family's daughter had been repatriated in 2022 ... Officers searched the house for
        # two days": a date told in the past perfect is a step back from the story's time, so
        # what the story then tells in the simple past is not dated by it. A deadline ("by the
        # end of the month it had searched every house") is the story's own time.
        told = [
            p
            for p in told
            if not _backstory(ctx, p)
            or _BY_BEFORE.search(ctx.text, max(0, p.mention.start - 12), p.mention.start)
        ]
    if not told:
        return None
    if before:
        return _step_before(told)
    when = _from_onset(ctx, told[-1])
    if ev.status == "suspected":
        return when
    if ev.type == "interrogation":
        when = _questioned_by_now(ctx, trigger, when)
    return _done_by_now(ctx, verb, when)


def _questioned_by_now(ctx: _Context, trigger: Token, when: TimeSpan | None) -> TimeSpan | None:
    """Questioning dated only by the time the story set, weeks or days before the report, runs
    from that time up to the report: the report tells it without its end.

    "Two guards let a family cross on May 3. Their commander was questioned by military
    security" (report of May 20): from May 3 to May 20, not May 3 alone. Not a questioning told
    with its length ("questioned for two days": `_lasted` dates it from the story's time), nor
    one in a story told long before the report (testimony of years ago keeps its time).
    """
    latest = ctx.report.latest
    if when is None or when.start is None or when.end is None or latest is None:
        return when
    if when.end >= latest or not _recent_story(ctx, when.end) or _length_of(ctx, trigger, True) is not None:
        return when
    return TimeSpan(when.start, latest, "range", when.text)


# The shortest look-back window (in days) that tells how far a record or a tally reaches rather
# than when the story's happenings took place: a year.
_RECORD_REACH_DAYS = 365


def _reach_of_a_record(p: PlacedMention) -> bool:
    """A look-back window of a year or more ("for the past three years", "over the past year").

    Such a window measures how far back a record, a tally or a stay reaches, not the time the
    story has come to, so the sentences after it are not dated by it: in "Inspectors ordered
    every farm to hand in its grain ledgers for the past two years. Lorries have been held at
    the gate since", the holding of lorries is not two years long. A window of weeks ("in the
    past two weeks ... About 30 people were detained") still sets the story's time.
    """
    m = p.mention
    return m.kind == "window" and (m.amount or 0) >= _RECORD_REACH_DAYS


# The widest date (in days) the story's latest happening may have for a step told in the past
# perfect to fall before it rather than on it, and how far back an earlier date may lie
_STEP_DAY_WIDTH = 3
_STEP_GAP = 45  # (as `_STORY_GAP`: a story's steps lie within weeks of each other)


def _step_before(told: list[PlacedMention]) -> TimeSpan | None:
    """The time a step told in the past perfect falls in (`told`: the dates the story set
    before its sentence, in order). The past perfect steps back from the story's latest
    happening, so when that happening has a day ("Six men who crossed the Gobi in February
    reached Seoul on Sunday. / They had been held by border guards for two weeks"), the step
    came before that day, after the earlier time the story set: from February to Sunday. A
    wider latest date ("in early September") holds its steps, as does a day with no earlier
    date told."""
    last = told[-1].span
    if last is None or last.start is None or last.end is None or _width(last) > _STEP_DAY_WIDTH:
        return last
    start = last.start
    earlier = [
        p.span
        for p in told[:-1]
        if p.span is not None
        and p.span.start is not None
        and p.span.end is not None
        and p.span.end < start
        and (start - p.span.end).days <= _STEP_GAP
    ]
    if not earlier:
        return last
    return TimeSpan(earlier[-1].start, last.end, "range", earlier[-1].text)


# Kinds of event that befall the people around someone after what he did (his family
# questioned, his flat searched, his superior dismissed, his relatives banished or held).
_AFTERMATH_TYPES = frozenset({"interrogation", "search", "punishment", "arrest", "movement_restriction"})
# "the same morning", "that evening": the part of the day of the happening told before
_SAME_PART_OF_DAY = re.compile(
    r"\b(?:(?:the|that) (?:same|very) |that )(?:morning|afternoon|evening)\b", re.I
)
# Words that tell the aftermath came at once, on the day told ("then", "immediately")
_AT_ONCE = frozenset({"then", "immediately", "instantly", "promptly", "straightaway"})


def _aftermath_for_associates(
    ctx: _Context, ev: Event, trigger: Token | None, when: TimeSpan | None
) -> TimeSpan | None:
    """What is done to someone's associates after a recent happening, with no date of its own,
    runs from that happening's date up to the report, not on its day.

    "A worker fled his site in Russia in early March. His roommates were questioned and the
    team leader was dismissed": the questioning and the dismissal came some time after early
    March, by the report; the story's date is where they start. Only people named by their
    tie to someone (his roommates, the family's relatives, the head of the unit: the lexicon's
    associate nouns), not the happening's own people, and not a time the sentence ties to the
    happening ("the same night", "were then searched").
    """
    latest = ctx.report.latest
    if (
        trigger is None
        or when is None
        or when.start is None
        or when.end is None
        or latest is None
        or ev.type not in _AFTERMATH_TYPES
        or ev.status != "occurred"
        or when.precision == "range"
        or when.end >= latest
        or (latest - when.end).days > _STORY_GAP
    ):
        return when
    verb = governing_verb(trigger)
    if pluperfect(verb) or any(c.lower_ in _AT_ONCE for c in verb.children):
        return when
    start, end = _sentence_of(trigger)
    if _same_time().search(ctx.text, start, end) or _SAME_PART_OF_DAY.search(ctx.text, start, end):
        return when
    if not any(_associate(t, verb) for t in verb.subtree):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


# Follow-up acts of an inquiry: done after the day that set it off, whenever the report
# names no time for them ("Police searched the house", "Relatives were questioned")
_FOLLOW_UP_TYPES = frozenset({"interrogation", "search", "movement_restriction"})
# Happenings after which the people are gone, so an inquiry into them can only follow
_GONE_TYPES = frozenset({"escape", "disappearance"})
# Words that tie an act to the moment told before ("searched until dawn", "questioned
# overnight", "roadblocks during the search", "searched on the spot", "as soon as they landed")
_AT_THE_MOMENT = re.compile(
    r"\b(?:until (?:dawn|morning|daybreak)|overnight|during|on the spot|as soon as|at once|"
    r"on arrival|when (?:they|he|she) (?:got|came|arrived|reached|landed))\b",
    re.I,
)


def _follow_up_after_the_day(
    ctx: _Context,
    ev: Event,
    trigger: Token | None,
    when: TimeSpan | None,
    before: list[tuple[Event, Token | None]],
) -> TimeSpan | None:
    """A follow-up act of an inquiry into people who fled or vanished, with no time of its own in
    its sentence and dated only by the day they left, happened from that day up to the report.

    "A woman and her son crossed the Tumen on May 6, a source said on May 14. Police searched
    their house and questioned the neighbours": the people were gone, so the search and the
    questioning came some time after May 6, by the report. Where the day is an arrest ("was
    detained on May 2. Officers searched his flat"), the search of the people caught is part of
    the catch, on its day. Not when the sentence ties the act to that moment ("the same night",
    "then", "until dawn", "during the search", "on arrival"), tells a time of its own (a
    duration, "later that week"), or tells an earlier time (the past perfect).
    """
    latest = ctx.report.latest
    if (
        trigger is None
        or when is None
        or when.start is None
        or when.start != when.end
        or latest is None
        or ev.type not in _FOLLOW_UP_TYPES
        or ev.status != "occurred"
        or when.end >= latest
        or (latest - when.end).days > _STORY_GAP
    ):
        return when
    lender = next(
        (
            e
            for e, t in reversed(before)
            if t is not None and t.i < trigger.i and e.when is not None and e.when.start == when.start
        ),
        None,
    )
    if lender is None or lender.type not in _GONE_TYPES:
        return when
    if _timed_in_its_sentence(ctx, trigger):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


def _timed_in_its_sentence(ctx: _Context, trigger: Token) -> bool:
    """Whether the act's own sentence gives it a time: an earlier one (the past perfect), one tied
    to a moment ("then", "the same night", "on arrival"), or any date or length of its own."""
    verb = governing_verb(trigger)
    if pluperfect(verb) or any(c.lower_ in _AT_ONCE for c in verb.children):
        return True
    start, end = _sentence_of(trigger)
    if any(start <= p.mention.start < end for p in ctx.mentions):
        return True
    return any(
        pattern.search(ctx.text, start, end) for pattern in (_same_time(), _SAME_PART_OF_DAY, _AT_THE_MOMENT)
    )


def _associate(token: Token, verb: Token) -> bool:
    """A person named by a tie to someone, done to by the verb: "questioned his roommates",
    "the homes of the family's relatives were searched", "the team leader was dismissed"
    (not the doer: "his supervisors beat them")."""
    word = token.lemma_.lower()
    if (
        token.lower_ in ("workers", "worker")
        and token.i >= 2
        and token.doc[token.i - 2 : token.i].text.lower() == "co-"
    ):
        word = "co-worker"
    if word not in lexicon().associate_nouns or token.pos_ not in ("NOUN", "PROPN"):
        return False
    tied = any(
        c.dep_ in ("poss", "compound")
        or (c.dep_ == "prep" and c.lower_ == "of" and not any(g.like_num for g in c.children))
        for c in token.children
    )
    if not tied:
        return False
    t = token
    while t.i != verb.i and t.head.i != t.i:
        # not the doer, nor the people's own members ("four people, a couple and their
        # two children, were caught": the children are among those caught)
        if t.dep_ in ("nsubj", "agent", "relcl", "acl", "advcl", "ccomp", "appos", "npadvmod"):
            return False
        t = t.head
    return t.i == verb.i


def _done_by_now(ctx: _Context, verb: Token, when: TimeSpan | None) -> TimeSpan | None:
    """An event told in the present perfect after the story's time came on some day from then
    up to the report: "Police searched the house on May 3. Her brother has been summoned for
    questioning" (from May 3 on, not May 3). Only a recent time: "I was caught in 2009. I have
    been beaten many times" is not a span up to now. A guess ("are sure he has defected",
    "are thought to have been helped") reads what the story told, and keeps its time."""
    latest = ctx.report.latest
    if when is None or when.start is None or when.end is None or latest is None:
        return when
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if not present_perfect(verb) or infinitive or when.end >= latest or not _recent_story(ctx, when.end):
        return when
    return TimeSpan(when.start, latest, "range", when.text)


def _recent_story(ctx: _Context, day: date) -> bool:
    latest = ctx.report.latest
    return latest is not None and 0 <= (latest - day).days <= _STORY_GAP


# How many sentences on the time a story has set still holds without a date of its own.
_STORY_SENTENCES = 4


def _habitual(verb: Token) -> bool:
    """The simple present tells what happens as a rule ("when a worker escapes, his managers
    are punished"), not something the story's time dates."""
    return verb.tag_ in ("VBP", "VBZ") and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _recent(ctx: _Context, day: date) -> bool:
    latest = ctx.report.latest
    return latest is not None and 0 <= (latest - day).days <= _RECENT


def _from_onset(ctx: _Context, p: PlacedMention) -> TimeSpan | None:
    """The date of what the story told, or from it up to the report when it opened a period
    ("began an inspection of the county on July 16": what is found in it came after)."""
    span, latest = p.span, ctx.report.latest
    if span is None or span.start is None or latest is None or p.governor is None:
        return span
    if ctx.doc[p.governor].lemma_.lower() in lexicon().onset_verbs and span.start <= latest:
        return TimeSpan(span.start, latest, "range", span.text)
    return span


def _window(ctx: _Context, ev: Event, trigger: Token | None, done: list[Event]) -> TimeSpan | None:
    """After what the sentence (or the event before) tells first, before the report's date.

    An act told in the past takes the time of the happening told just before it. A window runs
    from the latest of the happenings told before it, not from the one told last: "handed back
    across the bridge last Thursday, four weeks after they fled ... where they are being
    interrogated" runs from the handover, not the flight. A happening told in the past perfect
    ("The men had been arrested earlier in the month. After the handover they are being
    questioned") came before the story's time and opens nothing.
    """
    if trigger is None or ev.status == "at_risk" or ctx.report.latest is None:
        return None
    if pluperfect(governing_verb(trigger)):
        return None  # "had fled": before what is told around it, so nothing told bounds it
    sent_start, _ = _sentence_of(trigger)
    lows = [
        (p.mention.start, p.span.start, p.span)
        for p in ctx.mentions
        if sent_start <= p.mention.start < trigger.idx
        and not p.attribution
        and p.mention.is_date
        and _dated(p.span)
        and p.span is not None
        and p.span.precision != "range"
    ]
    for prior in done:
        if prior.anchor is None or prior.when.start is None:
            continue
        if prior.when.precision == "range" and (prior.when.text is None or _tally(prior.when)):
            # a window itself, or a period counted up to now ("since 2022"); a told date run on
            # to the report ("has since raided the home", from the day told before) still
            # bounds what follows it
            continue
        if (_background_clause(ctx, prior) or _backstory_event(ctx, prior)) and not _background_clause(
            ctx, ev
        ):
            latest = ctx.report.latest
            if prior.when.end is not None and (latest - prior.when.end).days > _STORY_GAP:
                continue
        same_sentence = prior.anchor.sentence_start == ev.anchor.sentence_start if ev.anchor else False
        close = ev.anchor is not None and 0 <= ev.anchor.sentence_start - prior.anchor.sentence_end <= 2
        if (same_sentence or close) and not _told_as_earlier(ctx, prior):
            lows.append((prior.anchor.trigger_start, prior.when.start, prior.when))
    lows = [(o, d, w) for o, d, w in lows if d is not None and d <= ctx.report.latest]
    if not lows:
        return None
    _, _, told = max(lows, key=lambda x: x[0])
    low = max(d for _, d, _ in lows)
    if ev.status == "attempted" and told is not None:
        # "arrested 19 North Koreans trying to reach Thailand": an attempt ends where it is
        # stopped, so it takes the time of what the report tells just before it.
        return told
    verb = governing_verb(trigger)
    told_by_verb = verb.i == trigger.i or (
        trigger.dep_ in ("nsubj", "nsubjpass") and trigger.head.i == verb.i
    )
    if _past_story(ctx, told, verb) or (told_by_verb and _done_then(verb)):
        return told
    return TimeSpan(low, ctx.report.latest, "range", None)


def _told_as_earlier(ctx: _Context, prior: Event) -> bool:
    """A happening told in the past perfect ("had been arrested in February"): the story steps
    back to it from a later time, so it does not open the time of what follows it."""
    trigger = _trigger(ctx, prior)
    return trigger is not None and pluperfect(governing_verb(trigger))


def _when_attempt_stopped(ctx: _Context, ev: Event, done: list[Event]) -> TimeSpan | None:
    """An arrest or a shooting told in the sentence of a failed attempt, or in the undated
    sentence right after it, stopped it, so it happened when the attempt was made: "eight
    fishermen tried to reach the South by boat in early June but were caught by a navy patrol
    before dawn", "guards fired on a boat that was trying to flee south last Wednesday, killing
    one man", "she chose the night of June 3 to try to cross. Guards opened fire as she waded
    toward the bank"."""
    if ev.type not in ("arrest", "violence") or ev.status != "occurred" or ev.anchor is None:
        return None
    start, end = ev.anchor.sentence_start, ev.anchor.sentence_end
    undated = not any(start <= p.mention.start < end and _dated(p.span) for p in ctx.mentions)
    for prior in reversed(done):
        if prior.status != "attempted" or prior.anchor is None:
            continue
        same = prior.anchor.sentence_start == start
        after = undated and 0 <= start - prior.anchor.sentence_end <= 2
        if (same or after) and _dated(prior.when) and prior.when.precision != "range":
            return prior.when
    return None


def _sole_date(ctx: _Context, ev: Event, trigger: Token | None) -> TimeSpan | None:
    """The one date of the event's sentence, when nothing else dated the event: "Two men
    convicted of selling drugs were shot by firing squad in front of a crowd on June 27",
    "Several families were banished to remote villages earlier this month". A sentence that
    tells one date tells it of what the sentence reports, wherever the parser hung it (here on
    "firing", on "remote"); a date of a relative clause on another noun, of another clause
    ("a worker crossed the border and his wife was arrested on Friday"), a "since" phrase or a
    look ahead is not one the event can take."""
    if trigger is None or ev.status == "at_risk":
        return None
    dates = [
        p
        for p in _candidates(ctx, ev, trigger)
        if _dated(p.span)
        and not p.mention.since
        and p.since_at is None
        and not _after_report(ctx, p.span)
        and not in_other_relative_clause(p, ctx.doc, trigger)
        and not _other_clause(ctx.doc, p, trigger)
    ]
    if len(dates) != 1 or len([p for p in ctx.mentions if p.sentence == dates[0].sentence]) != 1:
        return None
    return dates[0].span


def _other_clause(doc: Doc, p: PlacedMention, trigger: Token) -> bool:
    """The mention hangs on a verb other than the event's that tells its own happening: one
    with a subject of its own, or one coordinated with the event's ("were beaten and later
    arrested on June 4")."""
    verb = governing_verb(trigger)
    if p.governor is None or p.governor == verb.i:
        return False
    governor = doc[p.governor]
    coordinated = (governor.dep_ == "conj" and governor.head.i == verb.i) or (
        verb.dep_ == "conj" and verb.head.i == governor.i
    )
    return coordinated or any(c.dep_ in ("nsubj", "nsubjpass") for c in governor.children)


def _told_as_after(verb: Token) -> bool:
    """The verb is told as coming after what went before: "fled in late January but was
    caught", "was later sent to a camp", "then handed them over"."""
    sequence = lexicon().sequence_words
    if any(c.dep_ in ("advmod", "cc", "mark") and c.lower_ in sequence for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in sequence for c in verb.head.children)


_SPELL_UNITS = frozenset({"hour", "day", "night", "week", "month", "year"})


def _done_then(verb: Token) -> bool:
    """An undated happening in the plain past, told just after a dated one, happened then.

    "A woman was arrested on May 2. Officers searched her house and found cash": the search is
    part of the arrest's story and took place on its day, not on any day up to the report. Not
    a verb that opens a period ("launched an investigation"), nor one told with its length
    ("was questioned for about a month"), which runs on past the day told, nor one told after
    ("fled in late January but was caught"). Only the verb itself: a noun ("less than a week
    after their arrest") is not dated by the verb it hangs on, unless it is its subject ("an
    inspection found them").
    """
    if verb.tag_ not in ("VBD", "VBN") or present_perfect(verb) or told_in_present(verb):
        return False
    if verb.lemma_.lower() in lexicon().onset_verbs or _told_as_after(verb):
        return False
    return not any(
        c.dep_ == "prep" and c.lower_ == "for" and any(t.lemma_.lower() in _SPELL_UNITS for t in c.subtree)
        for c in verb.children
    )


def _background_clause(ctx: _Context, ev: Event) -> bool:
    """The event is told in a relative clause about someone ("held a woman whose son, who fled
    to China in 2017, sends her money"). With a date long before the report it is background to
    the story, so the events told after it follow the main clause's time; with a recent one
    ("19 men who were arrested early last month") it is the story itself. A clause on a place
    or a time ("held in the county jail, where he was beaten") goes on with the story."""
    trigger = _trigger(ctx, ev)
    if trigger is None:
        return False
    verb = governing_verb(trigger)
    return verb.dep_ in ("relcl", "acl") and not _where_clause(verb)


def _where_clause(verb: Token) -> bool:
    """A relative clause on a place or a time ("the jail, where he was beaten", "the night when
    they crossed"), not on someone."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in verb.children
    )


def _backstory_event(ctx: _Context, ev: Event) -> bool:
    """The event is told in the past perfect ("her son had been sent back from China in 2021"),
    or under a verb in it ("had been sent back after being caught in Tumen"): a step back from
    the story's time, background as a relative clause about someone is."""
    trigger = _trigger(ctx, ev)
    if trigger is None:
        return False
    verb = governing_verb(trigger)
    for _ in range(3):
        if pluperfect(verb):
            return True
        if verb.dep_ not in _UNDER_A_VERB or verb.head.i == verb.i:
            return False
        verb = governing_verb(verb.head)
    return pluperfect(verb)


# Links by which a verb's phrase hangs under another verb ("sent back after being caught",
# "fled and crossed", "tried to cross"): it shares that verb's time as told.
_UNDER_A_VERB = frozenset({"pcomp", "prep", "advcl", "xcomp", "conj"})


# How long before the report a told time must have ended to be a past story of its own
# rather than the news leading up to the report.
_STORY_GAP = 45


def _past_story(ctx: _Context, told: TimeSpan | None, verb: Token) -> bool:
    """A simple-past event told right after a time long before the report happened in that time.

    "In the summer of 2019 police caught me in Yanji. At the station they beat me": testimony
    and background go on in the time they set, so the beating was that summer, not any day from
    then up to a report years later. Only the plain past: "have been questioned since" and "is
    now held" run on to the report."""
    latest = ctx.report.latest
    if told is None or told.start is None or told.end is None or latest is None:
        return False
    if (latest - told.end).days <= _STORY_GAP:
        return False
    return verb.tag_ in ("VBD", "VBN") and not present_perfect(verb) and not told_in_present(verb)


_BY_DATE = re.compile(r"^\W*by\s+(?:the\s+)?$", re.I)


def _bounded_by_next(ctx: _Context, ev: Event, trigger: Token | None) -> TimeSpan | None:
    """An undated event followed by a sentence that opens with a limit ("Police searched the
    van and held all six. By June 9, they had been handed over to the border guards"): it falls
    between the last date the report told before it and that day."""
    if trigger is None or ev.status == "at_risk" or ctx.report.latest is None:
        return None
    sents = list(ctx.doc.sents)
    here = next((k for k, s in enumerate(sents) if s.start <= trigger.i < s.end), None)
    if here is None or here + 1 >= len(sents):
        return None
    nxt = sents[here + 1]
    limit = next(
        (
            p
            for p in ctx.mentions
            if nxt.start_char <= p.mention.start < nxt.end_char
            and _BY_DATE.match(ctx.text[nxt.start_char : p.mention.start])
            and p.mention.is_date
            and _dated(p.span)
        ),
        None,
    )
    if limit is None or limit.span is None or limit.span.end is None:
        return None
    sent_start = sents[here].start_char
    told = [
        p.span.start
        for p in ctx.mentions
        if p.mention.end <= sent_start
        and p.mention.is_date
        and not (p.attribution or p.future)
        and p.span is not None
        and p.span.start is not None
        and _dated(p.span)
        and p.span.start <= limit.span.end
    ]
    if not told:
        return None
    return TimeSpan(told[-1], limit.span.end, "range", None)


# "his 40 days in detention", "three months in a labour camp": how long people were held.
_HELD = re.compile(
    r"^\s+(?:in|of)\s+(?:detention|custody|prison|jail|confinement|(?:a|the)\s+(?:[\w-]+\s+)?(?:camp|cell|centre|center|prison|jail))\b",
    re.I,
)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}


def _held_for(ctx: _Context, trigger: Token | None) -> TimeSpan | None:
    """ "She spoke of her 40 days in custody in Hyesan, where she was taken in early May": a
    detention told by its length, with the day it began named in its sentence, lasts from that
    day for that long."""
    if trigger is None:
        return None
    sent_start, sent_end = _sentence_of(trigger)
    here = [p for p in ctx.mentions if sent_start <= p.mention.start < sent_end and not p.attribution]
    held = next(
        (
            p.mention
            for p in here
            if p.mention.kind == "duration"
            and p.mention.amount
            and p.mention.unit in _UNIT_DAYS
            and _HELD.match(ctx.text[p.mention.end : p.mention.end + 60])
        ),
        None,
    )
    if held is None or held.amount is None or held.unit is None or _term_given(ctx.text, held):
        return None
    began = next((p.span for p in here if p.mention.is_date and _dated(p.span) and not p.future), None)
    if began is None or began.start is None or began.end is None:
        return None
    # from the earliest day it may have begun to the latest day it may have ended
    end = began.end + timedelta(days=held.amount * _UNIT_DAYS[held.unit])
    return TimeSpan(began.start, end, "range", None)


def _held_until(
    ctx: _Context, trigger: Token, when: TimeSpan | None, dated_at: int | None
) -> TimeSpan | None:
    """A detention told by its length and dated only by what ended it began that long before.

    "The man was held for about two months before being shot at the end of May": the date is
    the shooting's, and the arrest (dated, as arrests are, by when people were taken) is some
    two months earlier, in late March; "had been held for four months before the trial on
    Friday, August 9" puts it in April. A count back by months from a day names the month, as
    "four months ago" does. Only where the date stands in the "before" phrase or clause on the
    verb that carries the length.
    """
    verb = governing_verb(trigger)
    region = _before_region(verb)
    if region is None:
        return when
    if dated_at is None:
        # no date of its own: the first date the "before" part tells ("before they were handed
        # over on June 24")
        inside = next(
            (p for p in ctx.mentions if region[0] <= p.mention.start < region[1] and _dated(p.span)),
            None,
        )
        if inside is None or inside.attribution or inside.future:
            return when
        when, dated_at = inside.span, inside.mention.start
    if not _dated(when) or when is None or when.start is None or when.end is None:
        return when
    if not region[0] <= dated_at < region[1]:
        return when
    held = next(
        (
            p.mention
            for p in ctx.mentions
            if p.mention.kind == "duration"
            and p.governor == verb.i
            and p.mention.text.lower().startswith("for ")
            and p.mention.end <= region[0]
            and p.mention.amount
            and p.mention.unit in _UNIT_DAYS
        ),
        None,
    )
    if held is None or held.amount is None or held.unit is None:
        return when
    if held.unit in ("month", "year"):
        months = held.amount * (12 if held.unit == "year" else 1)
        ys, ms = add_months(when.start.year, when.start.month, -months)
        ye, me = add_months(when.end.year, when.end.month, -months)
        if when.start == when.end:
            start, end = month_span(ys, ms)
        else:
            start, end = day_in_month(ys, ms, when.start.day), day_in_month(ye, me, when.end.day)
        return TimeSpan(start, end, "month" if (start, end) == month_span(ys, ms) else "range", when.text)
    back = timedelta(days=held.amount * _UNIT_DAYS[held.unit])
    return TimeSpan(when.start - back, when.end - back, "range", when.text)


def _before_region(verb: Token) -> tuple[int, int] | None:
    """The characters of the "before" phrase or clause on the verb ("held for a month before
    being sent back", "before the trial", "before they were handed over"), if it has one."""
    for child in verb.children:
        opener = (
            child
            if child.lower_ == "before" and child.dep_ == "prep"
            else next((g for g in child.children if g.dep_ == "mark" and g.lower_ == "before"), None)
            if child.dep_ == "advcl"
            else None
        )
        if opener is not None:
            last = child.right_edge
            return opener.idx, last.idx + len(last)
    return None


# "sentences of between 10 and 15 years", "a term of three years", "sentenced to five years":
# the length a court gave, which is no time anyone has yet been held
_TERM_BEFORE = re.compile(
    r"(?i)\b(?:sentences?|terms?|sentenced\s+to)\s+(?:of\s+)?(?:between\s+\w+\s+and\s+)?$"
)


def _term_given(text: str, duration: Mention) -> bool:
    """Whether a length is the term of a sentence: "handed sentences of between 10 and 15
    years in a labour camp" names no stay of 15 years that began on the day told."""
    return _TERM_BEFORE.search(text, max(0, duration.start - 40), duration.start) is not None


_APPROXIMATE = re.compile(r"\b(?:about|around|some|roughly|nearly|almost|approximately)\b", re.I)
_MORE_THAN = re.compile(r"\b(?:more than|over)\b", re.I)


_COUNTED_UNITS = frozenset({"day", "week", "month", "year"})


def _counted_back_from_now(ctx: _Context, trigger: Token | None, dated_at: int) -> TimeSpan | None:
    """ "Three months after the North stopped issuing travel permits, the ban remains in
    force": a counted time after a happening the report never dates, hung on a clause told in
    the present, counts back from the report, as "three months ago" would. The happening the
    "after" clause tells took place then; a state the present clause tells ("workers are still
    being held, three weeks after they crossed") runs from then up to the report. Not after a
    clause in the present perfect (see `_told_now`)."""
    latest = ctx.report.latest
    if trigger is None or latest is None or ctx.report.precision != "day":
        return None
    placed = next((p for p in ctx.mentions if p.mention.start == dated_at), None)
    if placed is None:
        return None
    m = placed.mention
    if (
        m.kind != "later"
        or m.unit not in _COUNTED_UNITS
        or not m.amount
        or not m.text.lower().endswith("after")
    ):
        return None
    after = _word_at(ctx.doc, m.end - len("after"))
    if after is None or after.lower_ != "after":
        return None
    clause = after.head if after.dep_ == "mark" else None
    if clause is None or clause.dep_ != "advcl" or not _told_now(clause.head):
        return None
    # (placed, the count runs back from the clause it hangs on: its amount is negative)
    ago = resolve_mention(replace(m, kind="ago", amount=abs(m.amount), key=None), ctx.report, False, None)
    if ago is None or ago.start is None:
        return None
    if clause.left_edge.i <= trigger.i <= clause.right_edge.i:
        return ago
    # Outside the "after" clause only a state told in the present runs on from then ("are
    # still being held"); an act told in the present perfect ("another trader has been
    # arrested, five months after ...") was done some time after, on a day not told here.
    return _to_report(ctx, ago) if _told_now(governing_verb(trigger)) else None


def _word_at(doc: Doc, offset: int) -> Token | None:
    """The token that starts at a character offset, if one does."""
    span = expanded_span(doc, offset, offset + 1)
    return span[0] if span is not None and len(span) and span[0].idx == offset else None


def _told_now(verb: Token) -> bool:
    """A clause told at the report's time, in the present ("the ban remains in force", "are
    still being held"); a saying ("residents say") passes to what it reports. Not the present
    perfect: "a second dealer has been arrested, four months after ..." tells an act done some
    time before the report, so the gap counts from a day not told."""
    if verb.lemma_.lower() in lexicon().reporting_verbs:
        said = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if said is not None:
            verb = said
    return told_in_present(verb) and not present_perfect(verb)


def _lasting_for(ctx: _Context, trigger: Token | None) -> TimeSpan | None:
    """ "Two brothers have been missing for about three weeks": a state told in the present
    perfect with how long it has lasted began that long before the report, as "three weeks ago"
    would say."""
    latest = ctx.report.latest
    if trigger is None or latest is None or ctx.report.precision != "day":
        return None
    verb = governing_verb(trigger)
    if not present_perfect(verb) or verb.lemma_.lower() in lexicon().term_verbs:
        # "have been sent to a labour camp for six months": the term given, not a state that
        # began six months before the report
        return None
    sent_start, sent_end = _sentence_of(trigger)
    for p in ctx.mentions:
        m = p.mention
        if (
            not (sent_start <= m.start < sent_end)
            or m.kind != "duration"
            or m.unit not in ("day", "week", "month")
        ):
            continue
        if not m.text.lower().startswith("for ") or p.governor is None:
            continue
        governor = ctx.doc[p.governor]
        # The parse often hangs a duration before a trailing "…, a resident said" on the saying.
        misplaced = (
            governor.head.i == verb.i
            and governor.lemma_.lower() in lexicon().reporting_verbs
            and any(c.dep_ == "nsubj" and m.end <= c.left_edge.idx for c in governor.children)
        )
        if governor.i != verb.i and not misplaced:
            continue
        approx = "about" if _APPROXIMATE.search(m.text) else "more" if _MORE_THAN.search(m.text) else None
        ago = resolve_mention(replace(m, kind="ago", approx=approx, at_least=False), ctx.report, False, None)
        if ago is not None and ago.start is not None:
            return ago
    return None


# Words that open a phrase naming the happening an event came after ("since the escape",
# "after the execution", "following the shooting"): the event runs from that happening's date.
_AFTER_MARKS = frozenset({"since", "after", "following"})


def _since_event(ctx: _Context, trigger: Token | None, done: list[Event]) -> TimeSpan | None:
    """ "Since the executions, agents have been searching homes", "His wife was sent to a camp
    after the execution": from the day of the event the report told before with the same word
    ("were executed on May 3") up to the report. The phrase opens the sentence (it then sets
    the time of every clause) or hangs on the event's own verb. An "after" counted ("two days
    after", "shortly after") is a date of its own, read elsewhere."""
    latest = ctx.report.latest
    if trigger is None or latest is None:
        return None
    sentence = sentence_of(trigger)
    verb = governing_verb(trigger)
    # (the sentence's words read from the token table: a Token is built for a mark alone)
    table = token_table(trigger.doc)
    words = range(sentence.start, sentence.end)
    subjects = [i for i in words if table.dep[i] in ("nsubj", "nsubjpass")]
    for i in words:
        if table.lower[i] not in _AFTER_MARKS or table.dep[i] != "prep":
            continue
        prep = trigger.doc[i]
        if prep.lower_ != "since" and any(c.dep_ != "pobj" for c in prep.children):
            continue  # "two days after the escape", "shortly after": counted, not open
        fronted = bool(subjects) and prep.i < subjects[0]
        # "were sent to a camp after the execution, and the chief was dismissed": a clause
        # joined to the one the phrase hangs on, with no time of its own, shares it
        joined = verb.dep_ == "conj" and prep.head.i == verb.head.i and prep.i < verb.i
        if not (fronted or joined) and prep.head.i != verb.i:
            continue
        for noun in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
            for prior in reversed(done):
                if prior.anchor is None or not _dated(prior.when) or prior.when.start is None:
                    continue
                told = token_span(ctx.doc, prior.anchor.trigger_start, prior.anchor.trigger_end)
                if told is None or not len(told) or told.root.i >= sentence.start:
                    continue
                # "Since the disappearance, agents have searched ...": the noun may name the
                # kind of event told before rather than repeat its word ("went missing")
                named = (
                    _same_word(told.root, noun)
                    or noun.lemma_.lower() == prior.type
                    or _gerund_of(noun, told.root)
                )
                if named and prior.when.start <= latest:
                    return TimeSpan(prior.when.start, latest, "range", None)
    return None


def _gerund_of(noun: Token, verb: Token) -> bool:
    """The noun is the verb's "-ing" form, too short a stem for `_same_word`: "the shooting"
    names "shot" (shoot), "the killing" names "killed", "the sentencing" names "sentenced"."""
    word, lemma = noun.lower_, verb.lemma_.lower()
    return word.endswith("ing") and len(word) > 5 and word[:-3] in (lemma, lemma.removesuffix("e"))


def _counted_from_the_clause(
    trigger: Token | None, before: list[Token | None], done: list[Event]
) -> TimeSpan | None:
    """A happening named only as the point a clause's date is counted from: "was sentenced in
    May, some six weeks after his arrest" puts the arrest about six weeks before May (so in
    late March or April), "freed on June 20, ten days before her trial" puts the trial ten days
    after. The clause's event, dated before, gives the date; the gap moves both its ends."""
    unit = gap_unit(trigger) if trigger is not None else None
    if trigger is None or unit is None:
        return None
    prep = trigger.head
    units = lexicon().units
    # "some six weeks", "a week", "ten days": the number, else one ("a", or none said)
    amount = next((_number_word(c.text) for c in unit.children if c.dep_ == "nummod"), 1)
    days = amount * units[unit.lower_] * (-1 if prep.lower_ in ("after", "following") else 1)
    for other, event in zip(before, done, strict=True):
        if other is not None and other.i == prep.head.i and _dated(event.when):
            start, end = event.when.start or event.when.end, event.when.end or event.when.start
            assert start is not None and end is not None
            return TimeSpan(start + timedelta(days=days), end + timedelta(days=days), "range", None)
    return None


def _shared_verb(
    ctx: _Context, trigger: Token | None, before: list[Token | None], done: list[Event]
) -> TimeSpan | None:
    """Two verbs joined by "and" with one subject tell one moment: "two women were taken to
    the police station and beaten" — the beating has the date of the detention. Not when the
    second verb has a subject or auxiliary of its own, or a word setting it later ("arrested in
    May and later executed")."""
    if trigger is None or trigger.dep_ != "conj" or trigger.pos_ not in ("VERB", "AUX"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl", "aux", "auxpass") for c in trigger.children):
        return None
    words = lexicon().sequence_words
    between = ctx.doc[trigger.head.i + 1 : trigger.i]
    if not any(t.lower_ == "and" for t in between) or any(t.lower_ in words for t in between):
        return None
    if any(c.lower_ in words for c in trigger.children if c.dep_ in ("advmod", "prep")):
        return None
    for other, event in zip(before, done, strict=True):
        if other is not None and other.i == trigger.head.i and _dated(event.when):
            return event.when
    return None


def _later_conjuncts(verb: Token) -> list[Token]:
    """The verbs coordinated after `verb` that share its subject, in order, also down a chain.

    The parser hangs a series of three verbs as a chain ("shot and wounded a smuggler and
    detained five others late last month": detained under wounded under shot), so the last
    verb, which carries the date, is a conjunct of a conjunct. A verb with a subject of its own
    ("a man fled and his wife was held") starts another clause and ends the chain.
    """
    found: list[Token] = []
    current = [verb]
    while current:
        head = current.pop()
        for conj in head.children:
            # "are now held": a state told of the present is not when the first verb happened.
            if conj.dep_ != "conj" or conj.pos_ != "VERB" or conj.i < head.i:
                continue
            if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children):
                continue
            found.append(conj)
            current.append(conj)
    return sorted(found, key=lambda t: t.i)


def _dated_by_later_conjunct(ctx: _Context, trigger: Token | None) -> TimeSpan | None:
    """Two verbs joined by "and" with one subject tell one stretch of the story, and a date on
    the later one dates the earlier too: "Four sailors drifted across the sea line and were
    rescued on Friday" dates the drifting Friday. Not when the later verb has a subject of its
    own ("a man fled and his wife was held in May"), or a word setting it later ("fled and
    months later were caught in March")."""
    if trigger is None or trigger.pos_ not in ("VERB", "AUX"):
        return None
    words = lexicon().sequence_words
    for conj in _later_conjuncts(trigger):
        between = ctx.doc[trigger.i + 1 : conj.i]
        if not any(t.lower_ == "and" for t in between) or any(t.lower_ in words for t in between):
            continue
        if any(c.lower_ in words for c in conj.children if c.dep_ in ("advmod", "prep", "npadvmod")):
            continue
        dated = [
            p
            for p in ctx.mentions
            if p.governor == conj.i
            and p.mention.is_date
            and not (p.attribution or p.future or p.mention.since)
            and not _says_now(p)
            # "held them and sent them back the following day": a time counted on from the
            # first verb dates only the second.
            and p.mention.kind != "later"
            and _dated(p.span)
        ]
        if dated:
            return dated[0].span
    return None


# Determiners that bring a new participant into the story ("a soldier", "another defector")
_INDEFINITE = frozenset({"a", "an", "another", "some"})
# How long before the report a case told with a new participant is background, not a detail
_BACKGROUND_DAYS = 60


def _introduces_others(ctx: _Context, p: PlacedMention) -> bool:
    """The paragraph after the opening one tells background when the dated clause brings in a
    new participant with an indefinite subject: "Guards have been told to shoot anyone near the
    fence. / In 2019 a farmer walked across the line at night ..." tells an earlier case, not
    when the orders came. The details of the opening's own event point back to its people ("The
    men", "They"), and a detail may bring in a new actor too ("A patrol boat found them on
    Saturday"): only a date well before the report (over two months) marks an earlier case."""
    if p.governor is None or p.span is None or p.span.end is None or ctx.report.earliest is None:
        return False
    if (ctx.report.earliest - p.span.end).days <= _BACKGROUND_DAYS:
        return False
    verb = ctx.doc[p.governor]
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return False
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for c in subjects[0].children)

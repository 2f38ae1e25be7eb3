"""Could two events be one real event, and how strongly do they agree?

A comparison first looks for a conflict that no report of one event would show (different type,
a threat against a failed try, dates months apart or in two months each report names, counts far
apart, a woman and a man or a group of women and as many men, perpetrators of different countries): any conflict forbids the merge. Disagreements that are
often the extractor's or a reporter's imprecision rather than two events (places in different
countries or towns, when one is a dateline or a demonym read as the place; dates a few weeks apart;
consecutive days when a report tells the turn of a night, "late Sunday" against "early Monday"; "at
risk of being sent back" against "sent back") cost a tuned weight instead (weights.py). Two towns
facing each other across the border are close places, and police given by one report a country
none of its places lie in (the extractor's default) are compared by kind alone. Each kind
of agreement adds to a score, and the merge needs enough of it. What is unknown on either side
neither conflicts nor agrees, so two vague reports need other details in common before they are
joined.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tessera.merge.places import RANK, PlaceRelation, relate
from tessera.merge.profile import (
    CAMPAIGN_TYPES,
    COMPATIBLE_CLASSES,
    ONGOING_TYPES,
    RARE_TYPES,
    ROLES,
    Profile,
)
from tessera.merge.text import agreeing_kinds, content_tokens, jaccard, place_key
from tessera.merge.weights import weights
from tessera.model import Place

SAME_DOC_JACCARD = 0.8  # within one report, only near-identical evidence is one event twice
# The two ends of one crossing or hand-back, each on the other report's own route ("handed over at
# Tumen" / "received at Namyang"): as much agreement as two towns facing across the border.
CROSSING_SIDES = 1.0
STRONG_JACCARD = 0.35  # evidence this alike counts as a detail in common
SAME_REPORT_BONUS = 2.5  # two copies of one article (same headline or URL)
SAME_OUTLET_DAY_BONUS = 1.0
EVIDENCE_WEIGHT = 4.0
EVIDENCE_CAP = 3.0
COUNT_RATIO = 2.0  # sources' estimates of a group may differ by this factor and still agree
CROWD = 100  # estimates of hundreds vary more ("about 200" vs "more than 500")
CROWD_RATIO = 3.0
ORDER_REACH = 4  # "dozens" (24+) is said of up to about four times its smallest reading (99)
NAMED_DAY_WEIGHT = 2.0  # both undated reports name the same month and day
SMALL_COUNT = 10  # at or below this, counts are exact: 2 is not 3
# A group of at least this many ("dozens", "more than 20") is seldom arrested or sent back at once.
DOZENS = 20
DOZENS_WEIGHT = 1.5
NEAR_COUNT_MIN = 4  # from this size on, two exact counts one apart only cost (7 against 8)
EXACT_NEAR_MIN = 2  # two exact counts this small one apart cost too ("two men" against "three people"),
# for the outcomes of a trial only (SENTENCE_TYPES): arrests of two and of three at one place are routine
SENTENCE_TYPES = frozenset({"execution", "punishment"})
# Acts of which one story tells many, each befalling other people by the same agency in the same town
# and weeks (the returnees, their relatives, the neighbours, the sentries on duty): a telling that
# names nobody ("everyone in the street was called in for questioning") cannot say which it is.
QUESTIONING_TYPES = frozenset({"interrogation"})
SAME_ESTIMATE_WEIGHT = 1.5  # both hedge one number of at least SMALL_COUNT ("about 60", "around 60")
SAME_ESTIMATE_BONUS = 0.5  # ... which, below a crowd, is that much more than counts that merely agree
WITHIN_COUNT_MIN = 5  # an exact count this large inside the other's range is a detail ("a couple" is not)
DATE_SLACK_DAYS = 31  # dated periods further apart than this are two events
PUBLISHED_CLOSE_DAYS = 14  # reports this close in publication are likely about the same news
# A fear reported more than two weeks after a thing was done is not that thing told earlier: an
# outlet that fears "the broker could face ten years" three weeks after a court sentenced three
# smugglers (a broker among them) tells another case, or the other outlet's news had not reached it.
THREAT_SLACK_DAYS = 14
# A deed dated to its day ("handed over on Tuesday", "the next day") is news within days: a report
# that still fears it a week later ("they are in imminent danger of being sent back") fears the
# next step of the story or other people, not the deed done. A period ("late March") is a
# report's reading of when it happened and keeps the two weeks above.
DAY_THREAT_SLACK_DAYS = 3
DAY_THREAT_SPAN_DAYS = 1  # a day, or two told as one ("the next day", "overnight")
THREAT_WINDOW_DAYS = 62  # a threat reported without a date comes true, if it does, within weeks
NEWS_WINDOW_DAYS = 31  # an undated report (dated to the day or the month) tells news of this many days
ONGOING_SLACK_DAYS = 92  # a lasting state (a closure, a crackdown) is reported for months
# Both reports name the same telling kind of people ("two soldiers" and "the two deserters from
# his unit, both soldiers"; "a family" and "the family"): on the development half's pairs just
# under the threshold, eleven right pairs named one such kind and no wrong one (a common group,
# "residents", is no telling kind: profile.TELLING_GROUPS).
VICTIM_GROUP_WEIGHT = 1.0
# Periods that a report tells relative to its own date ("last week", "a few days ago", "earlier
# this month"); readers bound them differently by a few days.
RELATIVE_PRECISIONS = frozenset({"days", "week", "month_part"})
RELATIVE_SLACK_DAYS = 3
# An exact day read from outside the event's own evidence (another clause's day) is this close to
# the event's own: the steps of one story (crossing, arrest, handover) follow within a week ("the
# nine were detained on Saturday and handed to China the next Friday").
BORROWED_SLACK_DAYS = 7
MOVEMENT_TYPES = frozenset(
    {"escape", "repatriation"}
)  # events with a route: origin to destination  # a threat is reported before what it threatens happens (give or take)


@dataclass
class PairResult:
    score: float = 0.0
    conflict: str | None = None
    reasons: list[str] = field(default_factory=list)
    same_doc: bool = False
    dated: int = 0  # how many of the two the text dates
    strong: int = 0  # details in common that a vague pair needs
    same_report: bool = False
    evidence: float = 0.0
    same_victims: bool = True  # counts equal, or unknown on both sides
    goes_elsewhere: bool = False  # the destinations disagree (a cost, not a conflict)
    other_people: bool = False  # the victims' descriptions name different people (a cost)
    other_act: bool = False  # the evidence names different kinds of the act (a cost)
    # One undated, and the other dated outside the weeks its report tells (a background event).
    outside_news: bool = False
    fulfils: bool = False  # one an undated threat, the other dated in the weeks after its report
    placed_apart: bool = False  # an event without a route placed in two countries (a cost)
    retold: bool = False  # one report tells one event twice, on the day it names (`_retold`)
    # One report's two events may be one act told twice, if another report vouches (`_told_again`).
    told_again: bool = False
    same_place: bool = False  # a place agrees (same, inside, near), none costs or conflicts
    place_cost: bool = False  # places of some role differ and cost (another town, another country)
    # A place agrees at another grain than one town: a city and its province, one province, the two
    # banks of one crossing (`_coarse_place_agrees`).
    coarse_place: bool = False
    counts_differ: bool = False  # both reports count the people, and not alike
    # One of two questionings names nobody questioned: which of a story's questionings it is
    # cannot be told (`QUESTIONING_TYPES`).
    unnamed_people: bool = False
    costs: int = 0  # how many steps of the comparison took score away (something disagreed)

    @property
    def eligible(self) -> bool:
        """May these two be merged, judged on their own?"""
        if self.conflict:
            return False
        if self.same_doc:
            # One report: the same words and the same victims, or one event told twice on the
            # day it names (`_retold`), or two events.
            return (self.evidence >= SAME_DOC_JACCARD and self.same_victims) or self.retold
        if self.score < weights().threshold:
            return False
        if self.dated == 2 or self.same_report:
            return True
        # Undated on one side the time cannot vouch, so a telling detail must (two if neither
        # report dates it).
        strong = self.strong
        if self.dated == 0 and self.coarse_place and not self.counts_differ:
            # Neither report dates it: a place both name at different grains ("the family held
            # in Shenyang" against "a family detained in Liaoning") is the second detail the
            # pair needs, beside a count or a kind of people in common.
            strong += 1
        return strong >= 2 - self.dated

    @property
    def reviewable(self) -> bool:
        """Not sure enough to merge, but close enough for a person to look at."""
        if self.conflict or self.same_doc or self.eligible:
            return False
        w = weights()
        return self.score >= w.threshold - w.review_margin

    def summary(self) -> str:
        if self.conflict:
            return f"not merged: {self.conflict}"
        return f"score {self.score:.1f}: " + "; ".join(self.reasons)


def _day(o: int) -> str:
    return date.fromordinal(o).isoformat()


def _span(t0: int, t1: int) -> str:
    return _day(t0) if t0 == t1 else f"{_day(t0)}..{_day(t1)}"


def _time(a: Profile, b: Profile, r: PairResult) -> None:
    w = weights()
    r.dated = int(a.dated) + int(b.dated)
    shared_days = a.named_days & b.named_days
    if shared_days and not (a.dated and b.dated):
        # A report without a year still names the day: "sent back … on Oct. 9".
        r.score += NAMED_DAY_WEIGHT
        r.strong += 1
        r.reasons.append("both name " + ", ".join(sorted(shared_days)))
    if a.published and b.published and not r.same_doc:
        gap = max(a.published[0] - b.published[1], b.published[0] - a.published[1], 0)
        if gap <= PUBLISHED_CLOSE_DAYS:
            # News is reported within days by every outlet that covers it.
            r.score += w.published_close
            r.strong += 1
            r.reasons.append(f"reported {gap} days apart")
    if a.t0 is None or b.t0 is None or a.t1 is None or b.t1 is None:
        return
    overlap = a.t0 <= b.t1 and b.t0 <= a.t1
    if a.dated and b.dated and not overlap and _relative_near(a, b):
        # "Last week" in a Thursday report is Monday to Sunday for one reader and the seven days
        # before for another; "earlier this month" ends on the report's day or the day before.
        # A relative period that misses the other date by a few days is read, not a different time.
        r.score += 1.0
        r.reasons.append(
            f"dates a few days apart, one a relative period ({_span(a.t0, a.t1)} vs {_span(b.t0, b.t1)})"
        )
        return
    if a.dated and b.dated and not overlap and _at_part_edge(a, b):
        # "Has been missing since Sunday" (the 20th) and "vanished in late July": early, mid and
        # late are the thirds of a month by convention, and a day at the edge of one is told in
        # either; the day touches the part, as a day inside it would.
        r.score += PART_EDGE_WEIGHT
        r.reasons.append(
            f"a day at the edge of a part of a month ({_span(a.t0, a.t1)} vs {_span(b.t0, b.t1)})"
        )
        return
    if a.dated and b.dated:
        if not overlap:
            gap = max(a.t0 - b.t1, b.t0 - a.t1)
            slack = ONGOING_SLACK_DAYS if a.type in ONGOING_TYPES else DATE_SLACK_DAYS
            # Two exact days that differ are two events (a shooting on Monday, another on Tuesday),
            # unless they are consecutive and one report tells the turn of the night.
            exact = a.t0 == a.t1 and b.t0 == b.t1
            if exact and gap == 1 and (a.day_edge or b.day_edge):
                # "Crossed late Monday" and "crossed early Tuesday": what happens around midnight
                # is dated to either day (and an outlet abroad writes in another time zone).
                r.score += w.date_gap
                r.reasons.append(
                    f"consecutive days told at the turn of a night ({_day(a.t0)} vs {_day(b.t0)})"
                )
                return
            if exact and gap <= BORROWED_SLACK_DAYS and (a.borrowed_day or b.borrowed_day):
                # "Police arrested eleven people who crossed the river; the group came ashore
                # late on Wednesday": the arrest was given the crossing's day, read from another
                # clause. Such a day is the story's, a day to a week off the event's own.
                r.score += w.date_gap
                r.reasons.append(
                    f"days {gap} apart, one read from outside its evidence ({_day(a.t0)} vs {_day(b.t0)})"
                )
                return
            if gap > slack or exact:
                r.conflict = f"different dates ({_span(a.t0, a.t1)} vs {_span(b.t0, b.t1)})"
                return
            if a.type not in ONGOING_TYPES and _months_apart(a, b):
                # "Detained in Hyesan in February" and "detained in Hyesan in March": each report
                # names the month in the event's own words, and a month named is not misread as
                # the next one. The same act in the same town a month later is another occasion.
                r.conflict = f"different months named ({_span(a.t0, a.t1)} vs {_span(b.t0, b.t1)})"
                return
            if gap <= 1 and a.t0 != a.t1 and b.t0 != b.t1:
                # "Arrested in February" and "arrested in January": two periods that meet, each a
                # report's reading of when it happened (the month it learned of it, the month of
                # the flight the arrest followed). Half the cost of periods apart: they touch.
                r.score += w.date_gap / 2
                r.reasons.append(f"periods that meet ({_span(a.t0, a.t1)} vs {_span(b.t0, b.t1)})")
                return
            if a.type in ONGOING_TYPES:
                # "A crackdown on phones since early March" and, weeks later, "the crackdown on
                # phones": a lasting state is dated by when each report saw it in force, so
                # dates weeks apart are one state seen twice: the gap costs nothing.
                r.reasons.append(
                    f"a lasting state dated {gap} days apart ({_span(a.t0, a.t1)} vs {_span(b.t0, b.t1)})"
                )
                return
            # "Monday" read as the wrong Monday, a date of the report for a date of the event.
            r.score += w.date_gap
            r.reasons.append(f"dates {gap} days apart ({_span(a.t0, a.t1)} vs {_span(b.t0, b.t1)})")
            return
        widest = max(a.t1 - a.t0, b.t1 - b.t0)
        if _nested_periods(a, b):
            # "Arrested in March" and "arrested in mid-March": one report knows the month (or
            # the season), the other the part of it, the week or the same month: the finer
            # period is a reading of the coarser, not merely a period that overlaps it.
            r.score += NESTED_PERIOD_WEIGHT
            r.reasons.append("a period told inside the other's month or season")
        if widest == 0:
            r.score += 3.0
            r.reasons.append(f"same day {_day(a.t0)}")
        elif widest > FEW_DAYS and _same_onset(a, b):
            r.score += 2.0
            r.reasons.append(f"a lasting state begun within days ({_day(a.t0)} vs {_day(b.t0)})")
        elif widest <= FEW_DAYS:
            r.score += 2.0
            r.reasons.append("dates within the same few days")
        elif widest <= 62:
            r.score += w.date_within_month
            r.reasons.append("dates within the same month or two")
        else:
            r.score += 0.5
            r.reasons.append("overlapping periods")
    elif not overlap:
        r.conflict = "the dates and the reports' publication dates rule each other out"
    elif a.dated != b.dated and _in_news_window(a if a.dated else b, b if a.dated else a):
        # Undated news is about the weeks before it was published: a dated report of that time
        # agrees as much as a date a month wide would.
        r.score += 1.0
        r.reasons.append("dated within the weeks before the undated report")
    elif a.dated != b.dated and _fulfils_threat(a if a.dated else b, b if a.dated else a):
        # "They face being sent back" on the 8th, "they were sent back last week" on the 2nd of
        # the next month: what was feared, dated in the weeks after the fear was reported. It
        # counts once the descriptions agree (compare): a feared jail term is not fulfilled by
        # an expulsion.
        r.fulfils = True
    else:
        if a.dated != b.dated:
            dated, undated = (a, b) if a.dated else (b, a)
            # An arrest dated months before the report that leaves its own arrests undated is
            # the story's background, not the news that report tells (cluster.py's story bonus);
            # a report dated only by its year tells no window. What is dated after the report
            # is no background of it.
            pub = undated.published
            r.outside_news = (
                pub is not None
                and pub[1] - pub[0] <= NEWS_WINDOW_DAYS
                and dated.t1 is not None
                and dated.t1 < pub[0]
            )
        r.reasons.append("one or both undated, within the reports' dates")


MONTH_DAYS = 31  # a period at most this long lies in one month or spans two
FEW_DAYS = 11  # dates within this many days of each other agree closely
# Two reports of one lasting state say when it began this close: "barred since 20 July" and
# "closed since late July" (the 21st).
ONSET_SLACK_DAYS = 3


def _same_onset(a: Profile, b: Profile) -> bool:
    """Are two lasting states (closures, crackdowns) told as begun within days of each other?

    A state in force is dated from its start to the report that sees it ("barred since 20 July",
    read in a report of the 28th), so the width of its period says how long it has lasted, not how
    unsure its date is: "sealed off since Wednesday" (the 18th) and "travel barred since 18 July"
    agree on the day it began as closely as two dates a few days wide. Only starts each report's
    own words give count (not a day borrowed from another clause)."""
    if a.type not in ONGOING_TYPES or a.t0 is None or b.t0 is None:
        return False
    if not (a.dated_in_evidence and b.dated_in_evidence):
        return False
    return abs(a.t0 - b.t0) <= ONSET_SLACK_DAYS


def _month_of(p: Profile) -> tuple[int, int] | None:
    """(year, month) of a date that the event's own evidence tells by the calendar within one
    month ("in February", "on 6 February", "in early March"), or None.

    A period told relative to the report ("last week", "on Monday", "last month") is read from
    the report's date and may fall a few days into the next month; a month phrase of another
    clause (the trial's month given to the arrest) is the story's, not surely the event's."""
    if p.t0 is None or p.t1 is None or p.t1 - p.t0 >= MONTH_DAYS:
        return None
    if not (p.calendar_period and p.dated_in_evidence):
        return None
    start, end = date.fromordinal(p.t0), date.fromordinal(p.t1)
    return (start.year, start.month) if (start.year, start.month) == (end.year, end.month) else None


def _months_apart(a: Profile, b: Profile) -> bool:
    """Are two dates each told within one calendar month, and in two different months?"""
    ma, mb = _month_of(a), _month_of(b)
    return ma is not None and mb is not None and ma != mb


def _relative_near(a: Profile, b: Profile) -> bool:
    """Both dated, not overlapping, and one a period told relative to its report ("last week",
    "earlier this month", "a few days ago") that misses the other by RELATIVE_SLACK_DAYS or less."""
    if a.t0 is None or a.t1 is None or b.t0 is None or b.t1 is None:
        return False
    # "Early February" is a part of a month told by the calendar, as sure of its days as the
    # other report's dates: only a period told relative to the report is read loosely.
    if not any(p.precision in RELATIVE_PRECISIONS and not p.calendar_period for p in (a, b)):
        return False
    return max(a.t0 - b.t1, b.t0 - a.t1) <= RELATIVE_SLACK_DAYS


# A day this close outside a part of a month told by the calendar ("late August": the 21st to the
# 31st by convention) is at its edge (the 20th), and scores as the few days of the part would.
PART_EDGE_DAYS = 1
PART_EDGE_WEIGHT = 2.0


def _at_part_edge(a: Profile, b: Profile) -> bool:
    """Is one of two dates an exact day and the other a part of a month told by the calendar
    ("early March", "mid-April", "late August") that the day misses by PART_EDGE_DAYS or less?

    Which third of a month a day near its edge falls in is a convention writers do not share:
    the 10th is "mid-April" to one and "early April" to another, the 20th "late August"."""
    if a.t0 is None or a.t1 is None or b.t0 is None or b.t1 is None:
        return False
    for day, part in ((a, b), (b, a)):
        if day.t0 != day.t1 or part.precision != "month_part" or not part.calendar_period:
            continue
        assert day.t0 is not None and part.t0 is not None and part.t1 is not None
        if 0 < part.t0 - day.t0 <= PART_EDGE_DAYS or 0 < day.t0 - part.t1 <= PART_EDGE_DAYS:
            return True
    return False


# A calendar month or season ("in March", "last month", "that spring") against a finer period
# inside it that is not one day ("mid-March", "last week", "between the 4th and the 15th") or the
# same month: one report tells when it happened as closely as the other, only less finely. A range
# that closed before its report ("late 2024", "between December and February") is such a period
# too, told by a retrospective; one running to the report ("since March") is a state in force.
COARSE_PERIODS = frozenset({"month", "season", "range"})
FINE_PERIODS = frozenset({"month", "month_part", "week", "days"})
NESTED_PERIOD_WEIGHT = 0.5


def _nested_periods(a: Profile, b: Profile) -> bool:
    """Is one of two dated periods a month or season and the other a finer period (a part of a
    month, a week, a few days, a month) inside it, neither an exact day?

    "Detained in Shenyang in January" against "detained in mid-January": the two readings of one
    date nest, and so do "executed in October" and "two executions in late 2024", a range that
    closed before its report. Two overlapping ranges ("since March" against "from February to May") or a day
    against its month ("on the 12th" against "in March": a month sees many days' events) do not
    count: only periods a report gives by the calendar unit it knows."""
    if a.t0 is None or a.t1 is None or b.t0 is None or b.t1 is None or not (a.dated and b.dated):
        return False
    for wide, fine in ((a, b), (b, a)):
        assert wide.t0 is not None and wide.t1 is not None and fine.t0 is not None and fine.t1 is not None
        if wide.precision not in COARSE_PERIODS or fine.precision not in FINE_PERIODS:
            continue
        if wide.precision == "range" and not _closed_before_report(wide):
            continue
        if fine.t0 == fine.t1:
            continue
        if wide.t0 <= fine.t0 and fine.t1 <= wide.t1:
            return True
    return False


def _closed_before_report(p: Profile) -> bool:
    """Did a dated period end before its report was published ("two executions in late 2024",
    read in a September 2025 report), rather than run up to it ("since the spring")?"""
    return p.published is not None and p.t1 is not None and p.t1 < p.published[0]


def _in_news_window(dated: Profile, undated: Profile) -> bool:
    """Is the dated event within the news an undated report tells: the month before it was
    published, or for a lasting state (a closure in force) the three months before?"""
    if undated.published is None or dated.t0 is None or dated.t1 is None:
        return False
    if dated.status_class == "at_risk":
        # A fear dated "now" is dated by its report's day, which `published_close` already
        # compares: it is no happening in the weeks the other report tells.
        return False
    start, end = undated.published
    window = ONGOING_SLACK_DAYS if dated.type in ONGOING_TYPES else NEWS_WINDOW_DAYS
    return end - start <= NEWS_WINDOW_DAYS and start - window <= dated.t0 and dated.t1 <= end


def _fulfils_threat(dated: Profile, threat: Profile) -> bool:
    """Is the dated event within the weeks after an undated threat was reported ("they face
    being sent back", then "they were sent back last week")?"""
    if threat.status_class != "at_risk" or threat.published is None or dated.t0 is None or dated.t1 is None:
        return False
    start, end = threat.published
    return end - start <= NEWS_WINDOW_DAYS and start <= dated.t0 and dated.t1 <= end + THREAT_WINDOW_DAYS


# Fears that are the story's own next step rather than a projection of what usually follows:
# whether the detaining state hands the people over is the news each report waits on.
PENDING_STEP_TYPES = frozenset({"repatriation"})


def _status(a: Profile, b: Profile, r: PairResult) -> None:
    """Same class of status, or one happening told at two moments: feared, then done."""
    if a.status_class == b.status_class:
        return
    pair = frozenset({a.status_class, b.status_class})
    if pair not in COMPATIBLE_CLASSES:
        r.conflict = f"different status ({a.status_class} vs {b.status_class})"
        return
    if "at_risk" in pair:
        threat, done = (a, b) if a.status_class == "at_risk" else (b, a)
        # What was done before the threat was even reported is another event.
        early = threat.published[0] - _threat_slack(done) if threat.published else None
        if early is not None and done.dated and done.t1 is not None and done.t1 < early:
            r.conflict = "it happened before the other report feared it"
            return
    r.score += weights().status_change
    r.reasons.append(f"status {a.status_class} vs {b.status_class} (one happening told at two moments)")


def _projected_fate(a: Profile, b: Profile, r: PairResult) -> None:
    """A feared fate other than the story's pending handover is no telling of the deed done,
    unless both tell it of as many people in one place.

    "Those detained are likely to be sent to labour-training camps" and, weeks later, "at
    least four of them were sent to a labour-training camp": what is feared to follow an arrest
    or a return (a camp term, questioning, an execution) is most often the outlet's projection
    of the usual fate, and the sentence later passed is told as its own event. The story's own
    pending step (`PENDING_STEP_TYPES`: whether the detaining state hands the people over) is
    told feared, then done. So is a fate feared for a group that the other report counts the same
    (`PairResult.same_victims`, a count known on both sides) in the same place
    (`PairResult.same_place`): "the five Hoeryong miners are expected to be sent to a labour
    camp" and "the five miners in Hoeryong were given a year each in a labour camp" tell one
    sentence of the same five people before and after it was passed (the clusters re-read for
    issue 13 join such tellings). A group of two or more counted exactly alike on both sides
    (`_same_group_counted`) is that group even when no place agrees, so long as no place costs
    (`PairResult.place_cost`): "the five brigade members will almost certainly be sent to a
    labour camp", placed in the capital its words do not name, and "five teenagers were given
    labour-training terms" in Hamhung; and so is one person both describe by a word that tells
    who they were (`_one_person_alike`: "the ambassador" and "the former ambassador"). Run last,
    so that a pair another signal rules out keeps that reason."""
    if a.status_class == b.status_class or "at_risk" not in (a.status_class, b.status_class):
        return
    if a.type in PENDING_STEP_TYPES or (r.same_victims and a.cmin is not None and r.same_place):
        return
    if (_same_group_counted(a, b) or _one_person_alike(a, b)) and not r.place_cost:
        # "The five brigade members will almost certainly be sent to a labour camp" and, weeks
        # later, "five teenagers were given labour-training terms", one report placing it in
        # the capital its words do not name: a group of two or more counted alike on both sides
        # is the group feared for, wherever neither report places it apart. So is one person
        # both describe by a word that tells who they were ("the commander is expected to get a
        # long term" and "the commander of the apartment site was sentenced").
        who = "one person described alike" if a.cmin == 1 else "as many people"
        r.reasons.append(f"a feared {a.type} of {who}, placed nowhere apart")
        return
    threat, done = (a, b) if a.status_class == "at_risk" else (b, a)
    if r.same_place and threat.cmin == threat.cmax and _part_told_as_part(done, threat):
        # "The seven held in Sinuiju face labour camp terms" and, weeks later, "five of the seven
        # were sent to a camp in Sinuiju": the sentence passed on some of the very group feared
        # for, told as part of it, is the feared fate done, not another outlet's projection. The
        # group must be counted exactly ("the seven"): a bound ("at least 18") names no group.
        return
    r.conflict = f"a feared {a.type} is a projection, not the one later done"


# From this size a group counted exactly alike by two reports is a detail of the group, not chance:
# one person feared for and one person sentenced are every story's.
SAME_GROUP_MIN = 2


def _same_group_counted(a: Profile, b: Profile) -> bool:
    """Do both reports count the people exactly and alike, at least SAME_GROUP_MIN of them?"""
    return a.cmin is not None and a.cmin == a.cmax == b.cmin == b.cmax and a.cmin >= SAME_GROUP_MIN


def _one_person_alike(a: Profile, b: Profile) -> bool:
    """Do both reports tell one person, described by a word in common that tells who they were
    (`Profile.describing`: "the commander is expected to get a long term" and "the commander of
    the apartment site was sentenced", "the ambassador" and "the former ambassador"), not by a
    word any person is called ("the woman", "he")?"""
    return a.cmin == a.cmax == b.cmin == b.cmax == 1 and bool(a.describing & b.describing)


def _threat_slack(done: Profile) -> int:
    """How many days before a fear was reported the feared deed may have been done and still be
    the one feared: a few for a deed dated to its day, two weeks for a period."""
    if done.t0 is not None and done.t1 is not None and done.t1 - done.t0 <= DAY_THREAT_SPAN_DAYS:
        return DAY_THREAT_SLACK_DAYS
    return THREAT_SLACK_DAYS


def _order(a: Profile, b: Profile, r: PairResult) -> None:
    """One report tells its event before a happening of the story, the other after the same
    happening: "agents searched homes in the days before the execution" and "since the
    execution, police have inspected phones on the street" are two searches, however alike the
    rest. Reports rarely name an anchor, so its absence says nothing."""
    for side, happening in a.anchors:
        other = "after" if side == "before" else "before"
        if (other, happening) in b.anchors:
            r.conflict = f"one told {side} the {happening}, the other {other} it"
            return


def _places(a: Profile, b: Profile, r: PairResult) -> None:
    w = weights()
    total = 0.0
    penalty = 0.0
    country_level = 0.0  # "lies in North Korea" said of the origin and of the place is one fact
    disagreed = False  # some role's places differ, however that was excused
    coarse = False
    if _successive_legs(a, b):
        r.conflict = "one journey ends in the country the other sets out from (two legs)"
        return
    for role in ROLES:
        pa, pb = a.places.get(role), b.places.get(role)
        if pa is None or pb is None:
            continue
        if role == "where" and a.type in MOVEMENT_TYPES and (_off_route(a) or _off_route(b)):
            # "SEOUL (Wire) - The five face being sent back from Tumen to North Korea": a journey
            # from China to North Korea did not take place in South Korea; that is where the
            # report was filed. Such a place says nothing about the journey, either way.
            r.reasons.append(f"where: {pa.name} / {pb.name}, one off its own route (the report's place)")
            continue
        rel = relate(pa, pb)
        disagreed = disagreed or rel.kind == "conflict"
        if rel.kind == "conflict" and (role in a.stand_ins or role in b.stand_ins):
            # "China sent more than fifty back on Tuesday" given Beijing, named in another clause,
            # as the place: a capital the evidence does not name is most often the government
            # or the reporters' city (profile.capital_stand_ins). As a `where` it says nothing
            # about the event; as an origin or a destination it says the country.
            if role == "where":
                r.reasons.append(f"where: {pa.name} / {pb.name}, one a capital its evidence does not name")
                continue
            pa, pb = a.stand_ins.get(role, pa), b.stand_ins.get(role, pb)
            rel = relate(pa, pb)
        if (
            rel.kind == "conflict"
            and role == "where"
            and a.type in MOVEMENT_TYPES
            and ((_fits_route(pa, b) and _fits_route(pb, a)) or _ends_of_one_journey(pa, pb, a, b))
        ):
            # A crossing has two sides: "a soldier crossed from North Korea" and "a soldier
            # walked across the line into Cheorwon" name each side of one line, and each lies on
            # the other report's own route.
            r.reasons.append(f"where: {pa.name} / {pb.name}, the two sides of one crossing")
            if a.status_class == b.status_class:
                # (a fear of a return and the return done name its ends for other reasons: which
                # side the people wait on, which side they reached)
                total += CROSSING_SIDES
            continue
        if rel.kind == "conflict" and role != "destination" and _stages_of_one_return(pa, pb, a, b):
            # "The eight held in Shenyang face being sent back" and "the eight were handed over
            # at the Dandong crossing": a return is told from the city where people were held,
            # the border town they were driven to or the post where they were handed over; each
            # report names another stage of one route between the same two countries.
            r.reasons.append(f"{role}: {pa.name} / {pb.name}, stages of one route ({rel.text})")
            continue
        if (
            rel.kind == "conflict"
            and (role != "destination" or a.status_class == b.status_class == "at_risk")
            and (_supplied(a.places[role]) or _supplied(b.places[role]))
        ):
            # "North Korean agents are hunting three workers who fled a site in Vladivostok",
            # placed in North Korea by one report's extractor from the agents' nationality, no
            # words of the report naming the country as the place: what no report names says
            # nothing about where it happened, either way. A destination supplied the same way
            # (people sent back go to North Korea) is seldom wrong for a return that happened,
            # but two fears of one return tell different steps of the road ahead ("he feared the
            # eight would be handed back to China" and "to prevent them from being sent back"):
            # between two fears a destination no words name says nothing either.
            r.reasons.append(f"{role}: {pa.name} / {pb.name}, one a country its report does not name")
            continue
        if (
            rel.kind == "conflict"
            and role == "where"
            and (pa.country or "").upper() == (pb.country or "").upper()
            and (_told_elsewhere(a, pb) or _told_elsewhere(b, pa))
        ):
            # "Two women who fled a plant in Hunchun were arrested in Yanji" against "the two
            # women detained in Yanji earlier this month", placed in Hunchun from another clause:
            # the event's own words name the other report's town, its place is another phrase's.
            rel = PlaceRelation("same", 2.0, f"{rel.text}, one named in the other's own evidence")
        if rel.kind == "conflict":
            same_country = bool(pa.country and pb.country and pa.country.upper() == pb.country.upper())
            fine = max(RANK.get(pa.precision, 1), RANK.get(pb.precision, 1)) <= RANK["county"]
            if (
                fine
                and same_country
                and a.type not in MOVEMENT_TYPES
                and not _state_placed_elsewhere(a, b, role)
            ):
                # An arrest in one town and an arrest in another are two arrests.
                r.conflict = f"{role}: {rel.text}"
                return
            # A journey has many places (the crossing, the camp where people were held, the city
            # the story was filed from) and reports, or the extractor, may take any of them; a
            # country may be a dateline or a demonym read as the place: a cost, counted once.
            cost = w.place_conflict if same_country else w.country_conflict
            if same_country and role == "where" and _province_read_elsewhere(pa, pb, a, b):
                # "The 4th Corps officers arrested in Haeju" against "more than 20 officers
                # arrested", placed in South Hamgyong from "a source in South Hamgyong Province":
                # a province against a town of another, one of them read from another clause of
                # its report, says nothing about where the act was done, either way.
                cost = 0.0
            penalty = min(penalty, cost)
            # Where people were taken is what tells two legs of one journey apart; where they
            # were held or set out from is read differently by each report.
            r.goes_elsewhere = r.goes_elsewhere or role == "destination"
            # An arrest in a Chinese city and a detention in a North Korean one: for an event
            # without a route, places in two countries are two events unless one is a dateline,
            # which the pair's other details must outweigh on their own (no story bonus).
            r.placed_apart = r.placed_apart or (role == "where" and a.type not in MOVEMENT_TYPES)
            r.reasons.append(f"{role}: {rel.text}")
            continue
        if (
            rel.kind == "close"
            and a.type not in MOVEMENT_TYPES
            and _neighbouring_counties(pa, pb)
            and not _across(pa, pb)
        ):
            # "A crackdown in Musan county" and one "extended to neighbouring Hoeryong": towns of
            # two counties a few dozen km apart are two places where an act without a route was
            # done; near each other, so no conflict, but no detail in common either.
            rel = PlaceRelation("vague", 0.0, f"{rel.text}, in two counties")
        if rel.country_level and role == "where" and (_names_place(a, pb) or _names_place(b, pa)):
            # "North Korea has suspended travel to and from the border city of Hyesan", placed in
            # the country by one report's extractor, against the other's "Hyesan": the town the
            # other report places it in is named in this report's own evidence.
            rel = PlaceRelation("same", 2.0, f"{rel.text}, named in the other's evidence")
        if rel.in_province:
            rel = PlaceRelation(rel.kind, w.place_in_province, rel.text)
        coarse = coarse or _coarse_place_agrees(rel, pa, pb)
        if rel.country_level:
            country_level = max(country_level, rel.weight)
        else:
            total += rel.weight
        if rel.weight >= 2.0:
            r.strong += 1
        r.reasons.append(f"{role}: {rel.text}")
    r.score += min(total + country_level, 3.0) + penalty
    r.same_place = total > 0 and not penalty
    r.place_cost = bool(penalty)
    # (a role whose places differ, even excused as stages of one route, leaves the grain unsure)
    r.coarse_place = coarse and not disagreed


def _province_read_elsewhere(pa: Place, pb: Place, a: Profile, b: Profile) -> bool:
    """Is one of two places a province only, and one of them (either) not named in its own
    event's evidence (read from another clause: the source's province, a later sentence's town)?

    A province is where reports place a source ("a source in Ryanggang Province said") and what
    the extractor falls back to; a place no words of the event name is another phrase's. Two
    towns both named outside their evidence still conflict (another act in another town)."""
    if "province" not in (pa.precision, pb.precision):
        return False
    return "where" in a.placed_outside or "where" in b.placed_outside


def _state_placed_elsewhere(a: Profile, b: Profile, role: str) -> bool:
    """Is a lasting state or a campaign (`ONGOING_TYPES`) placed, on one side, in a town its own
    evidence does not name (read from another clause of its report)?

    An order, a closure or a campaign covers many towns at once, and a report tells it from the
    town its source lives in: "a nationwide campaign against drugs" placed in Chongjin, where a
    later sentence's source lives, against "the campaign against drugs launched in October"
    placed in Hoeryong. Two such towns of one country are where two reports heard of one measure,
    not two measures: a cost (`place_conflict`), not a conflict. A town each report's own words
    name still rules the pair out (a closure of Kanggye is no closure of Hamhung)."""
    if a.type not in ONGOING_TYPES:
        return False
    return role in a.placed_outside or role in b.placed_outside


def _coarse_place_agrees(rel: PlaceRelation, pa: Place, pb: Place) -> bool:
    """Do two places agree at a grain coarser than one town, yet finer than a country or a vague
    area: a city and its province ("Shenyang" / "Liaoning"), one province, two towns facing each
    other across a border river? A region ("the border area") is too wide."""
    if rel.country_level or "region" in (pa.precision, pb.precision) or not 1.0 <= rel.weight < 2.0:
        return False
    # Two towns of one country near each other are two towns, not one place told coarsely.
    return rel.kind in ("same", "inside") or (rel.kind == "close" and _across(pa, pb))


def _across(pa: Place, pb: Place) -> bool:
    """Are two places of different countries (two banks of a border: `places._facing`)?"""
    return bool(pa.country and pb.country and pa.country.upper() != pb.country.upper())


def _neighbouring_counties(pa: Place, pb: Place) -> bool:
    """Two places each of its own named county (a town and the next county's seat)."""
    return bool(pa.admin2 and pb.admin2 and place_key(pa.admin2) != place_key(pb.admin2))


def _told_elsewhere(p: Profile, place: Place) -> bool:
    """Is the event placed in a town its own evidence does not name (read from another clause),
    while that evidence names the other report's town or county?"""
    if "where" not in p.placed_outside or RANK.get(place.precision, 1) > RANK["county"]:
        return False
    words = content_tokens(place.name or "")
    return bool(words) and words <= p.tokens


def _names_place(p: Profile, place: Place) -> bool:
    """Is the event placed only in a country while its evidence names the other report's town or
    county ("suspended travel to and from the border city of Hyesan", placed in North Korea)?"""
    own = p.places.get("where")
    if own is None or own.precision != "country" or RANK.get(place.precision, 1) > RANK["county"]:
        return False  # a province or a region ("the border area") is too wide to name the place
    words = content_tokens(place.name or "")
    return bool(words) and words <= p.tokens


def _successive_legs(a: Profile, b: Profile) -> bool:
    """Are two journeys two legs of one flight: one ends in the country the other sets out from,
    and they end in different countries?

    "The eleven entered Laos from Yunnan" and "the eleven crossed the Mekong from Laos into
    Thailand" tell one group's flight, but two crossings, each its own event; however alike their
    people, dates and words, they are never one. A country where the first ends or the other
    starts that no words name (supplied from the usual start of a flight, or from a town named
    later) says nothing about which leg a report tells."""
    if a.type not in MOVEMENT_TYPES:
        return False

    def named(p: Profile, role: str) -> str:
        place = p.places.get(role)
        return "" if place is None or _supplied(place) else (place.country or "").upper()

    def any_(p: Profile, role: str) -> str:
        place = p.places.get(role)
        return (place.country or "").upper() if place else ""

    for first, then in ((a, b), (b, a)):
        end, start, end_then = named(first, "destination"), named(then, "origin"), any_(then, "destination")
        if end and end == start and end_then and end_then != end:
            return True
    return False


def _stages_of_one_return(pa: Place, pb: Place, a: Profile, b: Profile) -> bool:
    """Are two places of two repatriations stages of one route: both reports send people from
    one country to one other (their origins' and destinations' countries agree), and each place
    lies in one of those two countries?"""
    if a.type != "repatriation":
        return False
    ends = [
        tuple(
            (p.places.get(role).country or "").upper() if p.places.get(role) else ""
            for role in ("origin", "destination")
        )
        for p in (a, b)
    ]
    if ends[0] != ends[1] or not all(ends[0]) or ends[0][0] == ends[0][1]:
        return False
    return bool(pa.country and pb.country and {pa.country.upper(), pb.country.upper()} <= set(ends[0]))


def _supplied(place: Place) -> bool:
    """Is a place a country that no words of its report named, supplied by the extractor (the
    victims' or the perpetrators' nationality, the country a journey usually starts from)?

    Such a `where` or origin is often wrong on the annotated sets (a third of them lie in another
    country than the event when the event has a place at all), while a destination supplied the
    same way (people sent back go to North Korea) seldom is."""
    return place.precision == "country" and not place.text


def _off_route(p: Profile) -> bool:
    """Does an event with a route (origin, destination) give a `where` in neither of its route's
    countries (a dateline or the reporters' city read as the place)?"""
    where = p.places.get("where")
    route = _route_countries(p)
    return bool(where is not None and where.country and route and where.country.upper() not in route)


def _ends_of_one_journey(pa: Place, pb: Place, a: Profile, b: Profile) -> bool:
    """Does one report place a journey where it ended, and the other at a place of the first's
    route while naming no end of its own?

    "Nine North Koreans reached Sokcho by boat on Tuesday" (from Kimchaek, to South Korea) and
    "nine people set out from Kimchaek on Monday night": each names one end of one journey, the
    second its start only, which the first report's route holds. A second report that names an
    end of its own is compared by `_fits_route` on both sides."""
    for first, p_first, then, p_then in ((a, pa, b, pb), (b, pb, a, pa)):
        end = first.places.get("destination")
        if end is None or then.places.get("destination") is not None:
            continue
        if relate(p_first, end).kind != "conflict" and _fits_route(p_then, first):
            return True
    return False


def _fits_route(place: Place, other: Profile) -> bool:
    """Does a place agree with where the other event set out from or went to?"""
    return any(
        relate(place, q).kind != "conflict"
        for q in (other.places.get("origin"), other.places.get("destination"))
        if q is not None
    )


def _fmt_count(lo: int, hi: float) -> str:
    if hi == float("inf"):
        return f"{lo}+"
    return str(lo) if hi == lo else f"{lo}-{int(hi)}"


def _counts(a: Profile, b: Profile, r: PairResult) -> None:
    _counts_read(a, b, r)
    if not (r.conflict or "").startswith("victims ") or r.same_doc:
        return
    named = _count_named_by(a, b) or _count_named_by(b, a)
    if named:
        # "Two brothers were hanged in the market square" read as "one person" (a phrase of
        # another sentence), against another report's two: the evidence still names two. Or
        # "five detained, among them two guides" against "the two guides were held": the
        # larger report names the other's count as a part. The count read is no disagreement;
        # neither is it agreement, so the rest of what the reports tell must carry the merge.
        r.reasons.append(f"{r.conflict} (the other's evidence names {named})")
        r.conflict = None


def _count_named_by(counted: Profile, naming: Profile) -> int | None:
    """A number of two or more that one report's evidence names (`text.counts_named`) and that
    lies within the other report's count, bounded above."""
    if counted.cmin is None or counted.cmax is None:
        return None
    # An open count ("more than 50") holds a named number up to what an outlet would still call
    # it by its bound ("about 60"): within COUNT_RATIO of the bound.
    top = counted.cmin * COUNT_RATIO if counted.cmax == float("inf") else counted.cmax
    return next((n for n in sorted(naming.named_counts) if counted.cmin <= n <= top), None)


def _counts_read(a: Profile, b: Profile, r: PairResult) -> None:
    if a.cmin is None or b.cmin is None or a.cmax is None or b.cmax is None:
        r.same_victims = a.cmin is None and b.cmin is None
        return
    r.same_victims = a.cmin == b.cmin and a.cmax == b.cmax
    r.counts_differ = not r.same_victims
    if a.sex and b.sex and a.sex != b.sex:
        r.conflict = "different people (a woman and a man)"
        return
    if _groups_of_two_sexes(a, b):
        # "Three Korean-Chinese men were detained in Yanji" and "police detained several North
        # Korean women in Yanji": as many people, one group all women and the other all men.
        r.conflict = "different people (women and men)"
        return
    label = f"victims {_fmt_count(a.cmin, a.cmax)} vs {_fmt_count(b.cmin, b.cmax)}"
    size = min(a.cmin, b.cmin)
    if _one_among_many(a, b) or _one_among_many(b, a):
        r.reasons.append(f"{label} (one person told, the count of more read from another phrase)")
        return
    if a.cmin == a.cmax == b.cmin == b.cmax:
        # "One man" is what most reports are about; "nine people" is a detail.
        r.score += 3.0 if a.cmin >= 5 else 2.0 if a.cmin >= 2 else 1.0
        r.strong += int(a.cmin >= 2)
        r.reasons.append(f"same victim count {a.cmin}")
        return
    if _part_bound_below(a, b) or _part_bound_below(b, a):
        # "At least eight of the women" bounds the part a report follows, not the group the
        # other report counts ("more than 50"): the two bounds are no one group's.
        r.reasons.append(f"{label} (the fewer told as some of a group)")
        return
    if a.cmax == b.cmax == float("inf") and _lower_bounds_apart(a, b):
        # "More than 500" and "more than 2,000" overlap only in what neither says.
        r.conflict = f"{label} (lower bounds too far apart)"
        return
    if _far_above_bound(a, b) or _far_above_bound(b, a):
        # "More than 50" and "around 600": an outlet that knew of hundreds would say so.
        r.conflict = f"{label} (far above a stated lower bound)"
        return
    if _part_of_group(a, b) or _part_of_group(b, a):
        # Neither agreement nor conflict: the fewer are some of the others, or other people.
        r.reasons.append(f"{label} (the fewer named as members of a family)")
        return
    if _part_by_clause(a, b) or _part_by_clause(b, a):
        r.reasons.append(f"{label} (the fewer named by the act in a relative clause)")
        return
    if _part_told_as_part(a, b) or _part_told_as_part(b, a):
        r.reasons.append(f"{label} (the fewer told as some of a group)")
        return
    if _one_of_companions(a, b) or _one_of_companions(b, a):
        r.reasons.append(f"{label} (one person, told by the other with companions)")
        return
    within = None
    if a.cmin <= b.cmax and b.cmin <= a.cmax:
        ratio = 1.0
        within = _exact_within(a, b) or _exact_within(b, a)
    else:
        low_hi, high_lo = (a.cmax, b.cmin) if a.cmax < b.cmin else (b.cmax, a.cmin)
        if high_lo <= SMALL_COUNT:
            exact = a.cmin == a.cmax and b.cmin == b.cmax
            small = exact and low_hi >= EXACT_NEAR_MIN and a.type in SENTENCE_TYPES
            if high_lo - low_hi == 1 and (low_hi >= NEAR_COUNT_MIN or small):
                # "seven North Koreans" and "eight, including a child": outlets that count a
                # group of some size one apart (a child, a guide counted or not) may tell one
                # event; a cost, so that the rest of what the reports say must carry the merge.
                # So may two exact small counts of a trial's outcome ("two men were shot" against
                # "three people were executed", "three others tried with him" against "four
                # accomplices"): a public sentence is rare, and each outlet's source counts the
                # condemned or the co-defendants as it heard them. Not arrests or searches of two
                # and of three at one place, which are routine, and not a vague count ("several",
                # 3 or more) one above an exact two.
                r.score += weights().count_near
                r.reasons.append(f"{label} (one apart)")
                return
            r.conflict = label
            return
        ratio = high_lo / max(low_hi, 1)
        if ratio > (CROWD_RATIO if min(low_hi, high_lo) >= CROWD else COUNT_RATIO):
            r.conflict = f"{label} (estimates too far apart)"
            return
    # Agreeing on a crowd is telling; agreeing that "some" people were involved is not.
    weight = 2.0 if size >= CROWD else 1.0 if size >= SMALL_COUNT else 0.5
    if size >= DOZENS and a.status_class == b.status_class != "at_risk" and weight < DOZENS_WEIGHT:
        # "More than 50 North Koreans were returned through Tumen" and "dozens of North Koreans
        # sent back from China last month": an arrest or a return of dozens at once is rare,
        # so two reports of one month agreeing on such a group agree on more than a few people
        # would. Not a fear, against the deed or another fear: "dozens more are still held and
        # could be returned" tells people left behind, and many groups are held at once.
        weight = DOZENS_WEIGHT
    if a.cmin == b.cmin and a.cmax == b.cmax and size >= SMALL_COUNT:
        # "Approximately 60 North Koreans" and "around 60": one number, hedged by both reports,
        # is the same count told with care, a detail as a place is (less than an exact count),
        # and more than two hedges that merely overlap ("about 40" against "30 to 60").
        weight = (
            max(weight + SAME_ESTIMATE_BONUS, SAME_ESTIMATE_WEIGHT)
            if size < CROWD
            else max(weight, SAME_ESTIMATE_WEIGHT)
        )
    r.strong += int(size >= CROWD)
    if within is not None and within >= WITHIN_COUNT_MIN and weights().count_within > weight:
        # "Eleven people" and "at least nine of them": the exact count lies in what the other
        # report bounds closely, a detail as telling as the place.
        r.score += weights().count_within
        r.reasons.append(f"{label} (one count within the other's range)")
        return
    r.score += weight
    r.reasons.append(label + (" (compatible estimates)" if ratio > 1.0 else " (compatible)"))


def _groups_of_two_sexes(a: Profile, b: Profile) -> bool:
    """Are two groups of overlapping counts told one as all women, the other as all men?

    Counts that do not overlap may be parts of one group ("two men" and "three women" of five
    who fled together): only as many people, told by their sex, are surely other people."""
    if not (a.group_sex and b.group_sex) or a.group_sex == b.group_sex:
        return False
    assert a.cmin is not None and a.cmax is not None and b.cmin is not None and b.cmax is not None
    return a.cmin <= b.cmax and b.cmin <= a.cmax


def _lower_bounds_apart(a: Profile, b: Profile) -> bool:
    """Are two open-ended counts too far apart to be one group ("more than 500" against "more
    than 2,000")?

    A lower bound a report states is near what it knows: an outlet that knew of 2,000 would not
    say "more than 500". An order of magnitude ("dozens", "hundreds") is no such bound: it spans
    its order, so it is read as reaching ORDER_REACH times its smallest value ("dozens of North
    Koreans" and "more than 100 North Koreans" may count one group; "dozens" and "more than
    1,000" do not)."""
    low, high = (a, b) if (a.cmin or 0) <= (b.cmin or 0) else (b, a)
    assert low.cmin is not None and high.cmin is not None
    reach = low.cmin * ORDER_REACH if low.by_order else low.cmin
    return high.cmin > CROWD_RATIO * max(reach, 1)


def _far_above_bound(bound: Profile, other: Profile) -> bool:
    """Does a report state a lower bound of a crowd ("more than 50 North Koreans") that the other
    report's count, bounded above, exceeds by more than CROWD_RATIO ("around 600")?

    As between two stated bounds (`_lower_bounds_apart`), a bound is near what its report knows:
    an outlet that knew of six hundred would not say "more than fifty". An order of magnitude
    ("dozens") or a vague "several" is no stated bound, and a small bound ("at least two") is
    often an early toll that later reports raise."""
    if not bound.stated_bound or bound.cmin is None or bound.cmin < SMALL_COUNT:
        return False
    if other.cmin is None or other.cmax is None or other.cmax == float("inf"):
        return False
    return other.cmin > CROWD_RATIO * bound.cmin


def _part_by_clause(part: Profile, whole: Profile) -> bool:
    """Are the fewer victims of one report named by the act in a relative clause, as the people
    that report follows ("two workers who fled a building site in May were sent home", against
    another report's "four workers fled the site in May")?

    Such a clause picks the people out by what befell them, not the act out by its people: the two
    sent home may be half of the four who fled together. Neither agreement nor conflict, so the
    rest of what the reports tell must carry the merge. Not when the clause counts more people
    than the other report, nor between two such clauses (each report then follows its own)."""
    if not part.by_clause or whole.by_clause:
        return False
    return part.cmax is not None and whole.cmin is not None and part.cmax < whole.cmin


def _one_among_many(one: Profile, many: Profile) -> bool:
    """Is one report's single person the one the other report tells by a description of one
    person but counts with others ("the woman was sent back across the Yalu on 10 October,
    together with about 20 others", read as 21 people, against "the woman faces being sent
    back")? The description follows the one person; the count of the group she went with was
    read from another phrase. Neither agreement nor conflict: the rest must carry the merge."""
    return one.cmin == one.cmax == 1 and many.one_counted_many


def _part_told_as_part(part: Profile, whole: Profile) -> bool:
    """Are the fewer victims of one report told as some of a group ("two of the pupils detained
    last month were given six months", "five of his subordinates were jailed") that the other
    report counts whole ("six pupils were detained in Hyesan")?

    The report follows part of the group, and the part is no other people: neither agreement nor
    conflict, so the rest of what the reports tell must carry the merge. Not between two such
    parts (each report then follows its own), nor when the part outnumbers the other's group."""
    if not part.part_of_group or whole.part_of_group:
        return False
    return part.cmax is not None and whole.cmin is not None and part.cmax < whole.cmin


def _part_bound_below(part: Profile, whole: Profile) -> bool:
    """Is one report's count an open bound on some of a group ("at least eight of the women
    returned through Namyang") below the other report's bound on the whole group ("more than 50
    North Koreans sent back through Tumen")?

    The bound is what its report knows of the part it follows, not an estimate of the group, so
    bounds far apart (`_lower_bounds_apart`, `_far_above_bound`) do not tell two groups: neither
    agreement nor conflict. A part that overlaps the other's count is compared as counts are."""
    if not part.part_of_group or whole.part_of_group or part.cmax != float("inf"):
        return False
    if part.cmin is None or whole.cmin is None or whole.cmax is None:
        return False
    both_open = whole.cmax == float("inf") and _lower_bounds_apart(part, whole)
    return part.cmin < whole.cmin and (
        both_open or _far_above_bound(part, whole) or _far_above_bound(whole, part)
    )


# One person and at most this many who went with them ("a woman and her son", "with two co-workers").
MAX_COMPANIONS = 2


def _one_of_companions(one: Profile, group: Profile) -> bool:
    """Is one report's single person the one the other report tells with companions?

    "A North Korean woman and her young son were detained at the station" and "the woman
    detained ... has been sent back", or "he was put on a train home along with a co-worker"
    and "he was sent back days later": a report that follows one person counts that person,
    the other counts whoever went with them (`text.names_companions`, in either report's
    words). Neither agreement nor conflict, so the rest of what the reports tell must carry the
    merge; a larger group than one person and two companions is no such telling."""
    if one.cmin != 1 or one.cmax != 1 or group.cmin is None or group.cmax is None:
        return False
    if not 2 <= group.cmin <= group.cmax <= 1 + MAX_COMPANIONS:
        return False
    return group.companions or one.companions


# Groups whose count may hold a household: a family, or people counted by their plight or their
# place ("seven North Koreans", "nine defectors"); not people counted by a role or an office.
FAMILY_HOLDERS = frozenset({"family", "defectors", "residents", None})


def _part_of_group(part: Profile, whole: Profile) -> bool:
    """Are the fewer victims of one report named as members of a family that the other report
    counts whole?

    "Police detained a family of six in a raid on Tuesday" and "the couple were taken away on
    Tuesday": the second report counts the parents of the first's six. Or "seven North Koreans
    were arrested" and "their two daughters were among those held". A description that names
    kin (the couple, the children, his wife and son) counts part of a household, so a count
    smaller than the other's is no disagreement; when both name kin ("his wife" against "her
    parents") they name different members, and the counts still tell them apart. A whole counted
    by a role ("four accomplices were also sentenced", "three officials") holds no household:
    "his wife and son" banished after the same trial are other people, and the counts disagree."""
    if part.cmax is None or whole.cmin is None or not part.kin or part.cmax >= whole.cmin:
        return False
    if whole.counted_as not in FAMILY_HOLDERS:
        return False
    return whole.group == "family" or not whole.kin


def _exact_within(exact: Profile, ranged: Profile) -> int | None:
    """The exact count of one event when the other's range holds it and bounds it closely (its
    lower bound at least half of it: "more than 100" says little about "exactly 450")."""
    if exact.cmin is None or exact.cmin != exact.cmax or ranged.cmin is None or ranged.cmax is None:
        return None
    if ranged.cmin == ranged.cmax or not ranged.cmin <= exact.cmin <= ranged.cmax:
        return None
    return exact.cmin if ranged.cmin * COUNT_RATIO >= exact.cmin else None


def _route_countries(p: Profile) -> set[str]:
    return {
        pl.country.upper() for role in ("origin", "destination") if (pl := p.places.get(role)) and pl.country
    }


def _perps_fit_places(p: Profile) -> bool:
    """Do the perpetrators' countries fit where the event happened (one of them is a country of
    its places), or has the event no places to fit?"""
    placed = {pl.country.upper() for pl in p.places.values() if pl.country}
    return not placed or bool(p.perp_countries & placed)


def _misfit_untold(a: Profile, b: Profile) -> bool:
    """Do the perpetrators of one event, and only one, fit none of its places, while its own
    evidence names none of them (`Profile.told_perps`)?"""
    fit_a, fit_b = _perps_fit_places(a), _perps_fit_places(b)
    if fit_a == fit_b:
        return False
    misfit = b if fit_a else a
    return not misfit.told_perps


def _one_side_off_route(a: Profile, b: Profile) -> bool:
    """Are the perpetrators of one of two repatriations of neither country of the route, while the
    other's are of one of them?

    A repatriation is carried out by the country that sends people back or by the one that takes
    them over: "Laos handed the eleven to Chinese police" has Lao or Chinese perpetrators. A report
    of a handover from Laos to China whose perpetrators are North Korean security agents took them
    from another clause (the agents who "will interrogate those returned"): they cannot tell that
    report's handover from another report's one by Chinese police. It costs as much as places in
    two countries do, whatever kind of authority each side names."""
    if a.type != "repatriation":
        return False
    route = _route_countries(a) | _route_countries(b)
    if len(route) < 2:
        return False
    on_a, on_b = bool(a.perp_countries & route), bool(b.perp_countries & route)
    return on_a != on_b and bool(a.perp_countries) and bool(b.perp_countries)


def _actors(a: Profile, b: Profile, r: PairResult) -> None:
    ca, cb = a.perp_countries, b.perp_countries
    if (
        ca
        and cb
        and not (ca & cb)
        # "The police" of an arrest in Laos given as North Korean by one report and as Chinese by
        # the other: nationalities neither report states but the extractor supplied. When neither
        # side's countries fit the event's places, they cannot tell the reports apart; when both
        # sides' do (North Korean agents in North Korea against Chinese police in China), they
        # still can; when only one side's do, it costs (below).
        and (_perps_fit_places(a) or _perps_fit_places(b))
        and not (
            # A handover has two sides: one report names the police who sent people back, the
            # other the security officers who took them over at the border.
            a.type == "repatriation"
            and len(route := _route_countries(a) | _route_countries(b)) >= 2
            and ca | cb <= route
        )
    ):
        label = f"perpetrators from different countries ({', '.join(sorted(ca))} vs {', '.join(sorted(cb))})"
        same_kind_misplaced = _perps_fit_places(a) != _perps_fit_places(b) and bool(
            a.perp_kinds & b.perp_kinds
        )
        if same_kind_misplaced:
            # "Police in northern Laos" given as North Korean police by one report, as Lao police
            # by the other, both placing the arrest in Laos: the same kind of authority, and the
            # side whose police belong to none of its own event's places had its country
            # supplied by the extractor (police a report does not qualify are read as North
            # Korean). Such a country says nothing, so the two are compared by kind alone, as two
            # reports that both had it supplied are (their countries agree). So when the misplaced
            # side names other authorities besides ("police caught him", given North Korean police
            # and border guards, in Dandong, against "police in Dandong detained a serviceman"):
            # the kind both name is the one that acted where the fitting side places it. Chinese
            # police against North Korean security agents (no kind in common) stay two events.
            r.reasons.append(label + ", one fitting none of its places: compared by kind")
        elif _one_side_off_route(a, b):
            # A repatriation's perpetrators of neither route country on one side (below): agents
            # acting abroad do happen, so it costs as much as places in two countries do.
            r.score += weights().country_conflict
            r.reasons.append(label + ", one off the route")
        elif _misfit_untold(a, b):
            # "Five women who were arrested in Yanji in May", given the state security agents of a
            # later sentence (who questioned them after their return), against another report's
            # "Chinese police detained five women in Yanji": perpetrators of a country none of
            # the event's places lie in, which its own evidence does not name, were read from
            # another clause of the report and cannot tell the two apart.
            r.reasons.append(label + ", one fitting none of its places and not named in its evidence")
        else:
            r.conflict = label
            return
    common = a.perp_kinds & b.perp_kinds
    if common:
        r.score += 1.0
        r.reasons.append(f"same perpetrator kind ({', '.join(sorted(common))})")
    if a.group and a.group == b.group:
        # Both say the people were students (soldiers, officials...): a detail, not a proof.
        r.score += VICTIM_GROUP_WEIGHT
        r.reasons.append(f"same kind of victims ({a.group})")
        if r.same_victims and a.cmin is not None and a.cmin >= SMALL_COUNT:
            # "Twelve students" in both reports names who and how many: a detail beyond the
            # count (a family of three is too common for that).
            r.strong += 1
    elif shared := a.describing & b.describing:
        # "A phone broker from Hyesan" and "the broker arrested in March", "a South Korean
        # missionary" in both: words that tell who the people were, beyond any group's name, are
        # a detail in common as a telling group is (one or the other, not both).
        r.score += VICTIM_GROUP_WEIGHT
        r.reasons.append(f"victims described alike ({', '.join(sorted(shared))})")


def _descriptions(a: Profile, b: Profile, r: PairResult) -> None:
    """Who the victims were and what was done to them, as each report words it.

    Two reports of one story often tell two acts of one type about different people: the border
    sentries on duty that night were grilled, and the runaway's grandparents were summoned; the
    defectors were detained, and so were the brokers who guided them (not for harm done on the
    spot, `HARM_TYPES`: "a smuggler" shot at the river is "a North Korean man carrying goods").
    Descriptions that name different kinds of people (soldiers and relatives, students and
    officials) cost `victims_differ`; two punishments whose evidence names different kinds (a
    jail term and a banishment to the countryside), or two escapes (by boat, through the
    Demilitarized Zone), cost `act_differs`. Costs, not conflicts:
    reports do describe one group differently, so a pair that agrees on much else still merges;
    and a pair they push below the threshold is kept for review. Either also refuses the story
    bonus (cluster.py): a story's other parts must not disagree about whom or what they tell.
    """
    w = weights()
    if a.type in QUESTIONING_TYPES and (a.unnamed or b.unnamed):
        # "Agents question the runaway's brother daily" and "the neighbours were called in": the
        # town, the month and the agency agree for every questioning of one story, so one that
        # names nobody questioned costs, and the story lends it nothing (cluster.py).
        r.score += w.unnamed_questioned
        r.unnamed_people = True
        r.reasons.append("one questioning names nobody questioned")
    if (
        a.people
        and b.people
        and a.people != b.people
        and not _kin_both(a, b)
        and not _guards_as_soldiers(a, b)
    ):
        r.other_people = True
        r.score += w.victims_differ
        r.reasons.append(f"victims described differently ({a.people} vs {b.people})")
    elif a.type in SENTENCE_TYPES and _kin_against_convicted(a, b):
        # "Two men who resold the drives were each given 15 years" and "his wife and teenage son
        # were sent to a camp": a household punished for another's deed is a second punishment
        # of one trial, whatever the counts (guilt by association), not the convicted retold.
        r.other_people = True
        r.score += w.victims_differ
        r.reasons.append("victims described differently (relatives vs the people sentenced)")
    elif (
        a.type not in HARM_TYPES
        and a.helpers is not None
        and b.helpers is not None
        and a.helpers != b.helpers
    ):
        # "Police detained eight defectors" and "three Chinese guides were also held": the
        # people who fled and those who helped them are two arrests of one raid.
        r.other_people = True
        r.score += w.victims_differ
        r.reasons.append("victims described differently (the people who fled vs their helpers)")
    elif a.another != b.another and (b if a.another else a).described:
        # "Another family was detained in Shenyang on Tuesday" against "a family of five was
        # detained in Shenyang": the report that says "another" knows of an earlier family, most
        # likely the one the other report tells; its own are other people. A report that follows
        # the one it called "a third worker" says "he": a pronoun describes no one else.
        r.other_people = True
        r.score += w.victims_differ
        r.reasons.append("victims described differently (told as another, a second, vs not)")
    elif a.associates != b.associates and not (a.unnamed or b.unnamed):
        # "A woman was taken to the county police station" and "her sister's neighbour had been
        # detained": people named by their tie to another person of the story (a neighbour, a
        # teacher, colleagues: `names_associates`) are other people than those named without it.
        r.other_people = True
        r.score += w.victims_differ
        r.reasons.append("victims described differently (someone's neighbours or colleagues vs others)")
    if a.type == "violence" and (_beaten_against_death(a, b) or _beaten_against_death(b, a)):
        # "She was kicked and forced to kneel for hours" against "a woman died in the custody of
        # the security department": a beating told on its own, with no death in its words,
        # is one someone lived through, not the death another report tells.
        r.conflict = "a beating told without a death against a death"
        return
    if _kinds_differ(a, b):
        if a.type in HARM_TYPES:
            # A shooting and a beating (or a sexual assault) are different acts of violence, not
            # one act two reports word differently: "troops fired at him as he ran" and "he fled
            # after being beaten by his superiors" are two, however alike their day and place.
            r.conflict = (
                f"different acts of {a.type} ({', '.join(sorted(a.acts))} vs {', '.join(sorted(b.acts))})"
            )
            return
        r.other_act = True
        r.score += w.act_differs
        # Name the kinds of the dimensions that disagree ("term:36 vs term:144"), not every kind.
        ka, kb = _differing_kinds(a, b)
        r.reasons.append(f"different kinds of {a.type} ({', '.join(sorted(ka))} vs {', '.join(sorted(kb))})")
    elif a.prior != b.prior:
        # "A woman who had already been sent back once, in 2019" is her history, not the
        # return the other report fears or tells: an earlier occasion of the act is another one.
        r.other_act = True
        r.score += w.act_differs
        r.reasons.append(f"one {a.type} told as an earlier occasion (once before, previously)")
    elif common := {
        k
        for k in agreeing_kinds(a.acts) & agreeing_kinds(b.acts)
        if not k.startswith(UNTELLING_KIND_PREFIXES)
    }:
        # "Crossed the sea border aboard a small boat" and "fled by boat earlier this month": a
        # kind of the act that both tell is a detail in common, as a place or a count is (most
        # escapes are overland; most punishments are not banishments).
        r.score += w.act_same
        r.reasons.append(f"same kind of {a.type} ({', '.join(sorted(common))})")


DEATH = "wording:death"
BEATING_ONLY = frozenset({"beating"})


def _beaten_against_death(beaten: Profile, dead: Profile) -> bool:
    """Does one act of violence tell a death and the other a beating, told on its own, whose
    words name no death?

    A person dies once and every report of a death in custody tells it, so "she was kicked and
    forced to kneel for hours at a time" (a witness's own ordeal) and "Lee also described being
    beaten so badly that he lost his hearing" are beatings lived through, not the deaths of
    the other reports ("a woman died in the custody of the security department", "his cellmate
    died after guards beat him"). A beating told as what befell someone ("a vendor who was
    beaten by a market official has died") or as the cause of something else ("died after his
    commander beat him") names a death outside its own span and may be that death. A shooting
    is told before anyone knows whether the man shot lived: "troops shot a man swimming the
    river" may be the "shot dead" of a later report."""
    return (
        DEATH in dead.acts
        and DEATH not in beaten.acts
        and beaten.acts == BEATING_ONLY
        and not (beaten.by_clause or beaten.as_cause)
    )


# Groups one report may call by the other's name: border guards are soldiers of the border guard
# command, and reports call the same men "guards" (read as officials) and "soldiers".
GUARDS_AND_SOLDIERS = frozenset({"officials", "soldiers"})


def _guards_as_soldiers(a: Profile, b: Profile) -> bool:
    """Are two groups of victims one told as guards or officers and the other as soldiers ("three
    border guards have been detained" against "the squad leader and two soldiers of his unit were
    arrested", "two young border guards deserted" against "two soldiers crossed the river")? Not
    people described differently: the men of a border unit are both."""
    return {a.people, b.people} == GUARDS_AND_SOLDIERS


def _kinds_differ(a: Profile, b: Profile) -> bool:
    """Do two events name different kinds of their act in some dimension of kind (the part of a
    kind before ":", text.py `KIND_DIMENSIONS`)? What the act is or looks for ("jailed" against
    "banished", a search for phones against one for Bibles), the kind of camp a confinement names
    (a political prison camp against a reform-through-labour camp: `camp_kinds`), what a search
    goes through (homes against the bags of passers-by, "searched the brothers' homes" against
    "every boat is inspected before it leaves"). A dimension in which one event names no kind
    disagrees with nothing: "a house-to-house search" and "a search for phones" may be one."""
    return bool(_differing_kinds(a, b)[0])


def _dimensions(acts: frozenset[str]) -> dict[str, set[str]]:
    """An event's kinds by dimension (the part before ":", "" for the act itself)."""
    dims: dict[str, set[str]] = {}
    for kind in acts:
        if kind.startswith(AGREEING_KIND_PREFIXES):
            continue  # a wording (a closure, a ban, a death) disagrees with nothing
        dims.setdefault(kind.partition(":")[0] if ":" in kind else "", set()).add(kind)
    return dims


def _differing_kinds(a: Profile, b: Profile) -> tuple[set[str], set[str]]:
    """Each event's kinds in the dimensions where both name kinds and share none."""
    da, db = _dimensions(a.acts), _dimensions(b.acts)
    apart = [d for d, kinds in da.items() if db.get(d) and not kinds & db[d]]
    return {k for d in apart for k in da[d]}, {k for d in apart for k in db[d]}


# Kinds that are no detail in common when both events name them: most searches go through homes.
UNTELLING_KIND_PREFIXES = ("thing:", "homes:", "term:")
# Kinds that only agree (text.json `act_wordings`): "sealed off the city" and "the city was placed
# under lockdown" share a detail, but a closure is no kind that checkpoints or a curfew contradict.
AGREEING_KIND_PREFIXES = ("wording:",)


# Descriptions that name one household punished for another's deed: "the defector's relatives"
# and "his family" (profile.py's `people`).
KIN_PEOPLE = frozenset({"relatives", "family"})


# Acts that befall the household left behind as a household: punished, questioned or vanished for
# a relative's deed ("the runaway's parents were summoned", "her brother and his wife have not been
# seen since"). An escape or an arrest is most often the family that fled, not those left behind.
KIN_LEFT_BEHIND_TYPES = frozenset({"punishment", "interrogation", "disappearance"})


def _kin_both(a: Profile, b: Profile) -> bool:
    """Do two punishments (questionings, disappearances) both befall a household, one report
    calling it the relatives of someone ("the runaway's parents and brother were expelled", "two
    relatives of a witness went missing") and the other a family ("the family of three was driven
    to a farm", "her older brother and his wife have not been seen")? Of such an act the two words
    name the same people, struck for a relative's deed; of an escape or an arrest a family that
    fled and the relatives left behind are other people (`KIN_LEFT_BEHIND_TYPES`)."""
    return a.type in KIN_LEFT_BEHIND_TYPES and {a.people, b.people} <= KIN_PEOPLE


def _kin_against_convicted(a: Profile, b: Profile) -> bool:
    """Does one of two punishments befall someone's relatives ("his wife and son", "the families
    of the two men") and the other people described without kin ("three others", "two men")?"""
    for x, y in ((a, b), (b, a)):
        if x.people == "relatives" and y.counted_as is not None and y.people != "relatives" and not y.kin:
            return True
    return False


# Harm done to a person on the spot (a shooting, a death in custody, an execution): whom it befell
# is told by the person's trade or origin ("a smuggler", "a North Korean man carrying goods"), not
# by a part in a flight, so the fleeing people and their helpers do not tell two such acts apart.
HARM_TYPES = frozenset({"violence", "execution"})


def cannot_merge(a: Profile, b: Profile) -> bool:
    """A cheap first look that rules out most blocked pairs before the full comparison."""
    if a.type != b.type:
        return True
    if (
        a.status_class != b.status_class
        and frozenset({a.status_class, b.status_class}) not in COMPATIBLE_CLASSES
    ):
        return True
    bounded = a.t0 is not None and b.t0 is not None and a.t1 is not None and b.t1 is not None
    slack = (ONGOING_SLACK_DAYS if a.type in ONGOING_TYPES else DATE_SLACK_DAYS) if a.dated and b.dated else 0
    return bounded and (a.t0 > b.t1 + slack or b.t0 > a.t1 + slack)  # type: ignore[operator]


# The comparison's signals in the order `compare` adds them (benchmarks/merge_missed.py reads
# each one's share of the score through this tuple).
STEPS = (_status, _time, _order, _places, _counts, _actors, _descriptions, _projected_fate)


def compare(a: Profile, b: Profile) -> PairResult:
    """Judge a pair of single events; symmetric."""
    r = PairResult()
    if a.type != b.type:
        r.conflict = f"different types ({a.type} vs {b.type})"
        return r
    r.reasons.append(f"same type {a.type}")
    r.same_doc = bool(a.docs & b.docs)
    for step in STEPS:
        before = r.score
        step(a, b, r)
        if r.conflict:
            return r
        r.costs += r.score < before
    if r.fulfils and not (r.other_act or r.other_people):
        r.score += 1.0
        r.reasons.append("dated within the weeks after the undated threat was reported")
        if _fear_met(a, b, r):
            # The status change is no doubt here: it is the very fear, done.
            r.score -= weights().status_change
            r.reasons.append("the fear done to as many people, in its place, by its authority")
    if _rare_together(a, b, r):
        r.score += weights().rare_same
        r.reasons.append(f"a rare kind of happening ({a.type}) at one time and place")
    elif _flight_told_alike(a, b, r):
        r.score += FLIGHT_ALIKE_WEIGHT
        r.reasons.append(f"one {a.type} told alike, nothing disagreeing")
    r.evidence = jaccard(a.tokens, b.tokens)
    if r.evidence > 0:
        r.score += min(EVIDENCE_WEIGHT * r.evidence, EVIDENCE_CAP)
        r.reasons.append(f"evidence word overlap {r.evidence:.2f}")
    if r.evidence >= STRONG_JACCARD:
        r.strong += 1
    if a.reports & b.reports and not r.same_doc:
        r.same_report = True
        r.score += SAME_REPORT_BONUS
        r.reasons.append("copies of one article (same headline or URL)")
    elif a.outlet_days & b.outlet_days and not r.same_doc:
        r.score += SAME_OUTLET_DAY_BONUS
        r.reasons.append("same outlet on the same day")
    if r.same_doc:
        r.reasons.append("same report")
        r.retold = _retold(a, b, r)
        r.told_again = _told_again(a, b, r)
    return r


# Types rare enough that one in a town on overlapping dates is likely the same (computed once:
# the test runs for every candidate pair).
_RARE_ALONE = RARE_TYPES | CAMPAIGN_TYPES


def _fear_met(a: Profile, b: Profile, r: PairResult) -> bool:
    """Is a deed done in the weeks after a fear was reported the feared deed itself, told of as
    many people, in the same town, by the same kind of authority?

    "A court in Sariwon is expected to sentence the man to death" and, three weeks later, "a
    man was executed in Sariwon after a court hearing": one fear, then its outcome. Each of the
    four details could be chance; together they name one deed, so the two moments cost nothing
    (the `status_change` cost is refunded). A fear told of a province or a country, of a
    different count, or by no named authority keeps the cost."""
    counted = a.cmin is not None and a.cmin == a.cmax == b.cmin == b.cmax
    return counted and bool(a.perp_kinds & b.perp_kinds) and r.same_place and not r.coarse_place


def _rare_together(a: Profile, b: Profile, r: PairResult) -> bool:
    """Do two reports tell a rare kind of happening on overlapping dates and in one place?

    Rare: an escape or a public execution (`RARE_TYPES`), a crackdown (`CAMPAIGN_TYPES`: "a
    sweeping crackdown on anti-socialist behaviour in Hyesan" and "the inspection group sent
    from Pyongyang is still hunting across Ryanggang", however each names its target), or a
    lasting restriction that both reports name by one kind (`act_kinds`: "orders to shoot
    anyone near the river"). "Three residents were shot in front of a crowd in Hamhung last month" and "the
    public execution of three people in South Hamgyong in March": a city sees a few arrests a week
    but an execution or a flight abroad seldom, and one campaign against phones at a time, so the
    same month and town say more of these than of an arrest (`rare_same`). Both must be dated
    (overlapping periods, not periods that meet: "tried to sail in September" and "fled by boat in
    October" are two), of one status (not a try against the deed), placed alike (the same town,
    one inside the other, or near: no place that costs or conflicts), with no destination, people
    or act that disagree."""
    kind_told = a.type in ONGOING_TYPES and bool(agreeing_kinds(a.acts) & agreeing_kinds(b.acts))
    if (a.type not in _RARE_ALONE and not kind_told) or r.dated != 2 or not r.same_place:
        return False
    if r.goes_elsewhere or r.other_people or r.other_act or a.status_class != b.status_class:
        return False
    if a.t0 is None or a.t1 is None or b.t0 is None or b.t1 is None:
        return False
    return a.t0 <= b.t1 and b.t0 <= a.t1


# Types a person does once, so that two reports telling one alike most likely tell the same one.
FLIGHT_TYPES = frozenset({"escape"})
# What two tellings of one flight that agree in everything they tell add: as much as a rare
# happening at one time and place (`rare_same`), which they need not be dated or placed to earn.
# Chosen on the development half after ingest (data/merge/README.md, merge63).
FLIGHT_ALIKE_WEIGHT = 1.5


def _flight_told_alike(a: Profile, b: Profile, r: PairResult) -> bool:
    """Do two reports tell one flight abroad alike, with nothing in them disagreeing?

    A flight is news once: the people who fled are seldom many in one month, and reports of it
    differ mostly in what they leave out (the day, the town, the count). "Three North Korean
    workers fled their dormitory in Vladivostok" and, a week later, "the three labourers who
    escaped in Vladivostok earlier this month have reached a safe house": one flight however
    little each report dates it. Both of one status (not a try against the flight done), a place
    agreeing (`PairResult.same_place`: the same town, one inside the other, or near; a
    destination country alone is every flight's), and no step of the comparison costing: no
    other date, town, country, destination, count, people or kind of crossing. `_rare_together`
    rewards the case both date on overlapping days."""
    if a.type not in FLIGHT_TYPES or a.status_class != b.status_class or r.costs or not r.same_place:
        return False
    return not (r.goes_elsewhere or r.other_people or r.other_act or r.counts_differ)


def _told_again(a: Profile, b: Profile, r: PairResult) -> bool:
    """May two events of one report be one act told twice, once another report's event is
    joined with one of them?

    "A soldier fled across the border last month ... the soldier, who defected to the South in
    mid-October, ...": alone, two tellings of one report that name no one day are as likely two
    events (two crossings of one month), but when another report's telling agrees with one of
    them well enough to merge, and the other agrees with it in everything the report tells (the
    same status, overlapping dates, the same count or none, the same places or places one
    inside the other (a country no words of the report name is no place), the same kind of
    perpetrator, no other people, act or destination, and neither adding itself to others:
    "police also detained two brokers"), the report is telling that act again. Without this the
    telling that joined first took the report's place, and the other was left out alone."""
    if r.conflict or a.status_class != b.status_class:
        return False
    if a.dated != b.dated or a.t0 is None or b.t0 is None or a.t1 is None or b.t1 is None:
        return False
    if not (a.t0 <= b.t1 and b.t0 <= a.t1):
        return False
    if a.adds_others or b.adds_others or r.other_people or r.other_act or r.goes_elsewhere or r.placed_apart:
        return False
    if _helpers_apart(a, b):
        return False  # "guards caught a young woman … a smuggler who guided her was seized": his own arrest
    if a.perp_kinds and b.perp_kinds and not (a.perp_kinds & b.perp_kinds):
        return False  # border guards and police: the arrest at the border and the later custody
    if a.perp_countries and b.perp_countries and not (a.perp_countries & b.perp_countries):
        return False
    for role in ROLES:
        pa, pb = a.places.get(role), b.places.get(role)
        if pa is None or pb is None or _supplied(pa) or _supplied(pb):
            # A country no words of the report name (supplied from the people's nationality or
            # the usual start of a flight) says nothing about where either telling happened, as
            # in the comparison of two reports (`_places`).
            continue
        if relate(pa, pb).kind == "conflict" or _two_named_places(pa, pb):
            return False
    if a.cmin is None or b.cmin is None or a.cmax is None or b.cmax is None:
        return True
    return a.cmin <= b.cmax and b.cmin <= a.cmax


def _two_named_places(pa: Place, pb: Place) -> bool:
    """Does one report place two of its tellings in two different towns or counties, neither
    inside the other, however near (within the distance at which two reports' towns count as one
    place, `places.SAME_KM`)?

    "Police set up checkpoints around Pyongsong in June ... In Sunchon, a new checkpoint has
    been turning back travellers since Thursday": a report that names another town for its
    second telling tells another act there, not the first again (two reports may place one act
    in neighbouring towns; one report does not). A town and the county it lies in ("Namyang",
    "Onsong County") are one place."""
    if max(RANK.get(pa.precision, 1), RANK.get(pb.precision, 1)) > RANK["county"]:
        return False
    ka, kb = place_key(pa.name or ""), place_key(pb.name or "")
    if not ka or not kb or ka == kb:
        return False
    in_a = place_key(pa.admin2 or "")
    in_b = place_key(pb.admin2 or "")
    # A town in the county the other names, or two names within one county, may be one place.
    return not (kb == in_a or ka == in_b or (in_a and in_a == in_b))


def _helpers_apart(a: Profile, b: Profile) -> bool:
    """Does one of two tellings name the flight's helpers and the other anyone else?

    "Guards caught a young woman ... a smuggler who guided her was seized" tells his own arrest.
    Harm done on the spot (`HARM_TYPES`) befalls a smuggler by his trade, not as anyone's helper:
    "border guards shot dead a smuggler" and "North Korea has shot dead a man" may be one."""
    if a.type in HARM_TYPES:
        return False
    return bool(a.helpers) != bool(b.helpers)


def _retold(a: Profile, b: Profile, r: PairResult) -> bool:
    """Does one report tell one event twice, in its lead and again in its body?

    "The ministry deplored China's return of the group ... the defectors, who were sent back
    through the Dandong crossing on May 3, ...": two events of one type, status and exact day,
    at least one naming that day in its own words (the other may have been given it from that
    clause), with no count, sex, place, people or kind of act that tells them apart (one count
    unknown, or both equal), and neither adding itself to others ("police also detained two
    brokers", "three other defendants", "his commander was questioned as well"). Three
    executions of one report on three dates stay apart."""
    if a.status_class != b.status_class or not (a.dated and b.dated) or (a.borrowed_day and b.borrowed_day):
        return False
    if a.t0 is None or a.t0 != a.t1 or (b.t0, b.t1) != (a.t0, a.t1):
        return False
    if a.adds_others or b.adds_others or r.other_people or r.other_act or r.goes_elsewhere or r.placed_apart:
        return False
    if _helpers_apart(a, b):
        return False  # "guards caught a young woman … a smuggler who guided her was seized": his own arrest
    counts_known = a.cmin is not None and b.cmin is not None
    return not counts_known or r.same_victims

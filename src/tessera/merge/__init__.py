"""Merge: one record per real-world event, from the events each report gave.

Public API (pure functions over tessera.model types):

    merge_events(events, documents=None, cannot_link=(), joined=()) -> list[MergedEvent]
        The batch merge. `events`: per-report Events (ids are filled in if empty).
        `documents`: optional {doc id: Document}; their headlines let two copies of one
        article be recognised. `cannot_link`: (event id, event id) pairs never to merge,
        as kept by the store after a `split`. `joined`: groups of ids already one event (a stored
        event's reports). Every input event is in exactly one result.
        Cost: one sort plus a bounded number of comparisons per event (n log n).

    MergedEvent
        .event        the merged Event: new stable id (a hash of the member ids; a lone event
                      keeps its own id), every source and evidence span, chosen values
        .members      the per-report Events;  .member_ids  their ids;  .id  == .event.id
        .values       {field: [{"event": id, "doc": doc ids, "value": JSON value}, ...]} for
                      status, when, where, origin, destination, victims, perpetrators: every
                      source's own value, also where they disagree
        .explanation  list[str]: each merge step ("merged ev_a (doc1) with ev_b (doc2), score
                      5.2: same type ...; same day 2023-10-09; ...") and why each value was chosen

    review_pairs(events, groups, documents=None, involving=None) -> [(id_a, id_b, PairResult)]
        Pairs left apart that were close (score within the review margin below the threshold,
        or eligible but kept apart by a conflict in their groups): candidates for a person to
        accept or dismiss. The store keeps them (merge_candidates) for `tessera explain`.

    split(merged, member_ids) -> list[MergedEvent]
        Undo a wrong merge: the named members become one event (the first result), the rest is
        merged again among itself. Keep `split_pairs(named, rest)` and pass them as
        `cannot_link` to later merge_events calls.

    Incremental use (one new event against stored merged events):
        candidates_key(event) -> list[str]     lookup keys ("repatriation|2023-10", ...): stored
                                               events sharing a key are the candidates
        best_match(event, candidates, documents=None) -> (MergedEvent, PairResult) | None
        merge_into(existing, new, reason=None) -> MergedEvent
        compare_events(a, b, documents=None) -> PairResult   (.eligible, .score, .conflict,
                                               .reasons, .summary())
        combine(events) -> Event               the merged record of events known to be one

    Re-running merge_events over all stored events (with cannot_link) gives the same ids for
    the same groups; at 100,000 events it takes seconds (benchmarks/merge_scaling.py).

The rules (compare.py): same type; compatible status (occurred ~ suspected; at risk or attempted
~ occurred at a cost; a deed done before the fear of it was reported is another, unless it was
reported within two weeks of it, within three days for a deed dated to its day; a feared fate
other than the hand-over itself, "expected to be sent to a labour camp", is the deed done only
when both count as many people in one place); dates that overlap (two different exact days never merge, nor two
different months each event's own words name, "detained in February" against "in March"; periods up to a
month apart at a cost; two periods that meet at half that cost; a day read from another clause up to a week off at a
cost; consecutive days at a cost when one report tells the turn of a night
("late Sunday" / "early Monday"); a relative period, "last week", a few days off agrees; an undated threat
agrees with what is dated in the weeks after its report); compatible places
per role (same, one inside the other, or within 60 km; a town in a named region of its province;
a border area with either side of its border (in a country that shares it); the two sides of one crossing; places of two
repatriations between the same two countries that lie in them are stages of one route (where
people were held, the border post); a country no
words of the report name, supplied by the extractor as the place or the origin, is not compared; a
place given only as a country whose evidence names the other report's town agrees on that town, and so does a
town of the same country that the event's own evidence does not name (another clause's) when that evidence
names the other's town; a route event's
place off its own route is the report's city and is not compared; a journey's destination its own
evidence does not name, read from another clause, says only its country; different countries or
provinces at a cost, two located towns of one country never);
victim counts that agree (exact for small counts, within 2x for crowds, an exact count inside a
close range is a detail, "one family" is no count of people, a hedged number, "about 10", is a
quarter either side, unknown is not a conflict, a count of one read from words that name nobody,
"government" or "every soldier", is no count, fewer people named as members of a family, "the
couple", or picked out by a relative clause, "two workers who fled", or told as some of a group,
"two of the pupils", are part of a group the other report counts whole, one person told by a
description of one person, "the woman", whose count of more was read from another phrase, is the
one person of the other report, a crowd more than three times a stated bound, "more than 50" against "around
600", is another group, and counts that disagree do not forbid the merge when one report's evidence
names a number within the other's count (an open count, "more than 50", up to twice its bound): "two brothers were hanged in the square" read as one
person, "five detained, among them two guides" against "the two guides"; one person against the
same person told with companions, "a woman and her son", "along with a co-worker"; a group told as
all women against as many people told as all men never merge); perpetrators of a common country (a repatriation's sender and receiver are its two
sides; when neither report's countries fit the event's places, they are the extractor's guess
and count for nothing; a kind of authority both sides name, of which only one side's country
fits its places, is compared by kind alone, whatever other authorities the misplaced side names; perpetrators fitting none of their event's places that its own
evidence does not name, read from another clause, do not forbid either); not told on opposite sides of one happening ("before the execution" against "since
the execution"); victims described as other people (soldiers against someone's relatives, "a woman"
against "her sister's neighbour", people told as "another family" or "a second man" against others
described) and punishments of
another kind (a jail term against a banishment; searches of homes against searches of bags or boats) at a cost. Agreement (same day, same town, same count, reports published
close together, the same perpetrator kind or telling kind of victims, the same kind of act, "by
boat", a rare kind of happening, an escape, an execution or a campaign both name by one kind, on
overlapping dates in one place, similar evidence words, copies of one article) must reach the threshold; an
undated pair needs two independent details in common; two events of one report merge only with
near-identical evidence, or when they tell one event twice on the exact day one of them names
(nothing telling them apart, neither adding itself to others: "also", "other", "as well",
nor placed in another town of the report). Lasting states (closures, crackdowns) are in force until reported and
may be dated up to three months apart; two told as begun within days of each other ("since 20 July",
"since late July") agree as closely as two dates a few days wide. An undated report agrees with a date in the month
before it was published. Two reports that already share an event lend a bonus to
their other pairs of events that happen to people (the parts of one story) that do not disagree on
destination, people or act, are not two fears (a fear of the story's next step counts, unless its report tells that step
done to the same people: it then fears the step after), are not one report's background (dated
before the weeks the other, undated, report tells), and are not an event without a route placed
in two countries (cluster.py). The tuned costs, bonus and threshold are in data/merge/weights.json.
"""

from tessera.merge.blocking import candidate_pairs, candidates_key
from tessera.merge.cluster import (
    best_match,
    compare_events,
    merge_events,
    merge_into,
    review_pairs,
    split,
    split_pairs,
)
from tessera.merge.combine import MergedEvent, build, combine, merged_id
from tessera.merge.compare import PairResult

__all__ = [
    "MergedEvent",
    "PairResult",
    "best_match",
    "build",
    "candidate_pairs",
    "candidates_key",
    "combine",
    "compare_events",
    "merge_events",
    "merge_into",
    "merged_id",
    "review_pairs",
    "split",
    "split_pairs",
]

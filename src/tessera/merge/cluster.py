"""Merging a batch of events into one record per real event, and undoing a merge.

Candidate pairs (from blocking) that are eligible on their own are joined best first. Two groups
join only if no member of one conflicts with any member of the other (no chain of "close enough"
links may end in a merge of two events that disagree) and only if they share no report unless
the shared report's events are near-identical: within one report, two events of one type are
usually two events (three executions on three dates).
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping, Sequence

from tessera.merge.blocking import candidate_pairs
from tessera.merge.combine import MergedEvent, build
from tessera.merge.compare import PENDING_STEP_TYPES, PairResult, cannot_merge, compare
from tessera.merge.profile import Profile, ensure_id, profile
from tessera.merge.weights import weights
from tessera.model import PEOPLE_EVENT_TYPES, Document, Event

MAX_GROUP = 60  # more reports of one event than this is likelier a runaway chain; it also bounds cost


def _label(e: Event) -> str:
    docs = sorted({s.doc for s in e.sources} or {s.doc for s in e.evidence})
    return f"{e.id} ({', '.join(docs) or 'no source'})"


class _Groups:
    """Union-find over event indices that keeps each group's members for the conflict checks."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        if len(self.members[a]) < len(self.members[b]):
            a, b = b, a
        self.parent[b] = a
        self.members[a].extend(self.members.pop(b))


def _pair_key(a: str, b: str) -> tuple[str, str]:
    return (a, b) if a <= b else (b, a)


def merge_events(
    events: Sequence[Event],
    documents: Mapping[str, Document] | None = None,
    cannot_link: Iterable[tuple[str, str]] = (),
    joined: Iterable[Sequence[str]] = (),
    touching: Iterable[str] | None = None,
) -> list[MergedEvent]:
    """One MergedEvent per real event, in the order of each group's first input event.

    documents: optional, by id: their headlines let two copies of one article be recognised.
    cannot_link: pairs of event ids that must stay apart (what `split` undid before).
    joined: groups of event ids already known to be one event (a stored merged event's reports):
    they start as one group, and a new event joins them only if it conflicts with none of them.
    touching: when given (the new events), only pairs with one of these are candidates, and only
    the groups holding one of them are built and returned: the store needs only the groups of
    a new report's events, and its stored events were compared with each other when stored.
    """
    evs = [ensure_id(e) for e in events]
    profiles = [profile(e, documents) for e in evs]
    forbidden = {_pair_key(a, b) for a, b in cannot_link}
    results: dict[tuple[int, int], PairResult] = {}

    def judged(i: int, j: int) -> PairResult:
        key = (i, j) if i < j else (j, i)
        r = results.get(key)
        if r is None:
            r = results[key] = compare(profiles[key[0]], profiles[key[1]])
        return r

    wanted = None if touching is None else set(touching)
    queue: list[tuple[float, int, int]] = []
    for i, j in candidate_pairs(profiles):
        if wanted is not None and evs[i].id not in wanted and evs[j].id not in wanted:
            continue  # two stored events were judged when they were stored
        if cannot_merge(profiles[i], profiles[j]):
            continue
        r = judged(i, j)
        if r.eligible and _pair_key(evs[i].id, evs[j].id) not in forbidden:
            queue.append((-r.score, i, j))
    heapq.heapify(queue)
    groups = _Groups(len(evs))
    steps: dict[int, list[str]] = {}
    index = {e.id: k for k, e in enumerate(evs)}
    for group in joined:
        ks = [index[i] for i in group if i in index]
        for k in ks[1:]:
            ra, rb = groups.find(ks[0]), groups.find(k)
            if ra != rb:
                groups.union(ra, rb)
    while queue:
        neg, i, j = heapq.heappop(queue)
        gi, gj = groups.find(i), groups.find(j)
        if gi == gj:
            continue
        r = judged(i, j)
        block = _blocker(
            groups.members[gi], groups.members[gj], judged, evs, forbidden, vouched=not r.same_doc
        )
        if block:
            continue
        line = f"merged {_label(evs[i])} with {_label(evs[j])}, {r.summary()}"
        lines = steps.pop(gi, []) + steps.pop(gj, []) + [line]
        groups.union(gi, gj)
        steps[groups.find(gi)] = lines
    _join_within_stories(groups, steps, profiles, evs, results, judged, forbidden, wanted)
    out: list[tuple[int, MergedEvent]] = []
    for root, members in groups.members.items():
        if wanted is not None and not any(evs[k].id in wanted for k in members):
            continue
        merged = build([evs[k] for k in members], steps.get(root, []))
        out.append((min(members), merged))
    out.sort(key=lambda t: t[0])
    return [m for _, m in out]


def _linked_reports(groups: _Groups | _GroupsView, profiles: Sequence[Profile]) -> set[frozenset[str]]:
    """Pairs of reports that already tell one event in common."""
    linked: set[frozenset[str]] = set()
    for members in groups.members.values():
        if len(members) < 2:
            continue
        docs = sorted({d for k in members for d in profiles[k].docs})
        linked.update(frozenset((x, y)) for n, x in enumerate(docs) for y in docs[n + 1 :])
    return linked


def _join_within_stories(
    groups: _Groups,
    steps: dict[int, list[str]],
    profiles: Sequence[Profile],
    evs: Sequence[Event],
    results: dict[tuple[int, int], PairResult],
    judged: object,
    forbidden: set[tuple[str, str]],
    wanted: set[str] | None,
) -> None:
    """Two reports that tell one event in common usually tell the same story: the other parts
    of it (the arrest in Laos, the handover to China, the return to North Korea) are then the
    same events too when they agree, even with fewer details in common than two unrelated reports
    would need. Only what happens to people counts: the measures around a story (a closure, a
    search) are told differently by each report, and two reports' fears of what may come next ("they face
    interrogation") are each outlet's own projection (a fear and its fulfilment still count; so do
    two fears of the story's own next step, the handover itself: `_pending_step`). A merged pair of reports lends `story_bonus` to their other pairs, which still
    must reach the threshold without conflict and without destinations that disagree (the legs of
    one journey go to different places); what is merged here lends nothing further."""
    w = weights()
    if w.story_bonus <= 0:
        return
    linked = _linked_reports(groups, profiles)
    if not linked:
        return
    done = _done_steps(profiles)
    queue: list[tuple[float, int, int]] = []
    for (i, j), r in list(results.items()):
        if r.conflict or r.same_doc or r.eligible or r.score + w.story_bonus < w.threshold:
            continue
        if r.goes_elsewhere:
            continue  # another leg of the journey (to China, then to North Korea), not the same one
        if r.other_people or r.other_act:
            continue  # another act of the story: the relatives summoned, not the sentries
        if r.unnamed_people:
            continue  # "neighbours were called in for questioning" names none the other report names
        if r.outside_news:
            continue  # the background of one report (arrested months before) against the other's news
        if r.placed_apart:
            continue  # held in China by one report, in North Korea by the other: two detentions
        if profiles[i].type not in PEOPLE_EVENT_TYPES:
            continue  # the measures around a story (closures, searches) differ from report to report
        if profiles[i].status_class == profiles[j].status_class == "at_risk" and not _pending_step(
            profiles[i]
        ):
            continue  # two fears of what may come next are each outlet's projection, not the story's parts
        if profiles[i].status_class == profiles[j].status_class == "at_risk" and (
            _fears_next_step(profiles[i], done) or _fears_next_step(profiles[j], done)
        ):
            continue  # a report that tells the step done fears the one after it
        if wanted is not None and evs[i].id not in wanted and evs[j].id not in wanted:
            continue
        if _pair_key(evs[i].id, evs[j].id) in forbidden:
            continue
        if any(frozenset((x, y)) in linked for x in profiles[i].docs for y in profiles[j].docs if x != y):
            queue.append((-r.score, i, j))
    heapq.heapify(queue)
    while queue:
        _, i, j = heapq.heappop(queue)
        gi, gj = groups.find(i), groups.find(j)
        if gi == gj or _blocker(groups.members[gi], groups.members[gj], judged, evs, forbidden):
            continue
        r = results[(i, j)]
        line = (
            f"merged {_label(evs[i])} with {_label(evs[j])}, {r.summary()}; "
            f"their reports already tell one event in common (+{w.story_bonus:g})"
        )
        lines = steps.pop(gi, []) + steps.pop(gj, []) + [line]
        groups.union(gi, gj)
        steps[groups.find(gi)] = lines


def _pending_step(p: Profile) -> bool:
    """Is a fear of this type the next step of the story itself, which every outlet that tells
    the story tells of the same people? "The five held in Tumen face being sent back" and
    "relatives fear they will be repatriated within weeks": whether the detaining state hands
    them over is the news each report waits on, and it happens once. What is feared to follow
    a return ("they face interrogation", "they may be sent to a camp") is each outlet's
    projection of the usual fate and stays apart."""
    return p.type in PENDING_STEP_TYPES


def _done_steps(profiles: Sequence[Profile]) -> dict[tuple[str, str], list[Profile]]:
    """The events each report tells as done, by (report, type)."""
    done: dict[tuple[str, str], list[Profile]] = {}
    for p in profiles:
        if p.status_class == "real":
            for d in p.docs:
                done.setdefault((d, p.type), []).append(p)
    return done


def _fears_next_step(fear: Profile, done: Mapping[tuple[str, str], list[Profile]]) -> bool:
    """Does the fear's own report tell a step of its type as done to the same people?

    "Laos handed the nine to Chinese police on Friday; they now risk being sent back to North
    Korea": the report tells the first handover done, so its fear is of the second, while an
    earlier report's "the nine may be sent back" feared the first. Two fears of one type are then
    not the same pending step, whatever their places say. The done step must count the same
    people (both counts known and overlapping): a report's background ("hundreds were sent back
    last year") is no step of this story."""
    if fear.cmin is None or fear.cmax is None:
        return False
    return any(
        p.cmin is not None and p.cmax is not None and p.cmin <= fear.cmax and fear.cmin <= p.cmax
        for d in fear.docs
        for p in done.get((d, fear.type), ())
    )


def _blocker(
    a: list[int],
    b: list[int],
    judged: object,
    evs: Sequence[Event],
    forbidden: set[tuple[str, str]],
    vouched: bool = False,
) -> str | None:
    """Why groups a and b may not join, or None.

    vouched: the groups join through a pair of two reports. Two events of one report then may
    stay together when they may be one telling told twice (`PairResult.told_again`): "a soldier
    fled across the border last month" and, further on, "the soldier who defected in
    mid-October": another report's event agrees with one of them, and the report's other telling
    is the same act, which without this would take its place or be left out."""
    if len(a) + len(b) > MAX_GROUP:
        return "group too large"
    for i in a:
        for j in b:
            if _pair_key(evs[i].id, evs[j].id) in forbidden:
                return "split apart before"
            r: PairResult = judged(i, j)  # type: ignore[operator]
            if r.conflict:
                return r.conflict
            if r.same_doc and not r.eligible and not (vouched and r.told_again):
                return "two events of one report"
    return None


def _profiles(x: Event | MergedEvent, documents: Mapping[str, Document] | None) -> list[Profile]:
    members = x.members if isinstance(x, MergedEvent) else (ensure_id(x),)
    return [profile(m, documents) for m in members]


def compare_events(
    a: Event | MergedEvent, b: Event | MergedEvent, documents: Mapping[str, Document] | None = None
) -> PairResult:
    """Judge two events or merged events as the batch merge would: the best eligible member
    pair, unless any pair conflicts. `result.eligible` says whether they may merge."""
    best: PairResult | None = None
    for pa in _profiles(a, documents):
        for pb in _profiles(b, documents):
            r = compare(pa, pb)
            if r.conflict or (r.same_doc and not r.eligible):
                if not r.conflict:
                    r.conflict = "two events of one report"
                return r
            if best is None or (r.eligible, r.score) > (best.eligible, best.score):
                best = r
    return best or PairResult(conflict="nothing to compare")


def best_match(
    event: Event, candidates: Iterable[MergedEvent], documents: Mapping[str, Document] | None = None
) -> tuple[MergedEvent, PairResult] | None:
    """The candidate a new event should join (highest eligible score), or None."""
    best: tuple[MergedEvent, PairResult] | None = None
    for cand in candidates:
        r = compare_events(cand, event, documents)
        if r.eligible and (best is None or r.score > best[1].score):
            best = (cand, r)
    return best


def merge_into(existing: MergedEvent, new: Event, reason: PairResult | None = None) -> MergedEvent:
    """Add a per-report event to a merged event (the caller has decided, e.g. by best_match)."""
    new = ensure_id(new)
    if reason is None:
        reason = compare_events(existing, new)
    line = f"merged {_label(new)} into {existing.id}, {reason.summary()}"
    return build([*existing.members, new], [*_merge_lines(existing), line])


def split(merged: MergedEvent, member_ids: Iterable[str]) -> list[MergedEvent]:
    """Undo a wrong merge: the named members become one event of their own; the rest is merged
    again on its own (it may fall apart if the removed members were what linked it). The first
    result holds the named members. Store the pairs (named, rest) and pass them as
    `cannot_link` to later `merge_events` calls so that the split lasts."""
    wanted = set(member_ids)
    unknown = wanted - set(merged.member_ids)
    if unknown:
        raise ValueError(f"not members of {merged.id}: {', '.join(sorted(unknown))}")
    taken = [m for m in merged.members if m.id in wanted]
    rest = [m for m in merged.members if m.id not in wanted]
    if not taken or not rest:
        return [merged]
    note = f"split from {merged.id}: {', '.join(sorted(wanted))} separated by request"
    apart = [(a.id, b.id) for a in taken for b in rest]
    first = build(taken, [note])
    others = merge_events(rest, cannot_link=apart)
    return [first] + [build(o.members, [note, *_merge_lines(o)]) for o in others]


def _merge_lines(m: MergedEvent) -> list[str]:
    return [x for x in m.explanation if x.startswith("merged ")]


def split_pairs(taken: Sequence[str], rest: Sequence[str]) -> list[tuple[str, str]]:
    """The cannot-link pairs a split implies, for the store to keep."""
    return [(a, b) for a in taken for b in rest]


def review_pairs(
    events: Sequence[Event],
    groups: Iterable[Sequence[str]],
    documents: Mapping[str, Document] | None = None,
    involving: Iterable[str] | None = None,
) -> list[tuple[str, str, PairResult]]:
    """Pairs of events left in different groups that a person should look at: close below the
    merge threshold (`PairResult.reviewable`), eligible on their own but kept apart by a
    conflict elsewhere in their groups, or parts of two reports that already share an event which
    the story bonus would carry over the threshold but did not join (another leg of the journey,
    victims described as other people, two fears). `involving`: only pairs with one of these event ids.
    Each pair once, (a, b) with a < b, with the comparison that judged it."""
    evs = [ensure_id(e) for e in events]
    profiles = [profile(e, documents) for e in evs]
    group_of: dict[str, int] = {}
    members: dict[int, list[int]] = {}
    index = {e.id: k for k, e in enumerate(evs)}
    for g, ids in enumerate(groups):
        for i in ids:
            group_of[i] = g
            if i in index:
                members.setdefault(g, []).append(index[i])
    # Reports that tell one event in common: their other pairs were given the story bonus, and
    # those it did not carry (another leg, other people, two fears) are worth a person's look.
    linked = _linked_reports(_GroupsView(members), profiles)
    w = weights()
    wanted = set(involving) if involving is not None else None
    out: list[tuple[str, str, PairResult]] = []
    for i, j in candidate_pairs(profiles):
        a, b = evs[i].id, evs[j].id
        if group_of.get(a, -1 - i) == group_of.get(b, -1 - j):
            continue
        if wanted is not None and a not in wanted and b not in wanted:
            continue
        if cannot_merge(profiles[i], profiles[j]):
            continue
        r = compare(profiles[i], profiles[j])
        story_close = (
            w.story_bonus > 0
            and not r.conflict
            and not r.same_doc
            and r.score + w.story_bonus >= w.threshold
            and any(frozenset((x, y)) in linked for x in profiles[i].docs for y in profiles[j].docs if x != y)
        )
        if r.reviewable or (r.eligible and not r.same_doc) or story_close:
            out.append((*_pair_key(a, b), r))
    return out


class _GroupsView:
    """The shape `_linked_reports` reads (`.members`), over groups given as lists of indices."""

    def __init__(self, members: dict[int, list[int]]) -> None:
        self.members = members

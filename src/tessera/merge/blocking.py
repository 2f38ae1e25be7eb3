"""Which pairs of events are worth comparing: blocking, so the cost grows as n log n.

Comparing all pairs of 100,000 events is 5 billion comparisons. Instead each event joins a few
blocks: its type; its type and each country it names; its type and each province (or named
province-level place). A small block compares all its pairs. A large one is sorted along the
time line (undated events by their report's date) and each event meets only its WINDOW nearest
neighbours: the sorted-neighbourhood method. The cost is one sort plus n x blocks x WINDOW
comparisons.

`candidates_key` gives the store coarser keys for looking up, one event at a time, the merged
events a new event may join.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from datetime import date

from tessera.merge.places import RANK
from tessera.merge.profile import Profile, profile
from tessera.merge.text import place_key
from tessera.model import Event

WINDOW = 16  # neighbours each event meets in a large block
MAX_MONTH_KEYS = 4  # a period longer than this many months is keyed by year
MAX_YEAR_KEYS = 3
# An event a report does not date is looked for in the months before the report: reports months
# after an event ("the repatriation last October") are common in this coverage.
UNDATED_LOOKBACK_DAYS = 120
# A dated event is also keyed by the months just around its period: another report may date the
# same event a few weeks off ("last week" read a week late, the report's day for the event's).
LOOKUP_SLACK_DAYS = 16
# A threat reported without a date ("they face being sent back") comes true, if at all, mostly in
# the weeks after the report: its fulfilment, dated then, is looked for that far ahead.
THREAT_LOOKAHEAD_DAYS = 62


def block_keys(p: Profile) -> set[tuple[str, ...]]:
    """Every event is in its type's block (where it meets events near it in time); a place
    adds the block of its province, or of its country when it names nothing finer."""
    keys: set[tuple[str, ...]] = {(p.type,)}
    for place in p.places.values():
        if not place.country:
            continue
        country = place.country.upper()
        area = ""
        if RANK.get(place.precision, 1) <= RANK["province"]:
            area = place_key(place.admin1) or (place_key(place.name) if place.precision == "province" else "")
        keys.add((p.type, country, area) if area else (p.type, country))
    # Reports that name the same month and day meet even when one cannot say the year.
    keys.update((p.type, "day", day) for day in p.named_days)
    return keys


def candidate_pairs(profiles: Sequence[Profile], window: int = WINDOW) -> Iterator[tuple[int, int]]:
    """Index pairs (i < j) to compare, each at most once."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, p in enumerate(profiles):
        for key in block_keys(p):
            blocks[key].append(i)
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) <= 2 * window + 1:
            ordered = members
            reach = len(members)
        else:
            ordered = sorted(members, key=lambda i: (profiles[i].sort_key, profiles[i].id))
            reach = window
        for pos, i in enumerate(ordered):
            for j in ordered[pos + 1 : pos + 1 + reach]:
                pair = (i, j) if i < j else (j, i)
                if pair not in seen:
                    seen.add(pair)
                    yield pair


def _month_keys(t0: int, t1: int, limit: int = MAX_MONTH_KEYS) -> list[str] | None:
    a, b = date.fromordinal(t0), date.fromordinal(t1)
    months = (b.year - a.year) * 12 + b.month - a.month + 1
    if months > limit:
        return None
    out = []
    y, m = a.year, a.month
    for _ in range(months):
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def candidates_key(event: Event) -> list[str]:
    """Lookup keys for the store: an existing event sharing any key is a merge candidate.

    A dated event gets its type with each month it covers (or each year, when it spans many
    months) and always its years, so that events dated by month and by year meet. An undated
    event gets the four months or so before its report was published, and "TYPE|undated". Every
    month and day its evidence names adds "TYPE|day:oct-9".
    """
    p = profile(event)
    days = [f"{p.type}|day:{day}" for day in sorted(p.named_days)]
    return _time_keys(p) + days


def _time_keys(p: Profile) -> list[str]:
    if p.t0 is None or p.t1 is None:
        return [f"{p.type}|undated"]
    if not p.dated:
        # Reported without a date: most likely in the weeks before the report. The report's own
        # date bounds that window, not the event's last possible day: a threat ("they face being
        # sent back") may come true up to a year after it was reported, yet the report that it
        # came true, or another outlet's report of the same fear, was filed in the same weeks.
        end = p.published[1] if p.published is not None else p.t1
        # A threat is also looked for in the weeks after its report, where its fulfilment falls.
        after = THREAT_LOOKAHEAD_DAYS if p.status_class == "at_risk" and p.published is not None else 0
        months = _month_keys(end - UNDATED_LOOKBACK_DAYS, end + after, limit=8) or []
        return [f"{p.type}|{m}" for m in months] + [f"{p.type}|undated"]
    keys: list[str] = []
    months = _month_keys(p.t0, p.t1)
    if months and len(months) <= 2:
        months = _month_keys(p.t0 - LOOKUP_SLACK_DAYS, p.t1 + LOOKUP_SLACK_DAYS) or months
    if months:
        keys += [f"{p.type}|{m}" for m in months]
    y0, y1 = date.fromordinal(p.t0).year, date.fromordinal(p.t1).year
    if y1 - y0 < MAX_YEAR_KEYS:
        keys += [f"{p.type}|{y}" for y in range(y0, y1 + 1)]
        return keys
    return _long_period_keys(p.type, y0, y1)


def _long_period_keys(event_type: str, first_year: int, last_year: int) -> list[str]:
    """A period of many years is looked up by its first and last years, and as undated.

    News tells a lasting measure or a term by its ends: "the fourth phone campaign in the city
    since 2019" (read as 2019 to the report's day) is the campaign another report dates "this
    spring"; "given terms of one to three years" (read from the term, 2025 to 2028) is the
    sentence another report dates "earlier this month". Keyed only as undated, such an event never
    met a dated report of the same happening, though the comparison would join them. The years
    between the ends are left out: each would meet every event of its year.
    """
    return [f"{event_type}|{first_year}", f"{event_type}|{last_year}", f"{event_type}|undated"]

"""A report's events depend on the report alone, not on what the same process read before it.

A measurement reads hundreds of reports, set after set, in one process, and a helper re-runs one
set alone to check a change: the two must agree, or a difference in a set's figures may be a
leftover of earlier reports (a cache keyed on too little, a remembered report date) rather than
the change. The kind of report that first raised the doubt: a beating told with a date inside a
relative clause on its victims ("beat two men who had come to gather herbs ... in early April"),
dated by the report's month and followed by a release "the next day". Its date is the clause's
(early April), never the release's one-day shift and never a date from the report read before.
Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract
from tessera.model import Document, Event

# the kind of report: a month-precision report date, a month part inside a relative clause on
# the victims, and a later release counted from it
_BEATING = Document(
    id="order63-beating",
    text=(
        "Soldiers at a new border post in North Hamgyong Province beat two men who had come to "
        "gather wild herbs near the stream in early April, accusing them of smuggling, a source "
        "said. The men were released the next day after their families paid a bribe."
    ),
    published="2024-05",
)

# unrelated reports, each with its own kind of report date and dates to remember
_UNRELATED = (
    Document(
        id="order63-arrest",
        text=(
            "Police in Shenyang arrested four defectors on 3 May, an activist group said. They were "
            "taken to a detention centre near the border the next day."
        ),
        published="2023-05-06",
    ),
    Document(
        id="order63-return",
        text=(
            "Chinese authorities sent back about 60 North Koreans through Dandong last week, a "
            "human rights group said on Tuesday."
        ),
        published="2021-11-18",
    ),
    Document(
        id="order63-wash",
        text=(
            "Border guards in Hyesan beat four women who had come to wash clothes at the river in "
            "mid-July, a source said. The women were freed two days later."
        ),
        published="2024-08",
    ),
)

# a report that says no date at all: it must not take one from the report read before it
_UNDATED = Document(
    id="order63-undated", text="Guards beat two men near the stream, a source said.", published="2024-05"
)


def _read(event: Event) -> tuple[object, ...]:
    """What a report's reading of an event is: its kind, dates, place, people and evidence."""
    return (
        event.id,
        event.type,
        event.status,
        event.when,
        event.where,
        event.origin,
        event.destination,
        event.victims,
        tuple(event.perpetrators),
        tuple(event.evidence),
    )


def _alone(document: Document) -> list[tuple[object, ...]]:
    return [_read(e) for e in extract(document)]


def _dates(document: Document, kind: str) -> list[tuple[date | None, date | None]]:
    return [(e.when.start, e.when.end) for e in extract(document) if e.type == kind and e.when]


def test_month_part_in_relative_clause_dates_the_beating() -> None:
    # early April of the report's month's year, not the release's shifted 2-11 April
    assert _dates(_BEATING, "violence") == [(date(2024, 4, 1), date(2024, 4, 10))]


def test_same_reading_after_unrelated_reports_in_separate_calls() -> None:
    alone = _alone(_BEATING)
    for other in _UNRELATED:
        extract(other)
        assert _alone(_BEATING) == alone, other.id


def test_same_reading_after_unrelated_reports_in_one_batch() -> None:
    # read in one call, as a measurement reads a set: each report's events are its own
    alone = {d.id: _alone(d) for d in (*_UNRELATED, _BEATING)}
    for order in ((*_UNRELATED, _BEATING), (_BEATING, *reversed(_UNRELATED))):
        events = extract(list(order))
        for document in order:
            mine = [_read(e) for e in events if e.evidence[0].doc == document.id]
            assert mine == alone[document.id], document.id


def test_undated_report_takes_no_date_from_the_report_before() -> None:
    # the look-alike with no date of its own: it stays undated after dated reports
    extract([*_UNRELATED, _BEATING])
    assert _dates(_UNDATED, "violence") == [(None, None)]

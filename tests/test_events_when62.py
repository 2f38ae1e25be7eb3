"""Dates on a chain of verbs sharing one subject (session 62).

A date on the last of a chain of verbs with one subject ("shot and wounded a fisherman and
detained four others late last month", which the parser hangs as a conjunct of a conjunct)
dates the first as well; a later verb with a subject of its own does not. Every sentence here is
invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract


def _dates(text: str, kind: str, published: str) -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published=published) if e.type == kind and e.when
    ]


def test_chain_of_three_verbs_dates_the_first() -> None:
    text = (
        "SEOUL, March 14 (Test Wire) -- North Korean border guards shot and wounded a fisherman and "
        "detained four others on the Tumen River near Musan late last month, in what a lawmaker on "
        "Tuesday called a sign of tighter control."
    )
    assert _dates(text, "violence", "2029-03-14") == [(date(2029, 2, 21), date(2029, 2, 28))]


def test_verb_with_its_own_subject_does_not_date_the_first() -> None:
    # the look-alike: the later verb has a subject of its own, so it starts another clause
    text = (
        "SEOUL, March 14 (Test Wire) -- North Korean border guards shot a fisherman, and four others "
        "were detained on the Tumen River near Musan late last month, in what a lawmaker on Tuesday "
        "called a sign of tighter control."
    )
    assert (date(2029, 2, 21), date(2029, 2, 28)) not in _dates(text, "violence", "2029-03-14")

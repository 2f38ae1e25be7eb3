"""Restrictions told in the present perfect with any verb; dates on a chain of verbs (session 62).

A restriction told in the present perfect ("have set up checkpoints", "has posted guards", "have
been moved and forbidden to go out") holds at the report, from the date it took up to the
report, whatever verb tells it; told in the simple past it keeps its own date. A date on the last
of a chain of verbs sharing one subject ("shot and wounded a trader and detained two others late
last month") dates the first as well, not a verb with a subject of its own. Every sentence here
is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract


def _dates(text: str, kind: str, published: str) -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published=published) if e.type == kind and e.when
    ]


def test_checkpoints_set_up_in_the_present_perfect_run_to_the_report() -> None:
    text = (
        "Police in Kanggye have set up checkpoints on every road out of the city in early May, "
        "a trader told our reporter."
    )
    assert _dates(text, "movement_restriction", "2029-06-12") == [(date(2029, 5, 1), date(2029, 6, 12))]


def test_checkpoints_set_up_in_the_past_keep_their_date() -> None:
    # the look-alike: told in the simple past, the setting up happened in early May
    text = (
        "Police in Kanggye set up checkpoints on every road out of the city in early May, "
        "a trader told our reporter."
    )
    assert _dates(text, "movement_restriction", "2029-06-12") == [(date(2029, 5, 1), date(2029, 5, 10))]


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

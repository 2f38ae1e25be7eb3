"""Dates of questioning told without its end (session 60).

Questioning dated only by the time a recent story set runs from that time up to the report;
one told with its length, or in a story of years ago, keeps the time it was given. Every
sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract

CAUGHT = "Two students from Hyesan were caught by border guards on the riverbank on May 3. "


def _dates(text: str, kind: str, published: str = "2024-05-30") -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published=published) if e.type == kind and e.when
    ]


def test_present_perfect_length_still_counts_back_from_the_report() -> None:
    # the look-alike: "have been interrogated for about two weeks" is a state up to the report
    text = (
        CAUGHT + "The students have been interrogated for about two weeks by the Ministry of State Security."
    )
    assert _dates(text, "interrogation") == [(date(2024, 5, 13), date(2024, 5, 30))]


def test_ongoing_act_without_length_runs_to_the_report() -> None:
    text = CAUGHT + "The students are being interrogated by the Ministry of State Security."
    assert _dates(text, "interrogation") == [(date(2024, 5, 3), date(2024, 5, 30))]


MANAGER_FLED = (
    "Workers at a state trading company in Sinuiju were told in early March{year} that their "
    "manager had fled to China.\n\nHis deputy and his driver were {act}."
)


def _story(act: str, year: str = "") -> str:
    return MANAGER_FLED.format(act=act, year=year)


def test_questioning_dated_by_a_recent_story_runs_to_the_report() -> None:
    text = _story("questioned by state security")
    assert _dates(text, "interrogation", "2024-03-28") == [(date(2024, 3, 1), date(2024, 3, 28))]


def test_questioning_told_with_its_length_ends_by_it() -> None:
    text = _story("questioned by state security for two days")
    assert _dates(text, "interrogation", "2024-03-28") == [(date(2024, 3, 1), date(2024, 3, 12))]


def test_questioning_in_a_story_of_years_ago_keeps_its_time() -> None:
    text = _story("questioned by state security", year=" 2019")
    assert _dates(text, "interrogation", "2024-03-28") == [(date(2019, 3, 1), date(2019, 3, 10))]


def test_other_acts_of_the_story_keep_its_time() -> None:
    # the look-alike: a dismissal told the same way is not a questioning
    text = _story("dismissed")
    assert _dates(text, "punishment", "2024-03-28") == [(date(2024, 3, 1), date(2024, 3, 10))]

"""Dates of events whose own date sits in their words but was taken from another (session 57,
second round): a second date on a reduced relative, and reporting to an authority as a step
of the story.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract


def _dates(text: str, kind: str) -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published="2025-06-10") if e.type == kind and e.when
    ]


def test_second_date_on_participle_dates_the_main_verb() -> None:
    text = "China sent two North Korean women caught in Dalian in March back to North Korea in mid-April, a source said."
    assert _dates(text, "repatriation") == [(date(2025, 4, 11), date(2025, 4, 20))]
    # the catching keeps its own month
    assert _dates(text, "arrest") == [(date(2025, 3, 1), date(2025, 3, 31))]


def test_participle_past_tense_tag_dates_the_main_verb() -> None:
    text = "China handed over three North Korean men detained in Yanji in March to North Korea in mid-April, a source said."
    assert _dates(text, "repatriation") == [(date(2025, 4, 11), date(2025, 4, 20))]


def test_participle_with_one_date_keeps_it() -> None:
    # the look-alike: the relative's only date is its own, not the main verb's
    text = "Police in Dalian detained two women caught crossing in March on Friday."
    assert _dates(text, "arrest") == [(date(2025, 6, 6), date(2025, 6, 6))]


def test_reporting_to_an_authority_is_a_step_of_the_story() -> None:
    text = (
        "Relatives are looking for a teacher from Musan who disappeared after reporting to the "
        "Ministry of State Security on 20 April, a source said."
    )
    assert _dates(text, "disappearance") == [(date(2025, 4, 20), date(2025, 4, 20))]


def test_reporting_with_a_clause_is_still_a_telling() -> None:
    # the look-alike: "after reporting on Monday that ..." tells what a source said that day
    text = "The farmer was detained after reporting on Monday that his son had fled."
    assert _dates(text, "arrest") == [(None, None)]

"""Readers that feed merging (merge50r, issue 13): what two reports of one event must read alike.

A count told as a range ("six or seven"), and the place of an act done over a whole area (a
campaign or a closure told of a province). Invented sentences."""

from __future__ import annotations

import pytest

from places_helpers import wheres_found
from test_events_people import counts

REPORT_DATE = "2024-06-01"


@pytest.mark.parametrize(
    "text, event_type, expected",
    [
        ("Police detained two or three women in Hyesan on Monday.", "arrest", (2, 3)),
        ("Six or seven North Korean defectors were caught by police in Yunnan last week.", "arrest", (6, 7)),
        ("Police in Hamhung arrested 20 to 30 officials last month.", "arrest", (20, 30)),
        (
            "About 200 to 300 North Koreans were sent back to North Korea on Monday.",
            "repatriation",
            (200, 300),
        ),
    ],
)
def test_two_numbers_joined_by_or_or_to_are_a_counts_least_and_most(
    text: str, event_type: str, expected: tuple[int, int]
) -> None:
    assert counts(text, event_type) == [expected]


def test_one_number_is_still_one_count() -> None:
    assert counts("Police detained three women in Hyesan on Monday.", "arrest") == [(3, 3)]


def test_a_campaign_told_of_a_province_stays_there_when_the_next_sentence_names_a_town() -> None:
    text = (
        "Authorities have launched a sweeping crackdown on foreign videos in Ryanggang Province "
        "since March. Three traders in Hyesan were detained last week."
    )
    assert wheres_found(text, "crackdown", REPORT_DATE) == ["Ryanggang Province"]
    assert wheres_found(text, "arrest", REPORT_DATE) == ["Hyesan"]


def test_one_act_told_of_a_province_is_placed_at_the_town_the_next_sentence_names() -> None:
    text = "Police in Liaoning detained nine North Koreans last week. Five were picked up in Anshan."
    assert wheres_found(text, "arrest", REPORT_DATE)[0] == "Anshan"


def test_a_day_of_a_month_is_no_count_the_evidence_names() -> None:
    from tessera.merge.text import counts_named

    named = counts_named(["SEOUL, Aug. 28 -- North Korea publicly executed two officials on 14 August"])
    assert named == frozenset({2})

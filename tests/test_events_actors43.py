"""Whom it happened to and who did it (helper session actors43): people the parse gave to a
reporting verb or to a phrase before them, a year beside a count, and border police as both
forces (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import perpetrator_kinds as kinds
from events_helpers import victim_counts as counts


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        # the object after the verb's particle and goal, the teller after a comma
        (
            "Chinese police on Monday handed over to North Korea seven people who had been caught "
            "near Tumen in May, two aid workers said.",
            "repatriation",
            7,
        ),
        # the reporting verb parsed under the trigger
        (
            "Chinese authorities deported about 40 North Koreans held in Liaoning this spring, "
            "a source in Sinuiju told us.",
            "repatriation",
            40,
        ),
    ],
)
def test_an_object_the_parse_gave_to_the_reporting_verb(text: str, event_type: str, count: int) -> None:
    assert counts(text, event_type)[0] == count


def test_a_teller_written_straight_before_said_is_no_object() -> None:
    assert counts("Chinese police deported to North Korea last week, activists said.", "repatriation") == [
        None
    ]


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        # a participle read as a past tense, after another clause's subject
        (
            "Traders were barred from the market, and four women caught selling rice near the "
            "station in June were arrested.",
            "arrest",
            4,
        ),
        # people hung on a phrase of time before them, with a year beside their count
        (
            "She said that in the winter of 2019 three prisoners who had tried to escape from a "
            "work detail were shot in front of the others.",
            "violence",
            3,
        ),
        # people set off by a place phrase before them
        (
            "In Musan, North Hamgyong, some twenty people who missed the harvest mobilisation were "
            "rounded up in October.",
            "arrest",
            20,
        ),
        # a plural relative clause on the unit the people come from
        (
            "Three soldiers from a Musan border guard company who were detained in April have been "
            "sentenced by a military court.",
            "arrest",
            3,
        ),
    ],
)
def test_passive_subjects_the_parse_lost(text: str, event_type: str, count: int) -> None:
    assert counts(text, event_type)[0] == count


def test_a_singular_relative_on_the_unit_stays_on_it() -> None:
    # ("a company which was disbanded": the verb agrees with the unit, not the soldiers)
    found = counts("Police arrested a man from a trading company who was accused of smuggling.", "arrest")
    assert found == [1]


@pytest.mark.parametrize(
    "text",
    [
        "Six North Korean women were detained by Chinese border police near Tumen on Monday.",
        "Lao border police detained five North Koreans near the Chinese border last week.",
    ],
)
def test_border_police_are_both_a_border_force_and_the_police(text: str) -> None:
    assert kinds(text, "arrest") >= {"border_guard", "police"}


def test_border_guards_are_a_border_force_only() -> None:
    assert kinds("North Korean border guards detained two smugglers near Hyesan on Monday.", "arrest") == {
        "border_guard"
    }

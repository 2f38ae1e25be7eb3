"""Whom it happened to (helper vic53): a questioning or a search told as the time of another
act ("beaten during questioning", "caught during an inspection") befell the people that act
befell; the people inside a relative clause on the subject are not the subject's; a definite
plural may name again, by another noun, people counted before (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, victim_counts


@pytest.mark.parametrize(
    "text, event_type",
    [
        (
            "Monitors recorded the death of a farmer in his sixties who was beaten during "
            "questioning at a police post in Hyesan.",
            "interrogation",
        ),
        (
            "One trader told the researchers she was slapped and kicked during questioning at "
            "a holding centre in Onsong in 2020.",
            "interrogation",
        ),
        (
            "A welder from Kimchaek, who was kicked in the course of interrogation, lost two "
            "teeth, his brother said.",
            "interrogation",
        ),
    ],
)
def test_questioning_as_the_time_of_a_beating(text: str, event_type: str) -> None:
    assert victim_counts(text, event_type)[:1] == [1]


def test_the_timed_act_keeps_its_own_count() -> None:
    text = "Guards beat three porters during questioning at the border post last month."
    assert victim_counts(text, "interrogation")[:1] == [3]


@pytest.mark.parametrize(
    "text, event_type",
    [
        (
            "A woman in her fifties who had helped more than 20 people leave for South Korea by "
            "way of Laos was publicly executed at a stadium in Hyesan last month.",
            "execution",
        ),
        (
            "One cook who was suspected of helping the three was beaten by the camp guards in "
            "front of the others.",
            "violence",
        ),
        (
            "The Chinese trader who had been hiding the couple and their two sons was detained "
            "the same evening at a railway station.",
            "arrest",
        ),
    ],
)
def test_the_people_of_a_relative_clause_are_not_its_owner(text: str, event_type: str) -> None:
    assert victim_counts(text, event_type)[:1] == [1]


def test_the_text_leaves_out_the_relative_clause_object() -> None:
    arrest = events_of_type(
        "The Chinese trader who had been hiding the couple and their two sons was detained the "
        "same evening at a railway station.",
        "arrest",
    )[0]
    assert arrest.victims is not None and "sons" not in arrest.victims.text


@pytest.mark.parametrize(
    "text, event_type, count",
    [
        (
            "Three deputy directors of the county power station have been held since early May, "
            "a source said. The plant manager was moved to a farm with his wife, the source said. "
            "Police are questioning the deputies about coal that went missing.",
            "interrogation",
            3,
        ),
        (
            "Coast guards seized a trawler and its 14 crew members on Sunday, the agency said. "
            "The trawler was boarded near the island, the agency said. An officer said the "
            "sailors were expected to be deported after a hearing.",
            "repatriation",
            14,
        ),
        (
            "Beijing has returned three North Korean border guards who deserted in March, an "
            "official said. The soldiers were handed over at the bridge on May 2, the official "
            "said.",
            "repatriation",
            3,
        ),
    ],
)
def test_the_same_people_named_again_by_another_noun(text: str, event_type: str, count: int) -> None:
    assert victim_counts(text, event_type)[-1:] == [count]

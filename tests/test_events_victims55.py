"""Whom it happened to (helper vic55): a teller who has said whom they went with ("I left with
two friends from my village") means themselves and those companions by a later "we" or "us"; a
helper or a guard the teller went with is not one of them (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import victim_counts


@pytest.mark.parametrize(
    "text, event_type, count",
    [
        (
            "Last spring I slipped out of the dormitory with two friends from my village. We "
            "reached the bus station in Tumen before a patrol stopped us. An officer questioned "
            "each of us for hours.",
            "interrogation",
            3,
        ),
        (
            "In March a smuggler put me on a lorry to Yanji with three other women.\n\n"
            "At a checkpoint outside the city we were arrested by border police.",
            "arrest",
            4,
        ),
        (
            "I waded across the river with my son in October. Two weeks later we were arrested in Longjing.",
            "arrest",
            2,
        ),
    ],
)
def test_we_counts_the_teller_and_the_companions_told(text: str, event_type: str, count: int) -> None:
    assert victim_counts(text, event_type)[:1] == [count]


def test_a_helper_the_teller_went_with_is_not_counted() -> None:
    text = "I crossed the river with a broker in May. A week later we were arrested in Yanji."
    assert victim_counts(text, "arrest")[:1] == [2]  # "we": the teller and others, uncounted


@pytest.mark.parametrize(
    "text, event_type, count",
    [
        (
            "Last week a family was caught trying to wade across the Yalu near Manpo. A woman, "
            "her husband and their two daughters were stopped by a patrol on the bank.",
            "escape",
            4,
        ),
        (
            "The family of a soldier who deserted in May have been banished from Kanggye to a "
            "mountain farm. His mother and two younger brothers were put on a lorry by agents.",
            "punishment",
            3,
        ),
    ],
)
def test_a_family_is_counted_by_its_members_listed_next(text: str, event_type: str, count: int) -> None:
    assert victim_counts(text, event_type)[:1] == [count]


def test_another_group_between_keeps_the_family_uncounted() -> None:
    text = (
        "A family was caught trying to wade across the Yalu near Manpo. Five traders were "
        "detained at the market. A man, his wife and their son were stopped near the bridge."
    )
    assert victim_counts(text, "escape")[:1] != [3]

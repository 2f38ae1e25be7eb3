"""Whom it happened to (helper vic54): a total of the people set apart after their group
("their relatives, at least 20 people in all,") or told in a later sentence ("The families,
some 110 people in all, …", "Eleven people were relocated in all") is the count of people the
group's events befell, in place of a count of households or families or of the kin named
(invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import victim_counts


@pytest.mark.parametrize(
    "text, event_type, count",
    [
        (
            "Authorities in Musan expelled four households whose members had fled to South "
            "Korea — twelve people in all — to farms in the mountains, a source said.",
            "punishment",
            12,
        ),
        (
            "The defector's parents and his brother's family, seven people in all, were "
            "banished from their apartment in Hamhung in March.",
            "punishment",
            7,
        ),
        (
            "Their relatives, at least 20 people in all, were banished in May to villages in "
            "Ryanggang Province.",
            "punishment",
            20,
        ),
    ],
)
def test_a_total_set_apart_after_the_group(text: str, event_type: str, count: int) -> None:
    assert victim_counts(text, event_type)[:1] == [count]


def test_a_total_of_things_is_no_count_of_people() -> None:
    text = "Police detained four drivers and impounded their trucks, six buses in all, at Hoeryong."
    assert victim_counts(text, "arrest")[:1] == [4]


@pytest.mark.parametrize(
    "text, event_type, count",
    [
        (
            "Three households were forcibly moved to a farm in Yonsa County last week, a source "
            "said. Eleven people were relocated in all, including four children.",
            "punishment",
            11,
        ),
        (
            "Around 30 families were evicted from their flats in Chongjin last week and banished "
            "to villages in Ryanggang Province. The families, some 110 people in all, were loaded "
            "onto trucks before dawn.",
            "punishment",
            110,
        ),
    ],
)
def test_a_total_told_in_a_later_sentence(text: str, event_type: str, count: int) -> None:
    assert victim_counts(text, event_type)[:1] == [count]


def test_a_later_total_does_not_recount_people_counted_one_by_one() -> None:
    text = (
        "Police arrested five women in Hyesan on Monday. Twelve people were detained in all during the sweep."
    )
    assert victim_counts(text, "arrest")[:1] == [5]

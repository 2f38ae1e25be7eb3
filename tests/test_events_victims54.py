"""Whom it happened to (helper vic54): a total of the people set apart after their group
("their relatives, at least 20 people in all,") or told in a later sentence ("The families,
some 110 people in all, …", "Eleven people were relocated in all") is the count of people the
group's events befell, in place of a count of households or families or of the kin named
(invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, victim_counts


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


@pytest.mark.parametrize(
    "text, event_type, count",
    [
        (
            "Guards fired on a small fishing boat that was trying to flee toward South Korean "
            "waters last Friday, killing one man. The six men aboard had set out before dawn.",
            "escape",
            6,
        ),
        (
            "Coastal guards opened fire on a small fishing boat trying to cross the sea border on "
            "the night of July 9, killing two of the five people aboard, a source said.",
            "escape",
            5,
        ),
        (
            "South Korea's navy took three North Koreans into custody on Sunday after their small "
            "wooden boat crossed the Northern Limit Line in the Yellow Sea.",
            "escape",
            3,
        ),
    ],
)
def test_a_craft_that_flees_stands_for_the_people_aboard(text: str, event_type: str, count: int) -> None:
    assert victim_counts(text, event_type)[:1] == [count]


def test_people_taken_aboard_another_craft_are_not_its_people() -> None:
    text = (
        "A small fishing boat tried to cross the sea border on Monday. A patrol stopped it and "
        "two guards were taken aboard the patrol boat."
    )
    assert victim_counts(text, "escape")[:1] in ([None], [])


def test_a_total_set_apart_is_no_group_of_its_own() -> None:
    """ "…, eleven in all, who …": the total reads like a listed group "in" somewhere, but it
    counts the group before it, so the act keeps one telling whose evidence holds its verb."""
    text = (
        "A party of North Korean men and women, eleven in all, who crossed into Laos last month "
        "have been fined for entering the country without papers, a pastor said."
    )
    fines = events_of_type(text, "punishment")
    assert [e.victims.count_min for e in fines if e.victims] == [11]
    assert all("fined" in e.evidence[0].text for e in fines)

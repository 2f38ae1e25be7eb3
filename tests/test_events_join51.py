"""Events stage (join51): two mentions of one sentence whose people are one coordinated group,
or a part of it, are one event told twice, though each reads a different count; two groups that
are not coordinated stay two events.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def test_a_group_and_its_part_read_by_a_verb_and_its_manner_are_one_execution() -> None:
    text = (
        "SEOUL, June 12 -- North Korea executed the former mayor of Kanggye and two of his deputies "
        "by firing squad last week, a source said."
    )
    assert len(events_of_type(text, "execution")) == 1


def test_coordinated_people_sentenced_at_a_trial_are_one_punishment() -> None:
    text = "Four guards and a customs clerk were sentenced at a public trial in Musan on Friday."
    assert len(events_of_type(text, "punishment")) == 1


def test_two_groups_taken_by_two_verbs_stay_two_arrests() -> None:
    text = "Police arrested two brokers in Yanji and detained a woman in Tumen on Friday."
    assert len(events_of_type(text, "arrest")) == 2


def test_coordinated_groups_each_with_its_own_return_stay_two_returns() -> None:
    text = (
        "The cases include 60 loggers who were deported from Tumen in early 2022, and 90 women "
        "who were held in Nanning before being repatriated later that year."
    )
    assert len(events_of_type(text, "repatriation")) == 2


def test_groups_listed_with_their_own_places_stay_two_arrests() -> None:
    text = "Police have arrested the 11 migrants caught in Kunming last week, and six in Dandong."
    assert len(events_of_type(text, "arrest")) == 2

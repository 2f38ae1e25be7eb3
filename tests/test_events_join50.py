"""Events stage (join50): mentions of one report that tell different acts stay apart: a lost
post told only to describe the people a heavier punishment befalls is an earlier punishment.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def test_a_lost_post_in_a_relative_clause_is_an_earlier_punishment() -> None:
    text = (
        "The clerks, who had been dismissed in May, were each sentenced to three years of labour "
        "in August, the group said."
    )
    assert len(events_of_type(text, "punishment")) == 2


def test_a_lost_post_in_a_participle_before_a_banishment_is_an_earlier_punishment() -> None:
    text = (
        "The former head of the Kimchaek city people's committee, dismissed in a party audit in "
        "March, was banished last week with his family to a farm in Kilju County, a source said."
    )
    assert len(events_of_type(text, "punishment")) == 2


def test_a_post_lost_and_a_banishment_told_by_joined_verbs_stay_one() -> None:
    text = "The mayor was dismissed and banished with his family to a farm in Kilju County."
    assert len(events_of_type(text, "punishment")) == 1

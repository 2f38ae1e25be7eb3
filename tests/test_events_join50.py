"""Events stage (join50): mentions of one report that tell different acts stay apart: a lost
post told only to describe the people a heavier punishment befalls is an earlier punishment;
"a similar execution", "a second group" is one more of the kind.

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


def test_a_similar_execution_is_another_execution() -> None:
    text = (
        "Authorities in Hoeryong publicly executed a man convicted of selling drugs on March 3, "
        "sources said. A similar execution was carried out in the city last autumn, when a man "
        "accused of smuggling was shot, the sources said."
    )
    executions = events_of_type(text, "execution")
    assert len(executions) == 2
    assert not any("shot" in s.text for s in executions[0].evidence)


def test_a_second_group_sent_back_is_another_return() -> None:
    text = (
        "On March 4, some 40 North Koreans were returned by Chinese police to Hyesan across the "
        "bridge. In June, the number of patrols on the river appeared to grow, and a second group "
        "of returnees was reportedly sent back from Tumen to Namyang."
    )
    assert len(events_of_type(text, "repatriation")) == 2


def test_a_similar_raid_ending_in_detentions_is_another_arrest() -> None:
    text = (
        "Inspectors in Musan detained several traders earlier this month, a group said. A similar "
        "raid in Musan in February had ended with several vendors detained."
    )
    assert len(events_of_type(text, "arrest")) == 2


def test_a_second_source_does_not_make_another_arrest() -> None:
    text = (
        "Police detained nine North Koreans in Yanji on Monday. A second source said police "
        "detained the nine at a bus station."
    )
    assert len(events_of_type(text, "arrest")) == 1


def test_a_man_shot_among_many_executions_stays_his_own() -> None:
    text = (
        "The rapporteur said her office had received credible accounts of at least seven public "
        "executions in 2023, including one in Sunchon, where a man was shot for distributing a "
        "Bible."
    )
    assert len(events_of_type(text, "execution")) == 2

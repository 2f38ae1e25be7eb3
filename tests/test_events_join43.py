"""Events stage (join43): groups told after a counted group stay events of their own when they
do not make up the group, are marked as more ("two more were arrested"), are told each on its
own day, or split the group by place. (A rule joining parts that add up to the group was
measured and dropped: it lost misses on the validation half.)

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def test_groups_that_do_not_make_up_the_whole_stay_apart() -> None:
    text = (
        "Police in Hyesan arrested six traders on Monday for selling Chinese phones. Two women "
        "were arrested in Musan for smuggling copper, and a man was arrested in Hoeryong."
    )
    assert len(events_of_type(text, "arrest")) >= 2


def test_more_people_arrested_are_another_arrest() -> None:
    text = (
        "Police in Hyesan arrested three traders on Monday for selling Chinese phones. Two more "
        "traders were arrested on Wednesday, and one more on Thursday."
    )
    assert len(events_of_type(text, "arrest")) >= 2


def test_people_told_each_on_their_own_day_are_their_own_disappearances() -> None:
    text = (
        "Two residents of Hyesan have gone missing this month, a source said. On June 2, a miner "
        "went missing after his shift. On June 5, a woman who sold rice at the market went "
        "missing."
    )
    assert len(events_of_type(text, "disappearance")) >= 2


def test_a_group_split_by_place_stays_two_arrests() -> None:
    text = (
        "Thirty North Korean defectors were arrested in China last week. An activist said 20 "
        "defectors were arrested in Qingdao and ten others in Kunming."
    )
    assert len(events_of_type(text, "arrest")) >= 2

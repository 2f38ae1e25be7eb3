"""Events stage (join43): a counted group told again part by part is one event.

"Four dockers were sentenced at a public trial. Two men received ten years each, and a woman
was given eight years, and the foreman five" — the groups told in the next sentences, whose
counts add up to the group's, are the group's event told person by person. Groups that do not
make up the whole, groups marked as more ("two more were arrested"), or told on another day
stay apart.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def _of(text: str, kind: str) -> list:
    return [e for e in events_of(text) if e.type == kind]


def test_parts_that_make_up_the_sentenced_group_are_one_punishment() -> None:
    text = (
        "A public trial was held at a stadium in Chongjin on Monday, where four dockers were "
        "sentenced for selling Chinese phones, a source told the paper. Three men received ten "
        "years each in a labour camp, and a woman was given six years."
    )
    punishments = _of(text, "punishment")
    assert len(punishments) == 1
    assert punishments[0].victims.count_min == 4


def test_a_leader_and_his_men_make_up_the_punished_unit() -> None:
    text = (
        "In May, five members of a border guard platoon in Manpo were punished after a smuggler "
        "crossed the river on their watch. The platoon leader lost his post, and four guards were "
        "sent to a labour unit for a year."
    )
    assert len(_of(text, "punishment")) == 1


def test_groups_that_do_not_make_up_the_whole_stay_apart() -> None:
    text = (
        "Police in Hyesan arrested six traders on Monday for selling Chinese phones. Two women "
        "were arrested in Musan for smuggling copper, and a man was arrested in Hoeryong."
    )
    assert len(_of(text, "arrest")) >= 2


def test_more_people_arrested_are_another_arrest() -> None:
    text = (
        "Police in Hyesan arrested three traders on Monday for selling Chinese phones. Two more "
        "traders were arrested on Wednesday, and one more on Thursday."
    )
    assert len(_of(text, "arrest")) >= 2


def test_people_told_each_on_their_own_day_are_their_own_disappearances() -> None:
    text = (
        "Two residents of Hyesan have gone missing this month, a source said. On June 2, a miner "
        "went missing after his shift. On June 5, a woman who sold rice at the market went "
        "missing."
    )
    assert len(_of(text, "disappearance")) >= 2


def test_a_group_split_by_place_stays_two_arrests() -> None:
    text = (
        "Thirty North Korean defectors were arrested in China last week. An activist said 20 "
        "defectors were arrested in Qingdao and ten others in Kunming."
    )
    assert len(_of(text, "arrest")) >= 2

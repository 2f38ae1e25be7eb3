"""Events stage: a trial, a sentence split among a group, and an execution's hearing told beside
the act they belong to are that act told again; a group with people of its own stays apart.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def types_of(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


def test_a_group_sentenced_part_by_part_is_one_punishment() -> None:
    text = (
        "Four dock workers from Nampo were caught stealing fuel in May. "
        "In July they were put on public trial in the port. "
        "The crane operator was sentenced to ten years in a labour camp, while the other three "
        "received five years each."
    )
    assert types_of(text).count("punishment") == 1


def test_parts_of_a_group_named_by_their_posts_are_its_sentence() -> None:
    text = (
        "A public trial was held in Kanggye on May 4, where four officials of a timber company "
        "were sentenced for selling logs across the border. "
        "Two clerks received 12 years of reform through labour, and the remaining two were "
        "sentenced to six years each."
    )
    assert types_of(text).count("punishment") == 1


def test_a_peoples_trial_names_no_people() -> None:
    text = (
        "A farmer in Onsong who sold phones faced a people's trial at the town stadium on March 3. "
        "The farmer was sentenced to eight years in a labour camp."
    )
    assert types_of(text).count("punishment") == 1


def test_the_hearing_of_an_execution_is_the_execution() -> None:
    text = (
        "Three men were publicly executed in Hoeryong on June 2 for smuggling copper wire. "
        "The sentence was passed at an open trial held in the town square."
    )
    assert types_of(text) == ["execution"]


def test_others_sentenced_at_the_same_trial_stay_a_punishment() -> None:
    text = (
        "Three men were publicly executed in Hoeryong on June 2 for smuggling copper wire. "
        "Four other people were sentenced at the same trial to ten years in a labour camp."
    )
    assert sorted(types_of(text)) == ["execution", "punishment"]


def test_another_trial_beside_an_execution_stays_a_punishment() -> None:
    text = (
        "Two smugglers were publicly executed in Hyesan on June 2. "
        "Another trial held at the same time sentenced nine traders to labour camp terms."
    )
    assert sorted(types_of(text)) == ["execution", "punishment"]

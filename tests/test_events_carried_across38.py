"""Events stage: a flight told through whoever took the people across ("she was taken across the
river by a broker", "a guide led the five over the hills into Laos", "convicted of helping two
women cross into China"): the people carried made the escape, not the one who carried them.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def _escapes(text: str) -> list[tuple[str, int | None]]:
    """Each escape's status and the count of its people."""
    return [
        (e.status, e.victims.count_min if e.victims else None) for e in events_of(text) if e.type == "escape"
    ]


def test_people_taken_across_a_river_by_a_broker_fled() -> None:
    text = "Police believe the two boys were taken across the river by a smuggler in early May."
    assert _escapes(text) == [("suspected", 2)]


def test_a_woman_lured_across_the_border_fled() -> None:
    text = "The woman was lured across the border by a trafficker in 2019, her sister said."
    assert _escapes(text) == [("occurred", 1)]


def test_a_child_carried_across_by_a_parent_fled() -> None:
    text = "The girl was carried across the river by her father in 2021, when she was six."
    assert _escapes(text) == [("occurred", 1)]


def test_the_people_a_guide_leads_across_are_the_ones_who_fled() -> None:
    text = "A broker guided the five women over the mountains into Laos in May."
    assert _escapes(text) == [("occurred", 5)]


def test_people_moved_into_a_country_fled() -> None:
    text = "The two brokers had moved 20 people from North Korea into China between 2021 and 2023."
    assert _escapes(text) == [("occurred", 20)]


def test_a_counted_flight_named_by_a_sentence_is_told() -> None:
    text = (
        "A man from Hyesan was sentenced in March to eight years in a labour camp for helping "
        "three women cross the Yalu River into China."
    )
    assert _escapes(text) == [("occurred", 3)]


def test_a_counted_flight_named_by_a_conviction_is_told() -> None:
    text = "He was convicted of helping two of his cousins cross the Tumen River into China in 2020."
    assert _escapes(text) == [("occurred", 2)]


def test_a_caught_smuggling_of_counted_people_is_an_attempt() -> None:
    text = "Two men were arrested for trying to smuggle four North Korean women across the border into Laos."
    assert _escapes(text) == [("attempted", 4)]


def test_helping_people_in_general_is_only_the_offence() -> None:
    text = "A fisherman was executed for helping residents flee to China."
    assert _escapes(text) == []


def test_goods_carried_across_are_no_flight() -> None:
    assert _escapes("Traders smuggle cigarettes across the river every night.") == []
    assert _escapes("The truck carried rice across the border into China on Monday.") == []


def test_a_broker_who_only_plans_to_take_people_across_tells_no_flight() -> None:
    text = "The broker plans to take the women across the river next month."
    assert _escapes(text) == []


def test_people_taken_across_by_guards_did_not_flee() -> None:
    text = "Police believe the two boys were taken across the river by guards last month."
    assert _escapes(text) == []


def test_people_seized_and_taken_across_did_not_flee() -> None:
    text = "Colleagues believe he was abducted by agents and taken across the Yalu in August."
    assert _escapes(text) == []


def test_a_flight_then_an_arrest_keeps_the_flight() -> None:
    text = "A family of three defected to Shenyang in February but were arrested by agents in March."
    assert _escapes(text) == [("occurred", 3)]

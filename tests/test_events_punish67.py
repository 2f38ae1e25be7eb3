"""Punishments told in detail, and penalties feared as "the same fate" (session 67).

Invented sentences only."""

from __future__ import annotations

from events_helpers import events_of_type


def test_terms_of_a_group_told_are_its_one_punishment() -> None:
    # a counted group's sentence, then in the next sentence what each of its members got
    text = (
        "Four guards from a border post in Musan were sentenced at a public trial last week, a "
        "source said. A sergeant received 12 years in a prison camp and the three other guards "
        "eight years each."
    )
    assert len(events_of_type(text, "punishment")) == 1


def test_summary_term_range_and_members_terms_are_one_punishment() -> None:
    text = (
        "Three managers of a steel plant in Chongjin have been sentenced to between ten and "
        "fifteen years in a labour camp, a source said. The former manager was sentenced to 15 "
        "years and the two deputies to ten years each."
    )
    assert len(events_of_type(text, "punishment")) == 1


def test_group_punished_then_its_parts() -> None:
    text = (
        "In March, five members of a border guard unit in Hyesan were punished, a source said. "
        "The unit commander lost his rank and his post, and four guards were sent to a "
        "labour-training unit for three months."
    )
    assert len(events_of_type(text, "punishment")) == 1


def test_other_people_in_the_next_sentence_stay_apart() -> None:
    # the next sentence's people are not members of the group: a penalty of their own
    text = (
        "Two families who had paid the agent were punished in Hoeryong in May. The platoon "
        "leader arrested in March was given a five-year term last month."
    )
    assert len(events_of_type(text, "punishment")) == 2


def test_also_marks_another_punishment() -> None:
    text = "Three traders were sentenced to five years in Hyesan in May. Two brokers were also jailed."
    assert len(events_of_type(text, "punishment")) == 2


def test_same_fate_after_an_execution_is_an_execution_feared() -> None:
    text = (
        "Two men were executed by firing squad in Hyesan on Monday for selling phones, a source "
        "said. A college librarian detained with them could face the same fate."
    )
    feared = [e for e in events_of_type(text, "execution") if e.status == "at_risk"]
    assert len(feared) == 1


def test_same_fate_after_a_sentence_is_a_punishment_feared() -> None:
    text = (
        "A trader in Musan was sentenced to ten years in a labour camp in May. His brother may "
        "face the same fate."
    )
    feared = [e for e in events_of_type(text, "punishment") if e.status == "at_risk"]
    assert len(feared) == 1


def test_same_fate_as_the_executed_names_the_execution() -> None:
    text = (
        "A vice-minister was handed a 15-year term last week, and a third official is expected "
        "to meet the same fate as the executed men."
    )
    feared = [e for e in events_of_type(text, "execution") if e.status == "at_risk"]
    assert len(feared) == 1


def test_same_fate_with_nothing_told_before_is_no_event() -> None:
    text = "Farmers in Musan say many crops may face the same fate as last year."
    assert events_of_type(text, "punishment") == []
    assert events_of_type(text, "execution") == []


def test_same_fate_warned_to_whoever_is_no_event() -> None:
    text = (
        "A woman was sentenced to five years in May. Vendors were warned that anyone found "
        "using printed paper with images of the leaders would face the same fate."
    )
    assert [e for e in events_of_type(text, "punishment") if e.status == "at_risk"] == []

"""Events stage (mergeprec29): a report that moves to another town with a fronted setting ("In
Hoeryong, ...") tells that town's case apart, however alike the act. Every sentence here is
invented for these tests."""

from __future__ import annotations

from events_helpers import events_of


def _of(text: str, kind: str) -> list:
    return [e for e in events_of(text) if e.type == kind]


def test_a_case_told_in_another_town_is_another_event() -> None:
    text = (
        "The party secretary of a cooperative farm in Musan County was dismissed last month. "
        "In Hoeryong, the head of the city's trading company was dismissed in April."
    )
    assert len(_of(text, "punishment")) == 2


def test_a_fronted_setting_the_earlier_sentence_names_restates_the_case() -> None:
    text = (
        "The party secretary of a cooperative farm in Musan County was dismissed last month. "
        "In Musan, the secretary's dismissal was announced at a meeting of farm workers."
    )
    assert len(_of(text, "punishment")) == 1

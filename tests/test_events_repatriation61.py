"""Returns (helper session ret61): a second verb the parser hangs on the time noun that ends the
first verb's phrase ("arrested that spring and handed over") still shares the first verb's
people (invented sentences)."""

from __future__ import annotations

import tessera


def returns(text: str) -> list:
    return [e for e in tessera.extract(text, published="2031-03-04") if e.type == "repatriation"]


def test_a_handover_joined_to_an_arrest_past_a_season_is_read() -> None:
    text = (
        "Her cousin fared worse: she was detained by Chinese police in Helong that winter and "
        "handed over to the North at Namyang."
    )
    found = returns(text)
    assert len(found) == 1
    assert found[0].status == "occurred"


def test_the_handover_keeps_the_arrested_person_as_its_victim() -> None:
    text = "The fisherman was seized by Chinese police in Dandong that autumn and handed over to North Korea."
    found = returns(text)
    assert found
    assert found[0].victims is not None and "fisherman" in found[0].victims.text


def test_a_verb_with_its_own_subject_after_the_season_is_not_a_handover() -> None:
    text = (
        "She was detained by Chinese police in Helong that winter and her brother handed the "
        "money over to a broker."
    )
    assert returns(text) == []


def test_a_handover_feared_after_an_arrest_stays_at_risk() -> None:
    text = (
        "The two women were detained in Yanji last week, and activists fear they could be handed "
        "over to North Korea within days."
    )
    found = returns(text)
    assert found
    assert all(e.status == "at_risk" for e in found)


def test_people_driven_in_a_van_across_the_bridge_are_returned() -> None:
    text = (
        "Two months later he was driven in a police van with nine other detainees across the "
        "Tumen bridge to Namyang."
    )
    found = returns(text)
    assert len(found) == 1
    assert found[0].status == "occurred"


def test_workers_bused_across_the_bridge_to_china_are_not_returned() -> None:
    text = (
        "About 150 North Korean seamstresses were bused in convoys across the Friendship Bridge "
        "to Dandong on Monday to start work at garment factories."
    )
    assert returns(text) == []


def test_people_handed_over_at_a_border_town_are_returned() -> None:
    text = "About 25 North Koreans held in Yanji were handed over at Namyang on Tuesday, a source said."
    found = returns(text)
    assert len(found) == 1
    assert found[0].status == "occurred"


def test_goods_handed_over_at_a_border_town_are_no_return() -> None:
    text = "The smuggled phones were handed over at Dandong to a trader from Pyongyang on Tuesday."
    assert returns(text) == []

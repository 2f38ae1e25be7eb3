"""Events stage: an act retold by the whole of the groups it counted ("all five") is the event
told again; another count or people marked as others stay another event.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def count_of(text: str, event_type: str) -> int:
    return [e.type for e in events_of(text)].count(event_type)


def test_all_n_summing_the_groups_of_one_act_retells_it() -> None:
    text = (
        "Border guards caught three fishermen and two smugglers on a beach near Chongjin. "
        "All five were taken to a police station in the town."
    )
    before = count_of(
        "Border guards caught three fishermen and two smugglers on a beach near Chongjin.", "arrest"
    )
    assert count_of(text, "arrest") == before


def test_a_count_that_is_not_the_sum_stays_another_act() -> None:
    text = (
        "Border guards caught three fishermen and two smugglers on a beach near Chongjin. "
        "All seven were taken to a police station in the town."
    )
    before = count_of(
        "Border guards caught three fishermen and two smugglers on a beach near Chongjin.", "arrest"
    )
    assert count_of(text, "arrest") == before + 1


def test_others_with_the_same_count_stay_another_act() -> None:
    text = (
        "Border guards caught three fishermen and two smugglers on a beach near Chongjin. "
        "Five others were also taken to a police station in the town."
    )
    before = count_of(
        "Border guards caught three fishermen and two smugglers on a beach near Chongjin.", "arrest"
    )
    assert count_of(text, "arrest") == before + 1


def test_custody_by_the_south_on_arrival_ends_the_flight() -> None:
    text = (
        "A North Korean fisherman rowed across the sea border near Yeonpyeong Island on Friday "
        "and was taken into custody by South Korean marines, the defence ministry said."
    )
    types = [e.type for e in events_of(text)]
    assert "escape" in types
    assert "arrest" not in types
    escape = next(e for e in events_of(text) if e.type == "escape")
    assert all(actor.country != "KR" for actor in escape.perpetrators)


def test_custody_by_the_north_stays_an_arrest() -> None:
    text = (
        "A North Korean fisherman rowed across the river into China on Friday and was taken into "
        "custody by North Korean border guards a week later."
    )
    assert "arrest" in [e.type for e in events_of(text)]

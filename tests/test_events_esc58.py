"""Events stage (esc58): a flight told by the ice, the raft, the current or the far bank it reached
("walked across the ice to Linjiang", "drifted over the Tumen on a raft", "reached the Russian
shore"), a dash across the Joint Security Area, a swim to an island of the sea border, a sailor
who jumps ship; and their look-alikes (goods carried over the ice, a boat drifting across the sea
border and sent home). Every sentence here is invented for these tests."""

from __future__ import annotations

from events_helpers import events_of_type


def test_walking_across_the_ice_is_an_escape() -> None:
    text = "Two sisters from Kimhyongjik walked across the ice to Linjiang in early February."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "occurred"


def test_crossing_the_ice_is_an_escape() -> None:
    text = "A railway worker and his son crossed the ice from Manpo on 3 January, relatives said."
    assert len(events_of_type(text, "escape")) == 1


def test_goods_carried_over_the_ice_are_no_flight() -> None:
    text = "Smugglers carried bags of copper wire across the ice to Changbai on Tuesday night."
    assert events_of_type(text, "escape") == []


def test_drifting_over_the_river_on_a_raft_is_an_escape() -> None:
    text = "Four farm workers drifted over the Tumen from Namyang on a raft of lashed planks last week."
    assert len(events_of_type(text, "escape")) == 1


def test_a_boat_drifting_across_the_sea_border_is_no_flight() -> None:
    text = (
        "A North Korean fishing boat drifted across the maritime border on Monday, and its three "
        "crewmen were sent home on Thursday."
    )
    assert events_of_type(text, "escape") == []


def test_reaching_the_far_bank_is_an_escape() -> None:
    text = "Three young soldiers who reached the Russian shore of the Tumen in May are held in Khasan."
    assert len(events_of_type(text, "escape")) == 1


def test_letting_the_current_carry_them_is_no_permission() -> None:
    text = "On Friday night two labourers let the current carry them downstream to the Chinese bank."
    assert len(events_of_type(text, "escape")) == 1


def test_a_permission_to_travel_stays_unread() -> None:
    text = "Officials in Beijing should let the women travel on to a third country."
    assert events_of_type(text, "escape") == []


def test_sprinting_across_the_joint_security_area_is_an_escape() -> None:
    text = "A North Korean corporal sprinted across the Joint Security Area on Tuesday morning."
    assert len(events_of_type(text, "escape")) == 1


def test_swimming_to_an_island_of_the_sea_border_is_an_escape() -> None:
    text = "In July a North Korean man swam to Baengnyeong Island wearing a rubber tyre, marines said."
    assert len(events_of_type(text, "escape")) == 1


def test_a_sailor_jumping_ship_is_an_escape() -> None:
    text = "A North Korean sailor jumped ship at the port of Vladivostok last month, officials said."
    assert len(events_of_type(text, "escape")) == 1


def test_crossing_a_section_of_the_line_is_an_escape() -> None:
    text = "In April a sergeant crossed the central section of the line in Cheorwon."
    assert len(events_of_type(text, "escape")) == 1


def test_a_bank_not_reached_before_the_capture_adds_no_second_flight() -> None:
    text = (
        "A miner tried to swim across the Tumen on Sunday but guards pulled him out before he "
        "reached the Chinese bank."
    )
    escapes = events_of_type(text, "escape")
    assert [e.status for e in escapes] == ["attempted"]

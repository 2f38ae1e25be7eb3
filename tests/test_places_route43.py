"""Places (route43): an arrival in the South of people the report has abroad is the last leg of
their journey, and sets out from the place abroad, not from the North or a home town there."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_an_arrival_of_people_held_abroad_sets_out_from_where_they_were_held():
    text = (
        "Six North Korean women who had been detained in Vietnam arrived at Incheon airport on "
        "Friday, an official said."
    )
    (ev,) = _place(text, _event(text, "escape", "arrived"))
    assert ev.origin is not None and ev.origin.country == "VN"
    assert ev.destination is not None and ev.destination.country == "KR"


def test_an_arrival_told_after_a_flight_abroad_sets_out_from_that_place():
    text = (
        "Three North Korean cooks fled their restaurant in Vientiane in June and hid at a church. "
        "The three landed at Incheon on Sunday, the source said."
    )
    (ev,) = _place(text, _event(text, "escape", "landed"))
    assert ev.origin is not None and ev.origin.country == "LA"


def test_a_home_town_is_not_where_an_arrival_from_abroad_set_out():
    text = (
        "The woman, from Hyesan, fled a factory in Shenyang with two friends; officials said the "
        "other two had reached Seoul."
    )
    (ev,) = _place(text, _event(text, "escape", "reached"))
    assert ev.origin is not None and ev.origin.country == "CN"


def test_an_arrival_by_sea_with_nothing_abroad_told_still_leaves_the_north():
    text = "Four North Korean fishermen arrived off Sokcho in a small boat on Monday, the navy said."
    (ev,) = _place(text, _event(text, "escape", "arrived"))
    assert ev.origin is not None and ev.origin.country == "KP"


def test_a_crossing_from_the_bank_of_another_state_begins_on_that_bank():
    text = (
        "Police in Nong Khai arrested six North Koreans on Monday after they stepped off a boat on "
        "the Mekong riverbank. The six had crossed from the Lao side of the river overnight, an "
        "officer told reporters."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == "LA"
    assert ev.destination is not None and ev.destination.country == "TH"


def test_from_a_state_hung_on_the_verb_that_carried_people_across_a_river_is_the_origin():
    text = (
        "Police in Chiang Khong district detained four North Koreans on Sunday soon after they came "
        "ashore from a raft that had carried them across the Mekong River from Laos, officers said."
    )
    (ev,) = _place(text, _event(text, "escape", "came ashore"))
    assert ev.origin is not None and ev.origin.country == "LA"


def test_a_home_named_on_a_noun_gives_way_to_the_place_in_the_north_the_flight_left():
    text = (
        "The soldier, a 20-year-old conscript from Wonsan, left his post near Hyesan with his rifle "
        "and officials suspect he has fled to China."
    )
    (ev,) = _place(text, _event(text, "escape", "left"))
    assert ev.origin is not None and ev.origin.name == "Hyesan"


def test_a_return_told_again_without_a_start_of_its_own_left_where_the_first_telling_said():
    text = (
        "Nine women arrested in Shenyang in May were among a group of North Koreans sent back from "
        "Tumen on Friday, a source said. About 40 people were driven across the river bridge to "
        "Namyang in trucks and handed to state security officers."
    )
    first = _event(text, "repatriation", "sent back")
    second = _event(text, "repatriation", "driven")
    _, ev = _place(text, first, second)
    assert ev.origin is not None and ev.origin.name == "Tumen"


def test_a_return_through_the_crossing_at_a_town_begins_at_that_town():
    text = (
        "About 40 North Koreans were returned from China's Jilin province on Monday through "
        "the border crossing at Tumen, an activist said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "returned"))
    assert ev.origin is not None and ev.origin.name == "Tumen"


def test_a_later_return_feared_for_others_keeps_its_own_start():
    text = (
        "Nine women were sent back from Tumen on Monday, a source said. Dozens more remain in "
        "detention in Liaoning and could be returned at any time."
    )
    first = _event(text, "repatriation", "sent back")
    second = _event(text, "repatriation", "returned")
    second = second.with_(status="at_risk")
    _, ev = _place(text, first, second)
    assert ev.origin is not None and ev.origin.name != "Tumen"


def test_a_flight_from_a_border_town_into_the_country_across_lands_in_the_town_facing_it():
    text = "A young soldier waded across the river from Hyesan into China on Sunday, a source said."
    (ev,) = _place(text, _event(text, "escape", "waded"))
    assert ev.destination is not None and ev.destination.name == "Changbai"

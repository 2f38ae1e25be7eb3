"""Places (legs42): which leg of a flight through several countries a sentence tells.

A crossing told by the feature it crosses is the leg the sentence is about, also when the feature
has no gazetteer row and is named by its own words ("the Mekong"): its far bank is where the flight
went, a goal further off ("later flown to Seoul") belongs to a later leg, and a crossing into a
third country between two foreign states began on the other bank, not in China. "The river" in a
report that names no border river is, for people leaving the North, its river with China."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_crossing_of_the_mekong_is_the_leg_told_not_the_later_flight_to_seoul():
    text = (
        "Thai police detained nine North Koreans at Nong Khai after they crossed the Mekong from "
        "Vientiane on a raft, before all were later flown to Seoul."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == "LA"
    assert ev.destination is not None and ev.destination.country == "TH"


def test_a_crossing_of_the_mekong_into_thailand_began_in_laos_not_china():
    text = (
        "BANGKOK -- Six North Korean defectors who were caught by Thai police after crossing the "
        "Mekong River on Sunday will be handed to immigration officials, a police officer said."
    )
    (ev,) = _place(text, _event(text, "escape", "crossing"))
    assert ev.destination is not None and ev.destination.country == "TH"
    assert ev.origin is not None and ev.origin.country == "LA"


def test_the_river_crossed_again_in_a_report_naming_no_river_leads_into_china():
    text = (
        "A woman now in Seoul said she was sent back in 2018 and spent two years in a labour "
        "camp. She crossed the river again in 2020 and reached South Korea the next year."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.country == "CN"


def test_a_child_carried_across_the_river_went_into_china():
    text = (
        "The girl was born in North Korea and was carried across the river by her father in 2021, "
        "when she was five, her aunt said."
    )
    (ev,) = _place(text, _event(text, "escape", "carried"))
    assert ev.origin is not None and ev.origin.country == "KP"
    assert ev.destination is not None and ev.destination.country == "CN"


def test_the_river_in_a_mekong_report_is_not_the_norths_river():
    text = (
        "Police in Chiang Khong arrested four North Koreans on the bank of the Mekong on Friday. "
        "They had crossed the river from Laos at night, the police chief said."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.country == "TH"


def test_a_crossing_into_vietnam_began_at_the_chinese_town_its_sentence_names():
    text = (
        "Vietnamese border guards detained three North Koreans near Mong Cai on Saturday after "
        "they crossed the Ka Long river from Dongxing, a source said."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.name == "Dongxing"
    assert ev.destination is not None and ev.destination.country == "VN"

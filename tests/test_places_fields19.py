"""Places (fields19): an act of control told of people whose relatives live in the South, or who
called it, did not happen in the South unless the South's own authorities act; a flight read at the
help it had takes the places of its verb; "the border area" in a story set in a border town is that
town."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_relatives_home_in_the_south_is_not_where_people_were_detained():
    text = (
        "Security agents in Kilju have begun checking households with relatives abroad. "
        "Two men whose brothers live in Seoul were detained last week after agents found phones."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "KP"


def test_a_punishment_of_people_with_kin_in_the_south_stays_in_the_story_town():
    text = (
        "Police in Hyesan searched dozens of homes this month. "
        "Three women whose sons live in Seoul were dismissed from their jobs."
    )
    (ev,) = _place(text, _event(text, "punishment", "dismissed"))
    assert ev.where is not None and ev.where.country == "KP"


def test_the_souths_own_police_acting_keep_the_south():
    text = "South Korean police detained a man in Incheon on Monday on charges of spying for Pyongyang."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "KR"


def test_the_souths_forces_in_the_sentence_before_keep_the_south():
    text = (
        "South Korean troops escorted the soldier to a guard post. "
        "He was detained at a base in Paju overnight."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "KR"


def test_a_flight_read_at_the_help_it_had_takes_the_places_of_its_verb():
    text = "The group had traveled from Kunming with the help of a broker before police stopped them."
    (ev,) = _place(text, _event(text, "escape", "help of a broker"))
    assert ev.origin is not None and ev.origin.name == "Kunming"


def test_the_border_area_in_a_story_set_in_a_border_town_is_that_town():
    text = (
        "Guards shot a man trying to cross the river near Hyesan last week. "
        "Residents of the border area have since been barred from approaching the river."
    )
    shot, ev = _place(text, _event(text, "violence", "shot"), _event(text, "movement_restriction", "barred"))
    assert shot.where is not None and shot.where.name == "Hyesan"
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_daluo_is_the_yunnan_border_town():
    text = "Five North Koreans were detained in Daluo, a town on the border with Myanmar."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.admin1 == "Yunnan" and ev.where.lat < 23


def test_northeast_china_has_a_centre():
    text = "Three women who had lived in northeast China for years were detained by police in Laos."
    (ev,) = _place(text, _event(text, "escape", "lived"))
    assert ev.origin is not None and ev.origin.name == "Northeast China" and ev.origin.lat is not None


def test_mong_la_is_the_shan_state_town_not_mengla():
    text = "Police in Mong La detained six North Koreans who had crossed from Daluo the night before."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "MM"


def test_a_dateline_in_capitals_names_this_town():
    text = "TACHILEIK, Myanmar — A court in this town on the Thai border fined six North Koreans on Monday."
    (ev,) = _place(text, _event(text, "punishment", "fined"))
    assert ev.where is not None and ev.where.name == "Tachileik"


def test_a_home_city_of_people_is_not_where_they_were_caught():
    text = "The family, from the northern border city of Hyesan, was caught on March 6 in a village in China's Jilin province."
    (ev,) = _place(text, _event(text, "arrest", "caught"))
    assert ev.where is not None and ev.where.country == "CN"

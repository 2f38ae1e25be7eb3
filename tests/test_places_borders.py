"""Border features and the flights across them; flights from places of work abroad (invented text)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.places.borders import bare_river, borders, by_id, far_side, named_in


def test_every_feature_has_two_sides_and_a_way_to_be_named() -> None:
    for b in borders():
        assert len(set(b.sides)) == 2, b.name
        assert b.ids or b.phrases is not None, b.name


def test_far_side_of_the_tumen_and_the_mekong() -> None:
    tumen = by_id("kp-tumen-river")
    assert tumen is not None and tumen.far_side("KP") == "CN" and tumen.far_side("CN") == "KP"
    assert tumen.far_side("TH") is None
    assert far_side(named_in("they swam the Mekong at night"), "LA") == "TH"
    assert far_side(named_in("a boat crossed the maritime border"), "KP") == "KR"


def test_bare_river_stands_for_the_border_river_named_before() -> None:
    found = bare_river("Guards caught a man wading across the river.", ["kp-hyesan", "kp-yalu-river"])
    assert found is not None and found.name == "Yalu River"
    assert bare_river("Guards caught a man wading across the river.", ["kp-hyesan"]) is None


def test_boat_across_the_maritime_border_goes_to_the_south() -> None:
    text = "Three North Korean fishermen crossed the maritime border in a small boat at dawn on Monday."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == "KP"
    assert ev.destination is not None and ev.destination.country == "KR"


def test_wading_across_the_river_named_earlier_goes_to_china() -> None:
    text = (
        "Security agents have raided homes in villages along the Yalu River in Hyesan. "
        "Soldiers shot at a young woman who was trying to wade across the river on Sunday night."
    )
    (ev,) = _place(text, _event(text, "escape", "wade across"))
    assert ev.destination is not None and ev.destination.country == "CN"


def test_crossing_the_river_comes_before_a_later_goal() -> None:
    text = (
        "In 2015 the farmer crossed the Yalu again and reached South Korea through Mongolia two years later."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.country == "CN"


def test_mekong_from_laos_goes_to_thailand() -> None:
    text = "Five North Korean women who crossed the Mekong from Laos were found hiding in a banana grove."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == "LA"
    assert ev.destination is not None and ev.destination.country == "TH"


def test_workers_who_flee_a_site_abroad_stay_in_that_country() -> None:
    text = "Four North Korean welders fled a shipyard in Nakhodka on Friday night, a contractor said."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.name == "Nakhodka"
    assert ev.destination is not None and ev.destination.country == "RU"
    assert ev.destination.precision == "country"


def test_where_people_work_is_where_their_flight_began() -> None:
    text = (
        "A team of North Korean painters working on an apartment block in Russia's Primorsky Krai "
        "vanished last month, and their bosses believe they have defected, a source said."
    )
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.origin is not None and ev.origin.name == "Primorsky Krai"
    assert ev.destination is not None and ev.destination.country == "RU"


def test_officials_stationed_in_a_country_send_people_home_from_its_town() -> None:
    text = (
        "A North Korean cook who had been sent to Khabarovsk ran away from his restaurant in May. "
        "Security officials stationed in Russia have been hunting for him. "
        "Two of his colleagues were sent back to Pyongyang in June."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.name == "Khabarovsk"


def test_mongolian_provinces_are_known() -> None:
    text = "Six North Koreans who walked into Omnogovi province from China were caught by a patrol."
    (ev,) = _place(text, _event(text, "escape", "walked"))
    assert ev.destination is not None and ev.destination.country == "MN"
    assert ev.destination.name == "Omnogovi" and ev.destination.precision == "province"


def test_acting_state_arrest_is_where_the_people_had_crossed_to() -> None:
    text = (
        "Mongolian border guards detained five North Koreans who had crossed into Dornod province last week."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Dornod"


def test_flight_over_the_border_starts_in_the_town_named_later() -> None:
    text = (
        "Guards caught a family of four trying to flee over the Sino-North Korean border last week. "
        "They are being held by state security in Hoeryong, a source said."
    )
    (ev,) = _place(text, _event(text, "escape", "flee"))
    assert ev.origin is not None and ev.origin.name == "Hoeryong"


def test_sent_back_to_china_from_the_town_of_the_third_country() -> None:
    text = (
        "Police detained six North Koreans in Oudomxay province on Sunday. "
        "The six had crossed into Laos from China a week earlier. "
        "Activists fear they will be sent back to China."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.name == "Oudomxay"


def test_a_transfer_still_expected_is_not_where_people_are_held() -> None:
    text = (
        "Chinese police detained eight women in Dalian last month. "
        "They are expected to be moved to a holding centre in Dandong for repatriation."
    )
    (ev,) = _place(text, _event(text, "repatriation", "repatriation"))
    assert ev.origin is not None and ev.origin.name == "Dalian"


def test_border_with_china_after_a_third_country_place_is_not_the_norths() -> None:
    text = (
        "Vietnamese police detained five North Koreans in Lao Cai near the border with China on Monday. "
        "The five had been trying to reach Cambodia."
    )
    (ev,) = _place(text, _event(text, "escape", "trying to reach"))
    assert ev.origin is not None and ev.origin.country == "VN"


def test_a_capital_asked_to_act_is_its_government() -> None:
    text = (
        "Lao police detained four North Koreans in Oudomxay province last week. "
        "Seoul has asked Vientiane not to deport them to China."
    )
    (ev,) = _place(text, _event(text, "repatriation", "deport"))
    assert ev.origin is not None and ev.origin.name == "Oudomxay"


def test_police_in_the_city_point_back_to_the_town_named_before() -> None:
    text = (
        "A mother and her son have been missing from their flat in Hyesan, a city on the Yalu, since May, "
        "a trader in Ryanggang Province said. "
        "Police in the city suspect that the pair have defected."
    )
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.origin is not None and ev.origin.name == "Hyesan"
    assert ev.destination is not None and ev.destination.country == "CN"


def test_sent_back_then_held_in_a_north_korean_town() -> None:
    text = (
        "Chinese police caught me in Longjing and sent me back in the summer. "
        "At the police holding centre in Musan the guards took my shoes and my money."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent me back"))
    assert ev.destination is not None and ev.destination.name == "Musan County"


def test_a_later_town_not_told_as_a_place_of_holding_is_no_destination() -> None:
    text = (
        "Chinese police caught me in Longjing and sent me back in the summer. "
        "My brother still sells rice in the market of Musan."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent me back"))
    assert ev.destination is not None and ev.destination.name == "North Korea"


def test_boat_picked_up_by_the_souths_navy_ends_in_the_south() -> None:
    text = "A fishing boat carrying three North Koreans was picked up by the South Korean navy on Sunday."
    (ev,) = _place(text, _event(text, "escape", "picked up"))
    assert ev.origin is not None and ev.origin.country == "KP"
    assert ev.destination is not None and ev.destination.country == "KR"


def test_fleeing_into_an_embassy_goes_to_its_city() -> None:
    text = "Two North Korean students fled into the South Korean embassy in Phnom Penh on Monday."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.destination is not None and ev.destination.country == "KH"
    assert ev.origin is None or ev.origin.country != "KH"


def test_workers_who_ran_away_from_their_factory_stay_in_that_country() -> None:
    text = "Seamstresses posted to Dandong by a state firm ran away from their factory last month."
    (ev,) = _place(text, _event(text, "escape", "ran away"))
    assert ev.origin is not None and ev.origin.name == "Dandong"
    assert ev.destination is not None and ev.destination.country == "CN"


def test_where_a_flight_to_the_south_crossed_is_told_next() -> None:
    text = (
        "A North Korean soldier defected to the South on Friday. "
        "He was spotted crawling through a minefield near Paju, the military said."
    )
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.where is not None and ev.where.name == "Paju"


def test_where_people_live_later_is_not_where_they_crossed() -> None:
    text = "A North Korean soldier defected to the South in 2019. He now lives in Paju with his wife."
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.where is None or ev.where.name != "Paju"


def test_the_souths_frontline_towns_are_known_in_their_own_spelling() -> None:
    text = (
        "Two North Korean fishermen crossed the sea border on Tuesday. "
        "A navy patrol found their boat drifting off Goseong, Gangwon Province."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.country == "KR"
    assert ev.where is not None and ev.where.name == "Goseong" and ev.where.country == "KR"


def test_a_flight_through_indochina_leads_to_the_south() -> None:
    text = "Six North Korean teenagers trying to defect through Indochina were caught in Cambodia."
    (ev,) = _place(text, _event(text, "escape", "defect"))
    assert ev.destination is not None and ev.destination.country == "KR"


def test_returned_via_china_from_where_they_were_held() -> None:
    text = (
        "Lao police arrested eight North Koreans in Oudomxay province in May. "
        "The eight were later returned to North Korea via China, a UN official said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "returned"))
    assert ev.origin is not None and ev.origin.country == "LA"


def test_drifting_into_the_souths_waters_ends_in_the_south() -> None:
    text = "Three North Korean fishermen drifted into South Korean waters on a broken boat on Monday."
    (ev,) = _place(text, _event(text, "escape", "drifted"))
    assert ev.destination is not None and ev.destination.country == "KR"


def test_a_boat_from_the_north_found_at_a_southern_island_reached_the_south() -> None:
    text = (
        "A North Korean fishing boat with four men aboard fled and was found near Ulleung Island on Friday."
    )
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.country == "KP"
    assert ev.destination is not None and ev.destination.name == "Ulleung Island"


def test_where_in_the_north_a_flight_crossed_is_told_next() -> None:
    text = "Two brothers escaped from North Korea in April. They crossed the river at Onsong before dawn."
    (ev,) = _place(text, _event(text, "escape", "escaped"))
    assert ev.origin is not None and ev.origin.name == "Onsong County"


def test_where_another_verb_moved_people_from_is_not_where_a_flight_began() -> None:
    text = (
        "Relatives of two loggers who fled a North Korean-run camp in Russia were moved from Pyongyang "
        "to a farm in the countryside."
    )
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.country == "RU"


def test_a_third_states_police_near_the_border_with_china_act_on_its_soil() -> None:
    text = (
        "Six North Koreans were detained by Lao police near the border with China last week. "
        "They are held in Oudomxay province, a pastor said."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "LA"


def test_a_flight_during_a_trip_abroad_starts_there() -> None:
    text = "The engineer, a senior employee of a state firm, is said to have defected while on a work trip to Russia last year."
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.origin is not None and ev.origin.country == "RU"

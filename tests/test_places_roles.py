"""Roles: where an event happened, where people came from and went (invented report sentences)."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.geo import distance_km


def test_escape_from_county_to_chinese_city() -> None:
    text = "A family of four from Musan County, North Hamgyong Province, defected to Yanji in early March."
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.origin is not None and ev.origin.name == "Musan County" and ev.origin.precision == "county"
    assert ev.origin.admin1 == "North Hamgyong"
    assert ev.destination is not None and ev.destination.name == "Yanji" and ev.destination.country == "CN"


def test_arrest_at_train_station_is_where() -> None:
    text = "The defectors were arrested at Jilin's train station by public security officers."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "CN" and ev.where.name == "Jilin"


def test_escape_with_no_place_starts_in_north_korea() -> None:
    text = "Several soldiers have deserted their posts. One of them escaped last week, a source said."
    (ev,) = _place(text, _event(text, "escape", "escaped"))
    assert ev.origin is not None and ev.origin.country == "KP" and ev.origin.precision == "country"
    assert ev.origin.lat is None


def test_repatriation_with_no_place_goes_from_china_to_north_korea() -> None:
    text = "The women are now in danger of being repatriated, activists warned."
    (ev,) = _place(text, _event(text, "repatriation", "repatriated"))
    assert ev.origin is not None and ev.origin.country == "CN"
    assert ev.destination is not None and ev.destination.country == "KP"


def test_border_region_is_placed_at_the_middle_of_the_border() -> None:
    # The spec gives an area its centre; the border region's lies on the upper Yalu (Hyesan's side),
    # between the two ends of the Sino-Korean border.
    text = "Guards have set up new checkpoints in the border region ahead of the holiday."
    (ev,) = _place(text, _event(text, "movement_restriction", "checkpoints"))
    assert ev.where is not None and ev.where.precision == "region" and ev.where.country == "KP"
    assert ev.where.lat is not None and ev.where.lon is not None
    assert distance_km(ev.where.lat, ev.where.lon, 40.1, 124.4) < 400  # Sinuiju, the western end
    assert distance_km(ev.where.lat, ev.where.lon, 42.9, 130.0) < 300  # Onsong, the north-eastern end


def test_context_carries_the_place_to_the_next_sentence() -> None:
    text = (
        "Three traders in Hoeryong were detained last month. "
        "They were later sentenced to five years in a labour camp."
    )
    ev1, ev2 = _place(text, _event(text, "arrest", "detained"), _event(text, "punishment", "sentenced"))
    assert ev1.where is not None and ev1.where.name == "Hoeryong"
    assert ev2.where is not None and ev2.where.name == "Hoeryong"


def test_county_cue_takes_the_last_county() -> None:
    text = (
        "A family disappeared from Kimjongsuk County, Ryanggang Province. "
        "A source in Ryanggang Province said the family was poor. "
        "The local officer was questioned by the county security office."
    )
    ev = _place(text, _event(text, "interrogation", "questioned"))[0]
    assert ev.where is not None and ev.where.name == "Kimjongsuk County"


def test_source_location_is_not_the_event_place() -> None:
    text = "Sources in Shenyang reported that a man from Onsong was executed in Chongjin."
    (ev,) = _place(text, _event(text, "execution", "executed"))
    assert ev.where is not None and ev.where.name == "Chongjin"


def test_arrest_by_chinese_authorities_with_no_place_is_in_china() -> None:
    text = "The family was arrested by Chinese public security officers before they could reach a safe house."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "CN"


def test_banished_to_a_county_is_where_the_punishment_is() -> None:
    text = "Security agents told his family in Chongjin and banished them to Yonsa County last year."
    (ev,) = _place(text, _event(text, "punishment", "banished"))
    assert ev.where is not None and ev.where.name == "Yonsa County"


def test_sentence_place_far_from_the_trigger_is_the_fallback() -> None:
    text = "Police in the northern border county of Musan are searching for a family who vanished last week."
    (ev,) = _place(text, _event(text, "disappearance", "vanished"))
    assert ev.where is not None and ev.where.name == "Musan County"


def test_next_event_takes_the_previous_event_place_not_a_from_place() -> None:
    text = (
        "The security ministry began a crackdown on Chinese phones in Hoeryong, using detectors brought "
        "in from Pyongyang. At least five people have been arrested, a source in the city said."
    )
    ev1, ev2 = _place(text, _event(text, "crackdown", "crackdown"), _event(text, "arrest", "arrested"))
    assert ev1.where is not None and ev1.where.name == "Hoeryong"
    assert ev2.where is not None and ev2.where.name == "Hoeryong"


def test_dateline_and_seoul_based_group_are_not_event_places() -> None:
    text = "SEOUL, March 3 (Yonhap) -- Four North Koreans were detained last month, a Seoul-based group said."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "KP"


def test_chinese_goods_do_not_make_china_the_place() -> None:
    text = "Residents caught with Chinese phones have been arrested, a source said."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "KP"


def test_escape_from_a_work_site_abroad_starts_there() -> None:
    text = "Three North Korean workers who fled a logging camp in Khabarovsk in May are hiding in the city."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.name == "Khabarovsk"


def test_crossing_the_tumen_goes_to_china() -> None:
    text = "A woman from Onsong who crossed the Tumen River last winter is now in hiding, her sister said."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.name == "Onsong County"
    assert ev.destination is not None and ev.destination.country == "CN"


def test_defection_by_sea_to_the_south_starts_in_north_korea() -> None:
    text = "A North Korean fisherman crossed the maritime border and defected to South Korea on Monday."
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.origin is not None and ev.origin.country == "KP"


def test_defection_to_the_south_takes_the_province_named() -> None:
    text = "A soldier defected to the South across the DMZ in Gangwon Province, South Korea's military said."
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.destination is not None and ev.destination.country == "KR"
    assert ev.destination.precision == "province" and ev.destination.name == "Gangwon"


def test_lowercase_county_after_a_chinese_name_is_the_destination() -> None:
    text = "Guards caught a family as they tried to wade across the river to China's Changbai county."
    (ev,) = _place(text, _event(text, "escape", "wade"))
    assert ev.destination is not None and ev.destination.name == "Changbai"


def test_repatriation_goes_to_the_north_korean_place_named() -> None:
    text = "The two men were handed over to North Korean border guards in Sinuiju three days later."
    (ev,) = _place(text, _event(text, "repatriation", "handed over"))
    assert ev.destination is not None and ev.destination.name == "Sinuiju"


def test_travel_into_a_city_is_where_the_restriction_is() -> None:
    text = "Authorities have tightened controls on travel into Pyongyang ahead of the holiday."
    (ev,) = _place(text, _event(text, "movement_restriction", "controls"))
    assert ev.where is not None and ev.where.name == "Pyongyang"


def test_country_subject_yields_to_the_city_named_in_the_sentence() -> None:
    text = "North Korea publicly executed three men in the northern port city of Chongjin last month."
    (ev,) = _place(text, _event(text, "execution", "executed"))
    assert ev.where is not None and ev.where.name == "Chongjin"


def test_border_area_around_a_city_is_that_city() -> None:
    text = "Since the shooting, the border area around Hyesan has been placed under a night curfew."
    (ev,) = _place(text, _event(text, "movement_restriction", "placed"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_caught_in_china_and_returned_is_not_caught_in_north_korea() -> None:
    text = "Four of them said they had been caught by Chinese police and returned to North Korea in 2012."
    (ev,) = _place(text, _event(text, "arrest", "caught"))
    assert ev.where is not None and ev.where.country == "CN"


def test_the_subject_of_questioning_is_not_where_it_happened() -> None:
    text = (
        "Three traders were detained in Musan in May. "
        "They were questioned for ten days about whether they had met missionaries in China."
    )
    (ev,) = _place(text, _event(text, "interrogation", "questioned"))
    assert ev.where is not None and ev.where.name == "Musan County"


def test_escape_of_a_worker_posted_abroad_starts_where_he_was_posted() -> None:
    text = "A North Korean welder who had been sent to Khabarovsk on a labour contract fled his dormitory in May."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.name == "Khabarovsk"


def test_workers_sent_home_from_a_posting_abroad_leave_from_there() -> None:
    text = (
        "A logger who had been sent to Khabarovsk disappeared in April. "
        "Three of his colleagues were sent back to Pyongyang a week later."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.country == "RU"
    assert ev.destination is not None and ev.destination.name == "Pyongyang"


def test_crossing_the_dmz_goes_to_the_south() -> None:
    text = "A North Korean private crossed the Demilitarized Zone on foot early on Sunday."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.country == "KR"


def test_walking_out_of_a_camp_abroad_starts_there() -> None:
    text = "Two loggers who walked out of a timber camp in the Russian Far East have reached Seoul."
    (ev,) = _place(text, _event(text, "escape", "walked out"))
    assert ev.origin is not None and ev.origin.country == "RU"


def test_deported_woman_living_in_the_south_was_deported_from_china() -> None:
    text = "The woman, who now lives in Suwon, said she was deported back in 2009."
    (ev,) = _place(text, _event(text, "repatriation", "deported"))
    assert ev.origin is not None and ev.origin.country == "CN"


def test_being_abroad_is_where_an_escape_went() -> None:
    text = "The family is believed to be in Yanji now."
    (ev,) = _place(text, _event(text, "escape", "be in Yanji"))
    assert ev.destination is not None and ev.destination.name == "Yanji"
    assert ev.origin is not None and ev.origin.country == "KP"


def test_sent_back_to_china_from_a_third_country() -> None:
    text = (
        "Seven defectors were detained in Luang Namtha, Laos. They are at risk of being sent back to China."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.destination is not None and ev.destination.country == "CN"
    assert ev.origin is not None and ev.origin.country == "LA"


# --- who acted says where (invented sentences) ---------------------------------------------------

ACTING_AUTHORITIES = [
    ("Two North Korean women were detained by Lao police on Tuesday.", "detained", "LA"),
    ("Thai immigration officers arrested 40 North Koreans on Friday, officials said.", "arrested", "TH"),
    ("Burmese authorities have arrested a group of North Koreans, a monk said.", "arrested", "MM"),
    ("A family of three was caught by Chinese border security forces last week.", "caught", "CN"),
    ("Cambodian police arrested a North Korean man on immigration charges.", "arrested", "KH"),
    ("Russian police detained two loggers who had left their camp.", "detained", "RU"),
]


@pytest.mark.parametrize(("text", "trigger", "country"), ACTING_AUTHORITIES)
def test_the_acting_states_authorities_say_the_country(text: str, trigger: str, country: str) -> None:
    (ev,) = _place(text, _event(text, "arrest", trigger))
    assert ev.where is not None and ev.where.country == country and ev.where.precision == "country"


def test_acting_authorities_take_their_countrys_town_named_before() -> None:
    text = (
        "The group crossed the Mekong and hid in a guesthouse in Luang Namtha. "
        "They were detained by Lao police two days later."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "LA" and ev.where.name == "Luang Namtha"


def test_awaiting_repatriation_to_the_north_is_not_where_they_were_caught() -> None:
    text = "About twenty defectors were caught by Chinese police and are awaiting repatriation to the North."
    (ev,) = _place(text, _event(text, "arrest", "caught"))
    assert ev.where is not None and ev.where.country == "CN"


def test_a_goal_not_reached_is_not_where_the_arrest_was() -> None:
    text = "The women were arrested while attempting to travel to Thailand, a source said."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country != "TH"


def test_dateline_city_is_not_the_event_place() -> None:
    text = "BANGKOK (AP) — Four North Korean defectors were executed last month, a Seoul-based group said."
    (ev,) = _place(text, _event(text, "execution", "executed"))
    assert ev.where is not None and ev.where.country == "KP"


def test_dateline_with_country_is_not_the_event_place() -> None:
    text = "SEOUL, South Korea – A woman was arrested for selling phones, a rights group said."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "KP"


def test_dateline_city_is_the_hint_when_its_own_police_acted() -> None:
    text = "BANGKOK (Reuters) - Thai police said on Tuesday they had detained 30 North Koreans in a raid."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "TH" and ev.where.name == "Bangkok"


def test_repatriation_from_a_third_country_starts_where_they_were_held() -> None:
    text = (
        "Burmese police arrested twelve North Koreans in Tachileik last week. "
        "A court ruled that they be deported."
    )
    (ev,) = _place(text, _event(text, "repatriation", "deported"))
    assert ev.origin is not None and ev.origin.country == "MM" and ev.origin.precision == "city"
    assert ev.destination is not None and ev.destination.country == "KP"


def test_calls_from_seoul_are_not_where_a_repatriation_started() -> None:
    text = "China sent back about 200 North Koreans this month despite repeated calls from Seoul."
    (ev,) = _place(text, _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.country == "CN"


def test_a_capital_standing_for_its_government_is_not_a_place() -> None:
    text = (
        "Beijing has refused to recognise the women as refugees. "
        "They were repatriated to North Korea on Sunday, relatives said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "repatriated"))
    assert ev.origin is not None and ev.origin.country == "CN" and ev.origin.name != "Beijing"


def test_an_escape_over_the_chinese_border_ends_in_china() -> None:
    text = "A mother and her son from Musan tried to flee over the border with China in April."
    (ev,) = _place(text, _event(text, "escape", "flee"))
    assert ev.destination is not None and ev.destination.country == "CN"
    assert ev.origin is not None and ev.origin.name == "Musan County"


def test_panmunjom_by_any_name_is_where_a_crossing_was() -> None:
    text = "The soldier defected to the South through the Joint Security Area on Monday."
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.where is not None and ev.where.name == "Panmunjom" and ev.where.country == "KR"
    assert ev.destination is not None and ev.destination.country == "KR"


def test_a_country_order_about_its_border_area_is_placed_at_the_border() -> None:
    text = "North Korea has ordered guards to shoot anyone within a kilometre of the border with China."
    (ev,) = _place(text, _event(text, "movement_restriction", "shoot"))
    assert ev.where is not None and ev.where.country == "KP" and ev.where.precision == "region"


def test_one_event_in_several_places_is_the_area_they_span() -> None:
    text = "Police detained about eighty women in Yanji, Hunchun and Tumen over the summer."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.precision == "region" and ev.where.country == "CN"
    assert ev.where.lat is not None and distance_km(ev.where.lat, ev.where.lon, 42.9, 129.8) < 100
    assert "Yanji" in ev.where.name and "Tumen" in ev.where.name


def test_a_flight_onward_from_a_third_country_starts_there() -> None:
    text = (
        "The group had been hiding in Tachileik for a month. "
        "Nineteen North Koreans were caught trying to reach Thailand."
    )
    (ev,) = _place(text, _event(text, "escape", "reach"))
    assert ev.origin is not None and ev.origin.country == "MM"


def test_an_escape_starts_in_the_home_town_named_further_on() -> None:
    text = "Four people defected last month. All of them came from Hoeryong, a source said."
    (ev,) = _place(text, _event(text, "escape", "defected"))
    assert ev.origin is not None and ev.origin.name == "Hoeryong"


def test_where_goods_came_from_is_not_where_they_were_seized() -> None:
    text = "Security agents searched homes for videos smuggled in from the South, a source said."
    (ev,) = _place(text, _event(text, "search", "searched"))
    assert ev.where is not None and ev.where.country == "KP"


def test_to_the_safety_of_a_country_is_where_an_escape_went() -> None:
    text = "The teacher escaped to the relative safety of China before the purge."
    (ev,) = _place(text, _event(text, "escape", "escaped"))
    assert ev.destination is not None and ev.destination.country == "CN"


def test_according_to_names_no_goal() -> None:
    text = "North Korea set up a buffer zone according to the needs of the border region with China."
    (ev,) = _place(text, _event(text, "movement_restriction", "buffer zone"))
    assert ev.where is not None and ev.where.precision == "region" and ev.where.country == "KP"


def test_a_country_passed_through_is_not_where_a_flight_began() -> None:
    text = "A North Korean defector who fled through Laos was arrested by Thai police last week."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.country == "KP"


def test_a_worker_fleeing_a_site_abroad_starts_where_the_sentence_puts_him() -> None:
    text = "Russian police in Khabarovsk arrested a North Korean worker who had fled a construction site."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.country == "RU" and ev.origin.name == "Khabarovsk"


CAUGHT_AFTER_CROSSING = (
    "The family was caught by Laotian authorities after crossing the Mekong from China, "
    "and deported to China a week later."
)


def test_an_arrest_after_crossing_from_a_country_is_on_the_acting_states_soil() -> None:
    (ev,) = _place(CAUGHT_AFTER_CROSSING, _event(CAUGHT_AFTER_CROSSING, "arrest", "caught"))
    assert ev.where is not None and ev.where.country == "LA"


def test_a_flight_ends_where_the_authorities_who_caught_it_act() -> None:
    (ev,) = _place(CAUGHT_AFTER_CROSSING, _event(CAUGHT_AFTER_CROSSING, "escape", "crossing"))
    assert ev.origin is not None and ev.origin.country == "CN"
    assert ev.destination is not None and ev.destination.country == "LA"


def test_a_place_people_were_sent_back_to_is_not_their_home_town() -> None:
    text = "A woman fled to China in 2019. She was arrested in Dandong in May and sent back to Sinuiju."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.name != "Sinuiju"


def test_people_stopped_in_a_third_country_start_their_onward_flight_there() -> None:
    text = "Police at the border town of Tachileik stopped 19 North Koreans trying to reach Thailand."
    (ev,) = _place(text, _event(text, "escape", "reach"))
    assert ev.origin is not None and ev.origin.country == "MM"
    assert ev.destination is not None and ev.destination.country == "TH"


def test_the_town_a_sentence_names_is_finer_than_its_border_region() -> None:
    text = "Agents began arrests in the border region last month, targeting Musan residents with phones."
    (ev,) = _place(text, _event(text, "arrest", "arrests"))
    assert ev.where is not None and ev.where.name == "Musan County"


def test_a_repatriation_goes_to_the_north_korean_place_another_sentence_names() -> None:
    text = (
        "China repatriated about forty North Koreans last week, a rights group said. "
        "The handover took place at the border city of Sinuiju, where the detainees were sent back over the bridge."
    )
    (ev,) = _place(text, _event(text, "repatriation", "repatriated"))
    assert ev.destination is not None and ev.destination.name == "Sinuiju"


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean man who was forcibly returned from China in March died in a police holding cell in "
        "Musan County after repeated beatings, a relative living in South Korea told Border Daily News.",
        "A North Korean trader who was sent back from China in March died in a police holding cell in "
        "Musan County after repeated beatings, a relative living in South Korea told North Star Radio.",
    ],
)
def test_where_the_reporting_relative_lives_is_not_the_events_place(text: str) -> None:
    """ "X died in A after beatings, a relative living in B told the station": B is the speaker's home."""
    (ev,) = _place(text, _event(text, "violence", "beatings"))
    assert ev.where is not None and ev.where.name == "Musan County", ev.where


@pytest.mark.parametrize(
    "text",
    [
        "Border police in China sent 40 North Koreans back to North Korea on the night of March 3, moving "
        "them in buses over the Friendship Bridge from Dandong to Sinuiju, activists said.",
        "Chinese guards sent 40 detainees back to North Korea early on Friday, putting them in trucks over "
        "the bridge from Dandong to Sinuiju, a source said.",
    ],
)
def test_the_town_the_same_sentence_takes_returnees_to_is_the_destination(text: str) -> None:
    """ "sent N people back to North Korea, moving them from A (China) to B (North Korea)": B."""
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.origin is not None and ev.origin.name == "Dandong"
    assert ev.destination is not None and ev.destination.name == "Sinuiju", ev.destination

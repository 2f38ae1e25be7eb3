"""Places (route39): the places of flights and returns on the routes through third countries.

A return to China from a state on the route starts in that state; a return from a state bordering
China told with no goal goes back to China; "face deportation to X" is the deportation's own goal;
a crossing from a third country that happened ended across its border, not at the goal hoped for;
a flight believed to explain a disappearance abroad began where the people vanished; the route
towns that share their province's name, and "the <adjective> capital" of the route states."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def _at_risk(text: str, trigger: str):
    return _event(text, "repatriation", trigger).with_(status="at_risk")


def test_a_return_to_china_starts_in_the_state_whose_police_caught_them():
    text = (
        "Lao police arrested six North Koreans near the Chinese border on Sunday. "
        "They are at risk of being returned to China."
    )
    (ev,) = _place(text, _at_risk(text, "returned"))
    assert ev.destination is not None and ev.destination.country == "CN"
    assert ev.origin is not None and ev.origin.country == "LA"


def test_face_deportation_to_china_is_the_deportations_goal():
    text = (
        "Vietnamese police detained three North Korean men in the border city of Lao Cai on Monday. "
        "They face deportation to China, a church worker said."
    )
    (ev,) = _place(text, _at_risk(text, "deportation"))
    assert ev.destination is not None and ev.destination.country == "CN"
    assert ev.origin is not None and ev.origin.name == "Lao Cai" and ev.origin.precision == "city"


def test_a_place_of_the_receivers_country_is_not_where_a_return_began():
    text = (
        "Vietnam deported five North Koreans to China last week, a month after they were caught "
        "in the border city of Mong Cai, driving them across the bridge to Dongxing."
    )
    (ev,) = _place(text, _event(text, "repatriation", "deported"))
    assert ev.origin is not None and ev.origin.country == "VN"
    assert ev.destination is not None and ev.destination.country == "CN"


def test_a_return_from_a_state_bordering_china_with_no_goal_goes_to_china():
    text = (
        "Police in Lao Cai province detained four North Koreans on Friday. "
        "A church group urged Hanoi not to send them back across the border."
    )
    (ev,) = _place(text, _at_risk(text, "send them back"))
    assert ev.destination is not None and ev.destination.country == "CN"


def test_a_return_from_cambodia_with_no_goal_stays_a_return_to_the_north():
    text = (
        "Two waitresses of a North Korean restaurant in Phnom Penh were put on a plane "
        "last week and sent home, a source said."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent home"))
    assert ev.destination is not None and ev.destination.country == "KP"


def test_a_crossing_from_a_third_country_ends_across_its_border_not_at_the_goal_hoped_for():
    text = (
        "Lao police detained five North Koreans at a bus station in the town of Oudomxay on Saturday. "
        "The five had crossed from China's Yunnan province on foot and were trying to reach Thailand."
    )
    _, ev = _place(text, _event(text, "arrest", "detained"), _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == "CN"
    assert ev.destination is not None and ev.destination.country == "LA"


def test_a_crossing_told_with_its_goal_reached_keeps_it():
    text = "The three had crossed from Laos into Thailand on a raft in March, hoping to reach Seoul."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.country == "TH"


def test_a_suspected_flight_after_a_disappearance_abroad_began_where_they_vanished():
    text = (
        "A North Korean welder disappeared from a workers' dormitory in Khabarovsk on Sunday. "
        "His managers suspect he has fled to Moscow, a source said."
    )
    gone = _event(text, "disappearance", "disappeared")
    fled = _event(text, "escape", "fled").with_(status="suspected")
    _, ev = _place(text, gone, fled)
    assert ev.origin is not None and ev.origin.name == "Khabarovsk"
    assert ev.destination is not None and ev.destination.name == "Moscow"


def test_the_town_of_a_province_sharing_its_name_is_the_town():
    text = "Lao police arrested a North Korean family in the town of Luang Namtha on Monday."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.precision == "city"


def test_the_province_of_that_name_stays_the_province():
    for said in ("in Luang Namtha province", "in the province of Lao Cai"):
        text = f"Police arrested a North Korean family {said} on Monday."
        (ev,) = _place(text, _event(text, "arrest", "arrested"))
        assert ev.where is not None and ev.where.precision == "province", said


def test_the_adjective_capital_of_a_route_state_is_its_capital():
    text = "Two waitresses who fled their restaurant in the Cambodian capital in May have arrived in Seoul."
    (ev,) = _place(text, _event(text, "escape", "fled"))
    assert ev.origin is not None and ev.origin.name == "Phnom Penh"

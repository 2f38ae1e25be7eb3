"""Events stage: ways of telling an act that the lexicon missed (recall, 2026-12-02 morning):
a flight told again by "again", arrivals and voyages by sea, prison terms that loom, people put on
a vehicle to be sent back. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def _escapes(text: str) -> list[str]:
    return [e.evidence[0].text for e in events_of(text) if e.type == "escape"]


def test_leaving_again_after_a_flight_is_a_second_flight() -> None:
    text = (
        "The woman first crossed the Tumen River in 2009 and was caught in China a year later. "
        "She left again in 2013 and reached Seoul the following spring."
    )
    escapes = _escapes(text)
    assert len(escapes) == 2
    assert any("left again" in e for e in escapes)


def test_crossing_again_in_testimony_is_a_second_flight() -> None:
    text = "I crossed the Yalu in 1999 but was sent back a month later. I crossed again in 2002."
    assert len(_escapes(text)) == 2


def test_leaving_again_with_no_flight_told_is_no_escape() -> None:
    assert _escapes("After his release the farmer left again for the fields.") == []


def test_coming_ashore_by_boat_is_an_escape() -> None:
    events = events_of("Five men came ashore by boat near Sokcho on Friday, the coast guard said.")
    assert [e.type for e in events] == ["escape"]
    assert events[0].victims is not None and events[0].victims.count_min == 5


def test_arriving_by_boat_is_an_escape() -> None:
    text = "Two fishermen who arrived by boat off the east coast on Sunday asked to stay in the South."
    assert "escape" in {e.type for e in events_of(text)}


def test_sailing_toward_an_island_is_a_flight_of_people_only() -> None:
    tried = events_of("Three soldiers tried to sail toward Baengnyeong Island in a stolen dinghy.")
    assert [(e.type, e.status) for e in tried] == [("escape", "attempted")]
    assert _escapes("The fishing fleet sailed toward the island at dawn to reach the crab grounds.") == []


def test_a_long_prison_term_faced_is_a_punishment_at_risk() -> None:
    events = events_of("The pastor, who was arrested in May, faces a long prison term.")
    assert ("punishment", "at_risk") in {(e.type, e.status) for e in events}


def test_ending_up_in_a_camp_is_a_punishment_at_risk() -> None:
    events = events_of("Rights groups say the two women will probably end up in a political prison camp.")
    assert ("punishment", "at_risk") in {(e.type, e.status) for e in events}


def test_long_terms_faced_by_everyone_returned_are_no_event() -> None:
    assert "punishment" not in {
        e.type for e in events_of("Defectors who are caught usually face long prison terms.")
    }


def test_heavier_sentences_compared_are_no_punishment() -> None:
    text = "Returnees interviewed this year reported longer detention and heavier sentences."
    assert "punishment" not in {e.type for e in events_of(text)}


def test_people_put_on_a_vehicle_and_driven_back_are_sent_back() -> None:
    text = (
        "Lao soldiers stopped us near the border. "
        "Then they put us in a van and drove us back to the Chinese border."
    )
    assert "repatriation" in {e.type for e in events_of(text)}


def test_a_plan_to_put_someone_on_a_ship_home_looms() -> None:
    text = "The consulate is holding the worker in a locked room. Officials plan to put him on the next ship home."
    assert ("repatriation", "at_risk") in {(e.type, e.status) for e in events_of(text)}


def test_goods_put_on_a_truck_are_no_return() -> None:
    text = "Police put the furniture on a truck and drove it back to the warehouse."
    assert "repatriation" not in {e.type for e in events_of(text)}


def test_crossing_again_after_being_sent_back_is_a_second_flight() -> None:
    text = (
        "In 2017 Chinese police drove us over the bridge to Sinuiju and handed us to the guards. "
        "After my release I crossed again, in 2021, and a broker took me to Laos."
    )
    assert any("crossed again" in e for e in _escapes(text))


def test_families_sent_to_farms_are_punished() -> None:
    text = (
        "Two officials were executed in March. "
        "Their families were sent to farms in the far north of the province a week later."
    )
    assert "punishment" in {e.type for e in events_of(text)}


def test_things_sent_to_a_mine_are_no_punishment() -> None:
    assert "punishment" not in {e.type for e in events_of("The harvest was sent to the mine canteen.")}


def test_crossing_from_a_transit_country_is_an_escape() -> None:
    text = "Thai police detained nine North Koreans on Friday. Police said the group had crossed from Laos in a wooden boat."
    assert any("crossed from Laos" in e for e in _escapes(text))


def test_people_entering_a_country_from_china_escape() -> None:
    text = "Border guards detained four North Koreans who entered the country from China near the town of Sainshand."
    assert any("entered the country from China" in e for e in _escapes(text))


def test_lorries_entering_from_china_are_no_escape() -> None:
    assert _escapes("Chinese lorries entered the country from China at dawn.") == []


def test_detainees_transported_to_the_north_are_sent_back() -> None:
    text = (
        "A rights group said Chinese authorities had transported about 60 detainees from a detention "
        "centre in Tumen to the North Korean town of Namyang in May."
    )
    events = [e for e in events_of(text) if e.type == "repatriation"]
    assert events and events[0].victims is not None and events[0].victims.count_min == 60


def test_goods_transported_to_the_north_are_no_return() -> None:
    assert events_of("The company transported its goods to the North Korean port of Rajin.") == []


def test_the_kin_of_people_executed_are_punished_in_an_act_of_their_own() -> None:
    text = (
        "Three men were executed in March. "
        "The families of the three were sent to farms in remote parts of the province the following day."
    )
    assert {"execution", "punishment"} <= {e.type for e in events_of(text)}


def test_people_sent_to_farms_for_a_task_are_mobilised_not_punished() -> None:
    assert "punishment" not in {
        e.type for e in events_of("Pupils were sent to collective farms in June to help with the weeding.")
    }
    text = "The official's family was sent to a farm in a remote county in May."
    assert "punishment" in {e.type for e in events_of(text)}


def test_sent_to_a_camp_for_labour_stays_a_punishment() -> None:
    text = "The two officials were sent to a labour camp in May to do hard labour."
    assert "punishment" in {e.type for e in events_of(text)}

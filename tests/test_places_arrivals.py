"""Flights told where they came across, the scene after a flight, handovers to another state, and the
places that only describe someone or something (invented report sentences)."""

from __future__ import annotations

from dataclasses import replace

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.places.dateline import find_dateline


def test_a_crossing_off_a_southern_island_is_told_at_the_island() -> None:
    text = (
        "Three North Koreans crossed the sea border off Yeonpyeong Island in a fishing boat on Friday "
        "and asked to defect."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.origin is not None and ev.origin.country == "KP"
    assert ev.where is not None and ev.where.name == "Yeonpyeong Island" and ev.where.country == "KR"


def test_a_crossing_of_the_demarcation_line_is_told_at_the_dmz() -> None:
    text = "A North Korean soldier walked across the Military Demarcation Line overnight and defected to the South."
    (ev,) = _place(text, _event(text, "escape", "walked"))
    assert ev.destination is not None and ev.destination.country == "KR"
    assert ev.where is not None and ev.where.country == "KR" and ev.where.precision == "region"
    assert ev.where.lat is not None and ev.where.lon is not None


def test_a_failed_crossing_stays_in_the_north() -> None:
    text = (
        "A private tried to run across the Demilitarized Zone to the South but was shot by his own unit. "
        "His officers were later punished."
    )
    flight = replace(_event(text, "escape", "run"), status="attempted")
    ev, punished = _place(text, flight, _event(text, "punishment", "punished"))
    assert ev.where is not None and ev.where.country == "KP"
    assert punished.where is not None and punished.where.country == "KP"


def test_the_place_the_next_sentence_finds_the_boat_is_the_destination() -> None:
    text = (
        "Two North Koreans crossed the sea border in a small boat early on Tuesday. "
        "A navy ship detected their boat near Ulleung Island an hour later."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.name == "Ulleung Island"
    assert ev.where is not None and ev.where.name == "Ulleung Island"


def test_a_flight_told_by_reaching_a_town_happened_there() -> None:
    text = "Six North Koreans reached the Thai town of Chiang Khong on Sunday after a week on the road."
    (ev,) = _place(text, _event(text, "escape", "reached"))
    assert ev.destination is not None and ev.destination.name == "Chiang Khong"
    assert ev.where is not None and ev.where.name == "Chiang Khong"


def test_what_follows_a_flight_happens_where_people_are_now_not_at_home() -> None:
    text = (
        "Police raided a flat in Yanji on Monday. The two women living there had fled across the Tumen "
        "from Musan in 2019. Their landlord was also detained."
    )
    _, flight, arrest = _place(
        text,
        _event(text, "search", "raided"),
        _event(text, "escape", "fled"),
        _event(text, "arrest", "detained"),
    )
    assert flight.origin is not None and flight.origin.name == "Musan County"
    assert arrest.where is not None and arrest.where.name == "Yanji"


def test_questioning_after_an_arrival_in_the_south_is_there() -> None:
    text = (
        "Four North Koreans reached Ulleung Island by boat on Monday. "
        "Officials are questioning them to learn why they left the North."
    )
    _, ev = _place(text, _event(text, "escape", "reached"), _event(text, "interrogation", "questioning"))
    assert ev.where is not None and ev.where.name == "Ulleung Island"


def test_the_area_of_several_towns_carries_to_the_next_sentence() -> None:
    text = "Arrests were made in Manpo and Kanggye last week. Those detained were beaten, the source said."
    arrest, beaten = _place(text, _event(text, "arrest", "Arrests"), _event(text, "violence", "beaten"))
    assert arrest.where is not None and arrest.where.precision == "region"
    assert beaten.where == arrest.where


def test_where_people_came_from_by_another_verb_is_not_where_they_were_arrested() -> None:
    text = "Five North Koreans were arrested on Sunday after crossing the river from Laos."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country != "LA"


def test_a_journey_still_to_make_starts_where_people_are() -> None:
    text = "The seven were arrested while trying to travel to Thailand from Myanmar."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "MM"


def test_a_goal_people_only_tried_to_reach_is_not_where_they_are_punished() -> None:
    text = "If they are sent back they will be punished for trying to reach the South."
    (ev,) = _place(text, _event(text, "punishment", "punished"))
    assert ev.where is not None and ev.where.country == "KP"


def test_a_handover_to_chinese_police_sends_people_to_that_chinese_town() -> None:
    text = "Vietnamese police handed the five over to Chinese border guards in Pingxiang on Friday."
    (ev,) = _place(text, _event(text, "repatriation", "handed"))
    assert ev.destination is not None and ev.destination.name == "Pingxiang"
    assert ev.origin is not None and ev.origin.country == "VN"


def test_another_verbs_goal_is_not_the_destination_of_a_handover() -> None:
    text = (
        "Lao police handed the group to Chinese officers on Monday, ignoring calls to let them fly to Seoul."
    )
    (ev,) = _place(text, _event(text, "repatriation", "handed"))
    assert ev.destination is not None and ev.destination.country == "CN"


def test_a_town_before_a_border_gate_is_where_the_handover_was() -> None:
    text = "Vietnamese border guards handed the six over to Chinese police at the Dong Dang border gate on Tuesday."
    (ev,) = _place(text, _event(text, "repatriation", "handed"))
    assert ev.origin is not None and ev.origin.country == "VN" and ev.origin.precision == "city"
    assert ev.destination is not None and ev.destination.country == "CN"


def test_an_office_people_are_kept_in_stands_in_its_town() -> None:
    text = (
        "Since their return through Manpo in May, the five women have been kept at the Kanggye police bureau."
    )
    (ev,) = _place(text, _event(text, "arrest", "kept"))
    assert ev.where is not None and ev.where.name == "Kanggye"


def test_a_relatives_place_is_not_where_the_arrest_was() -> None:
    text = "A man was arrested last week while talking on the phone to his brother in Seoul."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country != "KR"


def test_a_relative_whom_the_event_befell_keeps_the_place() -> None:
    text = "Her brother in Hyesan was arrested last week, a source said."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_the_town_before_the_words_of_holding_is_where_people_were_sent_back() -> None:
    text = "They sent us back in June. At the Onsong security holding centre we were searched."
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.destination is not None and ev.destination.name == "Onsong County"


def test_a_press_release_dateline_is_not_the_event_place() -> None:
    text = "(Hanoi, March 2, 2024) - Police in Vietnam detained two North Koreans on Friday."
    assert find_dateline(text) == (0, 25)
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name != "Hanoi" and ev.where.country == "VN"


def test_the_town_the_next_sentence_names_refines_the_country() -> None:
    text = (
        "Police in northern Laos have detained seven North Koreans. "
        "The seven were stopped at a roadblock outside Oudomxay town on Sunday."
    )
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "LA" and ev.where.precision != "country"


def test_the_town_the_next_sentence_names_refines_the_province() -> None:
    text = (
        "Police in Jilin Province arrested six defectors last month. "
        "Four of them were caught in Yanji on a Friday night."
    )
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Yanji"


def test_a_town_of_another_province_named_next_does_not_refine_it() -> None:
    text = (
        "Police in Jilin Province arrested six defectors last month. Their broker was later found in Dalian."
    )
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name != "Dalian"


def test_the_arrival_told_in_the_sentence_before_is_where_the_crossing_was() -> None:
    text = (
        "The three men who landed on Yeonpyeong Island on Friday were fishermen, a source said. "
        "They had crossed the sea border at around four in the morning."
    )
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.where is not None and ev.where.name == "Yeonpyeong Island"


def test_what_made_people_flee_happened_in_the_north() -> None:
    text = (
        "A private ran across the demarcation line near Yanggu on Sunday. "
        "He told officers he decided to flee after being beaten by his sergeant."
    )
    _, beaten = _place(text, _event(text, "escape", "ran"), _event(text, "violence", "beaten"))
    assert beaten.where is not None and beaten.where.country == "KP"

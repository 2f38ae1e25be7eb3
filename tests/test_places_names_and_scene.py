"""Names tied by the text's hierarchy, spellings by ear, and the place a sentence with no reading of its
own falls back on (invented report sentences)."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.geo import distance_km
from tessera.language import analyse
from tessera.model import Document
from tessera.places.resolve import to_place
from tessera.places.stage import find_places


def _names(text: str) -> list[tuple[str, str | None]]:
    found = []
    for m in find_places(analyse(Document(id="d", text=text))):
        p = to_place(m)
        if p is not None and not m.absorbed:
            found.append((p.name, p.country))
    return found


def test_a_province_written_syllable_by_syllable_by_ear_is_found() -> None:
    assert ("North Hamgyong Province", "KP") in _names("Ten workers in Ham Kyung Book Do were detained.")
    assert ("South Pyongan Province", "KP") in _names("Guards in Pyong An Nam Do arrested them.")


def test_a_countrys_possessive_folds_into_its_unit() -> None:
    names = _names("Police searched the home of a trader from North Korea's North Hwanghae province.")
    assert ("North Hwanghae Province", "KP") in names
    assert ("North Korea", "KP") not in names


def test_a_town_in_a_province_is_that_provinces_namesake() -> None:
    # GeoNames knows several towns called Hekou; the one in Yunnan is the border town
    text = "The three waded across the river from Hekou in China's Yunnan province last week."
    (ev,) = _place(text, _event(text, "escape", "waded"))
    assert ev.origin is not None and ev.origin.name == "Hekou"
    assert ev.origin.lat is not None and ev.origin.lon is not None
    assert distance_km(ev.origin.lat, ev.origin.lon, 22.5, 103.96) < 30


def test_a_place_locating_the_town_left_shares_its_role() -> None:
    text = "The three waded across the river from Hekou in China's Yunnan province last week."
    (ev,) = _place(text, _event(text, "escape", "waded"))
    assert ev.where is None or ev.where.name != "Yunnan"


def test_with_no_authorities_named_the_norths_town_comes_before_one_abroad() -> None:
    text = "Traders who ferry goods between Sinuiju and Dandong say trade has stopped since inspectors arrested five guards."
    (ev,) = _place(text, _event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.name == "Sinuiju"


def test_the_sentences_own_place_past_the_parse_beats_the_bare_country() -> None:
    text = (
        "Last winter, security agents searched the flat of an elderly man, a retired miner in his "
        "seventies from North Korea's Kangwon province."
    )
    (ev,) = _place(text, _event(text, "search", "searched"))
    assert ev.where is not None and ev.where.name == "Kangwon Province"


def test_a_town_a_flight_reached_is_where_the_next_events_are() -> None:
    text = (
        "A family of three from Kilju defected to Harbin in March. "
        "They were arrested by police a month later."
    )
    _, arrest = _place(text, _event(text, "escape", "defected"), _event(text, "arrest", "arrested"))
    assert arrest.where is not None and arrest.where.name == "Harbin"


def test_a_home_town_told_first_stays_the_scene_after_the_flight() -> None:
    text = "A family of four fled Kilju County last week. Police have searched the homes of their neighbours."
    _, search = _place(text, _event(text, "escape", "fled"), _event(text, "search", "searched"))
    assert search.where is not None and search.where.name == "Kilju County"


def test_a_unit_word_inside_a_folded_name_is_no_cue() -> None:
    text = (
        "A guard post in Kangwon Province was photographed in May. "
        "Chinese police arrested three defectors in a raid, sources in Harbin, Heilongjiang Province, said."
    )
    (arrest,) = _place(text, _event(text, "arrest", "arrested"))
    assert arrest.where is not None and arrest.where.country == "CN"


def test_a_return_told_before_the_event_is_where_it_happened() -> None:
    text = (
        "A logger who ran from a camp near Tynda was caught in Blagoveshchensk last month. "
        "His foreman was ordered back to Chongjin and is expected to be punished."
    )
    _, punished = _place(text, _event(text, "arrest", "caught"), _event(text, "punishment", "punished"))
    assert punished.where is not None and punished.where.name == "Chongjin"


def test_a_return_told_after_the_event_is_not_where_it_happened() -> None:
    text = "The six were deported to China on Friday after being detained by the Lao police in May."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "LA"


def test_a_place_where_someone_lives_named_just_before_sets_the_scene() -> None:
    text = (
        "A welder posted to a shipyard in Nakhodka vanished in May. "
        "His parents live in Kilju, North Hamgyong Province. "
        "Security agents have questioned them twice since."
    )
    _, questioned = _place(
        text, _event(text, "disappearance", "vanished"), _event(text, "interrogation", "questioned")
    )
    assert questioned.where is not None and questioned.where.name == "Kilju County"


def test_a_place_in_the_events_own_sentence_is_not_news_after_it() -> None:
    text = "Arrests were made in Manpo and Kanggye last week. Those detained were beaten, the source said."
    arrest, beaten = _place(text, _event(text, "arrest", "Arrests"), _event(text, "violence", "beaten"))
    assert beaten.where == arrest.where


def test_a_place_the_fallback_finds_sets_the_scene_for_what_follows() -> None:
    text = (
        "Traders who ferry goods between Sinuiju and Dandong say trade has stopped since inspectors "
        "arrested five guards. The new guards have since beaten two traders."
    )
    _, beaten = _place(text, _event(text, "arrest", "arrested"), _event(text, "violence", "beaten"))
    assert beaten.where is not None and beaten.where.name == "Sinuiju"


def test_once_people_are_said_to_be_sent_back_the_scene_is_the_north() -> None:
    text = (
        "Chinese police held the group at a detention centre in Tumen for months. "
        "Those sent back now face weeks of interrogation. "
        "Some are likely to be sent to prison camps."
    )
    _, _, camp = _place(
        text,
        _event(text, "arrest", "held"),
        _event(text, "interrogation", "interrogation"),
        _event(text, "punishment", "sent", occurrence=1),
    )
    assert camp.where is not None and camp.where.country == "KP"


def test_whose_citizens_people_are_is_not_where_they_went_missing() -> None:
    text = "Police in Blagoveshchensk said two citizens of North Korea have been missing since March."
    (ev,) = _place(text, _event(text, "disappearance", "missing"))
    assert ev.where is not None and ev.where.country == "RU"


def test_a_country_reading_takes_the_last_town_named_past_an_area() -> None:
    text = (
        "Five residents of Onsong vanished overnight. Roads in the border area were closed the next day. "
        "The North's security ministry has begun an investigation into their whereabouts."
    )
    _, _, search = _place(
        text,
        _event(text, "disappearance", "vanished"),
        _event(text, "movement_restriction", "closed"),
        _event(text, "search", "investigation"),
    )
    assert search.where is not None and search.where.name == "Onsong County"


def test_a_flight_ends_where_its_sentence_has_people_caught_abroad() -> None:
    text = "I was caught in March in a village outside Yanji, a month after I crossed the river."
    (ev,) = _place(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.name == "Yanji"


def test_a_flight_with_no_place_begins_at_the_work_site_abroad_told_before() -> None:
    text = (
        "A North Korean welder has gone missing from a shipyard in Nakhodka, two sources said. "
        "Security officials believe he has defected."
    )
    _, flight = _place(text, _event(text, "disappearance", "missing"), _event(text, "escape", "defected"))
    assert flight.origin is not None and flight.origin.name == "Nakhodka"


def test_a_stop_abroad_before_the_way_back_is_not_the_destination() -> None:
    text = (
        "The woman is now held at a detention centre in Jixi. "
        "Police told her family she would be sent to Tumen and then back to North Korea."
    )
    (ev,) = _place(text, _event(text, "repatriation", "sent"))
    assert ev.destination is not None and ev.destination.country == "KP"
    assert ev.origin is not None and ev.origin.name == "Jixi"


def test_a_return_in_a_clause_of_its_own_leaves_the_destination_abroad() -> None:
    text = (
        "Police in Mongolia detained six North Koreans near Sainshand last week. "
        "Activists fear the six will be sent back to China, where they would be returned to North Korea."
    )
    _, ev = _place(text, _event(text, "arrest", "detained"), _event(text, "repatriation", "sent"))
    assert ev.destination is not None and ev.destination.country == "CN"


def test_the_english_word_to_after_a_province_is_no_korean_suffix() -> None:
    names = [
        m.text for m in find_places(analyse(Document(id="d", text="They drove from Liaoning to Jilin.")))
    ]
    assert "Liaoning" in names and "Liaoning to" not in names


def test_a_return_begins_at_its_last_stop_abroad() -> None:
    text = (
        "China returned the nine to North Korea in June. They were driven from Guangxi to a "
        "detention centre in Hunchun and handed over at the border."
    )
    (ev,) = _place(text, _event(text, "repatriation", "returned", also=["driven"]))
    assert ev.origin is not None and ev.origin.name == "Hunchun"


def test_a_flight_from_abroad_ends_where_the_report_is_set() -> None:
    text = (
        "A court in Mong La jailed six North Koreans on Monday. "
        "They were caught last month after crossing the Mekong from Laos."
    )
    _, flight = _place(text, _event(text, "punishment", "jailed"), _event(text, "escape", "crossing"))
    assert flight.destination is not None and flight.destination.country == "MM"


def test_a_country_of_origin_takes_the_town_the_next_sentence_names() -> None:
    text = (
        "Police in Laos detained seven North Koreans trying to reach Thailand. "
        "The seven were stopped at a roadblock outside Oudomxay town on Sunday."
    )
    _, flight = _place(text, _event(text, "arrest", "detained"), _event(text, "escape", "reach"))
    assert (
        flight.origin is not None and flight.origin.country == "LA" and flight.origin.precision != "country"
    )


def test_a_county_of_the_souths_province_is_the_souths_namesake() -> None:
    # the county is split by the line; the province named with it tells which side is meant
    names = _names("A private crossed the line in Yanggu County, Gangwon Province, late on Monday.")
    assert ("Yanggu", "KR") in names
    names = _names("A private crossed the line in Cheorwon County, Gangwon Province, at night.")
    assert ("Cheorwon", "KR") in names


def test_the_russian_far_easts_regions_are_known() -> None:
    names = _names("He fled a logging camp in the Amur region and later worked on Sakhalin.")
    assert ("Amur Oblast", "RU") in names and ("Sakhalin Oblast", "RU") in names

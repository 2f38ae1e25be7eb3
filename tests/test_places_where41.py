"""Places conventions found failing, by kind, on the open development sets of session 41: a source's
town is the scene of an event its sentence places nowhere else ("a source in Musan County said 23
people were arrested"); the world index reads a town after a part word ("in central
Blagoveshchensk") and before "station" ("the Chegdomyn station"); a flight into a foreign country
ends in the one town of that country the report names where people stay.

Every test reads invented text; each failed before the rule it names was added (but the guards,
which held before too).
"""

from __future__ import annotations

import tessera
from tessera.places.gazetteer import load
from tessera.places.mentions import find_mentions


def _only(text: str, etype: str) -> tessera.Event:
    (ev,) = [e for e in tessera.extract(text, published="2024-05-20") if e.type == etype]
    return ev


def _names(text: str) -> list[str]:
    return [c.name for m in find_mentions(text, None, load()) for c in m.candidates]


def test_a_sources_county_is_where_the_arrests_it_reports_happened() -> None:
    text = (
        "A source in Kapsan County, Ryanggang Province, told the paper that 14 people were arrested "
        "last week for watching South Korean films."
    )
    ev = _only(text, "arrest")
    assert ev.where is not None and ev.where.name == "Kapsan County"


def test_a_sources_town_is_where_the_disappearance_it_reports_happened() -> None:
    text = "A source in Tanchon says a miner who has not come to work since April has disappeared."
    ev = _only(text, "disappearance")
    assert ev.where is not None and ev.where.name == "Tanchon"


def test_a_sources_province_keeps_the_town_told_before_it() -> None:
    # the town the story is in lies inside the province the source is placed in: the town stays
    text = (
        "Police in Hoeryong arrested six traders on Monday. A source in North Hamgyong Province said "
        "the six were beaten in custody."
    )
    ev = _only(text, "violence")
    assert ev.where is not None and ev.where.name == "Hoeryong"


def test_a_defector_speaking_in_seoul_does_not_place_an_arrest_in_the_north() -> None:
    ev = _only("A defector in Seoul said her brother was arrested in the North last month.", "arrest")
    assert ev.where is not None and ev.where.country == "KP"


def test_a_town_after_a_part_word_is_read_from_the_world_index() -> None:
    assert "Ussuriysk" in _names("Two workers were detained in northern Ussuriysk on Monday.")
    assert "Blagoveshchensk" in _names("She worked in a café in central Blagoveshchensk.")


def test_a_town_before_station_is_read_from_the_world_index() -> None:
    # (a city's urban district stays unread: GeoNames files it as a town of its own)
    assert "Huanggu" not in _names("They were held in the Huanggu district of Shenyang.")
    assert "Chegdomyn" in _names("He was caught at the Chegdomyn station by railway police.")
    # a capitalised word before "station" with nothing that makes it a place stays out
    assert not _names("She told Radio Station staff the news.")


def test_an_arrest_in_central_town_is_placed_there() -> None:
    text = (
        "Police in Amur Oblast have stepped up checks of foreign workers. A North Korean cook "
        "working in central Blagoveshchensk was detained in March."
    )
    ev = _only(text, "arrest")
    assert ev.where is not None and ev.where.name == "Blagoveshchensk"


def test_a_flight_into_china_ends_in_the_one_chinese_town_the_report_names() -> None:
    text = (
        "A trader from Hoeryong fled across the border into China in February. Her sister said "
        "she is safe. She now lives with a broker's family in Yanji."
    )
    ev = _only(text, "escape")
    assert ev.destination is not None and ev.destination.name == "Yanji"


def test_a_flight_into_china_with_two_chinese_towns_stays_in_china() -> None:
    # (from Chongjin, which faces no Chinese town: Hoeryong's flight would land in Sanhe, its twin)
    text = (
        "A trader from Chongjin fled across the border into China in February. Her sister said "
        "she has since moved between Yanji and Tumen."
    )
    ev = _only(text, "escape")
    assert ev.destination is not None and ev.destination.name == "China"

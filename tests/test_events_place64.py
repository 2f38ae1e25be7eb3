"""Places of events (session 64): places the gazetteer lacked, and where an event happened when its
sentence names the town it stands in.

Gazetteer facts (sources/kp_admin.tsv, sources/other.tsv): Komdok, the mining workers' district of
Tanchon (South Hamgyong), also written Geomdeok; Shidao, the fishing port of Rongcheng at Shandong's
eastern tip; Jahra, the Kuwaiti town west of Kuwait City, written without its article."""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_workers_district_of_the_north_is_its_own_place():
    text = "State security agents in Komdok have searched the homes of miners since the collapse."
    (ev,) = _place(text, _event(text, "search", "searched"))
    assert ev.where is not None and ev.where.name == "Komdok" and ev.where.country == "KP"


def test_the_workers_district_by_its_revised_spelling():
    text = "Police detained two miners' wives in Geomdeok last month."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Komdok"


def test_tanchon_stays_the_city():
    text = "Police detained two traders in Tanchon last month."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Tanchon"


def test_a_fishing_port_of_shandong():
    text = "Police in Shidao searched moored boats for two North Korean crewmen on Tuesday."
    (ev,) = _place(text, _event(text, "search", "searched"))
    assert ev.where is not None and ev.where.name == "Shidao" and ev.where.country == "CN"
    assert ev.where.lon is not None and abs(ev.where.lon - 122.43) < 0.2  # the cape, not Qingdao


def test_a_kuwaiti_town_without_its_article():
    text = "Kuwaiti police detained four North Korean labourers at a compound in Jahra on Friday."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Jahra" and ev.where.country == "KW"


# The North's islands in the border rivers and off its coast (sources/other.tsv): the North's soil,
# though they face a Chinese or Russian town.


def test_an_island_in_the_yalu_is_the_norths():
    text = "North Korean police have kept a cordon around Wihwado since the flood, a source in Dandong said."
    (ev,) = _place(text, _event(text, "movement_restriction", "kept a cordon"))
    assert ev.where is not None and ev.where.name == "Wihwa Island" and ev.where.country == "KP"


def test_an_island_in_the_tumen_is_the_norths():
    text = "Since April the people of Noktundo may not go out after dark, a source in Khasan said."
    (ev,) = _place(text, _event(text, "movement_restriction", "may not go out"))
    assert ev.where is not None and ev.where.country == "KP"
    assert ev.where.lat is not None and abs(ev.where.lat - 42.36) < 0.2

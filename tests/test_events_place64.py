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


# The North's institutions written with a hyphen where the word list has a space ("labour-training
# camp" for "labour training camp") still place what is told in the North.


def test_a_hyphenated_labour_training_camp_is_in_the_north():
    text = (
        "Two women from Hyesan were caught by Chinese police in Changbai on Monday. "
        "Relatives fear they may be sent to a labour-training camp."
    )
    (ev,) = _place(text, _event(text, "punishment", "sent to"))
    assert ev.where is not None and ev.where.country == "KP"


def test_a_camp_in_china_is_no_institution_of_the_north():
    text = "Chinese police detained two women in Changbai on Monday and held them at a detention centre."
    (ev,) = _place(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.country == "CN"


# What the North's own organs do happens in the North's town the report named before, ahead of the
# town facing the foreign one the story last named.


def test_the_norths_town_named_before_comes_before_the_facing_town():
    text = (
        "Border guards in Kimjongsuk County seized two women as they walked across the frozen river "
        "toward Changbai. They may be sent to a labour-training camp."
    )
    (ev,) = _place(text, _event(text, "punishment", "sent to"))
    assert ev.where is not None and ev.where.name == "Kimjongsuk County"


def test_with_no_town_of_the_north_named_the_questioning_is_still_the_norths():
    text = (
        "Her brother was caught in Changbai in May. Since then state security officers have "
        "questioned her parents twice."
    )
    (ev,) = _place(text, _event(text, "interrogation", "questioned"))
    assert ev.where is not None and ev.where.country == "KP"

"""Places of events (session 66): the North's camps and units named with a hyphen or as units,
and a town abroad that the act's own sentence puts it in (invented sentences)."""

from __future__ import annotations

from events_helpers import place_of
from tessera.places.roles import names_north_institution

_where = place_of


def test_the_norths_institutions_match_with_hyphens_and_units():
    assert names_north_institution("they may be sent to a labour-training camp")
    assert names_north_institution("the crew were sent to a re-education unit for a month")
    assert names_north_institution("two soldiers got six months in a disciplinary labour unit")
    assert not names_north_institution("the workers were sent to a training course")


def test_a_sentence_to_a_hyphenated_labour_camp_is_in_the_north():
    text = (
        "Two women from Musan were caught in Helong in May and handed back. "
        "Because they had tried to reach South Korea, they may be sent to a labour-training camp."
    )
    assert _where(text, "punishment")[1] == "KP"


def test_a_town_abroad_the_sentence_puts_the_act_in_beats_a_capital_named_later():
    text = (
        "BANGKOK — A North Korean nurse was bundled into a van by men from her country's embassy at "
        "the Chatuchak Market in Bangkok on Monday morning after she tried to run from her minder, "
        "vendors said.\n\nHer father is a senior official in Pyongyang."
    )
    assert _where(text, "arrest") == ("Bangkok", "TH")


def test_a_tellers_town_abroad_before_the_act_is_still_its_scene():
    text = (
        "Farmers in Sanhe township said police had gone from door to door on Monday checking "
        "household registers and asking about strangers."
    )
    assert _where(text, "search") == ("Sanhe", "CN")

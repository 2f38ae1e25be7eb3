"""Fields that kept two tellings of one event apart in the merge (helper merge23): a town told by
its bearing from a better-known one, the people of an act noun told after a time phrase, a
court or police named after a town abroad, and people described as nationals of the DPRK.
Every sentence here is invented."""

from __future__ import annotations

from tessera.merge.text import names_helpers
from tessera.python_api import extract


def _events(text: str, event_type: str):
    found = [e for e in extract(text, published="2025-06-01") if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found


def test_a_bearing_locates_the_town_before_it() -> None:
    text = "The party secretary of the town of Gaechon, north of Pyongyang, was dismissed and sent to a farm."
    assert _events(text, "punishment")[0].where.name == "Kaechon"


def test_a_bearing_with_a_distance_locates_the_town_before_it() -> None:
    text = "A farm manager in Gaechon, about 80 km north of Pyongyang, was arrested by police last week."
    assert _events(text, "arrest")[0].where.name == "Kaechon"


def test_people_of_an_act_noun_after_a_time_phrase() -> None:
    text = "The reported execution in April of a department director at the railway ministry shows how little is known."
    victims = _events(text, "execution")[0].victims
    assert victims is not None and victims.count_min == 1


def test_a_court_named_after_a_town_abroad_is_that_countrys() -> None:
    text = "Six North Koreans were each fined 3,000 baht by the Chiang Rai provincial court on Tuesday."
    countries = {p.country for p in _events(text, "punishment")[0].perpetrators}
    assert countries == {"TH"}


def test_police_named_after_a_chinese_city_are_chinese() -> None:
    text = "Hunchun police detained two North Korean women at a bus station on Friday."
    countries = {p.country for p in _events(text, "arrest")[0].perpetrators}
    assert countries == {"CN"}


def test_police_of_a_north_korean_town_stay_north_korean() -> None:
    text = "Police in Hyesan arrested four traders at the market on Friday."
    countries = {p.country for p in _events(text, "arrest")[0].perpetrators}
    assert countries == {"KP"}


def test_nationals_of_the_dprk_are_the_people_who_fled() -> None:
    assert names_helpers("nine nationals of the DPRK detained near the Chinese border") is False
    assert names_helpers("three nationals of North Korea") is False
    assert names_helpers("two Chinese nationals") is True
    assert names_helpers("two citizens of South Korea") is True


def test_a_child_of_a_returned_group_is_that_return_told_again() -> None:
    text = (
        "Advocates condemned the forced return in mid-May of a group of nine North Koreans, "
        "including two families, who had been hiding in Yanji. The nine are now held in Onsong. "
        '"China chose to send a child back to a place where prisoners go hungry," an advocate said.'
    )
    assert len(_events(text, "repatriation")) == 1


def test_a_flight_in_a_relative_clause_is_not_placed_where_the_people_were_caught() -> None:
    text = (
        "Two North Korean women who had fled their jobs at a factory in northeastern China "
        "were detained last week in Guangxi, a pastor said."
    )
    assert _events(text, "escape")[0].where.name != "Guangxi"
    assert _events(text, "arrest")[0].where.name == "Guangxi"

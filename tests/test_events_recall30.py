"""Events stage: flights told with a verb of moving on foot or in water, which the tagger or the
lexicon missed: an irregular past read as a present ("swam"), a wade or walk into a neighbouring
country; a pursuer following people across a border is no flight.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def _escapes(text: str) -> list[str]:
    return [e.status for e in events_of(text) if e.type == "escape"]


def test_an_irregular_past_read_as_present_is_still_a_flight() -> None:
    text = "Three North Korean men swam across the Tumen River near Khasan on May 2."
    assert _escapes(text) == ["occurred"]


def test_people_who_swam_across_are_no_description_of_a_habit() -> None:
    text = "Russian border guards detained three North Korean men who swam across the Tumen River on May 2."
    assert len(_escapes(text)) == 1


def test_a_present_habit_stays_no_event() -> None:
    text = "Officials say smugglers swim across the river at night when the water is low."
    assert _escapes(text) == []


def test_wading_into_a_neighbouring_country_is_a_flight() -> None:
    text = "Three people from Onsong waded into China in May."
    assert _escapes(text) == ["occurred"]


def test_trying_to_walk_to_a_neighbouring_country_is_an_attempt() -> None:
    text = "Last week a North Korean woman was shot dead on the frozen Tumen as she tried to walk to China."
    assert _escapes(text) == ["attempted"]


def test_going_to_china_is_no_flight() -> None:
    text = "Traders from Sinuiju went to China every week before the pandemic."
    assert _escapes(text) == []


def test_police_following_people_across_a_border_is_no_flight() -> None:
    # "follow" names pursuit as often as flight: it is left out of the verbs of a crossing.
    text = "Police followed the car across the border into China on Monday."
    assert _escapes(text) == []

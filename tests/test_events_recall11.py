"""Events stage: ways of telling an act that the lexicon alone missed (recall, 2026-12-02).
Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of


def test_taken_aboard_a_craft_at_sea_is_an_escape_not_an_arrest() -> None:
    events = events_of("Three fishermen were picked up by a coast guard ship near the sea border on Friday.")
    assert [e.type for e in events] == ["escape"]
    assert events[0].victims is not None and events[0].victims.count_min == 3
    assert not events[0].perpetrators  # the crew that took them aboard did them no wrong


def test_picked_up_by_police_stays_an_arrest() -> None:
    types = {e.type for e in events_of("The four were picked up by police near a bus station on Monday.")}
    assert "arrest" in types and "escape" not in types


def test_a_craft_picking_up_a_boat_tells_the_escape_of_those_aboard() -> None:
    events = events_of(
        "A patrol ship picked up a wooden boat carrying five North Koreans off the east coast."
    )
    assert [e.type for e in events] == ["escape"]
    assert events[0].victims is not None and events[0].victims.count_min == 5


def test_a_boat_picked_up_with_no_one_named_aboard_is_no_event() -> None:
    assert events_of("The navy picked up an empty wooden boat drifting off the east coast.") == []


def test_police_coming_to_the_house_told_alone_is_the_arrest() -> None:
    events = events_of("In March 2018 the security police came to the apartment where I was hiding.")
    assert "arrest" in {e.type for e in events}


def test_coming_to_the_house_to_do_another_act_is_not_an_arrest() -> None:
    assert "arrest" not in {
        e.type for e in events_of("Inspectors came to the house and looked through every room.")
    }
    assert "arrest" not in {e.type for e in events_of("Police came to the farm to count the livestock.")}


def test_a_visit_with_no_authority_is_no_arrest() -> None:
    assert "arrest" not in {e.type for e in events_of("My cousin came to the house in March 2018.")}


def test_the_visitors_are_not_the_people_arrested() -> None:
    events = [
        e
        for e in events_of("In May 2019 four police officers came to the apartment where we were staying.")
        if e.type == "arrest"
    ]
    assert events and events[0].victims is None


def test_a_visit_after_the_arrest_was_told_is_no_second_arrest() -> None:
    text = "I was caught in May 2019 near Helong. Police came to the apartment before dawn."
    assert [e.type for e in events_of(text)].count("arrest") == 1


def test_a_visit_followed_by_a_search_is_the_search_setting() -> None:
    text = "Police came to the apartment in May 2019. They searched every drawer for a phone."
    assert "arrest" not in {e.type for e in events_of(text)}

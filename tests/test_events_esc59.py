"""Events stage (esc59): a flight told by a bare past "crossed" ("a corporal crossed near
Kaesong in June"), by asking for asylum, and a flight's leg out told apart from its arrival in the
South ("who crossed into Mongolia … have arrived in Seoul"); and their look-alikes (lorries that
crossed, those who cross as a class, a plea for asylum as a rule, one flight told twice by its
goal). Every sentence here is invented for these tests."""

from __future__ import annotations

from events_helpers import events_of_type


def test_a_bare_past_crossing_by_people_is_an_escape() -> None:
    text = "A young corporal from Kangwon crossed near Kaesong on 4 June, officials said."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "occurred"


def test_a_bare_crossing_told_by_where_it_went_is_an_escape() -> None:
    text = "Three dock workers crossed to Hunchun in a borrowed truck last week."
    assert len(events_of_type(text, "escape")) == 1


def test_lorries_that_crossed_are_no_flight() -> None:
    text = "Lorries loaded with cement crossed at Quanhe every morning in May."
    assert events_of_type(text, "escape") == []


def test_those_who_cross_as_a_class_stay_unread() -> None:
    text = "Beijing treats North Koreans who cross without papers as illegal migrants."
    assert events_of_type(text, "escape") == []


def test_asking_for_asylum_is_an_escape() -> None:
    text = "A North Korean trade clerk walked into a police station in Minsk on Friday and asked for asylum."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "occurred"


def test_asylum_as_a_rule_stays_unread() -> None:
    text = "Anyone who asks for asylum should be given a fair hearing, the group said."
    assert events_of_type(text, "escape") == []


def test_a_leg_out_and_the_arrival_in_the_south_are_two_escapes() -> None:
    text = (
        "Four North Korean miners who crossed into Mongolia in March have arrived in South Korea, "
        "the ministry said on Friday."
    )
    assert len(events_of_type(text, "escape")) == 2


def test_refuge_at_a_mission_and_the_flight_to_incheon_are_two_escapes() -> None:
    text = (
        "A North Korean cook who sought refuge at the South Korean embassy in Hanoi in April "
        "arrived at Incheon airport on Monday, officials said."
    )
    assert len(events_of_type(text, "escape")) == 2


def test_a_flight_to_the_south_told_again_by_its_arrival_is_one_escape() -> None:
    text = "Two fishermen defected to South Korea on Monday. They arrived in Seoul by helicopter, officials said."
    assert len(events_of_type(text, "escape")) == 1


def test_caught_as_they_prepared_to_cross_is_an_attempt() -> None:
    text = "Police detained four women at a guesthouse in Mengla as they prepared to cross into Laos."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "attempted"


def test_a_preparation_told_alone_stays_unread() -> None:
    text = "The family prepared to cross into Laos in May."
    assert events_of_type(text, "escape") == []

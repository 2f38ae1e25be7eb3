"""Events stage (esc59): a flight told by a bare past "crossed" ("a corporal crossed near
Kaesong in June"), by asking for asylum, a journey caught while it was being prepared ("as they
prepared to cross into Laos"); and their look-alikes (lorries that crossed, those who cross as a
class, how someone crossed asked about, a plea for asylum as a rule, a preparation told alone, one
flight told twice by its goal). Every sentence here is invented for these tests."""

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


def test_how_someone_crossed_asked_about_stays_unread() -> None:
    text = "Police are examining the details of how the woman crossed."
    assert events_of_type(text, "escape") == []


def test_asking_for_asylum_is_an_escape() -> None:
    text = "A North Korean trade clerk walked into a police station in Minsk on Friday and asked for asylum."
    escapes = events_of_type(text, "escape")
    assert len(escapes) == 1
    assert escapes[0].status == "occurred"


def test_asylum_as_a_rule_stays_unread() -> None:
    text = "Anyone who asks for asylum should be given a fair hearing, the group said."
    assert events_of_type(text, "escape") == []


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

"""Events stage (esc59): a flight told by asking for asylum ("walked into a police station and
asked for asylum"), a journey caught while it was being prepared ("as they prepared to cross into
Laos"); and their look-alikes (a plea for asylum as a rule, a preparation told alone, one flight
told twice by its goal). Every sentence here is invented for these tests."""

from __future__ import annotations

from events_helpers import events_of_type


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

"""Events stage (fpgen58): an act told in the simple present of a kind of people ("the crossing
is closed and traders are arrested on sight") is a rule
or a habit, not an event; particular people, a dated present, a progressive or a perfect are
still read. Every sentence here is invented for these tests."""

from __future__ import annotations

from events_helpers import events_of_type


def test_a_present_passive_on_a_bare_plural_in_a_second_clause_is_no_event() -> None:
    text = "The crossing is closed and Chinese traders are arrested on sight."
    assert events_of_type(text, "arrest") == []


def test_particular_people_in_a_second_clause_are_still_read() -> None:
    text = "The crossing is closed and the three traders are held at the county office."
    assert len(events_of_type(text, "arrest")) == 1


def test_particular_people_in_the_present_are_still_read() -> None:
    text = "The two brothers are sent back to Hyesan, the guard said."
    assert len(events_of_type(text, "repatriation")) == 1


def test_a_dated_present_of_counted_people_is_still_an_event() -> None:
    text = "Five North Koreans are detained in a raid on Monday, police say."
    arrests = events_of_type(text, "arrest")
    assert len(arrests) == 1
    assert arrests[0].status == "occurred"


def test_a_perfect_on_a_bare_plural_is_still_an_event() -> None:
    text = "North Korean loggers have been sent back from Khabarovsk, a rights group said."
    assert len(events_of_type(text, "repatriation")) == 1


def test_a_measure_on_a_kind_of_people_in_the_present_stays() -> None:
    text = "Since the shooting, fishermen are barred from the harbour after dark."
    assert len(events_of_type(text, "movement_restriction")) == 1


def test_a_plural_of_nationals_under_a_modal_is_a_kind_of_people() -> None:
    text = "The minister said North Koreans who overstay their visas should be sent home."
    assert events_of_type(text, "repatriation") == []


def test_the_rest_of_a_count_of_nationals_is_no_kind() -> None:
    text = "Dozens more North Koreans are still held in the camp and could be returned within weeks."
    assert len(events_of_type(text, "repatriation")) == 1

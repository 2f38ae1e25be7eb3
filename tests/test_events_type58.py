"""Events stage (type58): false alarms of another type beside a told event. People named by the
place where they are held, in a sentence that tells their return, are the people of the return,
not an arrest of their own. Every sentence here is invented for these tests."""

from __future__ import annotations

from events_helpers import events_of_type


def test_people_held_awaiting_a_looming_return_are_no_arrest() -> None:
    text = (
        "About 35 North Koreans held at a detention centre in Helong are expected to be sent "
        "back across the river within weeks, a church group said."
    )
    assert events_of_type(text, "arrest") == []
    returns = events_of_type(text, "repatriation")
    assert [e.status for e in returns] == ["at_risk"]


def test_people_held_and_returned_are_one_return() -> None:
    text = (
        "Chinese police deported about 25 North Korean women held in Yanji, a source in Jilin said on Monday."
    )
    assert events_of_type(text, "arrest") == []
    assert len(events_of_type(text, "repatriation")) == 1


def test_custody_with_its_own_span_stays_an_arrest() -> None:
    text = (
        "Four North Korean women held by Chinese police since early March could be sent back "
        "to Sinuiju at any time, activists said."
    )
    assert len(events_of_type(text, "arrest")) == 1


def test_held_with_no_return_told_stays_an_arrest() -> None:
    text = (
        "Nine North Korean loggers held in Khabarovsk have asked to travel to South Korea, a diplomat said."
    )
    assert len(events_of_type(text, "arrest")) == 1


def test_people_held_whose_return_is_appealed_against_stay_an_arrest() -> None:
    text = "Rights groups urged Bangkok to halt plans to deport the seven North Koreans held at a police station in Chiang Rai."
    assert len(events_of_type(text, "arrest")) == 1

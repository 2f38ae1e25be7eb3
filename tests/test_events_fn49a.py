"""Events stage (fn49a): a flight told by going toward the border.

People told running, heading or sailing toward a border ("shot as he ran toward the
demarcation line", "a boat heading for the maritime border was stopped") were on their way
out: the flight was tried, whether or not they got across, and the clause's own words may say
it is only suspected ("security suspects he is heading for the border"). A goal that is no
border is no flight (triggers.json, escape, via "toward", "towards" or "for" a border word,
status attempted when nothing else says).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

TOWARD = [
    "A North Korean soldier was shot by his own unit as he ran toward the demarcation line on Friday night, "
    "the military said.",
    "Guards opened fire on a man running towards the river near Hyesan last week, a source said.",
    "A small fishing boat that appeared to be heading for the maritime border was stopped by a patrol on Monday.",
]


@pytest.mark.parametrize("text", TOWARD)
def test_going_toward_the_border_is_a_flight_tried(text: str) -> None:
    assert "escape" in types_of(text)


def test_a_run_for_the_border_is_an_attempt_unless_told_suspected() -> None:
    shot = "A North Korean soldier was shot by his own unit as he ran toward the demarcation line on Friday night."
    assert [e.status for e in events_of_type(shot, "escape")] == ["attempted"]
    feared = "Military security suspects that the private is heading for the Chinese border, a source said."
    assert [e.status for e in events_of_type(feared, "escape")] == ["suspected"]


NOT_TOWARD = [
    "The trucks headed for the river to collect sand.",
    "The delegation walked toward the conference hall after lunch.",
]


@pytest.mark.parametrize("text", NOT_TOWARD)
def test_going_toward_no_border_is_no_flight(text: str) -> None:
    assert "escape" not in types_of(text)

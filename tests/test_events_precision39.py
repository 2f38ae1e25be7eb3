"""Events stage: false alarms by kind (session 39).

A term lived out, told in a "who" clause on a person, introduces a witness or a plaintiff by
their past, not a punishment the report tells; a count that is the subject of a verb of speaking
after the act is its source, not one more group (tests/test_events_wave2.py).

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "A man who spent four years in a labour camp told a forum in Geneva on Monday about the mines.",
        "The court awarded damages to a defector who spent two years in a political prison camp.",
        "The farmer, who was serving six years, had been made to work in the quarry, his son said.",
    ],
)
def test_term_in_a_who_clause_describes_the_person(text: str) -> None:
    assert "punishment" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She spent three years in a labour camp after her return from China.",
        "A man who served two years at the camp from 2015 to 2017 was arrested again on Friday.",
    ],
)
def test_term_told_as_its_own_act_stays_a_punishment(text: str) -> None:
    assert "punishment" in types_of(text)

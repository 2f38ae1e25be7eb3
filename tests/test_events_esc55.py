"""Events stage (esc55): a return told as the last leg of the journey home.

"He was flown to Pyongyang three days later under guard", "the two loggers are expected to be
flown to Pyongyang within days": people flown to the North's capital (or to North Korea) in
the passive were sent home by whoever held them, the way a return from a post abroad is told
once the hand-over has been; "the delegation flew to Pyongyang for talks" is a trip, and "the
body was flown to Pyongyang" carries no one. People "put on a train to Pyongyang" or "put on
flights to Pyongyang" are returned the same way as those "put on a plane to Pyongyang". The
words are lexicon entries (triggers.json, repatriation: "fly|flew|flown" to the
`flight_home_goals`, and the trains and flights of "put|load ... plane").

People "handed over at the Sinuiju end of the Friendship Bridge" were handed over at the bridge:
the end of a bridge is the bridge, as a stretch of a river is the river (cues.json, part_nouns);
"the guards waited at the far end of the bridge" hands no one over.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

FLOWN_TO_THE_NORTH = [
    (
        "A teacher who ran from his dormitory in Irkutsk was caught a week later. "
        "He was flown to Pyongyang three days later under guard.",
        "occurred",
    ),
    ("The two loggers are expected to be flown to Pyongyang within days, a pastor said.", "at_risk"),
    (
        "About thirty students enrolled in Dalian were ordered home and put on a train to Pyongyang last week.",
        "occurred",
    ),
    ("The four waitresses were put on flights to Pyongyang via Beijing on Tuesday.", "occurred"),
]


@pytest.mark.parametrize(("text", "status"), FLOWN_TO_THE_NORTH)
def test_people_flown_or_put_on_a_train_to_the_north_are_returned(text: str, status: str) -> None:
    events = events_of_type(text, "repatriation")
    assert events and events[0].status == status


NO_RETURN = [
    "The delegation flew to Pyongyang on Monday for talks with the ministry.",
    "The body was flown to Pyongyang on Sunday.",
]


@pytest.mark.parametrize("text", NO_RETURN)
def test_a_trip_or_a_body_flown_to_pyongyang_is_no_return(text: str) -> None:
    assert "repatriation" not in types_of(text)


# "handed over at the Sinuiju end of the Friendship Bridge": the end of a bridge is the bridge, as
# a stretch of a river is the river (cues.json, part_nouns).
HANDED_AT_THE_END = [
    "Eleven women caught in Dandong in March were handed over at the Sinuiju end of the Friendship Bridge last week.",
    "The nine were handed over at the Namyang end of the Tumen bridge on Friday, a source said.",
]


@pytest.mark.parametrize("text", HANDED_AT_THE_END)
def test_handed_over_at_the_end_of_a_bridge_is_a_return(text: str) -> None:
    assert "repatriation" in types_of(text)


def test_waiting_at_the_end_of_a_bridge_is_no_return() -> None:
    assert "repatriation" not in types_of("The guards waited at the far end of the bridge.")

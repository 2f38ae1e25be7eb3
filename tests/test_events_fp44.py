"""Events stage (fp44): false alarms of people named by a participle.

- A bare plural of people described by an undated participle, inside a statement in the simple
  present ("the fate of migrants deported from Russia depends on ...", "the town has long been a
  stop for migrants heading through China"), is whoever fits the description: the participle tells
  no act of its own. In the past or the progressive, or dated, it stays an event.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type

CLASS_IN_A_PRESENT_STATEMENT = [
    (
        "Rights workers say the treatment of women deported from Russia varies greatly by province.",
        "repatriation",
    ),
    (
        "The clinic publishes a growing file of testimony from women repatriated from China, its director said.",
        "repatriation",
    ),
    ("For years the port town has been a last stop for North Koreans fleeing through Mongolia.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), CLASS_IN_A_PRESENT_STATEMENT)
def test_class_named_by_a_participle_in_a_present_statement_is_no_event(text: str, event_type: str) -> None:
    assert events_of_type(text, event_type) == []


PARTICULAR = [
    ("Border guards arrested women deported from Russia on Tuesday, a source said.", "repatriation"),
    ("Police in Musan are hunting North Koreans fleeing through the hills, a resident said.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), PARTICULAR)
def test_dated_or_progressive_participle_stays_an_event(text: str, event_type: str) -> None:
    assert len(events_of_type(text, event_type)) == 1

"""Events stage (retold47): a dated retelling in a relative clause on the subject.

"Five men who were caught in Laos last month were sent back on Friday": a date told right after
a relative clause (or a participle) on the subject, before the main verb, is the clause's own,
even where the parser hangs it on the main verb. Such a clause is a retelling of an event with
its date, news of its own, and not background that only says who the people are. An undated
clause stays background.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

import pytest

from events_helpers import REPORT_DATE, date_ranges, events_of, events_of_type

RETOLD = [
    (
        "Three North Koreans, including a child, who were detained near the Lao border last week "
        "fear they will be sent to China.",
        "arrest",
        "2024-05-20",
    ),
    (
        "The ministry voiced regret after six North Korean defectors caught in northern Laos last month "
        "were sent back to China.",
        "arrest",
        "2024-05-01",
    ),
    (
        "The nine who were caught in Laos last month were handed to Chinese police on Friday.",
        "arrest",
        "2024-05-01",
    ),
]


@pytest.mark.parametrize(("text", "event_type", "start"), RETOLD)
def test_dated_relative_clause_on_the_subject_is_an_event(text: str, event_type: str, start: str) -> None:
    assert events_of_type(text, event_type), [e.type for e in events_of(text)]
    assert date.fromisoformat(start) in [s for s, _ in date_ranges(text, REPORT_DATE, event_type)]


def test_the_main_verb_keeps_its_own_date() -> None:
    text = "The nine who were caught in Laos last month were handed to Chinese police on Friday."
    assert date_ranges(text, REPORT_DATE, "repatriation") == [(date(2024, 5, 31), date(2024, 5, 31))]


UNDATED = [
    "Dozens of defectors detained in China were handed over to the North.",
    "Residents unable to reach relatives who escaped to the South were questioned on Monday.",
]


@pytest.mark.parametrize("text", UNDATED)
def test_undated_relative_clause_stays_background(text: str) -> None:
    types = [e.type for e in events_of(text)]
    assert "arrest" not in types and "escape" not in types

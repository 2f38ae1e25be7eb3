"""Questioning refused while its people are told (helper intg56): "called in … for questioning"
summons people, it asks for nothing (no appeal, as "calls for the closure" is); an inquiry "into"
people questions them, even when the parse hangs the "into" phrase on the verb that opens it
(invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, victim_counts


@pytest.mark.parametrize(
    "text, count",
    [
        ("The county security bureau has called in three teachers for questioning, a source said.", 3),
        (
            "The border guard who stamped their passes has been called in for questioning, the "
            "outlet reported.",
            1,
        ),
    ],
)
def test_called_in_for_questioning_is_an_interrogation(text: str, count: int) -> None:
    assert victim_counts(text, "interrogation") == [count]


def test_a_call_for_an_inquiry_stays_an_appeal() -> None:
    text = "The rapporteur called for the questioning of all persons held under the decree to end."
    assert events_of_type(text, "interrogation") == []


@pytest.mark.parametrize(
    "text, count",
    [
        ("Military prosecutors opened an investigation into four customs officers last month.", 4),
        ("The ministry launched an investigation into the six guards of the post on Tuesday.", 6),
    ],
)
def test_an_investigation_into_people_questions_them(text: str, count: int) -> None:
    assert victim_counts(text, "interrogation") == [count]


def test_an_investigation_into_a_thing_is_no_interrogation() -> None:
    text = "Police opened an investigation into the fire at the market last week."
    assert events_of_type(text, "interrogation") == []

"""Arrests, escapes and disappearances told without their usual word: custody with the people
between the verb and 'into custody', recapture, a lock-up in a police cell or a guardhouse,
people driven away by an acting authority, a river swum or a border deserted across, and
relatives who have had no news since or are not told where someone is (triggers.json,
cues.json custody_goals). Sentences invented for the tests."""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Police took six traders into custody on Monday.", "arrest"),
        ("Chinese police took them into custody at the border crossing.", "arrest"),
        ("The two men were recaptured four days later in a cornfield.", "arrest"),
        ("Five of the runaways were recaptured within a week.", "arrest"),
        ("They were locked in a police cell overnight.", "arrest"),
        ("Three soldiers were locked in their units' guardhouses.", "arrest"),
        ("The two were handcuffed and driven away by officers of state security.", "arrest"),
        ("The brigade commander was driven away by military security officers in late November.", "arrest"),
        ("The two men swam the Yalu from the Manpo side early this month.", "escape"),
        ("Two young soldiers deserted across the frozen Tumen last weekend.", "escape"),
        ("Two soldiers deserted to China in April.", "escape"),
        ("Her family has heard nothing since.", "disappearance"),
        ("Their relatives have had no news of them since.", "disappearance"),
        ("Four of the workers have still not been found.", "disappearance"),
        ("The officials would not say where he was being held.", "disappearance"),
    ],
)
def test_event_told_without_its_usual_word(text: str, kind: str) -> None:
    assert kind in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The weapons have not been found.",
        "Officials would not say where the meeting took place.",
        "The documents were locked in a police van.",
        "The farmers drove the cattle away from the river.",
        "He drove off before dawn with his brother.",
        "The children swam in the river all summer.",
    ],
)
def test_no_event_from_the_same_words_about_things(text: str) -> None:
    assert not types_of(text) & {"arrest", "escape", "disappearance"}

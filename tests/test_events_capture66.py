"""Arrests, escapes and disappearances told without their usual word: custody with the people
between the verb and 'into custody' or handed to someone's custody, recapture, a lock-up in a police cell or a guardhouse,
a river swum, waded or walked into, a border fence crawled under or
a border deserted across, a dash for freedom, and people not located, or whose relatives have had no news since or
are not told where they are (triggers.json,
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
        ("The two men swam the Yalu from the Manpo side early this month.", "escape"),
        ("Two young soldiers deserted across the frozen Tumen last weekend.", "escape"),
        ("Two soldiers deserted to China in April.", "escape"),
        ("Her family has heard nothing since.", "disappearance"),
        ("Their relatives have had no news of them since.", "disappearance"),
        ("He was transferred to the custody of the city police.", "arrest"),
        ("The man waded into the Yalu River near Manpo.", "escape"),
        ("A couple tried to wade the river on the night of 20 September.", "escape"),
        ("The two had crawled under the border fence from Inner Mongolia.", "escape"),
        ("She made a dash for freedom at the airport on Sunday.", "escape"),
        ("Relatives have not been able to locate them since.", "disappearance"),
    ],
)
def test_event_told_without_its_usual_word(text: str, kind: str) -> None:
    assert kind in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials would not say where the meeting took place.",
        "A police spokesman would not say where the two women were being held.",
        "The documents were locked in a police van.",
        "The farmers drove the cattle away from the river.",
        "He drove off before dawn with his brother.",
        "The children swam in the river all summer.",
        "Nobody could find work in the town.",
    ],
)
def test_no_event_from_the_same_words_about_things(text: str) -> None:
    assert not types_of(text) & {"arrest", "escape", "disappearance"}

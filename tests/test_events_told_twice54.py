"""Events stage: tellings that are no event of their own (session 54).

An interview's question ("Q: Have there been arrests?") asks about an act; the answer tells it, if
anything does. Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, events_of_type, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Q: Have there been detentions in your town? A: Not that I know of.",
        "Q: Could the families be punished? A: It depends on the bureau chief.",
        "If the driver abandons the truck, will the Chinese police send him back?",
        "Q: Do the patrols search houses as well? A: I have only heard talk.",
    ],
)
def test_a_direct_question_tells_no_act(text: str) -> None:
    assert events_of(text) == []


def test_an_act_the_question_takes_for_granted_stays_told() -> None:
    text = "What became of the four miners who were arrested in Musan in March?"
    assert "arrest" in types_of(text)


def test_an_act_told_before_a_quoted_question_stays_told() -> None:
    text = 'The trader was interrogated for three days by the bureau, which kept asking, "Who paid you?"'
    assert "interrogation" in types_of(text)


def test_the_answer_still_tells_the_act() -> None:
    text = "Q: Were people detained? A: Yes, police detained eleven traders at the market in May."
    arrests = events_of_type(text, "arrest")
    assert len(arrests) == 1
    assert arrests[0].victims is not None and arrests[0].victims.count_min == 11


def test_an_act_told_before_questions_after_a_colon_stays_told() -> None:
    text = (
        "After I was returned, the officers at the county bureau interrogated me for a week: "
        "had I worked for Koreans, had I gone to a church?"
    )
    assert "interrogation" in types_of(text)

"""Events stage (fn48): acts told beside an execution are not the execution told again.

An execution is a killing. Harm told by blows or torture ("he was beaten during questioning")
and a penalty that leaves its people alive (a camp term, banishment, a lost post) are acts of
their own beside it, even about the same number of people; only a telling that kills ("the
five were shot") retells the execution. A participle that only says who people are ("the
relatives of the executed women were banished") does not make its clause an execution.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of, types_of

BESIDE = [
    # blows before the killing
    (
        "A farmer was executed by firing squad in Musan in May for selling copper, a source said. "
        "He had been held for a month at the county police station, where he was beaten so badly "
        "during questioning that he could barely walk to the trial.",
        "violence",
    ),
    # a camp term for others, after a killing
    (
        "Two smugglers were shot in front of a crowd in Hyesan last month, a resident said. "
        "Two accomplices were sentenced to life in a kyohwaso.",
        "punishment",
    ),
    # the McCune-Reischauer spelling of kwanliso
    (
        "A trade official was publicly executed in Sinuiju in April, the source said. "
        "The official's driver was sent to Kwalliso No. 14 in Kaechon, according to the source.",
        "punishment",
    ),
    # a lost post
    (
        "A border guard was executed in Onsong in March after a smuggler crossed on his watch. "
        "His company commander was removed from his post, the source said.",
        "punishment",
    ),
]


@pytest.mark.parametrize(("text", "kind"), BESIDE)
def test_act_beside_an_execution_is_its_own_event(text: str, kind: str) -> None:
    types = type_list_of(text)
    assert "execution" in types
    assert kind in types


def test_people_named_by_their_execution_keep_their_punishment() -> None:
    text = (
        "Two women were executed in Hyesan last month for smuggling, a source said. "
        "The families of the executed women were banished to a farm in Samjiyon County."
    )
    assert {"execution", "punishment"} <= types_of(text)


def test_a_killing_told_again_stays_one_execution() -> None:
    text = (
        "Five men were executed at the Hyesan airfield on Tuesday, a source said. "
        "The five were shot in front of a crowd of about 2,000 residents."
    )
    assert type_list_of(text) == ["execution"]


def test_a_death_sentence_told_with_the_execution_stays_one() -> None:
    text = "A smuggler was sentenced to death at a public trial in Hoeryong and shot on the spot in May."
    assert "punishment" not in types_of(text)


# Crossings of the inter-Korean line told by the sector Seoul's military names ("the eastern
# front"), by a part of the estuary ("the tidal flats of the Han estuary"): flights to the South
# (border_crossings and part_nouns of cues.json).
CROSSINGS = [
    "A North Korean soldier walked across the western front and surrendered to South Korean marines on Friday.",
    "A North Korean fisherman walked across the tidal flats of the Han estuary to Gyodong Island on Monday night.",
]


@pytest.mark.parametrize("text", CROSSINGS)
def test_crossing_of_the_line_told_by_its_sector_is_an_escape(text: str) -> None:
    assert "escape" in types_of(text)


NO_CROSSINGS = [
    "Activists said they would float 20 balloons carrying leaflets across the border from Paju this week.",
    "Police officers came through the front door of the house at midnight.",
    "She walked across the flat to open the window.",
]


@pytest.mark.parametrize("text", NO_CROSSINGS)
def test_things_and_rooms_crossed_are_no_escape(text: str) -> None:
    assert "escape" not in types_of(text)

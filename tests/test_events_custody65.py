"""Events stage: custody at its edges. People handed to a police or security body are arrested
(unless the same verb hands them back to the North), people taken back to the camp or into
custody are caught again, and a death in custody may be told by starving or freezing to death,
by people counted in a camp the story has just named, or by a clause that sent the one who died
to a camp.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

ARRESTS = [
    "A neighbour found the boy hiding in a shed and handed him to the police.",
    "The guards handed the two women over to state security the same night.",
    "The three runaways were taken back into custody within a week.",
    "Both men were taken back to the camp on the fifth of May.",
]


@pytest.mark.parametrize("text", ARRESTS, ids=[t[:40] for t in ARRESTS])
def test_handed_to_the_police_or_taken_back_is_an_arrest(text: str) -> None:
    assert "arrest" in types_of(text), types_of(text)


def test_taken_back_to_the_camp_is_not_a_new_sentence() -> None:
    assert "punishment" not in types_of("Both men were taken back to the camp on the fifth of May.")


def test_sent_back_to_the_camp_stays_a_penalty() -> None:
    assert "punishment" in types_of("She was sent back to the camp to serve the rest of her term.")


def test_handed_to_northern_officers_at_the_border_is_a_return_only() -> None:
    types = types_of("The Chinese police handed the man to North Korean security officers at the border.")
    assert "repatriation" in types and "arrest" not in types, types


def test_handed_on_after_a_return_is_the_return() -> None:
    text = (
        "China sent 40 women back across the bridge at Tumen on Friday. On arrival in Namyang, the "
        "group was handed to the provincial state security department."
    )
    assert types_of(text) == {"repatriation"}, types_of(text)
    # a handing to come, after a return, is no arrest of its own either
    assert "arrest" not in types_of("Once back in the North, the traders will be handed to state security.")


NOT_ARRESTS = [
    "She handed the letter to the police.",
    "He handed his passport to the police officer at the desk.",
]


@pytest.mark.parametrize("text", NOT_ARRESTS, ids=[t[:40] for t in NOT_ARRESTS])
def test_things_handed_to_the_police_are_no_arrest(text: str) -> None:
    assert "arrest" not in types_of(text), types_of(text)


DEATHS_IN_CUSTODY = [
    "An old man in his cell starved to death that winter.",
    "Two prisoners froze to death in the punishment cells in January.",
    "A woman who was sent to the labour training camp in March died there in May.",
    "She was sent to the prison camp in 2019. Five women in her work team died of dysentery that summer.",
    "A young inmate was bludgeoned to death by a guard.",
]


@pytest.mark.parametrize("text", DEATHS_IN_CUSTODY, ids=[t[:40] for t in DEATHS_IN_CUSTODY])
def test_death_in_custody_is_violence(text: str) -> None:
    assert "violence" in types_of(text), types_of(text)


DEATHS_ELSEWHERE = [
    "Thousands starved to death in the famine of the 1990s.",
    "Two hikers froze to death on the mountain last winter.",
    "A man who was sent to work in the city in May died in a road accident.",
    "The family moved to the coast in 2010. Four people in the village died in the flood that summer.",
]


@pytest.mark.parametrize("text", DEATHS_ELSEWHERE, ids=[t[:40] for t in DEATHS_ELSEWHERE])
def test_death_outside_custody_is_no_violence(text: str) -> None:
    assert "violence" not in types_of(text), types_of(text)


def test_a_woman_taken_away_is_not_the_man_held_before() -> None:
    text = (
        "The trader who was detained in Yanji in June has been released, a relative said. He was held "
        "for ten days at the Yanji detention centre. His partner on the North Korean side has not been "
        "seen since state security officers took her away."
    )
    assert len(events_of_type(text, "arrest")) == 2


TRAINS_HOME = [
    "The cook was put on a train to Sinuiju under guard in July.",
    "The two loggers were put on a train to the border within a week of their arrest.",
]


@pytest.mark.parametrize("text", TRAINS_HOME, ids=[t[:40] for t in TRAINS_HOME])
def test_put_on_a_train_to_the_border_is_a_return(text: str) -> None:
    assert "repatriation" in types_of(text), types_of(text)


TRAINS_ELSEWHERE = [
    "A broker put her on a train to Kunming with two other women.",
    "The children were put on a train to the relief centre in the provincial capital.",
]


@pytest.mark.parametrize("text", TRAINS_ELSEWHERE, ids=[t[:40] for t in TRAINS_ELSEWHERE])
def test_put_on_a_train_elsewhere_is_no_return(text: str) -> None:
    assert "repatriation" not in types_of(text), types_of(text)

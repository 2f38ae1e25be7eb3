"""Events stage (fn51a): sweeps told by an authority going "through" a place.

"An inspection team from the provincial party has been combing through the county offices
since May", "police swept through the bus station on Friday": an authority that combs, sweeps
or scours through a town, a market or an institution carries out a crackdown there, though the
sentence names no "against" and no goods sought. Without an acting authority the words tell
no measure ("a storm swept through the valley"). The words are a lexicon entry (triggers.json,
crackdown, `needs_actor`).

People named by a noun WordNet's person list misses: "his Chinese counterpart was picked up",
and a person noun news spells with its French accents ("a trade attaché", "an émigré"), which
the list holds only without them. An arrest or a return that needs its people is told with
them (people.json, `more_person_nouns`).

"A house-to-house search in the second week ended with a dozen arrests": the act that is the
subject of a verb of ending, with what it ended in, took place; the verb of ending denies only
what it has as an object ("police ended the practice of beating detainees"), and an end still
ahead ("once the inspection ends") tells no act (status.py, `_ended_in_an_outcome`).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of

SWEPT_THROUGH = [
    "An inspection team from the provincial party has been combing through the county offices since May.",
    "Police swept through the bus station in Kilju on Friday, residents said.",
    "Security agents have been scouring through the villages along the river since early April.",
]


@pytest.mark.parametrize("text", SWEPT_THROUGH)
def test_an_authority_sweeping_through_a_place_is_a_crackdown(text: str) -> None:
    assert "crackdown" in types_of(text)


NO_AUTHORITY = [
    "A storm swept through the valley last week, flattening the maize.",
    "Rumours swept through the market that the rice price would double.",
]


@pytest.mark.parametrize("text", NO_AUTHORITY)
def test_sweeping_through_without_an_authority_is_no_crackdown(text: str) -> None:
    assert "crackdown" not in types_of(text)


PEOPLE_NAMED = [
    ("The trader's Chinese counterpart was picked up by police in Musan last week.", "arrest"),
    (
        "A trade attaché at the embassy in Hanoi was flown back to Pyongyang under escort last week.",
        "repatriation",
    ),
    ("An elderly émigré was picked up by police in Yanji last month.", "arrest"),
]


@pytest.mark.parametrize(("text", "event_type"), PEOPLE_NAMED)
def test_a_counterpart_or_an_accented_person_noun_names_the_people(text: str, event_type: str) -> None:
    events = events_of_type(text, event_type)
    assert events and events[0].victims is not None and events[0].victims.count_min == 1


ENDED_IN = [
    ("In Kilju, a house-to-house search last week ended with around a dozen arrests.", "search"),
    ("A raid on the market in Hyesan on Monday ended in the detention of four traders.", "search"),
]


@pytest.mark.parametrize(("text", "event_type"), ENDED_IN)
def test_an_act_that_ended_in_an_outcome_took_place(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_an_act_ended_by_someone_is_denied() -> None:
    assert "violence" not in types_of(
        "The new commander ended the beating of recruits in the unit last year."
    )

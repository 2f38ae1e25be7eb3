"""Events stage, issues 12 and 13: a phrasal trigger whose particle comes after a long object,
and an event told as what another one ended in or led to.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.events.lexicon import lexicon
from tessera.language import analyse
from tessera.language.analysis import load_nlp
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def phrases_found(text: str) -> set[str]:
    doc = load_nlp()(text)
    return {match.entry.text for match in lexicon().triggers.find(doc)}


PARTICLE_AFTER_LONG_OBJECT = [
    (
        "Vietnam has sent seven North Korean women who had walked across the hills from Yunnan "
        "in April back to China.",
        "send|sent|sending ... back",
    ),
    (
        "Border police handed the three teenagers, all of them students from Kimchaek, over to "
        "North Korean security agents.",
        "hand|handed|handing|turn|turned|turning ... over to ... north korea|korean",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), PARTICLE_AFTER_LONG_OBJECT)
def test_particle_after_a_long_object_is_read_through_the_parse(text: str, phrase: str) -> None:
    assert phrase in phrases_found(text)


def test_a_long_object_sent_back_is_a_repatriation_of_those_people() -> None:
    events = events_of(
        "Vietnam has sent seven North Korean women who had walked across the hills from Yunnan in April back to China."
    )
    sent = [e for e in events if e.type == "repatriation"]
    assert sent and sent[0].victims is not None and sent[0].victims.count_min == 7


def test_a_particle_taken_by_a_verb_of_the_objects_clause_is_its_own() -> None:
    # "brought … back" belongs to the courier, not to "sent"
    text = (
        "The ministry sent a young courier who quietly brought the sealed documents from the "
        "embassy in Beijing back to Seoul."
    )
    assert "send|sent|sending ... back" not in phrases_found(text)


def test_what_a_trial_ended_in_is_the_event_told() -> None:
    events = events_of(
        "On 4 May a public trial was staged in the stadium of Kilju that ended in the execution of two farmers."
    )
    assert [e.type for e in events] == ["execution"]
    assert events[0].victims is not None and events[0].victims.count_min == 2


def test_a_sentencing_that_led_to_an_execution_is_the_execution() -> None:
    events = events_of(
        "The sentencing of the two smugglers in Hyesan last week led to the execution of both."
    )
    assert [e.type for e in events] == ["execution"]


def test_a_crackdown_that_led_to_arrests_keeps_both() -> None:
    events = events_of(
        "A crackdown on phone calls to China in Musan led to the arrest of 14 traders in April."
    )
    assert sorted(e.type for e in events) == ["arrest", "crackdown"]


def test_ending_a_practice_is_no_event_of_it() -> None:
    # a verb of ending with the act as its object stops it; with "in" or "with" it is the outcome
    assert not [
        e
        for e in events_of("The county authorities ended public executions in the market in 2019.")
        if e.type == "execution"
    ]


def test_a_trial_an_execution_followed_is_its_lead_up() -> None:
    events = events_of("The executions of the three men followed a one-day trial in Hamhung.")
    assert [e.type for e in events] == ["execution"]


def test_a_trial_that_a_shooting_told_before_followed_is_no_punishment_of_its_own() -> None:
    text = (
        "Security forces publicly shot two men who had sold foreign films in Hamhung in May. "
        "About 500 residents were made to watch the shooting, which followed a short trial."
    )
    assert [e.type for e in events_of(text)] == ["execution"]

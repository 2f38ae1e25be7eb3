"""Events stage: background told by the kind of clause that carries it: figures of surveys and
records, the samples of studies, laws and treaties, kin known by what they did, matters
questioned. None of them is news of one event.

Every sentence here is written for these tests; each rule has a negative (no such event) and a
positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def types_of(text: str) -> set[str]:
    return {e.type for e in events_of(text)}


NO_EVENT = [
    # a share of a population as the subject: a figure of a survey
    ("The poll found that 42 percent had seen a public execution.", "execution"),
    ("Nearly 30 per cent said a neighbour had been sent to a labour camp.", "punishment"),
    # acts named as kinds in a ranking
    ("Forced labour is the most often reported category, followed by beatings.", "punishment"),
    # a count of cases a report lists
    ("The quarterly report lists 9 cases of detention in the province.", "arrest"),
    ("The monitor's database for 2023 holds 25 cases of torture and 3 cases of execution.", "violence"),
    # the sample of a study defined by its flight, with the years it spans
    ("A poll of 800 defectors who reached the South between 2012 and 2020 was published.", "escape"),
    ("The figures come from interviews with 600 people who left the North between 2001 and 2019.", "escape"),
    # what a law, a treaty or a bill does to anyone
    (
        "The country signed the Torture Convention, which bars sending anyone back to face abuse.",
        "repatriation",
    ),
    ("The immigration law allows officers to detain visitors without papers.", "arrest"),
    # kin named as an object, known by an undated act of theirs
    ("The phone ban has cut residents off from cousins who fled to the South.", "escape"),
    # what is questioned is a matter, not a person
    ("The panel also questioned the cost of a new shelter for arrivals.", "interrogation"),
    # a line all in capitals is a heading, told again below it
    (
        "APPEAL: THREE MEN FACE FORCED RETURN\nThree men have been held by police in Kunming since May.",
        "repatriation",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_background_by_kind_of_clause_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # the share is the object, the arrest is told
    ("Police detained 30 percent of the market's traders in Hyesan on Monday.", "arrest"),
    # a sample defined by its detention, dated, is told as events
    (
        "The office interviewed 90 women who were detained after being returned between 2010 and 2018.",
        "arrest",
    ),
    # the law only frames the act: the arrest is told
    ("Police arrested two brokers in Dandong on Friday under the new immigration law.", "arrest"),
    # kin as the subject are the ones told of
    ("Relatives who fled to China last week were caught by the police.", "arrest"),
    # kin counted, or a household, are the ones told of
    ("Police arrested nine people, among them three children, who crossed the river from Laos.", "escape"),
    # a person is questioned
    ("State security agents questioned the broker's wife for three days.", "interrogation"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_events_beside_such_clauses_stay(text: str, event_type: str) -> None:
    assert event_type in types_of(text)

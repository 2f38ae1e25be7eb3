"""Events stage, issue 12 (recall): acts told without the usual verb of their kind.

Punishments told as the loss of a home, a job or money; searches and crackdowns told by what
the searchers did; flights told as a journey; custody told as a handover. Every sentence here is
invented for these tests.
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


FOUND = [
    # punishments told as the loss of a home, a job or money
    ("Two of the traders were let go after paying heavy fines.", "punishment"),
    ("The bus driver lost his job at the depot after the inspection.", "punishment"),
    ("The woman was ordered to do a month of unpaid labour on a dam.", "punishment"),
    ("The widow and her son were removed from the town and sent to a hill farm.", "punishment"),
    ("Their wives and children were evicted from the city within a week.", "punishment"),
    ("The two sisters were moved out of their flat that winter.", "punishment"),
    ("Six households were forcibly relocated to farms in the mountains in April.", "punishment"),
    # a banishment dated by an execution is still a banishment
    ("The families of the three were banished to a coal village the week after the execution.", "punishment"),
    # searches told by what the searchers did
    ("Agents came at night. They tore up the floorboards looking for the radio.", "search"),
    ("Police officers went through every house on the lane in one night.", "search"),
    ("Security officers have been visiting apartments rented by foreign students.", "search"),
    ("At the market the inspectors opened every sack on the stalls.", "search"),
    # crackdowns told as a campaign's aim, its start or its teams
    ("The provincial police have launched a campaign to root out smuggled radios.", "crackdown"),
    ("The arrests followed a sweep targeting unlicensed phone traders.", "crackdown"),
    ("Officials in the county have begun inspecting funerals for banned customs.", "crackdown"),
    ("The ministry has posted inspection teams at every bus station in the province.", "crackdown"),
    ("An investigation team dispatched from the capital arrived in the port in May.", "crackdown"),
    # flights told as a journey
    ("Five women walked across the Gobi from China into Mongolia last winter.", "escape"),
    ("The brothers had entered Laos from Yunnan with the help of a guide.", "escape"),
    ("The group stayed in Kunming for a month before setting off for Southeast Asia.", "escape"),
    ("The two welders left their dormitory one night in March.", "escape"),
    ("A teenage boy tried to cross near the old rail bridge at dawn.", "escape"),
    ("A young woman sought refuge at the South Korean consulate in Shenyang.", "escape"),
    # a loss told by those who cannot learn what became of someone
    ("The clerk was taken away in May. Nobody knows what has happened to him since.", "disappearance"),
    ("We have been unable to learn what became of the three women.", "disappearance"),
    ("When I came out of prison I still did not know where my brother was.", "disappearance"),
    # custody told as being found by guards
    ("Mongolian soldiers found the four women near the border post.", "arrest"),
    # a public self-criticism is a penalty
    ("The two clerks were made to read self-criticisms before their whole unit.", "punishment"),
    # custody told as a handover to a local organ
    ("The young teacher was later handed over to the county security department.", "arrest"),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND)
def test_act_told_without_its_usual_verb_is_found(text: str, event_type: str) -> None:
    assert event_type in types_of(text), text


NOT_FOUND = [
    # a thing moved or removed is no one punished
    ("The old factory was moved out of the city in 2019.", "punishment"),
    ("The broken statue was removed from the town square.", "punishment"),
    # a move between flats is no eviction
    ("They were moved from one flat to another at night by the broker.", "punishment"),
    # a fine paid as a habit of old is no punishment told (only the past forms name one)
    ("Before the pandemic, people would pay a fine and go home.", "punishment"),
    # being barred from leaving a dormitory is no flight from it
    ("The managers banned the workers from leaving the dormitory at night.", "escape"),
    # what may yet happen to people is a fear, not a loss; a thing lost is no one missing
    ("I just don't know what will happen to them after that.", "disappearance"),
    ("Nobody knows what happened to the money after the raid.", "disappearance"),
    # asking for help to find someone is no arrest
    ("The consulate asked the local police to help find the man.", "arrest"),
    # shelter sought from the weather is no flight
    ("The porters sought shelter from the storm in a barn.", "escape"),
    # a visit to a dormitory by the police is no search
    ("Police later visited the dormitory to ask about the missing men.", "search"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND)
def test_no_event_of_the_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text), text


def test_an_act_that_only_dates_another_keeps_them_apart() -> None:
    events = events_of(
        "The families of the two men were banished to a mining village the day after the execution."
    )
    assert sorted(e.type for e in events) == ["execution", "punishment"]


def test_the_families_of_people_told_of_are_other_people() -> None:
    text = (
        "Three men were executed in the town this month. The three were arrested in March. "
        "The families of the men were banished to a mining village the day after the execution."
    )
    assert sorted(e.type for e in events_of(text)) == ["arrest", "execution", "punishment"]


def test_uncounted_kin_are_people() -> None:
    (event,) = [
        e
        for e in events_of("Their wives and children were expelled from the city.")
        if e.type == "punishment"
    ]
    assert event.victims is not None and event.victims.group == "family"

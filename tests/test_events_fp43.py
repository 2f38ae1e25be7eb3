"""Events stage (fp43): false alarms of people named by what was done before.

- People named, in a relative or participle clause, by what they were caught with ("a clerk
  who was caught with foreign cash was beaten", "vendors caught with smuggled shoes have been
  fined") are described by the offence found on them; the report's event is what they then
  suffered. The catching is no arrest of its own. A catcher, a place or a date of its own, or
  people caught "with" others (company), keep the arrest; so does "caught with" in a main clause.
- Hearing nothing of a matter ("said they had heard nothing about it", "heard nothing of the
  story") says a report could not be confirmed; no one has gone missing. Hearing nothing of or from
  people ("has heard nothing of her since") stays a disappearance.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def of_type(text: str, event_type: str) -> list[Event]:
    return [e for e in events_of(text) if e.type == event_type]


FOUND_ON_THEM = [
    (
        "A clerk who was caught with foreign cash in his desk was beaten in front of his colleagues, "
        "the source said.",
        "violence",
    ),
    ("Vendors caught with smuggled shoes have been fined 20,000 won each, a trader said.", "punishment"),
    (
        "A driver caught with undeclared diesel in his truck is likely to be sent to a labour camp, "
        "the source said.",
        "punishment",
    ),
]


@pytest.mark.parametrize(("text", "kept_type"), FOUND_ON_THEM)
def test_people_named_by_what_they_were_caught_with_are_no_arrest(text: str, kept_type: str) -> None:
    assert of_type(text, "arrest") == []
    assert len(of_type(text, kept_type)) == 1


KEPT = [
    # a catcher, a place and a date of its own
    "Officials believe a sailor caught with heroin by customs officers in Nampo in March was later sent "
    "to a prison camp.",
    # company, not a thing found
    "Her brother, who was caught with four other North Koreans by Chinese police in Yanji last week, "
    "faces repatriation.",
    # a main clause tells the catching
    "Two teachers were caught with South Korean films on their laptops last week and handed to state "
    "security.",
]


@pytest.mark.parametrize("text", KEPT)
def test_a_catching_told_of_its_own_stays_an_arrest(text: str) -> None:
    assert len(of_type(text, "arrest")) == 1


UNCONFIRMED = [
    "Neighbours named in the story said they had heard nothing about it.",
    "Two of our contacts in the port said they had heard nothing of the raid.",
]


@pytest.mark.parametrize("text", UNCONFIRMED)
def test_hearing_nothing_of_a_matter_is_no_disappearance(text: str) -> None:
    assert of_type(text, "disappearance") == []


PEOPLE_NOT_HEARD_OF = [
    "Her brother in Seoul has heard nothing about her since she was sent back in March.",
    "Relatives of the three fishermen say they have heard nothing of them since the boat was seized.",
]


@pytest.mark.parametrize("text", PEOPLE_NOT_HEARD_OF)
def test_hearing_nothing_of_people_stays_a_disappearance(text: str) -> None:
    assert len(of_type(text, "disappearance")) == 1

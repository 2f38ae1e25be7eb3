"""Events stage (fp45): false alarms of farm mobilisations and of run-in headings.

- People sent to farms for a season's farm work ("for the spring planting", "for six weeks of rice
  transplanting"), or in a clause under a mobilisation named as its subject, are mobilised for
  work, not punished; the parser's dative "to" after a passive "sent" is the goal all the same.
  A "for" phrase that gives a reason ("for failing the harvest quota") keeps the punishment.
- A measure that a law, a regulation or its revision gives a body the power to take ("the law
  allows provincial commands to ban travel") is a power granted, not a restriction or a campaign
  carried out; a regulation that itself bars travel is one.
- A digest's run-in heading ("Hyesan arrests. Police in Hyesan arrested …") names the paragraph's topic, no event of its own; a short sentence with a
  finite verb ("Two fled.") stays one.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, events_of_type, type_list_of

MOBILISED = [
    "Secondary school pupils across North Hwanghae Province have been sent to cooperative farms to help with "
    "the weeding, parents said.",
    "The county committee has announced that every factory must send two workers to the cooperative farms for "
    "the autumn harvest from October 1.",
    "The youth league has told colleges in Kangwon to prepare to send students to state farms for four weeks of "
    "rice transplanting from late May.",
    "Farm mobilisation began across the province in April, with office workers sent from the towns to the "
    "countryside for up to a month.",
]


@pytest.mark.parametrize("text", MOBILISED)
def test_sent_to_farm_work_is_no_punishment(text: str) -> None:
    assert events_of_type(text, "punishment") == []


PUNISHED = [
    "The former county secretary was sent with his family to a remote farm for failing the harvest quota.",
    "The families of the two officials were sent to farms in the mountains of Ryanggang the next day.",
]


@pytest.mark.parametrize("text", PUNISHED)
def test_sent_to_a_farm_as_a_penalty_stays_a_punishment(text: str) -> None:
    assert len(events_of_type(text, "punishment")) == 1


def test_run_in_heading_is_no_event_of_its_own() -> None:
    text = "Musan arrests. Police in Musan arrested four traders in early May for selling Chinese phones, a source said."
    assert type_list_of(text) == ["arrest"]
    assert "Musan arrests" not in events_of(text)[0].evidence[0].text


def test_run_in_heading_of_a_disappearance_is_no_event_of_its_own() -> None:
    text = "Missing. A 12-year-old girl who left a Hoeryong school in April has not been seen since, her aunt said."
    found = events_of_type(text, "disappearance")
    assert len(found) == 1
    assert not found[0].evidence[0].text.startswith("Missing")


def test_a_short_sentence_with_a_finite_verb_is_no_heading() -> None:
    text = "Three fled. They were caught by police in Tumen on Monday."
    assert "escape" in type_list_of(text)


POWERS_GRANTED = [
    (
        "The law also allows county emergency commands to ban travel and requisition lorries during a flood.",
        "movement_restriction",
    ),
    (
        "The amended regulation empowers city authorities to seal off any district where a fever is reported.",
        "movement_restriction",
    ),
    (
        "The revision also allows provincial committees to send their own inspection teams without asking Pyongyang.",
        "crackdown",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), POWERS_GRANTED)
def test_power_granted_by_a_law_is_no_measure(text: str, event_type: str) -> None:
    assert events_of_type(text, event_type) == []


def test_a_regulation_that_bars_travel_is_a_restriction() -> None:
    text = "Since March a new regulation has barred residents of Musan from travelling to the river without a permit."
    assert len(events_of_type(text, "movement_restriction")) == 1

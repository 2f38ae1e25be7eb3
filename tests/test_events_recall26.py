"""Events stage: classes of real events that a condition refused or a people reader lost.

People named by what befell them ("those arrested", "those found to have met missionaries", the
participle often tagged as a past tense) of whom a progressive or a modal tells; people taken
from a place by the police or agents (the agent of the passive names who takes people into
custody); a clause before a semicolon or a dash, which the parser hangs on the verb after it,
keeps its own polarity; a state or a force named as the possessive of a nominal return ("Laos's
deportation of nine North Koreans") is the doer, the "of" phrase the people; an act named as the
purpose of handing people over ("handed to the security command for investigation") befalls
those handed; rooms, flats and a single phone inspected, a memory card checked; a rank stripped;
people who are or remain in someone's custody; an operation against a kind of people or work.
What these words say of whoever fits, of things or of no one stays no event.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

FOUND = [
    (
        "Police detained 14 traders in Musan last week. Those detained are being questioned at the"
        " county security office.",
        "interrogation",
    ),
    (
        "Guards caught nine soldiers at the river. Those caught are being interrogated by the"
        " military security command.",
        "interrogation",
    ),
    (
        "Those found to have met missionaries could be sent to political prison camps, the lawmaker"
        " quoted the agency as saying.",
        "punishment",
    ),
    ("The student was taken from his dormitory by state security agents in September.", "arrest"),
    ("Both brothers were taken directly from the station by police officers.", "arrest"),
    (
        "In the spring of 2017 she was sentenced to six years in a labour camp; she still does not"
        " know where her son is.",
        "punishment",
    ),
    (
        "In 2005 I crossed the Tumen near Musan \u2014 the ice was not thick \u2014 and walked to Yanji.",
        "escape",
    ),
    (
        "The report records the detention of a fisherman by state security in Haeju in March; his"
        " wife has not been told where he is.",
        "arrest",
    ),
    (
        "The platoon leader was demoted and handed to the military security command for investigation.",
        "interrogation",
    ),
    ("Police officers inspected rooms rented without registration near the station.", "search"),
    ("A patrol stopped him near the market and inspected his mobile phone.", "search"),
    ("An inspection team checked the memory card of each pupil's phone.", "search"),
    ("The lieutenant was stripped of his rank after the crossing.", "punishment"),
    # people in a state of custody: the subject of "be" or "remain" is who is held
    ("The teacher had been in the custody of the county security department since May.", "arrest"),
    ("The six are in the custody of Mongolian border guards near the frontier.", "arrest"),
    # an operation against a kind of people or work, as a campaign or a drive is
    ("Police launched an operation against illegal labour on the farms in October.", "crackdown"),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND)
def test_found(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


NOT_FOUND = [
    # whoever is caught: a rule, not an event told of people in the story
    ("Those caught are sent to labour camps.", "punishment"),
    # taken from a place by people who are no force, or things taken
    ("The boy was taken from the river by fishermen.", "arrest"),
    ("Samples were taken from the well by inspectors.", "arrest"),
    # a clause after the break is still denied
    ("The men were questioned for a day; they were not arrested.", "arrest"),
    # an accident that kills is no act of violence
    ("The derailment near Kowon killed dozens of passengers; the media never reported it.", "violence"),
    # a purpose of handing things, or a call for an inquiry
    ("Activists called for an investigation into the deaths.", "interrogation"),
    ("The guards sent the letters to the capital for investigation.", "interrogation"),
    # things in someone's custody, and custody as a rule for whoever is held
    ("The documents are in the custody of the archive.", "arrest"),
    ("Anyone in custody is entitled to a lawyer.", "arrest"),
    ("The surgeons carried out an operation to repair his leg.", "crackdown"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND)
def test_not_found(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


def test_possessive_state_is_the_doer_of_a_nominal_return() -> None:
    """The people of "Thailand's deportation of nine North Koreans" are the nine."""
    (event,) = [e for e in events_of("Thailand's deportation of nine North Koreans drew protests.")]
    assert event.type == "repatriation"
    assert event.victims is not None and event.victims.count_min == 9

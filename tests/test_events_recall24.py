"""Events stage: classes of real events a condition or a missing word class refused.

A goal written with a hyphen ("a labour-training camp", "a reform-through-labour camp") or read
by the parser as a dative ("sent ten people to a camp"); kinds of punishment unit and course;
places of custody (immigration detention, a police van); agents taking people from their home;
people escorted across a bridge or flown home; people unaccounted
for or not heard from; a pass or permit residents now need, a town sealed off, workers not
allowed outside; a campaign named by what it seizes; people who came south by boat or walked
through a jungle; people gunned down or hanged, travel suspended, fencing added; a penalty that looms for people the story is about ("he could face
execution"). What these words say of no one, of things or of whoever fits a description stays
no event.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

FOUND = [
    (
        "Last month the police in Onsong sent 12 farmers to a labour-training camp for skipping work.",
        "punishment",
    ),
    ("Six of the returnees were sent to the Chungsan reform-through-labour camp in March.", "punishment"),
    ("Soldiers caught singing foreign songs have been sent to disciplinary labour units.", "punishment"),
    ("The two cadres were sent to a re-education course in the capital in May.", "punishment"),
    ("The four women were taken to an immigration detention centre in Bangkok.", "arrest"),
    ("The cook was dragged into a police van outside the restaurant on Friday.", "arrest"),
    ("Agents of the security ministry took the teacher from his home at night.", "arrest"),
    (
        "Border police escorted about 40 North Koreans across the bridge to Sinuiju on Tuesday.",
        "repatriation",
    ),
    ("About 30 North Korean loggers were flown home from Siberia in April.", "repatriation"),
    ("A group of four North Koreans remains unaccounted for in northern Laos.", "disappearance"),
    ("Their relatives say they have heard nothing of the two brothers since June.", "disappearance"),
    ("Residents of the riverside villages now need a pass to visit the fields.", "movement_restriction"),
    ("The town was sealed off for two weeks in February.", "movement_restriction"),
    (
        "The 200 workers at the plant have not been allowed outside the dormitory since May.",
        "movement_restriction",
    ),
    ("Security officials have launched a campaign to confiscate radios from farmers.", "crackdown"),
    ("The three fishermen who came south by boat last week asked to stay.", "escape"),
    ("The group walked for three nights through the jungle to reach the Mekong.", "escape"),
    # verbs of killing, barring and fencing the lexicon lacked
    ("A young soldier was gunned down by guards near the river this month.", "violence"),
    ("Two prisoners were hanged in front of the other inmates in May.", "execution"),
    ("Travel between the two counties has been suspended since April.", "movement_restriction"),
    ("The border guard has added a third row of fencing along the river.", "movement_restriction"),
    # a penalty that looms for people the story is about
    (
        "The driver was caught at the border on Monday. He could face execution, his family fears.",
        "execution",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND)
def test_found(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


NOT_FOUND = [
    # a hyphenated goal that is no place of punishment
    ("The supplies were sent to a cross-border trading post.", "punishment"),
    # dismissing a claim is no punishment
    ("The ministry dismissed the report as fabrication.", "punishment"),
    # taking things from a home is no arrest
    ("Agents took two radios from his home.", "arrest"),
    # a pass one needs for no movement told as restricted: a boarding pass is still a pass, but
    # things heard of are no disappearance
    ("Nothing has been heard from the ministry about the talks.", "disappearance"),
    ("The committee has launched a campaign to plant trees along the road.", "crackdown"),
    # what whoever fits a description could face is a rule, not an event
    ("Defectors could face serious punishment.", "punishment"),
    # hanging oneself is no execution
    ("The guard hanged himself in the barracks.", "execution"),
    # "they" as often stands for whoever is sent back; an act that is no one's penalty
    ("They could face serious punishment on their return.", "punishment"),
    ("The cost of an escape could rise further this year.", "escape"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND)
def test_not_found(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)

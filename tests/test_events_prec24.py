"""Events stage: false alarms by kind of clause (what a class of people faces, how a rough
aggregate came, years served in the armed forces, reports called invented or denounced, rankings,
an audience summoned), none of them news of one event; and a shooting of people tied to stakes,
an execution.

Every sentence here is written for these tests; each rule has a negative (no such event) and a
positive (the event it must keep).
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

NO_EVENT = [
    # what a class of people faces: a bare plural, or one named by a participle phrase
    ("Once home again, returnees face questioning, beatings and years in a labour camp.", "interrogation"),
    ("Once home again, returnees face questioning, beatings and years in a labour camp.", "violence"),
    ("Once home again, returnees face questioning, beatings and years in a labour camp.", "punishment"),
    (
        "Those returned face detention, questioning and, in many cases, years of forced labour.",
        "punishment",
    ),
    (
        "The group restated its fear that people returned to the North face a grave risk of torture, arbitrary "
        "detention and enforced disappearance.",
        "disappearance",
    ),
    # how a rough aggregate came: a gerund under "before" with "most" or "the majority" for subject
    (
        "Most had left the North long ago and had lived in Russia or other countries before coming to the South, "
        "the agency said.",
        "escape",
    ),
    ("Many arrivals spent years in Mongolia before reaching the South.", "escape"),
    (
        "Women made up 70 percent of the total, and nearly two-thirds of last year's arrivals had left before "
        "2019 and spent years in Russia before reaching the South.",
        "escape",
    ),
    # years served with a unit, at a post or in a service: military service
    ("The deserter had served five years in a coastal artillery unit, officials said.", "punishment"),
    ("He was 24 and had served six years at a guard post in the east.", "punishment"),
    ("She served eight years in the army before she crossed.", "punishment"),
    # a range of thousands held: an estimate of a population
    (
        "Researchers estimate that 70,000 to 110,000 people are held across the country's political prison camps.",
        "arrest",
    ),
    # an event ranked against others by "it is the first …", the ranking word on a participle
    (
        "It is the first confirmed killing under a rule issued in May that treats any approach to the shore as hostile.",
        "violence",
    ),
    ("It was the first confirmed defection across the line this year.", "escape"),
    # a summons that brings the audience of an act
    (
        "The two were shot in front of several hundred workers and farmers summoned to a field by the river.",
        "interrogation",
    ),
    (
        "The hanging took place at a quarry in front of residents summoned from nearby villages.",
        "interrogation",
    ),
    # a crossing a ban forbids
    ("In March the county's residents were forbidden to cross into any other county.", "escape"),
    # custody named only as the place nobody is told
    ("His family in Russia has not been told where he is being held.", "arrest"),
    ("Her family has not been able to learn where she is being held.", "arrest"),
    # a report called invented, or denounced
    (
        "The envoy told the committee that talk of purges and hangings was invented by hostile forces.",
        "execution",
    ),
    (
        'The state news agency on Monday denounced foreign press reports of defections as "lies by puppet '
        'warmongers".',
        "escape",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), NO_EVENT)
def test_no_event_of_this_kind(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


KEPT = [
    # particular people who face an act: named before, counted, or described
    ("The returnees face long terms in a labour camp, a relative said.", "punishment"),
    ("Three migrants face deportation to the North, their lawyer said.", "repatriation"),
    ("Activists urged the court to spare the migrants, who face severe punishment at home.", "punishment"),
    # a particular group's journey before it arrived
    ("The two brothers spent a week in Mongolia before reaching Seoul on Friday.", "escape"),
    # a term served in custody is a sentence
    ("He served three years in a labour camp in the north.", "punishment"),
    ("The trader served two years for selling copper wire.", "punishment"),
    # a shooting told, and the first of several people
    ("Guards shot a man at the river on Monday, the first such killing this year.", "violence"),
    ("The first of the men was executed on Monday.", "execution"),
    # a summons of someone to an office
    ("The man was summoned to the security office on Monday.", "interrogation"),
    # a crossing made, or allowed
    ("Two women crossed the river into China on Monday.", "escape"),
    ("The soldier was allowed to cross into the South.", "escape"),
    # custody told: a place described, or a place told
    ("She was taken to the county jail, where she is still being held.", "arrest"),
    ("Police said where the two men are held.", "arrest"),
    # a count of one campaign's arrests, and a range in tens
    ("Police detained 1,200 people in the sweep in March.", "arrest"),
    ("Between 20 and 30 people were detained in the raid last week.", "arrest"),
    # a denounced report naming particular people keeps its act
    ("Pyongyang denounced reports that four officials were shot in Hyesan in March.", "execution"),
]


@pytest.mark.parametrize(("text", "event_type"), KEPT)
def test_event_kept(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


# A shooting of people tied to posts or stakes is an execution; a shooting of someone running, or
# with only the hands tied, is an assault.
TYPED = [
    ("Soldiers tied three men to wooden stakes and shot them.", "execution", "violence"),
    ("The two were tied to poles and shot.", "execution", "violence"),
    ("The guards tied his hands and shot him.", "violence", "execution"),
    ("The guards shot him as he ran.", "violence", "execution"),
]


@pytest.mark.parametrize(("text", "kept", "not_typed"), TYPED)
def test_shooting_typed(text: str, kept: str, not_typed: str) -> None:
    types = types_of(text)
    assert kept in types
    assert not_typed not in types

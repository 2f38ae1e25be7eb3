"""Events stage (fp48): what a class of people faces is a rule, not an event.

The subject of "face" named only as a kind of people, a bare plural or "those" described by
a relative clause in the present or a participle ("those who tried to reach the South face
harsh punishment", "women who are sent back face prison"), or one whose prospect hangs on a
condition ("guards now face punishment if anyone crosses"), states a threat to whoever fits.
Counted, dated or determined people ("the three", "women who were sent back in May") face a
penalty the report tells of: it looms for them (at_risk).

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of

CLASSES = [
    "The two were sent back to the North, where those who tried to reach South Korea face harsh punishment.",
    "Rights groups have long disputed Beijing's view, saying women who are sent back face severe punishment.",
    "Aid groups fear the men will be handed to North Korea, where people who have tried to reach South "
    "Korea face prison, torture and sexual abuse.",
    "Women sent back to North Korea face years in labour camps simply for having left the country.",
    "Guards on the night shift now face punishment if anyone crosses their section.",
]


@pytest.mark.parametrize("text", CLASSES)
def test_what_a_class_faces_is_no_event(text: str) -> None:
    types = [e.type for e in events_of(text)]
    assert not {"punishment", "violence"} & set(types)


PARTICULAR = [
    "Soldiers who deserted in March now face prison if they are caught.",
    "Four smugglers who are held in Hyesan face years in a labour camp.",
    "The women who are held in Tumen face severe punishment if they are returned.",
    "Three defectors who were caught last week face long prison terms.",
    "Two guards now face punishment if the inquiry blames them.",
    "The woman faces being sent to a political prison camp, a source said.",
]


@pytest.mark.parametrize("text", PARTICULAR)
def test_what_particular_people_face_looms(text: str) -> None:
    assert [e.status for e in events_of(text) if e.type == "punishment"] == ["at_risk"]

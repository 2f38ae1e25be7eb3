"""Crackdowns told as measures rather than as "a crackdown was launched": a campaign named as what
an act is part of, whatever follows its noun; orders to every household or unit to register,
report or hand in their phones; courts told to give heavier terms; detection vans or posts kept,
stationed or set up in a place (triggers.json; extract.py)."""

from __future__ import annotations

import pytest

from events_helpers import types_of


def _types(text: str) -> set[str]:
    return types_of(text, published="2031-09-14")


@pytest.mark.parametrize(
    "text",
    [
        # a campaign an act is part of, its target not the object of "against" or no target at all
        "The searches are part of a campaign against what officials call 'unregistered returners', launched after "
        "a fever case was traced to a smuggler.",
        "The arrests were part of a campaign launched in March under which police must clear the station square.",
        "The searches were part of a radio crackdown that the county has waged since the spring.",
        # orders to every household or unit
        "Since April the city has ordered every household with a relative abroad to register with the police.",
        "Police in Kanggye have ordered every household to bring its mobile phones to the district office.",
        "The county security bureau has ordered every neighbourhood unit to report monthly on returned workers.",
        "The college's party committee has ordered every faculty to hand in its lecturers' notes by Friday.",
        "Every trading company in the city has been ordered to submit its sales records for the past three years.",
        # courts told to give heavier terms
        "District courts have been instructed to hand down harsher sentences for selling foreign films.",
        # detection vans and posts
        "State security has kept detection vans in Hoeryong since the winter to catch people calling China.",
        "Last month state security set up new radio-detection posts in Musan and Onsong.",
        "The police have stepped up their use of portable radio detectors in the border villages.",
    ],
)
def test_measure_told_as_a_crackdown(text: str) -> None:
    assert "crackdown" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The concert was part of a campaign to raise money for the flood victims.",
        "Each household was ordered to hand over ten kilograms of rice for the army.",
        "The manager ordered all the workers to report for the harvest on Monday.",
        "Police ordered the traders to hand over their takings.",
        "The families were ordered to leave the village by the end of the week.",
        "She was caught after a detection van parked outside her building for two nights.",
        "Later returnees reported heavier sentences than those sent back before 2015.",
        "The new code adds heavier penalties for crossing the border.",
        "The students were told to hand in their essays by Friday.",
    ],
)
def test_no_crackdown(text: str) -> None:
    assert "crackdown" not in _types(text)

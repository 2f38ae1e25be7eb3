"""Events stage: the type a killing or a check takes from the words around it (type confusions).

A shooting after or without a trial, before the public, watched by an audience or of people
accused of an offence is an execution, not an assault; an inspection of markets, firms or units
and checks stepped up in the plural are a campaign (a crackdown), not the search of one place,
and checks stepped up on a crossing or a railway line restrict movement.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "In Kilju, a pair of brothers in their 20s were shot last week after a short public trial.",
        "Three farmers accused of hoarding grain were shot at a public gathering in the town square.",
        "At least four miners were shot in Musan in the early 2000s after they were found to have "
        "listened to foreign radio.",
        "Residents were made to watch three young men shot at the airfield in May.",
        "A former guard said he saw about ten prisoners shot near the mine without any trial.",
    ],
)
def test_shooting_judged_or_watched_is_an_execution(text: str) -> None:
    found = types_of(text)
    assert "execution" in found and "violence" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Two women were shot after they were caught crossing the river.",
        "A soldier was shot in the leg as he ran toward the fence.",
        "Two smugglers were shot at the border on Monday.",
    ],
)
def test_shooting_in_a_flight_stays_violence(text: str) -> None:
    found = types_of(text)
    assert "violence" in found and "execution" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police and market officials staged a surprise inspection of the town's main market on Sunday.",
        "Officials have since stepped up inspections of pharmacies and private homes suspected of making drugs.",
        "Phone inspections have been stepped up in Chongjin ahead of the holiday.",
    ],
)
def test_inspection_of_institutions_or_stepped_up_is_a_crackdown(text: str) -> None:
    found = types_of(text)
    assert "crackdown" in found and "search" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Security agents have stepped up inspections of homes near the river.",
        "Police raided a flat in Yanji on Tuesday.",
        "Inspection teams have stepped up unannounced house searches in the town since March.",
        "Teams of police officers have been searching homes and markets in the district.",
        "A team was hunting for the three escaped soldiers.",
    ],
)
def test_search_of_a_home_or_for_particular_people_stays_a_search(text: str) -> None:
    found = types_of(text)
    assert "search" in found and "crackdown" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Thai immigration police stepped up checks on the Friendship Bridge crossing on Monday.",
        "Railway police have stepped up inspections on the line since the end of May.",
    ],
)
def test_checks_stepped_up_on_a_crossing_or_a_line_restrict_movement(text: str) -> None:
    found = types_of(text)
    assert "movement_restriction" in found and "crackdown" not in found


def test_checks_stepped_up_of_markets_stay_a_crackdown() -> None:
    found = types_of("Police have stepped up inspections of markets along the border.")
    assert "crackdown" in found and "movement_restriction" not in found

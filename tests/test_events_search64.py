"""Searches (helper session search64): a sweep of a market on one dated occasion, a check of
belongings at a workplace, a home pharmacy inspected, a search "reported to have" been made,
craft boarded to be checked, a raid on a workplace, and a search a named force makes as its
practice now (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Inspectors went through the Hamhung market last week and took away meat from anyone without a permit.",
        "A joint team of police and party officials swept through the Sunam market on Monday, overturning stalls.",
        "The same afternoon, police officers went through every stall in the fish section, confiscating old magazines.",
        "After a routine check of phones at his workshop turned up foreign songs, he was detained.",
        "Since then, state security agents have been inspecting every home pharmacy in the town.",
        "A patrol from the county security office was reported to have searched passengers on the buses from the coast.",
        "Security officers have begun boarding boats in the harbour before departure to check for extra fuel.",
        "Officers have been boarding small fishing boats at the pier and checking their holds.",
        "Four women were sent back a day after police burst into their workplace in Yanji.",
        "At the Kilju junction, railway police officers search the luggage of every passenger.",
    ],
)
def test_a_search(text: str) -> None:
    assert "search" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # a sweep told from a start, or going on, stays a campaign against the trade there
        "From mid-May, inspectors from the commerce department went through the stalls of the Hyesan market.",
        "Inspectors in Hyesan have been sweeping the city's main market since the start of the month.",
    ],
)
def test_a_sweep_from_a_start_stays_a_crackdown(text: str) -> None:
    types = types_of(text)
    assert "crackdown" in types and "search" not in types


@pytest.mark.parametrize(
    "text",
    [
        # an inspection of an institution with no belongings gone through stays a crackdown
        "Inspectors staged a surprise inspection of the town's main market on Monday.",
    ],
)
def test_an_inspection_of_an_institution_stays_a_crackdown(text: str) -> None:
    assert "search" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # no force named: a rule stated, no search
        "Bags are searched at the border, the report says.",
        # boarding for a trip, and checking on someone, is no search
        "He boarded a train to Pyongyang to check on his sick mother.",
    ],
)
def test_no_search(text: str) -> None:
    assert "search" not in types_of(text)

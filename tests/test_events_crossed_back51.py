"""Events stage, issue 13: a hand-back told as people going from a town abroad to one in the North.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def types_of(text: str) -> list[str]:
    document = Document(id="t", text=text, published="2024-08-10")
    return sorted(e.type for e in find_events(analyse(document)))


FOUND = [
    # a verb of going or taking, from a town in China to one in the North: a hand-back
    "On June 3, 25 people, most of them women, returned from Hunchun to Wonjong.",
    "Twelve women returned through Dandong to Sinuiju last week.",
    "Twenty of us were walked across from Tumen to Namyang at dawn, roped together.",
    # brought across the bridge, as driven or taken across it are
    "Six women were brought across the bridge from Tumen on Monday.",
]

# People named by "a dozen" standing alone or before "of us", as "dozens" is read
PEOPLE_FOUND = [
    ("About a dozen of us were driven across the bridge at dawn.", "repatriation"),
    ("A group of about a dozen returned from Hunchun to Wonjong last week.", "repatriation"),
]

NOT_FOUND = [
    # the way back from the South is no hand-back by the states that hold them
    "The couple returned from Seoul to Pyongyang in 2019.",
    # people going the other way, out of the North, are not handed back
    "Three traders returned from Sinuiju to Dandong on Friday.",
]


@pytest.mark.parametrize("text", FOUND)
def test_going_from_abroad_to_the_north_is_a_repatriation(text: str) -> None:
    assert "repatriation" in types_of(text)


@pytest.mark.parametrize(("text", "kind"), PEOPLE_FOUND)
def test_a_dozen_are_people(text: str, kind: str) -> None:
    assert kind in types_of(text)


# A search told as homes or offices "turned over" by officials (not a house handed to the state)
SEARCHES = [
    "A squad from the county security office turned over their flats and sheds on Sunday.",
    "Police turned over wardrobes and cupboards looking for phones.",
]


@pytest.mark.parametrize("text", SEARCHES)
def test_homes_turned_over_by_officials_are_searched(text: str) -> None:
    assert "search" in types_of(text)


def test_officials_walking_into_homes_are_not_whom_the_search_befalls() -> None:
    # (a going verb's subject is the people only for a hand-back)
    assert "search" in types_of("Inspectors have been walking into flats at night, lifting floorboards.")


def test_a_house_turned_over_by_its_owners_is_no_search() -> None:
    assert "search" not in types_of("The couple turned over the house to their son in 2019.")


def test_a_diplomat_seeking_asylum_is_in_flight() -> None:
    # seeking asylum is never the errand of a delegation or a diplomat
    text = (
        "A North Korean envoy in Minsk has vanished and is believed to be seeking asylum in a third country."
    )
    assert "escape" in types_of(text)


@pytest.mark.parametrize("text", NOT_FOUND)
def test_other_ways_back_are_not(text: str) -> None:
    assert "repatriation" not in types_of(text)

"""Searches (helper session search66): places and things checked that the lexicon did not name
(stations, terminals, airports, parcels, a phone's folders and call logs), phones people are asked
to show, a force told before as "the group" or "the squads", and Chinese customs as an actor;
stations checked for a kind of traveller (a movement restriction); and a search (or any act) in a
clause opened by "in case" or "lest", a precaution against what has not happened (invented
sentences)."""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "Police officers checked the bus station and the airport in Yanji but found no sign of the two women.",
        "Customs officers have begun checking incoming parcels from China at the post office in Hyesan.",
        "In May officers stopped traders at the market and asked to see the contents of their phones.",
        "Inspection squads stopped students in the street in April to check the call logs and photo "
        "folders of their phones.",
        "Agents opened the music folder on her phone at the station in May.",
        "Chinese customs last month swooped on a warehouse in Dandong used by two smugglers.",
    ],
)
def test_places_and_things_checked_are_searches(text: str) -> None:
    assert "search" in types_of(text)


def test_a_group_named_before_is_the_searching_force() -> None:
    text = (
        "A joint inspection group of police and prosecutors arrived in Sunchon in March. "
        "The group entered the homes of three traders on Tuesday."
    )
    assert "search" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She checked into a guesthouse in Yanji and waited for the broker.",
        "He checked the bus station timetable before leaving.",
        "The group crossed the river at night and entered the house of a relative.",
        "She opened a folder of photographs of her family.",
        "The children unwrapped the bundle of clothes their mother had sent.",
        "He asked to see his phone after the guards returned it.",
    ],
)
def test_ordinary_checks_and_openings_are_no_search(text: str) -> None:
    assert "search" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Some traders have begun burying dollars in their yards in case their houses are searched.",
        "Traders hide their phones in case their homes are raided.",
    ],
)
def test_a_search_guarded_against_is_no_search(text: str) -> None:
    assert "search" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She stayed indoors in case she was arrested.",
        "She kept quiet lest she be arrested.",
    ],
)
def test_an_arrest_guarded_against_is_no_arrest(text: str) -> None:
    assert "arrest" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "In one case, police searched the house of a trader in May.",
        "In that case, police arrested four women in Yanji in May.",
    ],
)
def test_in_one_case_still_tells_the_act(text: str) -> None:
    assert types_of(text) & {"search", "arrest"}


def test_stations_watched_for_a_kind_of_traveller_restrict_movement() -> None:
    text = (
        "Under the drive, Youth League cadres and police have been checking train stations and bus "
        "stops for brigade members travelling without a release certificate."
    )
    found = types_of(text)
    assert "movement_restriction" in found and "search" not in found


def test_stations_checked_for_particular_people_are_searched() -> None:
    assert "search" in types_of("Police officers checked the bus stations for the two soldiers on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Police detained the woman in case she tried to flee again.",
        "In case of unrest, police detained 40 people in Hyesan on Monday.",
    ],
)
def test_an_arrest_made_as_a_precaution_stays_an_arrest(text: str) -> None:
    assert "arrest" in types_of(text)

"""Searches (helper session search65): an inspection told by its noun alone that goes through
nobody's home or things, a raid on a place told as the occasion of an arrest (both acts), a search of everyone at a
place, the practice of a measure told a sentence or two before, and customs and border searches
told by what was opened or found (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "The inspection is being run jointly by the provincial prosecutors and the party committee.",
        "Several cinemas in the city had failed fire-safety inspections last year, the paper said.",
        "Traders at the market were told to expect inspections before the holiday.",
        "Two clerks were questioned in March during the inspection, a source said.",
    ],
)
def test_an_inspection_of_nothing_searched_is_no_search(text: str) -> None:
    assert "search" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A phone was found in May during a night-time inspection of a workers' hostel near Tumen.",
        "Guards found a radio on Monday during an inspection of the miners' lockers.",
        "Officers found a shortwave radio hidden under the deck of his boat during an inspection last week.",
        "Police knocked on doors on Friday during a late-night inspection of guest registrations.",
    ],
)
def test_an_inspection_of_homes_or_things_is_a_search(text: str) -> None:
    assert "search" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Chinese police detained six North Korean women in a raid on a rented flat in Yanji on Monday.",
    ],
)
def test_a_raid_on_a_place_as_the_occasion_of_an_arrest_is_both(text: str) -> None:
    """The real annotated reports (the shared dev2 set) count a raid on a house named as the
    occasion of an arrest as a search beside the arrest; the invented sets mostly count the arrest
    alone, and the real annotation wins (session 65 tried the other way and reverted it)."""
    types = types_of(text)
    assert "arrest" in types and "search" in types


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a rented flat in Yanji on Monday and detained four women.",
        "The three were arrested in March after a raid on a house in Hyesan.",
    ],
)
def test_a_raid_told_before_or_by_its_verb_stays_a_search(text: str) -> None:
    assert "search" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers from the coastal guard post now stop everyone walking toward the mud flats and go "
        "through their bags, a source said.",
        "Guards at the Sinpo checkpoint searched everyone on the bus on Monday.",
    ],
)
def test_a_search_of_everyone_at_a_place_is_a_search(text: str) -> None:
    assert "search" in types_of(text)


def test_a_search_of_anyone_who_might_pass_is_no_search() -> None:
    assert "search" not in types_of("Police will search anyone who enters the zone.")


@pytest.mark.parametrize(
    "text",
    [
        "The campaign, which the county police launched on 3 May, targets unlicensed drivers. Patrols "
        "stop buses on the coast road, and officers search the passengers' bags for Chinese goods.",
        "The county police began a campaign against private buses this month. More than a dozen vans "
        "have been impounded so far. Passengers on the buses still running are searched at every "
        "checkpoint, a source said.",
    ],
)
def test_the_practice_of_a_measure_told_before_is_a_search(text: str) -> None:
    assert "search" in types_of(text)


def test_a_practice_told_with_no_measure_before_is_no_search() -> None:
    assert "search" not in types_of("Passengers on buses are searched at checkpoints, a source said.")


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers at the bridge found methamphetamine in the sacks on Tuesday.",
        "The wagons were opened and checked at Namyang station on Monday.",
        "Goods were inspected at the bridge by customs officers last week.",
        "The State Security Ministry set up checkpoints on the roads into the city in May, where "
        "passengers' phones are checked for foreign numbers.",
        "Agents who took his truck apart on Monday found three Chinese phones.",
        "Agents carried the institute's servers away for examination in March.",
    ],
)
def test_a_search_told_by_what_was_opened_or_found(text: str) -> None:
    assert "search" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She found her keys in her bag after an hour.",
        "The mechanic took the engine apart to fix it.",
    ],
)
def test_things_found_or_taken_apart_by_no_searcher_are_no_search(text: str) -> None:
    assert "search" not in types_of(text)

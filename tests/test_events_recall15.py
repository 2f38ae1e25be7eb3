"""Events stage: missed events by kind (recall, 2026-12-02): a market swept or gone through by
the authorities is a crackdown; vehicles checked are a search; a penalty that takes a post away
is another punishment than a prison term told in another sentence; a fronted "since" phrase set
off by a comma does not make the main clause background. Every sentence here is invented for
these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kimchaek have been sweeping the city's markets since June for goods made in "
        "South Korea, a source said.",
        # (swept on one dated day or week it is a search since search64: retyping.market_swept_once)
        "Since last month inspectors and market managers have been going through the stalls of the "
        "town market, a trader said.",
    ],
)
def test_authorities_sweeping_markets_is_a_crackdown(text: str) -> None:
    assert "crackdown" in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A storm swept through the market on Friday.",
        "He went through the stalls looking for cheap rice.",
    ],
)
def test_a_market_swept_by_no_authority_is_no_crackdown(text: str) -> None:
    assert "crackdown" not in type_list_of(text)


def test_vehicles_checked_are_a_search() -> None:
    assert "search" in type_list_of(
        "Border guards have begun checking every vehicle leaving the city, the source said."
    )


def test_post_penalty_is_another_punishment_than_a_prison_term() -> None:
    text = (
        "Three workers were given five years each in a labour camp, a source said. "
        "The two managers of the mill were dismissed and expelled from the party for failing to "
        "stop the thefts."
    )
    assert type_list_of(text) == ["punishment", "punishment"]


def test_prison_terms_told_twice_stay_one_punishment() -> None:
    text = "Three workers were given five years each in a labour camp. The three were sent to Chongori."
    assert type_list_of(text) == ["punishment"]


def test_fronted_since_phrase_leaves_the_measure_news() -> None:
    text = (
        "Since the flight of the two fishermen, boats in the harbour have been banned from going "
        "out at night, according to the source."
    )
    assert "movement_restriction" in type_list_of(text)

"""Campaigns and restrictions told in ways the lexicon once missed (invented sentences): a
campaign opened in a dated 'since' clause, a campaign
with the aim of its infinitive beside the search it tells, bans on market trading; roads closed
or sealed, guards posted, boats kept in port, trips banned, no-go zones."""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document


def types_of(text: str) -> list[str]:
    return [e.type for e in find_events(analyse(Document(id="t", text=text, published="2024-06-01")))]


def test_a_campaign_opened_in_a_dated_since_clause_is_a_crackdown() -> None:
    """ "Sellers have gone quiet since police opened a 100-day drive against gambling in early
    May": the campaign's dated opening is the news, what followed is its effect."""
    text = (
        "Card sellers in Hamhung have gone quiet since police opened a drive against gambling in early May."
    )
    assert "crackdown" in types_of(text)


def test_a_measure_named_only_to_date_another_act_stays_background() -> None:
    """ "The first returns since the two countries closed their border": no opening of a campaign,
    no date of its own: the measure only dates the returns."""
    text = "These were the first returns since the two countries closed their border, a source said."
    assert "movement_restriction" not in types_of(text)


def test_a_campaign_with_its_aim_stands_beside_its_search() -> None:
    """ "Going door to door in a campaign to root out Chinese phones": the search and the campaign."""
    text = "Police officers have been going door to door in Musan in a campaign to root out Chinese phones."
    found = types_of(text)
    assert "crackdown" in found and "search" in found


@pytest.mark.parametrize(
    "text",
    [
        "In Tanchon, market officials this month banned women under 40 from holding stalls.",
        "Last month private rice sales were banned in the markets of Kilju.",
        "Police in Manpo shut the city's main market for two days last week.",
    ],
)
def test_bans_on_market_trading_are_a_crackdown(text: str) -> None:
    """Trading banned or a market shut by the authorities is a campaign against the practice."""
    assert "crackdown" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police had blocked the roads into the port area for two days, a source said.",
        "Roads out of the town were closed from early morning on Sunday.",
        "The neighbourhood was cordoned off for a day last week.",
        "The county has posted extra guards along the riverbank since March.",
        "North Korea has erected new guard posts along the coast this month.",
        "Fishing boats in Sinpo were ordered to tie up at the quay last week.",
        "Managers at the logging camp have banned all trips into town this month.",
        "In May, the authorities declared a one-kilometre no-go zone along the river.",
        "Border guards have put up a second layer of fencing along the river this spring.",
    ],
)
def test_restrictions_told_by_roads_guards_boats_trips_and_zones(text: str) -> None:
    """Roads closed, guards posted, boats kept in port, trips banned, a no-go zone declared, a
    fence put up: each keeps people from moving, a movement restriction."""
    assert "movement_restriction" in types_of(text)


def test_a_fence_only_planned_is_no_restriction() -> None:
    """A plan to build is not a restriction in force."""
    assert "movement_restriction" not in types_of(
        "The authorities are planning to extend the fence next year."
    )

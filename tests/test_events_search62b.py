"""Searches told by what was done (session 62b): going through a craft or a shelter ("went through
every boat", "went through the hold": triggers.json `go … through` with a vessel, hold, hut, shed
or carriage as the object of "through")."""

from __future__ import annotations

import tessera


def _searches(text: str) -> list[tessera.Event]:
    return [e for e in tessera.extract(text, published="2032-05-11") if e.type == "search"]


def test_going_through_every_boat_is_a_search() -> None:
    text = "Harbour inspectors in Sinpo went through every boat on Tuesday, lifting the deck planks."
    assert len(_searches(text)) == 1


def test_going_through_a_ship_hold_is_a_search() -> None:
    text = "Coast guard officers who went through the hold of the trawler found 300 kilograms of squid."
    assert len(_searches(text)) == 1


def test_going_through_huts_and_sheds_is_a_search() -> None:
    text = "Soldiers went through every hut and tool shed in the village on Friday morning."
    assert len(_searches(text)) == 1


def test_travel_through_a_country_by_boat_is_no_search() -> None:
    text = "The family went through Vietnam on a small boat before reaching Bangkok in June."
    assert _searches(text) == []


def test_a_boat_going_through_a_strait_is_no_search() -> None:
    text = "The ferry went through the strait at night with forty passengers on board."
    assert _searches(text) == []

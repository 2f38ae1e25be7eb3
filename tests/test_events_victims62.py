"""Whom it happened to and who did it (helper session 62): companions named as part of their
group, local officials as actors (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def victims_of(text: str, event_type: str) -> tuple[int | None, int | None] | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    victims = found[0].victims
    return (victims.count_min, victims.count_max) if victims else None


def test_some_of_a_group_taken_along_are_counted() -> None:
    text = "The captain was arrested with three of his crewmen by coastal security in October."
    assert victims_of(text, "arrest") == (4, 4)


def test_some_of_the_things_taken_along_are_not_people() -> None:
    text = "The trader was caught with two of the radios he had smuggled."
    assert victims_of(text, "arrest") == (1, 1)


def kinds_of(text: str, event_type: str) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[0].perpetrators}


def test_county_officials_who_act_are_local_officials() -> None:
    text = "County officials searched the flat of the missing family the next morning."
    assert kinds_of(text, "search") == {"local_official"}


def test_county_officials_acted_on_are_no_perpetrators() -> None:
    text = "Three county officials accused of hoarding grain were arrested by state security in May."
    assert kinds_of(text, "arrest") == {"state_security"}

"""Who and how many (helper session who49b): a soldier beaten by his superiors or a senior officer
was beaten by the army; workers kept in their rooms or their building are kept by their workplace;
a list of people under one determiner ("The uncle, aunt and cousin of …") counts every person
(invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[index].perpetrators}


def counts(text: str, event_type: str) -> list[int | None]:
    return [e.victims.count_min if e.victims else None for e in events_of(text) if e.type == event_type]


def test_beaten_by_his_superiors_is_the_armys() -> None:
    text = (
        "A young private from a coastal unit crossed the river on Friday. "
        "He had deserted his unit after being beaten by his superiors."
    )
    assert kinds(text, "violence") == {"military"}


def test_beaten_by_a_senior_officer_is_the_armys_not_the_polices() -> None:
    text = "The witness said he had deserted his unit after being beaten unconscious by a senior officer."
    assert kinds(text, "violence") == {"military"}


def test_a_senior_police_officer_stays_the_police() -> None:
    text = "A senior police officer said two women were detained at the station in Hyesan on Monday."
    assert "military" not in kinds(text, "arrest")


def test_employees_confined_to_their_rooms_are_kept_by_the_workplace() -> None:
    text = (
        "A waitress at the North Korean restaurant in Vientiane went missing on Monday. "
        "The other nine employees have been confined to their rooms."
    )
    assert kinds(text, "movement_restriction") == {"other"}


def test_staff_kept_in_the_building_are_kept_by_the_workplace() -> None:
    text = (
        "Two cooks at the restaurant fled last week. "
        "The remaining staff have not been allowed to leave the building since."
    )
    assert kinds(text, "movement_restriction") == {"other"}


def test_a_list_under_one_determiner_counts_every_person() -> None:
    text = "The mother, wife and son of a defector were arrested in Hyesan in May."
    assert counts(text, "arrest") == [3]


def test_a_list_under_one_owner_counts_the_numbered_people_too() -> None:
    text = "His wife, two sons and elderly mother were arrested in Hyesan in May."
    assert counts(text, "arrest") == [4]


def test_a_person_described_after_a_comma_stays_one() -> None:
    text = "Her husband, a farmer and father of three, was arrested in Hyesan in May."
    assert counts(text, "arrest") == [1]

"""Whom it happened to (helper session 62): counts the parse hides (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def victims_of(text: str, event_type: str) -> tuple[int | None, int | None] | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    victims = found[0].victims
    return (victims.count_min, victims.count_max) if victims else None


def test_rank_read_as_an_adjective_is_one_soldier() -> None:
    # "private" is tagged as an adjective, yet it is the subject, with its article
    assert victims_of(
        "In May, a private crossed the eastern section of the line near Cheorwon.", "escape"
    ) == (1, 1)


def test_rank_read_as_an_adjective_in_a_passive() -> None:
    text = "The private, who was 19, had been caught in June near Musan after a week on the run."
    assert victims_of(text, "arrest") == (1, 1)


def test_adjective_before_its_noun_is_not_a_person() -> None:
    # "private" modifying a noun names no one: the eleven traders are the people
    text = "Police raided a private market in Hyesan and detained eleven traders."
    assert victims_of(text, "arrest") == (11, 11)


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


def test_adjective_standing_for_many_is_not_one_person() -> None:
    # "the accused" with a plural verb are several people, not one
    text = "The accused were sentenced to ten years in a labour camp by the provincial court."
    assert victims_of(text, "punishment") != (1, 1)

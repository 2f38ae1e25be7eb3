"""'Hold' of a thing's contents, or 'held up' as support, takes no one into custody."""

from __future__ import annotations

from events_helpers import type_list_of


def test_what_a_phone_holds_is_no_arrest() -> None:
    text = (
        "Teachers checked the phones of every pupil last week. "
        "Three pupils whose phones held South Korean songs were expelled from the school."
    )
    assert "arrest" not in type_list_of(text)


def test_what_a_phone_holds_beside_questioning_is_no_arrest() -> None:
    assert type_list_of("The inspectors questioned pupils whose phones held South Korean songs.") == [
        "interrogation"
    ]


def test_held_up_as_support_is_no_arrest() -> None:
    text = "The prisoner was too weak to walk and had to be held up by two guards at the hearing."
    assert "arrest" not in type_list_of(text)


def test_people_held_stay_an_arrest() -> None:
    assert type_list_of("Border police held the two traders at the station for a week in May.") == ["arrest"]

"""Disappearances of session 60: a person of whom there is "no word", or of whom "no one knows
where" they are, has disappeared. Look-alikes stay unread: a thing not found, no word on a
verdict or of a matter."""

from __future__ import annotations

from events_helpers import events_of


def _types(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


def test_no_word_of_a_person_is_a_disappearance() -> None:
    text = "His mother has had no word of her son since he was taken to the county office in May."
    assert "disappearance" in _types(text)


def test_no_word_on_a_verdict_is_no_disappearance() -> None:
    assert "disappearance" not in _types("There has been no word yet on the verdict in the smuggling case.")


def test_a_phone_that_could_not_be_found_is_no_disappearance() -> None:
    assert "disappearance" not in _types("The phone could not be found when police searched the flat.")


def test_no_one_knowing_where_people_are_is_a_disappearance() -> None:
    text = "The two brothers were driven away in March and no one in the village knows where they are."
    assert "disappearance" in _types(text)


def test_no_word_of_a_matter_is_no_disappearance() -> None:
    assert "disappearance" not in _types("Officials gave no word of the arrest of the smugglers.")

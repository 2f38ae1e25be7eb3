"""Events stage, session 38: the rest of a group told as still held, counted only roughly, is
the background of a return that looms, not an arrest of its own.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import types_of


def test_the_rest_of_a_group_still_held_is_no_arrest_of_its_own() -> None:
    text = "Dozens more North Koreans are still held in Chinese detention centres and could be returned within weeks."
    assert "arrest" not in types_of(text)
    assert "repatriation" in types_of(text)


def test_a_count_or_a_dated_detention_of_more_people_is_an_arrest() -> None:
    assert "arrest" in types_of("More than a dozen people were detained in Hyesan last week.")
    assert "arrest" in types_of("Dozens more were detained in Yanji on Monday.")

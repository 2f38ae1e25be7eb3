"""Korean place names written syllable by syllable (invented text)."""

from __future__ import annotations

import pytest

from tessera.places.gazetteer import load
from tessera.places.mentions import match_gazetteer


@pytest.mark.parametrize(
    ("text", "entry_id"),
    [
        ("A family from Hoe-ryong fled last winter.", "kp-north-hamgyong-hoeryong"),
        ("Traders in Hye San say prices rose.", "kp-ryanggang-hyesan"),
        ("Police arrested a man in Chong-jin on Tuesday.", "kp-north-hamgyong-chongjin"),
    ],
)
def test_spaced_or_hyphenated_syllables_are_the_place(text: str, entry_id: str) -> None:
    found = match_gazetteer(text, load())
    assert [m.candidates[0].id for m in found] == [entry_id]


@pytest.mark.parametrize(
    "text",
    [
        "An essay by Lee Sang Won appeared in the paper.",  # a given name after the family name
        "They were on song in the match.",  # lower-case words are no syllables of a name
    ],
)
def test_names_of_people_and_common_words_are_no_places(text: str) -> None:
    assert match_gazetteer(text, load()) == []

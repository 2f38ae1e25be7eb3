"""Border towns and crossings on the routes out of China, and where a flight that names no place
of its own began or ended (invented sentences)."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.language import analyse
from tessera.model import Document
from tessera.places import find_places
from tessera.places.gazetteer import load


def _resolved(text: str, words: str) -> tuple[str | None, str | None, str | None]:
    """(gazetteer id, country, admin1) of the place the report names with `words`."""
    for m in find_places(analyse(Document(id="d", text=text))):
        if m.text == words and m.chosen is not None:
            return m.chosen.id, m.chosen.country, m.chosen.admin1
    raise AssertionError(f"{words!r} not found")


@pytest.mark.parametrize(
    ("text", "words", "expected_id"),
    [
        # the Yalu crossing facing Manpo, not the Jiangxi city of the same name
        ("Smugglers in Ji'an say the bridge to Manpo has been closed since May.", "Ji'an", "cn-jian-jilin"),
        # the Red River crossing into Vietnam, not the larger Hekou in Jiangsu
        (
            "Five women are believed to be held by police in Hekou near the border.",
            "Hekou",
            "cn-hekou-yunnan",
        ),
        # the Thai province, not its capital, when the text says province
        (
            "They reached a village in Chiang Rai province on Friday.",
            "Chiang Rai province",
            "th-chiang-rai-province",
        ),
        (
            "They were stopped on a road near the Golden Triangle on Friday.",
            "Golden Triangle",
            "th-golden-triangle",
        ),
    ],
)
def test_border_towns_resolve_to_the_crossing(text: str, words: str, expected_id: str) -> None:
    assert _resolved(text, words)[0] == expected_id


def test_bangkok_lies_in_its_own_province() -> None:
    entry = load().get("th-bangkok")
    assert entry is not None and entry.admin1 == "Bangkok"


def test_a_flight_into_a_country_ends_in_the_town_the_next_sentence_finds_people_in() -> None:
    text = (
        "Police said six people crossed the river into northern Thailand from Laos on Sunday. "
        "They were found the next morning hiding in a barn outside Chiang Saen."
    )
    (escape,) = _place(text, _event(text, "escape", "crossed"))
    assert escape.destination is not None and escape.destination.name == "Chiang Saen"


def test_a_town_the_next_sentence_sends_people_on_from_is_not_where_a_flight_ended() -> None:
    text = (
        "A family of three crossed the river into China in March, a relative said. "
        "They were caught and sent back across the bridge at Tumen in May."
    )
    (escape,) = _place(text, _event(text, "escape", "crossed"))
    assert escape.destination is not None and escape.destination.precision == "country"


def test_a_flight_from_a_dormitory_began_at_the_work_site_abroad_named_before() -> None:
    text = (
        "Two North Korean welders who walked away from a shipyard in Nakhodka are hiding, a lawyer said. "
        "The men left their dormitory one night in June after their wages were stopped."
    )
    (escape,) = _place(text, _event(text, "escape", "left"))
    assert escape.origin is not None and escape.origin.name == "Nakhodka"

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


def test_a_flight_from_the_north_begins_at_the_home_town_the_report_gives() -> None:
    text = (
        "A man in his fifties from Kilju was arrested twice for trading in Chinese phones, a relative said. "
        "In 2019 he left North Korea with his wife."
    )
    escape = _place(text, _event(text, "escape", "left"))[0]
    assert escape.origin is not None and escape.origin.admin2 == "Kilju"


def test_with_two_home_towns_named_a_flight_from_the_north_stays_the_country() -> None:
    text = (
        "A man from Kilju and a woman from Musan met in a labour camp, a relative said. "
        "In 2019 he left North Korea with his wife."
    )
    escape = _place(text, _event(text, "escape", "left"))[0]
    assert escape.origin is not None and escape.origin.precision == "country"


def test_the_place_a_return_left_is_not_where_the_later_flight_began() -> None:
    text = (
        "One of the group, a woman from Musan, had been sent back from China in 2015 and spent a year "
        "in a labour camp before fleeing again last spring."
    )
    escape = _place(text, _event(text, "escape", "fleeing"))[0]
    assert escape.origin is not None and escape.origin.country == "KP"


def test_a_flight_toward_southeast_asia_ends_in_the_country_of_it_the_report_names() -> None:
    text = (
        "Two women were caught in Kunming while trying to travel south toward Southeast Asia, a pastor said. "
        "They had hoped to be in Laos within days."
    )
    escape = _place(text, _event(text, "escape", "travel"))[0]
    assert escape.destination is not None and escape.destination.country == "LA"


def test_a_flight_toward_southeast_asia_that_reached_the_south_ended_there() -> None:
    text = (
        "A man who had been working in Jilin for six years set off for Southeast Asia in May "
        "and reached South Korea in August."
    )
    escape = _place(text, _event(text, "escape", "set off"))[0]
    assert escape.destination is not None and escape.destination.country == "KR"
    assert escape.origin is not None and escape.origin.country == "CN"


def test_where_people_have_lived_since_a_flight_is_not_where_it_began() -> None:
    text = "The man has lived in Harbin since fleeing his home town of Chongjin in 2017, the pastor said."
    escape = _place(text, _event(text, "escape", "fleeing"))[0]
    assert escape.origin is not None and escape.origin.country == "KP"


def test_a_trip_people_were_going_to_make_does_not_set_the_scene() -> None:
    text = (
        "A couple in Kilju County went missing in March, a source said. "
        "They told a neighbour they were going to visit the market in Chongjin. "
        "Police searched their empty flat a week later."
    )
    missing, search = _place(
        text, _event(text, "disappearance", "went missing"), _event(text, "search", "searched")
    )
    assert missing.where is not None and missing.where.admin2 == "Kilju"
    assert search.where is not None and search.where.admin2 == "Kilju"


def test_a_report_set_wholly_abroad_places_an_unplaced_event_in_its_town() -> None:
    text = (
        "Four North Korean loggers walked out of their camp near Tynda last month, a Russian lawyer said. "
        "The rest of the crew have since been barred from leaving the barracks."
    )
    (barred,) = _place(text, _event(text, "movement_restriction", "barred"))
    assert barred.where is not None and barred.where.name == "Tynda"


def test_a_report_set_abroad_leaves_the_punishment_of_returnees_in_the_north() -> None:
    text = (
        "Four North Korean loggers walked out of their camp near Tynda last month, a Russian lawyer said. "
        "If they are sent back they will be punished severely."
    )
    (punished,) = _place(text, _event(text, "punishment", "punished"))
    assert punished.where is not None and punished.where.country == "KP"


def test_plural_north_korean_institutions_put_the_event_in_the_north() -> None:
    text = (
        "About forty women were handed to the North at Tumen last week, a pastor said. "
        "Some of them are likely to be sent to political prison camps."
    )
    _, sent = _place(text, _event(text, "repatriation", "handed"), _event(text, "punishment", "sent"))
    assert sent.where is not None and sent.where.country == "KP"

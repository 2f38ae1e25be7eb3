"""Where: names that tell where a story was told, not where it happened: a word of a news outlet's
name, the venue of a witness's testimony, a capital standing for its armed forces, an
organisation's registered seat; and where a return through the South's crossings begins (invented
report sentences)."""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed


@pytest.mark.parametrize(
    "outlet",
    ["Radio Free Tumen", "Daily Tumen Report", "Tumen Dispatch", "Daily Yanji Watch"],
)
def test_a_place_inside_an_outlet_name_is_no_place(outlet: str) -> None:
    text = f"A teacher was detained by police last week, a source told {outlet}."
    (ev,) = placed(text, _event(text, "arrest", "detained"))
    assert ev.where is None or ev.where.name not in ("Tumen", "Yanji")


def test_an_outlet_that_has_learned_names_no_place() -> None:
    text = "Two traders were beaten by guards at a checkpoint, Radio Free Tumen has learned."
    (ev,) = placed(text, _event(text, "violence", "beaten"))
    assert ev.where is None or ev.where.name != "Tumen"


def test_a_place_before_a_capitalised_word_that_names_no_outlet_still_places() -> None:
    text = "Police detained two traders at the Sinuiju Customs Post on Monday."
    (ev,) = placed(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Sinuiju"


@pytest.mark.parametrize(
    "told",
    [
        "she told reporters in Seoul on Tuesday",
        "she told a closed-door forum in Seoul on Monday",
        "she said at a press conference in Seoul",
        "she said in an interview at her Seoul boarding school",
    ],
)
def test_the_venue_of_testimony_is_no_place(told: str) -> None:
    text = f"Guards beat her with sticks during the questioning, {told}."
    (ev,) = placed(text, _event(text, "violence", "beat"))
    assert ev.where is None or ev.where.country != "KR"


def test_the_audience_told_in_a_place_is_no_place() -> None:
    text = "Lawmakers in Seoul were told last week that three men had been executed in public."
    (ev,) = placed(text, _event(text, "execution", "executed"))
    assert ev.where is None or ev.where.country != "KR"


def test_a_meeting_held_in_a_town_still_places() -> None:
    text = "Officials held a meeting in Hyesan and detained ten traders."
    (ev,) = placed(text, _event(text, "arrest", "detained"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_a_capitals_military_is_its_government() -> None:
    text = "Soldiers fired five shots at the man as he crossed the line, Seoul's military said."
    (ev,) = placed(text, _event(text, "violence", "fired"))
    assert ev.where is None or ev.where.name != "Seoul"


def test_a_registered_seat_is_no_place() -> None:
    text = "The workers, hired through a Pyongyang-registered contractor, were beaten by their minder."
    (ev,) = placed(text, _event(text, "violence", "beaten"))
    assert ev.where is None or ev.where.name != "Pyongyang"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Two North Korean fishermen were repatriated through Panmunjom on Friday.", "repatriated"),
        (
            "Officials confirmed last month's return of two fishermen across the eastern maritime border.",
            "return",
        ),
        ("The two fishermen were sent back across the western sea border on Tuesday.", "sent"),
        ("The government plans to return the first man through Panmunjom next week.", "return"),
    ],
)
def test_a_return_through_the_souths_crossings_begins_in_the_south(text: str, word: str) -> None:
    (ev,) = placed(text, _event(text, "repatriation", word))
    assert ev.origin is not None and ev.origin.country == "KR"
    assert ev.destination is not None and ev.destination.country == "KP"


def test_a_return_through_a_land_crossing_with_china_still_begins_in_china() -> None:
    text = "Two women were repatriated through Tumen on Friday."
    (ev,) = placed(text, _event(text, "repatriation", "repatriated"))
    assert ev.origin is not None and ev.origin.country == "CN"


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        (
            "In the autumn of 2023 I crossed the Yalu near Hyesan with my daughter, and a broker took us on to Shenyang.",
            "crossed",
            "Shenyang",
        ),
        (
            "I crossed the Tumen in the autumn of 2018. A broker took me to a village in Heilongjiang and sold me to a farmer.",
            "crossed",
            "Heilongjiang",
        ),
    ],
)
def test_a_crossing_ends_at_the_first_town_told_on_the_far_side(text: str, word: str, town: str) -> None:
    (ev,) = placed(text, _event(text, "escape", word))
    assert ev.destination is not None and town in ev.destination.name


def test_a_crossing_with_no_town_told_beyond_ends_in_the_country() -> None:
    # (Kilju, inland, faces no Chinese town: a border town would land the flight in its twin)
    text = "She crossed the Tumen River at night with her son. Her husband stayed behind in Kilju."
    (ev,) = placed(text, _event(text, "escape", "crossed"))
    assert ev.destination is not None and ev.destination.precision == "country"
    assert ev.destination.country == "CN"

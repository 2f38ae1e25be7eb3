"""Places conventions found failing, by kind, on the open development sets of session 45: a flight
of an official or worker told at a post abroad (on the noun for the people who fled: "a secretary at
the embassy in Hanoi defected", "a logger in Tynda who ... tried to defect", "their Nakhodka
dormitory") starts at the post, not in the North; the Russian Far East is a region, not a spelling
of Russia.

Every test reads invented text; each failed before the rule it names was added (but the guards,
which held before too).
"""

from __future__ import annotations

import tessera

PUBLISHED = "2024-05-20"


def _flight_places(text: str, end: str) -> list[str | None]:
    """The names at one end ("origin" or "destination") of each flight the whole pipeline finds."""
    places = [getattr(e, end) for e in tessera.extract(text, published=PUBLISHED) if e.type == "escape"]
    return [place.name if place else None for place in places]


def test_a_diplomat_at_an_embassy_abroad_defected_from_its_city() -> None:
    text = (
        "A first secretary at North Korea's embassy in Hanoi defected to South Korea in March, "
        "the Unification Ministry said on Tuesday."
    )
    assert _flight_places(text, "origin") == ["Hanoi"]


def test_a_worker_in_a_town_abroad_who_tried_to_defect_fled_from_it() -> None:
    text = (
        "A North Korean logger in Tynda who left his camp in May and was believed to have tried to "
        "defect was detained by Russian police this week, a source said."
    )
    assert "Tynda" in _flight_places(text, "origin")


def test_the_official_a_pronoun_stands_for_fled_from_his_post() -> None:
    text = (
        "A North Korean trade official in Khabarovsk was seized by men from his country's consulate "
        "on May 3 as he tried to seek asylum, a source said."
    )
    assert _flight_places(text, "origin") == ["Khabarovsk"]


def test_a_town_named_on_the_work_site_is_where_the_flight_began() -> None:
    text = (
        "Three North Korean welders walked out of their Nakhodka dormitory in April, a source in "
        "Seoul said. Two of them reached Seoul in the autumn."
    )
    assert _flight_places(text, "origin")[:1] == ["Nakhodka"]


def test_a_place_on_the_speaker_is_no_post_of_the_people_who_fled() -> None:
    # guard: the place hangs on the speaker, not on who fled
    text = (
        "A diplomat in Beijing said a soldier defected across the Military Demarcation Line near "
        "Cheorwon on Monday."
    )
    assert "Beijing" not in _flight_places(text, "origin")


def test_the_russian_far_east_is_a_region() -> None:
    text = (
        "Two North Korean labourers who walked off a building project in Russia's Far East in "
        "March have reached Seoul, officials said."
    )
    events = [e for e in tessera.extract(text, published=PUBLISHED) if e.type == "escape"]
    assert events and events[0].origin is not None
    assert (events[0].origin.name, events[0].origin.precision) == ("Russian Far East", "region")


def _returns(text: str) -> list[tuple[str | None, str]]:
    return [
        (e.origin.name if e.origin else None, e.status)
        for e in tessera.extract(text, published=PUBLISHED)
        if e.type == "repatriation"
    ]


def test_a_feared_return_of_people_held_in_a_province_starts_in_the_province() -> None:
    text = (
        "A rights group condemned China's return of 40 North Koreans last week through the crossing "
        "between Tumen and Namyang. At least 30 others remained in detention in Jilin province and "
        "could be returned at any time, the group said."
    )
    assert _returns(text) == [("Tumen", "occurred"), ("Jilin", "at_risk")]


def test_a_feared_return_from_a_town_told_as_where_they_are_held_keeps_the_town() -> None:
    # guard: the report says where in the province the people are held
    text = (
        "Eleven North Koreans caught in Jilin province last month are at risk of being sent back, "
        "an aid group said. They are being held at a detention centre in Tumen, the group said."
    )
    assert [o for o, _ in _returns(text)] == ["Tumen"]


def test_a_flight_from_the_north_told_as_going_south_went_to_the_south() -> None:
    text = (
        "A fisherman from Sinpo has been missing since Friday, and local police suspect he took his "
        "boat and headed south, a source in the town said."
    )
    assert _flight_places(text, "destination") == ["South Korea"]


def test_a_flight_south_inside_china_is_no_flight_to_the_south() -> None:
    # guard: a flight begun abroad going south goes where its sentence says
    text = (
        "Six North Korean women who had hidden in Harbin for years headed south to Kunming in March, "
        "an aid worker said."
    )
    assert "South Korea" not in _flight_places(text, "destination")


def test_a_place_on_those_who_question_defectors_is_no_post_of_theirs() -> None:
    # guard: "in Japan" hangs on the coastguard officials, who act on the noun "defectors"
    text = (
        "Coastguard officials in Japan are questioning eight suspected North Korean defectors after "
        "they were found drifting off Sado island on Monday."
    )
    assert all(o != "Japan" and o is not None for o in _flight_places(text, "origin"))

"""Places (origin30): where a flight set out from. A flight that failed abroad set off from where
its people were caught; a flight from a work site whose town its words leave out left the town
abroad its sentence names first; "St. Petersburg" is Russia's city. (Invented sentences.)"""

from __future__ import annotations

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place
from tessera.model import Event


def _attempted(ev: Event) -> Event:
    return ev.with_(status="attempted")


@pytest.mark.parametrize(
    "text, caught, flight, town",
    [
        (
            "Guards at the holding centre in Onsong beat a woman last year. Another man, who was caught "
            "in Kunming trying to reach Laos, said he saw a death there.",
            "caught",
            "reach Laos",
            "Kunming",
        ),
        (
            "Railway police at a station in Shenyang detained a North Korean woman as she was about to "
            "board a train toward Kunming.",
            "detained",
            "board a train",
            "Shenyang",
        ),
    ],
)
def test_failed_flight_abroad_set_off_where_its_people_were_caught(
    text: str, caught: str, flight: str, town: str
) -> None:
    _, fled = _place(text, _event(text, "arrest", caught), _attempted(_event(text, "escape", flight)))
    assert fled.origin is not None and fled.origin.name == town


def test_flight_caught_after_it_ended_keeps_its_start() -> None:
    text = (
        "Guards at the holding centre in Onsong beat a woman last year. Police caught a family in a "
        "village in Jilin province days after crossing the river."
    )
    _, fled = _place(text, _event(text, "arrest", "caught"), _attempted(_event(text, "escape", "crossing")))
    assert fled.origin is not None and fled.origin.country == "KP"


def test_failed_flight_caught_in_the_north_keeps_its_start() -> None:
    text = "Border guards caught two women in Hyesan as they tried to cross into China, a source said."
    _, fled = _place(text, _event(text, "arrest", "caught"), _attempted(_event(text, "escape", "cross into")))
    assert fled.origin is not None and fled.origin.country == "KP"


def test_failed_flight_caught_at_its_own_goal_keeps_its_start() -> None:
    text = "Police in Kunming detained two North Koreans who were trying to travel to Kunming from Yanji."
    _, fled = _place(
        text, _event(text, "arrest", "detained"), _attempted(_event(text, "escape", "travel to Kunming"))
    )
    assert fled.origin is not None and fled.origin.name == "Yanji"


@pytest.mark.parametrize(
    "text, trigger, town",
    [
        (
            "Hunchun: Chinese police detained a North Korean cook who walked out of her workplace on "
            "Friday, a group said. Hyesan: A boy was beaten by guards.",
            "walked out of",
            "Hunchun",
        ),
        (
            "Three North Korean builders assigned to a brigade building flats on the edge of Khabarovsk "
            "walked away from their dormitory last week.",
            "walked away",
            "Khabarovsk",
        ),
        (
            "A court in Khabarovsk ordered the deportation of a North Korean welder who left a building "
            "site in the city in May.",
            "left a building",
            "Khabarovsk",
        ),
    ],
)
def test_flight_from_a_work_site_left_the_town_its_sentence_names_first(
    text: str, trigger: str, town: str
) -> None:
    (fled,) = _place(text, _event(text, "escape", trigger))
    assert fled.origin is not None and fled.origin.name == town


def test_abbreviated_saint_is_the_city_of_that_name() -> None:
    text = "A North Korean welder who fled a building site in St. Petersburg has been detained."
    (fled,) = _place(text, _event(text, "escape", "fled"))
    assert fled.origin is not None and fled.origin.country == "RU"
    assert fled.origin.lat is not None and fled.origin.lat > 59


def test_return_does_not_start_at_the_home_town_of_its_people() -> None:
    text = "Two women from Musan who were caught by police in Helong last week were handed over to North Korea on Friday."
    (back,) = _place(text, _event(text, "repatriation", "handed over"))
    assert back.origin is not None and back.origin.country == "CN"


def test_journey_through_a_route_country_after_years_in_china_goes_on_from_china() -> None:
    text = (
        "One woman said she had been held by police in Shenyang for eight months in 2019. "
        "She then travelled through Laos with the help of a broker."
    )
    (fled,) = _place(text, _event(text, "escape", "travelled through Laos"))
    assert fled.origin is not None and fled.origin.country == "CN"


def test_flight_through_a_route_country_told_first_leaves_the_north() -> None:
    text = "A woman from Hyesan fled through Laos with the help of a broker last year."
    (fled,) = _place(text, _event(text, "escape", "fled"))
    assert fled.origin is not None and fled.origin.country == "KP"

"""Events stage: acts of another kind told beside an event, and two happenings of one kind (type23).

Every sentence here is written for these tests. A "where" clause in the simple past tells what
was done at the place; two sendings into different countries, and custody taken on either side of a border, are two events.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, type_list_of, types_of

PAST_WHERE = [
    (
        "The smuggling crackdown has also reached the Kowon market, where inspectors fined "
        "twelve traders on Friday.",
        "punishment",
    ),
    (
        "He told reporters he was kept for two months at a county security post in Musan, where "
        "guards beat prisoners who spoke out of turn.",
        "violence",
    ),
]

PLACE_DESCRIBED = [
    "Defectors describe camps where inmates are beaten.",
    "She was sent to a camp where beatings are common.",
]


@pytest.mark.parametrize(("text", "kind"), PAST_WHERE)
def test_where_clause_in_the_past_tells_an_act(text: str, kind: str) -> None:
    assert kind in types_of(text)


@pytest.mark.parametrize("text", PLACE_DESCRIBED)
def test_where_clause_in_the_present_describes_the_place(text: str) -> None:
    assert "violence" not in types_of(text)


def test_sendings_into_two_countries_are_two_returns() -> None:
    text = (
        "Thai police arrested six North Koreans in Chiang Rai. The group was handed to Chinese "
        "police in Dongxing on 20 February. They were later returned to North Korea through Dandong."
    )
    assert type_list_of(text).count("repatriation") == 2


def test_custody_on_either_side_of_the_border_is_two_arrests() -> None:
    text = (
        "The eleven had been held for months at the border detention centre in Jilin province. "
        "On the North Korean side, the group was taken to the State Security holding facility "
        "in Onsong County."
    )
    assert type_list_of(text).count("arrest") == 2


def test_custody_told_again_in_one_country_stays_one_arrest() -> None:
    text = (
        "Police detained four traders in Hyesan on Monday. "
        "The four were taken to the police station in Hyesan for questioning."
    )
    assert type_list_of(text).count("arrest") == 1


def test_a_campaign_that_netted_people_tells_their_arrest() -> None:
    text = "The campaign against foreign films that began in May in Kimchaek has netted some 30 students."
    assert {"crackdown", "arrest"} <= types_of(text)


def test_netted_money_is_no_arrest() -> None:
    assert "arrest" not in types_of("The smuggling ring netted about 5 million yuan last year.")


def test_sailing_south_is_a_flight_to_the_south() -> None:
    text = "Last week a fishing boat captain who tried to sail south in August was executed in Sinpo."
    assert {"escape", "execution"} <= types_of(text)


def test_sailing_south_past_a_boundary_is_a_flight_tried() -> None:
    text = "In May a crew of six tried to sail south past the sea boundary but were stopped by a patrol boat."
    assert any(e.type == "escape" and e.status == "attempted" for e in events_of(text))


def test_moving_south_inside_the_north_is_no_flight() -> None:
    assert "escape" not in types_of("The family moved south to Pyongyang in 2010.")


def test_a_position_south_of_a_line_is_no_flight() -> None:
    text = "Two soldiers came about 20 metres south of the demarcation line before turning back."
    assert "escape" not in types_of(text)


def test_an_effort_against_an_offence_is_a_crackdown() -> None:
    text = "A notice at the bus terminal said the checks were part of an effort against illegal residence."
    assert "crackdown" in types_of(text)


def test_how_a_told_flight_was_made_asked_about_is_no_second_flight() -> None:
    text = (
        "Three North Koreans crossed the sea border on Monday. The three are being questioned "
        "by intelligence officials about how they came south."
    )
    assert type_list_of(text).count("escape") == 1


def test_checks_aimed_on_a_group_of_people_are_a_crackdown() -> None:
    text = "Police in Yanji have stepped up identity checks on women from North Korea this spring."
    assert "crackdown" in types_of(text)
    assert "movement_restriction" not in types_of(text)


def test_checks_on_vehicles_restrict_movement() -> None:
    text = "Police have stepped up identity checks on buses and trains heading to the coast."
    assert types_of(text) == {"movement_restriction"}

"""Places conventions found failing, by kind, on the open development sets of session 44: a
questioning of people about their time abroad happens back in the North, and what an embedded
question asks ("whether they met South Koreans while in China") is no place of the questioning; a
forced return read only as far as a country ends in the one town of it the report tells people
taken to.

Every test reads invented text; each failed before the rule it names was added (but the guards,
and the flight home after a deportation, which held before too).
"""

from __future__ import annotations

from places_helpers import anchored_event, placed, wheres_found

PUBLISHED = "2024-05-20"


def test_a_questioning_about_a_stay_abroad_happens_where_the_return_ended() -> None:
    text = (
        "Chinese police sent three North Koreans back across the bridge from Tumen to Namyang last "
        "week, a source said. The three had been arrested in Yanji in March. State security officers "
        "are questioning them about whether they met South Koreans while in China, the source said."
    )
    assert wheres_found(text, "interrogation", PUBLISHED) == ["Namyang"]


def test_a_questioning_about_church_happens_back_in_the_north() -> None:
    text = (
        "A woman who was returned from China in May died in a holding cell in Hyesan, a relative "
        "said. She had been caught in Changbai in the winter. She was interrogated every day about "
        "whether she had gone to church."
    )
    assert wheres_found(text, "interrogation", PUBLISHED) == ["Hyesan"]


def test_the_souths_agents_inside_the_question_did_not_question() -> None:
    text = (
        "Chinese authorities sent four North Koreans back across the Yalu bridge from Dandong to "
        "Sinuiju last week, a source said. The four had been arrested in Shenyang in February. "
        "Bowibu investigators are questioning them about whether they contacted South Korean "
        "churches or intelligence agents while in China, the source said."
    )
    assert wheres_found(text, "interrogation", PUBLISHED) == ["Sinuiju"]


def test_an_arrest_while_abroad_stays_abroad() -> None:
    # a verbless "while in" asked about by nothing is where the act happened
    text = "Police in Hyesan said a trader from the city was arrested while in China last year."
    (ev,) = placed(text, anchored_event(text, "arrest", "arrested"))
    assert ev.where is not None and ev.where.country == "CN"


def test_the_place_the_questioning_names_before_the_question_stays() -> None:
    text = "Two traders were questioned in Hyesan about whether they had sold phones in Changbai."
    (ev,) = placed(text, anchored_event(text, "interrogation", "questioned"))
    assert ev.where is not None and ev.where.name == "Hyesan"


def test_a_return_told_again_with_its_town_ended_there() -> None:
    text = (
        "China repatriated more than 50 North Koreans last week, activists said. The group was sent "
        "across the border to the North Korean city of Sinuiju, they said."
    )
    (ev,) = placed(text, anchored_event(text, "repatriation", "repatriated"))
    assert ev.destination is not None and ev.destination.name == "Sinuiju"


def test_a_flight_home_told_after_a_deportation_ends_in_its_city() -> None:
    text = (
        "About a dozen North Koreans found working at a building site in Khabarovsk were deported in "
        "January. They were flown from Khabarovsk to Pyongyang via Vladivostok, an official said."
    )
    (ev,) = placed(text, anchored_event(text, "repatriation", "deported"))
    assert ev.destination is not None and ev.destination.name == "Pyongyang"

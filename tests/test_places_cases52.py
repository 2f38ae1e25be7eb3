"""Places conventions found failing, by kind, on the development half of session 52: a sentence
that lists cases, one a clause, tells each case at its own place. A place across a semicolon, in
another case's clause, is not the event's; and of two places as near the trigger in the parse, the
one inside the part of the sentence the event was read from is the event's.

Every test reads invented text; each failed before the rule it names was added (but the guards,
which held before too).
"""

from __future__ import annotations

import tessera
from places_helpers import wheres_found

PUBLISHED = "2024-06-20"


def test_a_place_across_a_semicolon_is_another_cases() -> None:
    text = (
        "Rights workers listed the shootings of the past year. In March a smuggler was killed near "
        "Manpo while carrying copper across the ice; in July a woman was wounded on the riverbank in "
        "Onsong County when guards fired at her."
    )
    assert wheres_found(text, "violence", PUBLISHED) == ["Manpo", "Onsong County"]


def test_a_semicolon_inside_a_list_of_places_keeps_them() -> None:
    # (the places after the semicolons have no verb of their own: one raid told at three towns)
    text = (
        "Police arrested eleven traders in raids on markets in Hyesan, Ryanggang Province; Musan, "
        "North Hamgyong Province; and Manpo, Chagang Province, last week."
    )
    assert wheres_found(text, "arrest", PUBLISHED) == ["Hyesan"]


def test_the_place_inside_the_events_own_part_wins_a_tie() -> None:
    text = (
        "The report gave several examples: in April a teacher was publicly shot in Kanggye, after "
        "a trial in front of his pupils, and in May two sisters in Kimchaek were given ten years each "
        "at an open trial held at the city stadium."
    )
    assert "Kimchaek" in wheres_found(text, "punishment", PUBLISHED)


def test_a_case_with_no_place_of_its_own_keeps_the_home_across_the_semicolon() -> None:
    text = (
        "Among the cases: in August three men from Ongjin reached Baengnyeong Island by boat; at "
        "least nine of their relatives were later taken away by state security."
    )
    assert wheres_found(text, "arrest", PUBLISHED) == ["Ongjin County"]


def test_a_journey_runs_on_across_the_semicolon() -> None:
    # (a guard: the flight the second part tells set out from the site the first part names)
    text = (
        "The man, from Chongjin, was one of four workers who fled a building site in Khabarovsk "
        "together; officials in Seoul said on Monday that the other three had reached South Korea."
    )
    origins = [e.origin.name for e in tessera.extract(text, published=PUBLISHED) if e.type == "escape"]
    assert origins == ["Khabarovsk", "Khabarovsk"]

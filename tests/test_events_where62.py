"""Places (session 62): what is done to the people a work unit abroad still has ("the remaining
workers", "the rest of its crew") happens at the unit's site, not where those who left were found;
a work site "near the town of X" lies in X; the spelling by ear "Hweryong" (oe said as we) is
Hoeryong. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from places_helpers import anchored_event, placed, wheres_found
from tessera.places.variants import informal

PUBLISHED = "2031-05-20"


def _where(text: str, etype: str, trigger: str) -> str | None:
    (ev,) = placed(text, anchored_event(text, etype, trigger))
    return ev.where.name if ev.where else None


def test_those_left_behind_stay_at_the_site() -> None:
    text = (
        "Two cooks walked out of a North Korean restaurant in Dandong in May. Police found them a week "
        "later at a bus station in Shenyang. The remaining staff are not allowed to leave their dormitory."
    )
    assert _where(text, "movement_restriction", "not allowed") == "Dandong"


def test_the_rest_of_the_crew_stays_at_the_site() -> None:
    text = (
        "A welder fled a building site in Vladivostok in March and was caught in Ussuriysk two weeks "
        "later. His employer has since confined the rest of its crew to their barracks."
    )
    assert _where(text, "movement_restriction", "confined") == "Vladivostok"


def test_a_site_near_the_town_of_a_place_is_that_place() -> None:
    text = (
        "Three loggers fled a logging camp near the town of Tynda in April and were caught in Moscow. "
        "The remaining loggers have been barred from leaving the camp."
    )
    assert _where(text, "movement_restriction", "barred") == "Tynda"


def test_the_teams_own_town_outranks_the_site() -> None:
    # the act's own sentence names its place: that place stands
    text = (
        "A cook walked out of a North Korean restaurant in Dandong in May. The remaining staff were "
        "moved to Shenyang and barred from leaving their flat in Shenyang."
    )
    assert _where(text, "movement_restriction", "barred") == "Shenyang"


def test_remaining_without_people_is_not_those_left_behind() -> None:
    # "the remaining days" are no people of the unit: the scene told last stands
    text = (
        "A cook walked out of a North Korean restaurant in Dandong in May and was caught in Shenyang. "
        "She was held for the remaining days of the month and questioned by police in Shenyang."
    )
    assert _where(text, "interrogation", "questioned") == "Shenyang"


def test_hweryong_is_hoeryong() -> None:
    assert "Hweryong" in informal("Hoeryŏng")
    text = "A smuggler was shot by a border guard in Hweryong on the night of 4 March, a source said."
    assert wheres_found(text, "violence", PUBLISHED) == ["Hoeryong"]

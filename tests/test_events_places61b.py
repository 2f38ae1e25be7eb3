"""Places (session 61, second helper): China's border cities by the spellings reports written from
the Korean side use ("Tandong" for Dandong, "Yenji" for Yanji) are those cities. Every sentence here
is invented for these tests; the first two failed before the spellings were added.
"""

from __future__ import annotations

from places_helpers import wheres_found

PUBLISHED = "2024-06-20"


def test_tandong_is_dandong() -> None:
    text = "Chinese police raided a warehouse in Tandong on Tuesday and arrested two traders."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Dandong"]


def test_yenji_is_yanji() -> None:
    text = "A woman from Musan was arrested by public security officers in Yenji last week."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Yanji"]


def test_a_north_korean_town_nearby_stays_itself() -> None:
    # the look-alike: the North's bank of the river is not read as the Chinese city
    text = "Two traders were arrested in Sinuiju on Tuesday after returning from a trip."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Sinuiju"]


# A capital standing for its state is no place: the subject of a verb the parse hung on a date
# before it, the state served ("spying for"), its secret police. Invented sentences.


def test_a_capital_after_a_date_acting_is_its_state() -> None:
    text = (
        "In March, a North Korean cook disappeared from a restaurant in Ussuriysk, and in April "
        "Pyongyang recalled the rest of the staff."
    )
    assert wheres_found(text, "disappearance", PUBLISHED) == ["Ussuriysk"]


def test_spying_for_the_capital_names_no_place() -> None:
    text = (
        "A court in Incheon acquitted a defector who had been charged with spying for Pyongyang. "
        "The man was held for 90 days at a screening centre."
    )
    assert "Pyongyang" not in wheres_found(text, "arrest", PUBLISHED)


def test_the_capitals_own_police_stay_a_place() -> None:
    # the look-alike: the city's police, not "secret police", act in the city
    text = "Police in Pyongyang arrested two traders in December for selling foreign films."
    assert wheres_found(text, "arrest", PUBLISHED) == ["Pyongyang"]

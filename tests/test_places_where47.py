"""Places conventions found failing, by kind, on the open development sets of session 47: what the
North's authorities do to the home and family a flight left behind happens where the flight began,
not in the town abroad it reached; a place in a clause of its own that tells where people were
caught before ("women who had been arrested in China") is not where they are questioned or beaten
now.

Every test reads invented text; each failed before the rule it names was added (but the guards,
which held before too).
"""

from __future__ import annotations

import tessera

PUBLISHED = "2024-06-20"


def _wheres(text: str, kind: str) -> list[str | None]:
    """The `where` names of each event of one type the whole pipeline finds."""
    found = [e.where for e in tessera.extract(text, published=PUBLISHED) if e.type == kind]
    return [place.name if place else None for place in found]


_FLIGHT = (
    "A man who sold rice from his home in Musan fled to China with his son on the night of June 2, "
    "a source in the county said.\n\nThe two waded across the Tumen with the help of a broker. "
    "They reached Nanping the next morning.\n\n"
)


def test_the_home_a_flight_left_is_searched_where_the_flight_began() -> None:
    text = _FLIGHT + "Agents came to the house two days later and searched it from top to bottom."
    assert _wheres(text, "search") == ["Musan County"]


def test_relatives_left_behind_are_questioned_where_the_flight_began() -> None:
    text = _FLIGHT + "Security officials then questioned his wife and his mother for three days."
    assert _wheres(text, "interrogation") == ["Musan County"]


def test_an_act_abroad_by_the_state_abroad_stays_abroad() -> None:
    # guard: Chinese police act in China, whatever the North's home of the people
    text = _FLIGHT + "Chinese police searched the house where they were hiding a week later."
    assert _wheres(text, "search") != ["Musan County"]


_RETURN = (
    "About 40 North Koreans handed back by China in June were held for a month in a quarantine "
    "centre in Hyesan, a source in the city said.\n\n"
)


def test_where_people_were_caught_before_is_no_place_of_their_questioning() -> None:
    text = _RETURN + (
        "The returnees, most of them women who had been arrested in China over the past two years, "
        "are now being interrogated about their contacts, the source said."
    )
    assert _wheres(text, "interrogation") == ["Hyesan"]


def test_a_beating_told_beside_an_earlier_arrest_abroad_is_in_the_story() -> None:
    text = (
        _RETURN + "One woman, who was pregnant when she was arrested in China, was beaten during questioning."
    )
    assert _wheres(text, "violence") == ["Hyesan"]


def test_the_arrest_in_that_clause_keeps_its_own_place() -> None:
    # guard: the clause's own event (the arrest) happened where it says
    text = (
        _RETURN + "One woman, who was pregnant when she was arrested in China, was beaten during questioning."
    )
    assert "China" in _wheres(text, "arrest")


def test_an_arrest_after_another_caught_elsewhere_is_in_the_story_town() -> None:
    text = (
        "Two border guards in Manpo have been jailed for taking bribes, a source in Chagang Province "
        "said.\n\nThe two were arrested by the military security command in May after a smuggler caught "
        "in Kanggye named them."
    )
    assert _wheres(text, "arrest")[0] == "Manpo"


def test_a_province_that_only_locates_a_town_sets_no_scene() -> None:
    text = (
        "A family of three in Musan county, North Hamgyong, has not been seen since around May 15, "
        "days after the father was summoned by the county state security department over a Chinese "
        "mobile phone, a source in the area said.\n\nThe father, a mine worker in his forties, had "
        "been questioned for two days about calls he had made to a cousin in Yanji and was told to "
        "report again the following week. When he failed to appear, agents went to the house and found "
        'it empty. "Security officials are treating it as a defection," the source said.'
    )
    assert _wheres(text, "escape") == ["Musan County"]


def test_a_province_told_on_its_own_is_still_a_place() -> None:
    # guard: a province named for itself, not after a town of it, stays the place
    text = "Security officials in North Hamgyong Province arrested 20 people in May, a source said."
    assert _wheres(text, "arrest") == ["North Hamgyong Province"]


def _origins(text: str) -> list[str | None]:
    flights = [e for e in tessera.extract(text, published=PUBLISHED) if e.type == "escape"]
    return [e.origin.name if e.origin else None for e in flights]


def test_a_flight_into_mongolia_leaves_china_not_the_home_town() -> None:
    text = (
        "A North Korean woman from Hoeryong crossed into Mongolia on foot in March, a ministry official "
        "said. She had hidden for a year near Erenhot before the crossing."
    )
    assert "Erenhot" in _origins(text)


def test_a_flight_into_laos_with_no_chinese_town_leaves_china() -> None:
    text = "A North Korean man from Musan crossed into Laos last month, an activist said on Monday."
    assert _origins(text) == ["China"]


def test_a_flight_into_laos_that_names_its_start_keeps_it() -> None:
    # guard: the flight's own sentence names where it began
    text = "A North Korean man walked from Mengla into Laos last month, an activist said on Monday."
    assert _origins(text) == ["Mengla"]

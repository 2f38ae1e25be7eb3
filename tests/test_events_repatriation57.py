"""Returns (helper session ret57): a return from a country the routes do not cross (the Gulf,
Africa, Central Asia) starts where the report has the people, not in China, nor at a stop on the
flight home (invented sentences)."""

from __future__ import annotations

import tessera


def returns(text: str) -> list:
    return [e for e in tessera.extract(text, published="2031-03-04") if e.type == "repatriation"]


def test_a_return_from_the_gulf_starts_there_not_in_china() -> None:
    text = (
        "MUSCAT, March 3 (Gulf Desk) -- Omani police on Sunday detained four North Korean "
        "bricklayers who had left a building site in Sohar. The North Korean embassy has demanded "
        "that they be returned, a diplomat said."
    )
    found = returns(text)
    assert found
    assert found[0].origin is not None and found[0].origin.country == "OM"


def test_a_stop_on_the_flight_home_is_not_where_it_began() -> None:
    text = (
        "Embassy agents searched the dormitories of North Korean labourers in Mussafah, outside "
        "Abu Dhabi, on Friday. Two of the men were put on a plane to Beijing on Monday, en route "
        "to Pyongyang."
    )
    found = returns(text)
    assert found
    assert found[0].origin is not None and found[0].origin.country == "AE"


def test_a_return_in_a_china_story_still_starts_in_china() -> None:
    text = (
        "Police in Yanji detained three North Korean women last week. Activists fear they will "
        "be sent back within days."
    )
    found = returns(text)
    assert found
    assert found[0].origin is not None and found[0].origin.country == "CN"

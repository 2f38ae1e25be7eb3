"""False alarms of arrests and searches (session 62): custody that describes people under a
modal (`_custody_describing_people`), custody to come after a return (`_custody_to_come`), a
custody state lived through before a return (`_custody_before_a_return`), a verb of taking whose
own object is things (`_acts_on_things`), a hunt for a missing person (`_looking_for_someone`),
raids on crops (`_raid_on_crops`), searches placed in a campaign (`_placed_in_a_campaign`), a
share told as "one in five" (`background._one_in_so_many`) and a denial that covers a verb
joined by "or" (`status._denied_with_an_alternative`)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted, extracted_types

_events = partial(extracted, published="2031-05-20")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.status) for e in _events(text)]


_types = partial(extracted_types, published="2031-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "Several of the arrested clerks could face the death penalty, a source in Kanggye said.",
        "Beijing is expected to hand the three detained fishermen to North Korean officials.",
        "About 30 North Koreans in detention in Dalian are expected to be sent back next month.",
    ],
)
def test_custody_describing_people_does_not_loom(text: str) -> None:
    assert ("arrest", "at_risk") not in _kinds(text)


def test_arrest_that_looms_stays() -> None:
    assert ("arrest", "at_risk") in _kinds("A cousin who hid the pair is expected to be arrested next week.")


def test_holding_after_a_return_is_no_arrest_to_come() -> None:
    text = (
        "Chinese police handed 70 North Koreans over at the bridge on Friday. The returnees were "
        "driven to a quarantine camp in Sinuiju, where they will be held for 30 days."
    )
    assert "arrest" not in _types(text)
    assert "repatriation" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "China sent about 90 North Koreans back across the Yalu last Tuesday. Many had spent over a year in detention centres in Jilin.",
        "Chinese police handed 50 people over at Tumen on Monday. The group, most of them women who had been held in holding centres in Yanji, was driven across the bridge in two buses.",
    ],
)
def test_custody_before_a_return_is_background(text: str) -> None:
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Police handed 12 women back to the North on Friday. They had been held in Tumen since their arrest in May.",
        "China sent 40 people back on Monday. These migrants had been held in custody by the border police.",
    ],
)
def test_custody_with_its_own_span_or_holder_before_a_return_stays(text: str) -> None:
    assert "arrest" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A schoolboy in Cholwon who picked up a propaganda leaflet near the river has cost his father his post.",
        "At least eight flats were inspected, and radios, memory cards and Chinese yuan were seized.",
    ],
)
def test_taking_things_is_no_arrest(text: str) -> None:
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agents picked up the two couriers at a guesthouse in Yanji.",
        "Coast guards seized a boat carrying five men off the coast.",
    ],
)
def test_taking_people_stays_an_arrest(text: str) -> None:
    assert "arrest" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "A fisherman failed to come home on Sunday, and his whole village turned out to search for him.",
        "Search parties were sent along the shore but found no trace of the skiff.",
        "The boy's body was handed to an uncle who had been looking and searching for him.",
    ],
)
def test_looking_for_a_missing_person_is_no_search(text: str) -> None:
    assert "search" not in _types(text)


def test_agents_hunting_fugitives_stays_a_search() -> None:
    assert "search" in _types("State security agents have been searching for the two runaways in Yanji.")


def test_raid_on_crops_is_no_search() -> None:
    assert "search" not in _types(
        "Soldiers from a nearby unit raided a cooperative's cornfields at night in October."
    )
    assert "search" in _types("Police raided the flat of a money changer in Hyesan on Monday.")


def test_search_placed_in_a_campaign_tells_no_search() -> None:
    text = "The raids are part of a spring campaign against foreign films."
    assert "search" not in _types(text)
    assert "search" in _types("Police raided three flats in Musan on Tuesday.")


@pytest.mark.parametrize(
    "text",
    [
        "One in four said a youth league official had checked their phones.",
        "Nearly two in five defectors who were held in a police cell say they were beaten.",
    ],
)
def test_one_in_so_many_is_a_survey_figure(text: str) -> None:
    assert not {"search", "arrest", "violence"} & set(_types(text))


def test_one_in_so_many_as_object_stays() -> None:
    assert "arrest" in _types("Police detained one in five traders at the Sunam market on Monday.")


def test_denial_covers_a_verb_joined_by_or() -> None:
    assert "arrest" not in _types(
        "Her brother, who lives in Kilju, has not been questioned or detained, a cousin said."
    )
    assert "arrest" in _types("The man was questioned or detained by police last week.")


def test_present_passive_in_a_relative_clause_is_a_rule() -> None:
    assert "arrest" not in _types(
        "What becomes of a courier who is caught depends on the guards he has paid."
    )
    assert "arrest" in _types("The man, who is detained at the county station, has not seen his family.")

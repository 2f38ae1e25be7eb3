"""Events stage: missed events by kind (recall, 2026-12-02): an arrest told as officers leading
someone away with words between the verb and "away"; custody told in a relative clause of people
whose return is only asked against, planned or feared is news of its own; people handed over to
an interrogation team are interrogated. Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of


def test_officers_leading_someone_away_is_an_arrest() -> None:
    text = (
        "SEOUL, May 4 (Wire) - Chinese police entered a church in Dandong on Saturday and led "
        "the pastor away in handcuffs, his son said."
    )
    assert "arrest" in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The guide led the group away from the road before dawn.",
        "Officers usually lead detainees away through a back door.",
    ],
)
def test_leading_away_by_no_authority_or_as_a_habit_is_no_arrest(text: str) -> None:
    assert "arrest" not in type_list_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The rights group urged Beijing not to repatriate six North Koreans who were arrested in "
        "Shenyang last week.",
        "Activists called on Vientiane to halt plans to deport the nine defectors held at an "
        "immigration centre in the capital.",
        "Police say the two women detained in Yanji on Monday may be sent back to the North.",
    ],
)
def test_custody_of_people_whose_return_only_looms_is_an_arrest(text: str) -> None:
    types = type_list_of(text)
    assert "arrest" in types
    assert "repatriation" in types


@pytest.mark.parametrize(
    "text",
    [
        "Six North Koreans arrested in Shenyang were sent back to the North last week.",
        "North Koreans caught in China are usually sent back to face punishment.",
        "A law passed in 2020 says anyone detained for illegal crossing must not be returned without review.",
    ],
)
def test_custody_of_people_sent_back_or_of_anyone_is_no_arrest_of_its_own(text: str) -> None:
    assert "arrest" not in type_list_of(text)


def test_handed_to_an_interrogation_team_is_an_interrogation() -> None:
    text = (
        "The soldier who crossed the border on Friday was handed over to an interrogation team "
        "of the state security department, a source said."
    )
    assert "interrogation" in type_list_of(text)


def test_handed_to_an_investigation_team_as_a_habit_is_no_interrogation() -> None:
    assert "interrogation" not in type_list_of(
        "Returnees are usually handed to an investigation team at the border."
    )


def test_custody_of_one_who_has_not_been_heard_from_is_told_by_the_disappearance() -> None:
    text = "His sister, who was caught with him in Tumen, has not been heard from since."
    types = type_list_of(text)
    assert "disappearance" in types
    assert "arrest" not in types

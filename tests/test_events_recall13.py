"""Events stage: ways of telling an act that were dropped (recall, 2026-12-02 second wave): an
inquiry into whether people did something after they were handed over, a crackdown told by what it
does now, and an irregular past the tagger read as a present. Every
sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of
from tessera.language import load_nlp


def _kinds(text: str) -> set[tuple[str, str]]:
    return {(e.type, e.status) for e in events_of(text)}


@pytest.mark.parametrize(
    "text",
    [
        "The two drivers were handed to the provincial police, which is investigating whether they "
        "carried phones for smugglers.",
        "The nurse was handed over to the county security office, where officers are investigating "
        "whether the woman had paid a broker.",
    ],
)
def test_inquiry_into_whether_people_acted_is_an_interrogation(text: str) -> None:
    assert ("interrogation", "occurred") in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy said it was investigating how he crossed the bay unseen.",
        "Officials are investigating why the man was not spotted on the radar.",
        "The ministry is investigating whether it was an accident.",
    ],
)
def test_inquiry_into_how_a_thing_came_about_is_no_interrogation(text: str) -> None:
    assert "interrogation" not in {e.type for e in events_of(text)}


def test_a_definite_crackdown_told_by_what_it_does_now_is_a_crackdown() -> None:
    text = (
        "Police in Kanggye have been raiding homes since early May. "
        "The crackdown targets people who sell foreign films."
    )
    assert ("crackdown", "occurred") in _kinds(text)


def test_crackdowns_of_a_kind_told_in_the_present_are_no_event() -> None:
    assert "crackdown" not in {e.type for e in events_of("Crackdowns target people who sell films.")}


def test_an_irregular_past_read_as_a_present_gets_its_lemma_and_tense() -> None:
    doc = load_nlp()("He swam across the river at night.")
    swam = doc[1]
    assert (swam.lemma_, swam.tag_) == ("swim", "VBD")


def test_swimming_across_a_border_river_told_with_a_pronoun_is_an_escape() -> None:
    assert "escape" in {e.type for e in events_of("He swam across the Tumen into China at night.")}


@pytest.mark.parametrize("noun", ["owner", "landlord", "customer", "seller"])
def test_a_role_noun_names_a_person_taken_away(noun: str) -> None:
    text = f"The restaurant's {noun}, a woman in her 40s, was taken away by security agents on Monday."
    assert ("arrest", "occurred") in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "A local official said the six had come from China through northern Laos with the help of smugglers.",
        "They are believed to have been helped by a broker who knew one of the women's relatives.",
    ],
)
def test_going_with_the_help_of_smugglers_is_an_escape(text: str) -> None:
    assert "escape" in {e.type for e in events_of(text)}


def test_help_of_a_broker_only_sought_is_no_escape() -> None:
    text = "The mother had sought the help of a broker to bring her son out of the North."
    assert "escape" not in {e.type for e in events_of(text)}

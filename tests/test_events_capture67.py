"""Arrests told as an interception or a stop: border troops or a coast guard intercepting people
or the boat that carries them, and officers who stopped particular people (her, us, two men) at
the bank, at an airport or on a train (triggers.json; 'particular_object', lexicon.py). A kind of
people stopped in a campaign of checks ("patrols stopped young women in jeans") or a call
intercepted is no arrest. Searches told by what they found: people found hiding among pallets in
a trailer or under a tarpaulin, or a person shown by a scan (triggers.json); one's own things
found in a shed are no search. A return told as people to be "sent across" (the particle alone:
"sent across the river by a broker" is a flight). Sentences invented for the tests."""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Border troops near Musan intercepted three teenagers trying to cross the Tumen.", "arrest"),
        ("A navy patrol boat intercepted a fishing boat carrying seven people off Ongjin.", "arrest"),
        ("Two of the boatmen tried to flee but were intercepted on a sandbank.", "arrest"),
        ("Customs officers stopped him at the airport in Vladivostok on Friday.", "arrest"),
        ("Border guards stopped her on the riverbank near Hyesan last week.", "arrest"),
        ("A railway security officer stopped us before we reached Kilju station.", "arrest"),
    ],
)
def test_arrest_told_as_an_interception_or_a_stop(text: str, kind: str) -> None:
    assert kind in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Agents intercepted his calls to his sister in Seoul.",
        "Youth league patrols stopped people on the streets of Hamhung.",
        "Police have been stopping young women in jeans at the market gates.",
        "Police stopped the sale of rice in the markets.",
        "The bus stopped at the airport for an hour.",
        "Guards tried to stop them.",
    ],
)
def test_no_arrest_from_a_stop_of_a_kind_or_a_thing(text: str) -> None:
    assert "arrest" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Customs officers found a North Korean man hiding among pallets of bricks in the trailer of a lorry.",
        "An X-ray scan at the customs hall showed the shape of a man behind the cab.",
    ],
)
def test_search_told_by_its_find(text: str) -> None:
    assert "search" in types_of(text)


def test_no_search_in_ones_own_shed() -> None:
    assert "search" not in types_of("He found his old letters under a tarpaulin in the shed.")


def test_return_told_as_sent_across() -> None:
    text = "Doctors say the two women will be sent across as soon as they can walk."
    assert "repatriation" in types_of(text)


def test_no_return_when_sent_across_a_river() -> None:
    assert "repatriation" not in types_of("The women were sent across the river by a broker in 2019.")


@pytest.mark.parametrize(
    "text",
    [
        "Two women who tried to cross the river last week were shot dead by soldiers who intercepted them.",
        "The border guards who intercepted the two men opened fire without warning on Monday.",
    ],
)
def test_an_interception_told_of_the_actor_of_another_act_is_no_arrest(text: str) -> None:
    """The relative clause on the shooters says how the shooting came about; no arrest."""
    assert "arrest" not in types_of(text)


def test_an_interception_told_of_the_people_in_a_relative_clause_stays_an_arrest() -> None:
    """A "whose boat was intercepted" clause tells what befell the people, not who acted."""
    text = "Two fishermen whose boat was intercepted by a patrol ship on Monday said they had tried to reach the South."
    assert "arrest" in types_of(text)

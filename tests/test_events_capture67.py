"""Arrests told as an interception or a stop: border troops or a coast guard intercepting people
or the boat that carries them, and officers who stopped particular people (her, us, two men) at
the bank, at an airport or on a train (triggers.json; 'particular_object', lexicon.py). A kind of
people stopped in a campaign of checks ("patrols stopped young women in jeans") or a call
intercepted is no arrest. Sentences invented for the tests."""

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

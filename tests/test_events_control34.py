"""Daily controls told in words the lexicon once lacked (invented sentences): goods seized from
market traders and private sales banned (a campaign against trading, a crackdown); everyone who
goes somewhere stopped (a movement restriction); and a phrase whose gap runs past an earlier
occurrence of its next word."""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.events.lexicon import Phrase, match_phrase
from tessera.language import analyse
from tessera.language.analysis import load_nlp
from tessera.model import Document


def types_of(text: str) -> set[str]:
    return {e.type for e in find_events(analyse(Document(id="t", text=text, published="2024-06-01")))}


@pytest.mark.parametrize(
    "text",
    [
        "Police in Kimchaek have been seizing flour and soybeans from private sellers at the town's market since May 4.",
        "Market officials began confiscating foreign cosmetics from stalls at the station market this week.",
    ],
)
def test_goods_seized_from_traders_are_a_crackdown(text: str) -> None:
    """Officials taking goods from traders, sellers or stalls at a market ("have been seizing rice
    from private sellers at the market") act against trading itself, a campaign: a crackdown."""
    assert "crackdown" in types_of(text)


def test_a_ban_on_private_sales_is_a_crackdown() -> None:
    """A ban on selling or trading a kind of goods ("banned the private sale of grain") is a
    campaign against a practice, a crackdown."""
    assert "crackdown" in types_of(
        "Since April the city authorities have banned the private sale of fuel in its markets."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Guards in Kimhyonggwon have been ordered to stop anyone walking along the river after dark.",
        "Police in the county began stopping every lorry heading toward the border in June.",
    ],
)
def test_stopping_all_who_go_somewhere_restricts_movement(text: str) -> None:
    """Stopping anyone or every vehicle going somewhere ("stop anyone walking along the river")
    keeps people from moving there, a movement restriction; told with what is done to them
    ("stop everyone and go through their bags") it is that act, a search."""
    assert "movement_restriction" in types_of(text)


def test_stopping_everyone_to_go_through_bags_is_no_restriction() -> None:
    assert "movement_restriction" not in types_of(
        "Soldiers now stop everyone heading toward the beach and go through their bags."
    )


def test_a_gap_runs_past_an_earlier_occurrence_of_its_next_word() -> None:
    """ "barred people from other towns from entering the city": the first "from" belongs to the
    people, and "barred ... from entering" is found through the second."""
    doc = load_nlp()("The authorities barred people from other towns from entering the city.")
    phrase = Phrase.parse("barred ... from entering")
    assert match_phrase(doc, 2, phrase, len(doc)) == 9
    assert "movement_restriction" in types_of(
        "The authorities have barred people from other counties from entering Kaesong without special permits."
    )

"""False events told beside the news (session 66, precision): the teller's own arrival in the
South ("a woman who reached Seoul last year said …"), which says who tells the report, not a
flight the report tells (events/background.py, `arrival_of_the_teller`)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted_types

_types = partial(extracted_types, published="2031-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "A former teacher who reached Seoul last spring said on Monday that her cousin had been sent to a farm.",
        "Eight in ten North Koreans who arrived in South Korea over the past four years say they paid bribes to guards.",
        "Two out of three young defectors who reached the South between 2027 and 2030 say they watched foreign dramas.",
    ],
)
def test_arrival_of_the_teller_is_no_flight(text: str) -> None:
    assert "escape" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # the arrival of people the report is about, not its teller
        "The couple who reached Seoul by boat in early May had set out from a harbour in Kangryong.",
        # the family the teller belongs to: its flight is what she tells
        "The grandmother of the Onsong family who reached Seoul in April spoke to reporters on Friday.",
        # a teller's flight told by a verb of leaving stays news
        "A woman who fled to China in 2019 told the group that guards beat the prisoners.",
    ],
)
def test_other_arrivals_stay(text: str) -> None:
    assert "escape" in _types(text)


def test_boats_seized_as_property_are_no_arrest() -> None:
    text = (
        "Officials in Chongjin have begun a drive against private fishing, seizing dozens of small "
        "vessels that were registered to state farms, a source said."
    )
    assert "arrest" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "The navy seized two Chinese trawlers and their 15 crew off Cholsan on Sunday.",
        "The navy seized four of the boats and their crews off Cholsan on Sunday.",
        "Border guards detained a wooden fishing boat off Rason on Sunday.",
    ],
)
def test_craft_taken_with_its_people_stays_an_arrest(text: str) -> None:
    assert "arrest" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        '"I think my cousin might try to cross," the woman said.',
        "If the dam gives way, some families will try to cross the river to China.",
        "If he crosses the river on his own, the guards might shoot, his mother said.",
    ],
)
def test_a_flight_that_may_come_is_no_event(text: str) -> None:
    assert "escape" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officers fear the private may try to cross the Tumen, which is close to his post.",
        "A trawler captain and his crew who failed to come back on the 3rd are being investigated as possible defectors.",
    ],
)
def test_a_flight_feared_of_particular_people_stays(text: str) -> None:
    assert "escape" in _types(text)

"""Searches told by what the searchers did ("took away the telephones", "the sacks are opened",
"went stall to stall") and banishment told as a move imposed on people ("resettled them in a
mining village", "moved out of the border zone", "driven to a state farm") (triggers.json,
cues.json 'punishment_goals', extract.py _searches_own_goods)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted, extracted_types

_events = partial(extracted, published="2031-05-20")
_types = partial(extracted_types, published="2031-05-20")


@pytest.mark.parametrize(
    "text",
    [
        "State security agents took away the telephones of two families in Onsong in March, a source said.",
        "At the Hamhung checkpoint the sacks are opened and every load is emptied onto the road, a driver said.",
        "Guards pushed iron rods into the coal on every wagon leaving Kilju last week, a source said.",
        "Officers of the city police found Chinese phones hidden under the floor of a noodle shop in Kanggye.",
        "Party inspectors turned over the bunks of the two drivers at the Kimchaek depot on Sunday.",
        "State security agents went through the storerooms of a pharmacy in Sinpo on Friday, a nurse said.",
        "Since May the police have been checking lodgers household by household in Hyesan.",
        "Market inspectors went stall to stall in Manpo last week, lifting every tarpaulin.",
        "Police officers broke into three flats on the same street in Tanchon in late April.",
        "Border guards confiscated two radios from her flat in Musan on Tuesday, a relative said.",
    ],
)
def test_search_told_by_its_acts(text: str) -> None:
    assert "search" in _types(text)


def test_search_by_acts_names_its_perpetrator() -> None:
    text = "State security agents took away the telephones of two families in Onsong in March, a source said."
    search = next(e for e in _events(text) if e.type == "search")
    assert [p.kind for p in search.perpetrators] == ["state_security"]


@pytest.mark.parametrize(
    "text",
    [
        # (one's own goods opened: no one searched them)
        "A customs officer in Sinuiju opened a sack of flour he bought at the market, his neighbour said.",
        "At the station she emptied her own bag to find her ticket, a relative said.",
    ],
)
def test_own_goods_opened_are_no_search(text: str) -> None:
    assert "search" not in _types(text)


def test_strangers_goods_opened_are_a_search() -> None:
    text = "Guards at the Namyang checkpoint opened the sacks of the traders on Monday, a source said."
    assert "search" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "In June the security ministry resettled the three families in a mining village in Kapsan County.",
        "Last year the widow and her son were moved out of the border zone by the county security office.",
        "In March the family was put on a truck and driven to a state farm in Chagang Province.",
        "Both brothers have since been ordered to leave Kimchaek for a farming village in the interior.",
        "Authorities sent his wife off to a mountain hamlet in Taehongdan County in April, a source said.",
    ],
)
def test_banishment_told_as_a_move(text: str) -> None:
    assert "punishment" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # (a move of one's own choosing, and a posting for work: no penalty)
        "The family moved house to Hamhung in 2029 because the father found work at the port.",
        "After graduating she moved out of the city to teach at a school near Kapsan, her cousin said.",
    ],
)
def test_chosen_move_is_no_punishment(text: str) -> None:
    assert "punishment" not in _types(text)

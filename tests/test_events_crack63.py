"""Searches and crackdowns told in general wordings: knocking on doors, going round the houses,
checking every flat, opening cupboards, lifting floor mats, stalls inspected, bursting into an
office, going bed to bed; an operation that targeted people, police who began fining or seizing,
and a campaign that "has not let up" (triggers.json; status.py _not_eased)."""

from __future__ import annotations

from functools import partial

import pytest

from events_helpers import extracted, extracted_types

_events = partial(extracted, published="2031-09-14")
_types = partial(extracted_types, published="2031-09-14")


@pytest.mark.parametrize(
    "text",
    [
        "Police officers in Manpo have been knocking on doors after dark since August, a trader said.",
        "Security agents knocked on every door in the riverside block of Onsong last week, a source said.",
        "Officers from the county police went round the houses of Sambong village on Tuesday, a resident said.",
        "Inminban heads and police came round on Friday night, checking every flat in the block for lodgers.",
        "State security agents entered the building on Monday, opening cupboards and lifting the floor mats.",
        "After the arrests, all the fish stalls in the Sinpo market were inspected for foreign labels.",
        "Two days later police burst into their office in Rason, a colleague said.",
        "Party inspectors went bed to bed through the wards of the county hospital on Monday, a nurse said.",
    ],
)
def test_search_told_in_general_wordings(text: str) -> None:
    assert "search" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # (a door knocked on once is how an arrest begins, not a search of homes)
        "Three days later two officers knocked on the door of her room in Yanji.",
        # (rumours going round the villages are no visit by anyone)
        "Rumours of a new amnesty went round the villages near Hyesan in the spring.",
        # (a cupboard a person opens in her own home is no search)
        "She opened the cupboard and took out the last bag of maize, her son recalled.",
    ],
)
def test_look_alikes_are_no_search(text: str) -> None:
    assert "search" not in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        "Last month an operation in the port of Kimchaek targeted fishermen who carried Chinese phones.",
        "In June police in Tanchon began fining women who sold shoes at the market, a source said.",
        "The provincial campaign against foreign songs has not let up since the spring, a source in Hyesan said.",
    ],
)
def test_crackdown_told_in_general_wordings(text: str) -> None:
    assert "crackdown" in _types(text)


@pytest.mark.parametrize(
    "text",
    [
        # (a campaign of planting trees is no crackdown, whatever its verb)
        "The youth league began planting trees along the river in April as part of a spring campaign.",
        # (a denied act stays denied: only a measure that has not eased goes on)
        "The police have not searched the house of the missing teacher, her brother said.",
    ],
)
def test_look_alikes_are_no_crackdown(text: str) -> None:
    types = _types(text)
    assert "crackdown" not in types and "search" not in types

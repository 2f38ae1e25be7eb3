"""Searches missed by kind (session 61): occasions of an ongoing search told apart from it
(joining.py `_occasions_apart`), searches told in a "where" clause of one particular place
(background.py `searched_at_a_particular_place`), and acts of searching the lexicon lacked
(triggers.json: sweeps of dwellings, things cut open, rooms "had checked", stores turned over,
floors dug up, kit checked)."""

from __future__ import annotations

from functools import partial

import pytest

import tessera
from events_helpers import extracted

_events = partial(extracted, published="2032-03-18")


def _searches(text: str) -> list[tessera.Event]:
    return [e for e in _events(text) if e.type == "search"]


def test_dated_occasion_of_an_ongoing_search_is_its_own_search() -> None:
    text = (
        "Police in Kimchaek have been going door to door since early February, searching homes "
        "for copper wire, a source said. Officers searched about 40 houses near the harbour on "
        "Saturday, the source said."
    )
    assert len(_searches(text)) == 2


def test_search_told_as_the_next_act_is_its_own_search() -> None:
    text = (
        "Security agents raided a flat in Tanchon last Monday and found two Chinese phones. "
        "Officers then searched six neighbouring flats and a shed behind the block."
    )
    assert len(_searches(text)) == 2


def test_search_told_again_by_its_noun_stays_one_search() -> None:
    text = (
        "Police in Kimchaek have been going door to door since early February, searching homes "
        "for copper wire, a source said. The searches are part of a campaign that the provincial "
        "committee announced at the end of January."
    )
    assert len(_searches(text)) == 1


def test_undated_restatement_stays_one_search() -> None:
    text = (
        "Police raided the home of a retired teacher in Hyesan on Tuesday, a source said. "
        "Officers searched every room for a radio."
    )
    assert len(_searches(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The police have set up two new posts on the road into Musan, where officers open bags "
        "and go through the phones of everyone coming from the river.",
        "The campaign has since reached Kapsan, where state security agents have raided the homes "
        "of four traders.",
    ],
)
def test_search_in_a_where_clause_of_a_particular_place(text: str) -> None:
    assert _searches(text)


def test_search_in_a_where_clause_of_any_such_place_is_background() -> None:
    text = "Returnees are often sent to camps where belongings are searched every week, the group said."
    assert not _searches(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials ordered a sweep of houses along the shore at Sinpo last week.",
        "A sweep of the workers' dormitories in Vladivostok in April turned up nine phones.",
        "The agents even cut open the pillows and the quilts of the family in Onsong, a relative said.",
        "The two drivers have had their rooms checked every night since the escape, a source said.",
        "State security agents turned over the pharmacy of the county hospital in Unsong on Friday.",
        "Police officers dug up the floor of his kitchen in Hoeryong looking for a radio.",
        "An inspection group from the provincial bureau checked the guards' kit for Chinese money.",
    ],
)
def test_search_told_by_an_act(text: str) -> None:
    assert _searches(text)


@pytest.mark.parametrize(
    "text",
    [
        "The broom swept clean, and a sweep of the yard took an hour.",
        "She had her hair cut short before the wedding in Hamhung.",
        "The farmers dug up the potatoes in their garden in October.",
        "The company turned over its stores to a new manager last year.",
    ],
)
def test_look_alikes_are_no_search(text: str) -> None:
    assert not _searches(text)

"""Penalties and returns that loom for the people a report tells of (events/status.py and the
trigger lexicon): a share of a told group with what lies ahead of it ("most will likely be sent
to camps", `_share_in_prospect`), people at risk of an act (`_at_risk_of`), an expectation or a
fear held now ("they expect to be banished"), and the words "refoulement", "a handover to the
North", "surrendered at a border post", "face ten years or more in a camp", "headed for a camp"."""

from __future__ import annotations

from functools import partial

import pytest

import tessera
from events_helpers import extracted

_events = partial(extracted, published="2031-05-20")


def _found(text: str, kind: str) -> list[tessera.Event]:
    return [e for e in _events(text) if e.type == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Yanji detained 14 North Koreans in April. After questioning, most will likely be sent "
        "to labour camps.",
        "About 70 people were sent back across the bridge at Namyang last week. Many are expected to be "
        "sent to re-education camps.",
        "Eleven workers were held at the county office. Two of them will face trial; everyone else is "
        "expected to get a term in a labour-training unit.",
    ],
)
def test_a_share_of_a_told_group_with_a_penalty_ahead_is_at_risk(text: str) -> None:
    found = _found(text, "punishment")
    assert [e.status for e in found] == ["at_risk"]


@pytest.mark.parametrize(
    "text",
    [
        # a rule told in the present, or of whoever fits, stays no event
        "North Koreans caught in China are usually sent back. Most are sent to labour camps.",
        "Anyone caught with a Chinese phone will be sent to a labour camp.",
    ],
)
def test_a_rule_for_a_share_or_for_anyone_stays_no_event(text: str) -> None:
    assert _found(text, "punishment") == []


def test_people_at_risk_of_a_penalty_are_at_risk() -> None:
    text = (
        "Five women were seized in a raid in Tumen in June. Those identified as Christians are at risk "
        "of being sent to political prison camps."
    )
    assert [e.status for e in _found(text, "punishment")] == ["at_risk"]


@pytest.mark.parametrize(
    "text",
    [
        "The two were detained by state security in May. They expect to be sent to a remote farm.",
        "Three traders were arrested in Hyesan last week. Their neighbours expect heavy sentences for all three.",
    ],
)
def test_an_expectation_held_now_is_no_habit(text: str) -> None:
    assert [e.status for e in _found(text, "punishment")] == ["at_risk"]


def test_a_fear_held_by_a_kind_of_people_stays_no_event() -> None:
    assert _found("Defectors fear being sent to prison camps.", "punishment") == []


def test_terms_of_years_or_more_faced_are_at_risk() -> None:
    text = "Two nurses were arrested in Kanggye on Monday. The nurses could face eight years or more in a kyohwaso."
    assert [e.status for e in _found(text, "punishment")] == ["at_risk"]


def test_headed_for_a_camp_only_as_a_fear() -> None:
    feared = "Her cousin, who was held with him, is feared to be headed for a political prison camp."
    assert [e.status for e in _found(feared, "punishment")] == ["at_risk"]
    # vehicles on their way are no one's penalty
    assert _found("The lorries headed for the prison camp were stopped at a checkpoint.", "punishment") == []


def test_refoulement_and_a_handover_to_the_north_are_returns() -> None:
    refoulement = "Lawyers said the six were at imminent risk of refoulement."
    assert [e.status for e in _found(refoulement, "repatriation")] == ["at_risk"]
    awaiting = (
        "Three loggers were caught in Hunchun in March. They are now held in a border jail, awaiting "
        "handover to the North."
    )
    assert [e.status for e in _found(awaiting, "repatriation")] == ["at_risk"]


def test_surrendered_at_a_border_post_is_a_return_but_surrendering_is_not() -> None:
    handed = "A North Korean cook was surrendered at the border crossing in Quanhe on Friday."
    assert [e.type for e in _events(handed)].count("repatriation") == 1
    # giving oneself up at a post is no return
    gave_up = "A North Korean soldier surrendered at a guard post on Friday."
    assert _found(gave_up, "repatriation") == []


def test_a_fine_ordered_on_particular_people_is_imposed() -> None:
    text = "He was held in Musan in March. A county court later ordered him to pay a fine of 300,000 won."
    assert [e.status for e in _found(text, "punishment")] == ["occurred"]
    # an order on a kind of people is a rule
    assert _found("The court ordered traders to pay fines if caught.", "punishment") == []


@pytest.mark.parametrize(
    "text",
    [
        "The agency urged all states to respect the principle of non-refoulement.",
        "Norway is bound by the prohibition of refoulement under the convention.",
    ],
)
def test_the_rule_against_refoulement_is_no_return(text: str) -> None:
    assert _found(text, "repatriation") == []


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The institute said it expects more public trials this year.", "punishment"),
        ("Some say the authorities fear a wave of defections after the floods.", "escape"),
    ],
)
def test_what_a_body_expects_or_fears_is_no_event(text: str, kind: str) -> None:
    assert _found(text, kind) == []

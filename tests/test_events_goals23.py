"""Events stage: goals told by an adverb of direction or a place of handover, and journeys told as
overtaken in the past; checks of "no event" narrowed to where they are right.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of

FOUND = [
    # a verb of flight with "south" as its goal
    ("A fisherman from Sinpo sailed south in a small wooden boat on Sunday night.", "escape"),
    ("The corporal is suspected of trying to go south, the source said.", "escape"),
    # a handing-over at a border crossing, or a return across or through one
    ("The seven women were handed over at the Namyang bridge on Thursday.", "repatriation"),
    ("Officials plan to hand the nine to Chinese police at the Mohan crossing.", "repatriation"),
    ("China returned about forty North Koreans across the Yalu River on Monday.", "repatriation"),
    ("The ministry will return the two sailors through Panmunjom next week.", "repatriation"),
    # workers abroad slipping away from a plant or from their minders
    ("Six North Korean workers slipped out of a fish processing plant near Hunchun on Friday.", "escape"),
    ("Two waitresses slipped away from their minders in Dandong last month.", "escape"),
    # shots fired toward people
    ("Guards fired several shots toward the woman as she waded into the river.", "violence"),
    # a restriction told of whoever moves is the rule in force
    (
        "Since May, anyone entering the riverside districts needs a travel permit from the police.",
        "movement_restriction",
    ),
    # "the first such crossing" counts acts; it is no place of a kind
    (
        "A soldier defected to the South across the border on Friday, the first such crossing this year.",
        "escape",
    ),
    # a conjunct with its own subject is not covered by the first verb's "regularly"
    (
        "She said she had been beaten regularly by her employer, and that she was detained in a raid in May.",
        "arrest",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), FOUND, ids=[t[:40] for t, _ in FOUND])
def test_found(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


NOT_FOUND = [
    # "south of" places, it names no goal
    ("The patrol came about thirty metres south of the line before turning back.", "escape"),
    # a handover to the authorities of a country of refuge is no return
    ("The group was handed to Thai immigration officers at the border crossing.", "repatriation"),
    # a place of a kind
    ("Former inmates described beatings in such facilities.", "violence"),
]


@pytest.mark.parametrize(("text", "event_type"), NOT_FOUND, ids=[t[:40] for t, _ in NOT_FOUND])
def test_not_found(text: str, event_type: str) -> None:
    assert event_type not in types_of(text)


OVERTAKEN = [
    "Police detained the five as the group was about to board a bus toward the Lao border.",
    "Officials learned last month that a crew from the cooperative was planning to sail to the South.",
]


@pytest.mark.parametrize("text", OVERTAKEN, ids=[t[:40] for t in OVERTAKEN])
def test_journey_overtaken_in_the_past_was_attempted(text: str) -> None:
    flights = [e for e in events_of(text) if e.type == "escape"]
    assert flights and all(e.status == "attempted" for e in flights)


def test_journey_about_to_begin_now_is_no_attempt() -> None:
    flights = [e for e in events_of("The family is about to leave for the capital.") if e.type == "escape"]
    assert not flights


def test_participle_of_manner_is_the_same_act() -> None:
    text = "China sent thirty North Koreans back across the river in May, handing them over at the bridge."
    assert [e.type for e in events_of(text)].count("repatriation") == 1


def test_return_joined_to_the_wish_to_go_back_is_no_forced_return() -> None:
    text = (
        "The two sailors had said all along that they wanted to return, and they were handed over "
        "at sea near the maritime border, the ministry said."
    )
    assert "repatriation" not in types_of(text)


def test_gerund_whose_start_is_told_is_the_act() -> None:
    text = "The men were led to the county lock-up, where questioning about their time abroad began that evening."
    assert "interrogation" in types_of(text)


def test_gerund_as_a_topic_is_no_event() -> None:
    assert not types_of("Leaving the country without a permit is punishable by prison.")


def test_act_told_again_in_its_when_clause_is_one_act() -> None:
    text = "A soldier who ran across the border on Monday was hit in the arm when guards fired six rounds at him."
    assert [e.type for e in events_of(text)].count("violence") == 1


CAMPAIGNS_BESIDE_THEIR_ACTS = [
    "The searches follow a campaign against unregistered lodgers that city police launched in April.",
    "Authorities have stepped up a crackdown on foreign films in the city, with patrols checking phones.",
]


@pytest.mark.parametrize(
    "text", CAMPAIGNS_BESIDE_THEIR_ACTS, ids=[t[:40] for t in CAMPAIGNS_BESIDE_THEIR_ACTS]
)
def test_campaign_named_by_its_target_stays_beside_its_acts(text: str) -> None:
    assert "crackdown" in types_of(text)


def test_controls_on_travel_tightened_are_the_restriction_not_a_campaign() -> None:
    types = types_of("Authorities have tightened controls on travel to the border counties this month.")
    assert "crackdown" not in types


def test_effort_to_ensure_people_are_not_sent_back_means_the_return_looms() -> None:
    text = "The nine are held in Vientiane, and Seoul is working to ensure they are not sent back to China."
    returns = [e for e in events_of(text) if e.type == "repatriation"]
    assert returns and returns[0].status == "at_risk"

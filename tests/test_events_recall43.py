"""Events stage (session 43, missed events): a penalty looming for people picked out by what they
did, guards posted along a frontier, roads closed by an authority, and workers recalled from abroad.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of, types_of


def _statuses(text: str, event_type: str) -> list[str]:
    return [e.status for e in events_of(text) if e.type == event_type]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "About 50 women were sent back from China last week. Those who had contact with "
            "missionaries will be sent to a political prison camp, the source said.",
            "punishment",
        ),
        (
            "Thirty returnees are being screened in Hoeryong. Those found to have met South "
            "Koreans risk being sent to a political prison camp.",
            "punishment",
        ),
    ],
)
def test_penalty_looming_for_people_picked_out_by_a_past_act(text: str, event_type: str) -> None:
    assert _statuses(text, event_type) == ["at_risk"]


def test_penalty_for_whoever_does_something_is_a_rule() -> None:
    assert "punishment" not in types_of("Those who cross the river illegally will be sent to a prison camp.")


@pytest.mark.parametrize(
    "text",
    [
        "The county has posted extra guards along the riverbank near the mine since June.",
        "Border troops have erected new guard posts along the coast of South Hwanghae this month.",
        "State security officers sealed the roads out of Hamhung on Tuesday.",
        "Police have closed the town's road entrances to traders from other counties.",
        "The bridge has been closed to anyone without a stamped pass since the start of the month.",
    ],
)
def test_restriction_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Heavy snow blocked the roads into the town for a week.",
        "Soldiers stationed along the river often trade with smugglers.",
    ],
)
def test_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea has recalled about thirty workers from a sawmill near Khabarovsk this month.",
    ],
)
def test_recall_from_abroad_is_a_return(text: str) -> None:
    assert "repatriation" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "She recalled how workers from her village were sent to Russia.",
        "Pyongyang recalled its ambassador from the capital in 2017.",
        "Their manager was summoned home days later and has not been seen since.",
    ],
)
def test_recall_that_returns_no_one(text: str) -> None:
    assert "repatriation" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The couple vanished in March, and police believe they went to China.",
        "Neighbours believe the two brothers have reached China.",
        "Officials suspect the fishermen may have headed for South Korea.",
    ],
)
def test_journey_believed_is_a_suspected_flight(text: str) -> None:
    assert "suspected" in _statuses(text, "escape")


@pytest.mark.parametrize(
    "text",
    [
        "He went to China in 2019 to buy goods.",
        "Officials believe the delegation went to China for talks.",
    ],
)
def test_journey_not_believed_is_no_flight(text: str) -> None:
    assert "escape" not in types_of(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Fortune-tellers in Musan have gone quiet since provincial police opened a 100-day drive "
            "against superstition in early March, traders say.",
            "crackdown",
        ),
        (
            "Guards have shot dead two men since the regime issued a shoot-on-sight order for the "
            "riverbanks in early May.",
            "movement_restriction",
        ),
    ],
)
def test_measure_launched_in_a_since_clause_is_news(text: str, event_type: str) -> None:
    assert event_type in types_of(text)


def test_measure_in_a_since_clause_that_dates_another_event_is_background() -> None:
    text = "These were the first repatriations since the two countries closed their border."
    assert "movement_restriction" not in types_of(text)


def test_measure_beginning_in_a_since_clause_dates_what_follows() -> None:
    text = (
        "State security has launched a crackdown on Chinese phones in Musan. At least five people "
        "have been arrested since the campaign began in late March."
    )
    crackdowns = [e for e in events_of(text) if e.type == "crackdown"]
    assert len(crackdowns) == 1
    assert all("late March" not in span.text for span in crackdowns[0].evidence)

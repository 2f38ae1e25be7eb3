"""Events stage (fp46): general truths told in a reported clause.

A bare plural as subject of a simple present states what happens as a rule ("people without
papers are sent home"); when a reporting verb carries the statement ("… ," he said; "residents
say …, and …"), the rule reads the reported clause, not the reporting verb. Counted or named
people, a past tense and a new measure ("are now sent") stay events.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of

GENERAL = [
    '"Korean-speaking women with no identity card are taken off the bus straight away," the driver said.',
    '"Thousands of conscripts are beaten every year and nobody is punished for it," the spokesperson added.',
    "Residents say the police have been checking travel permits at every bus stop since May, and people "
    "without papers are sent home.",
    "Defectors are sent back to North Korea by China, activists say.",
]


@pytest.mark.parametrize("text", GENERAL)
def test_reported_general_truth_is_no_event(text: str) -> None:
    types = [e.type for e in events_of(text)]
    assert not {"arrest", "violence", "repatriation"} & set(types)


TOLD = [
    ('"Two women are held in the cells at the station," he said.', "arrest"),
    ("Residents say the police arrested three traders in the market on Monday.", "arrest"),
    ('"Smugglers caught at the river are now sent to a labour camp," a source said.', "punishment"),
    ("The source said that the women were sent back to North Korea on Friday.", "repatriation"),
]


@pytest.mark.parametrize(("text", "event_type"), TOLD)
def test_reported_particular_acts_stay_events(text: str, event_type: str) -> None:
    assert event_type in [e.type for e in events_of(text)]


FORESEEN_OR_NOW = [
    (
        "Guards who cannot explain the loss are expected to be sent to a labour camp, a source said.",
        "punishment",
    ),
    ("Officials are expected to hand the three fishermen back within days, a diplomat said.", "repatriation"),
]


@pytest.mark.parametrize(("text", "event_type"), FORESEEN_OR_NOW)
def test_reported_forecast_is_kept(text: str, event_type: str) -> None:
    assert event_type in [e.type for e in events_of(text)]

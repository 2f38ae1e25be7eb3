"""Events stage: a verb of moving people takes its type from its goal, and a hunt that is the
purpose of a squad formed for it is a crackdown.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from tessera.events import find_events
from tessera.language import analyse
from tessera.model import Document, Event


def events_of(text: str) -> list[Event]:
    return find_events(analyse(Document(id="t", text=text, published="2024-06-01")))


def types_of(text: str) -> list[str]:
    return [e.type for e in events_of(text)]


TYPED_BY_GOAL = [
    # a place of custody: an arrest
    ("Three traders were taken to the county State Security department after the market closed.", "arrest"),
    ("The couple were driven straight from the station to a detention centre in the town.", "arrest"),
    ("Chinese police took custody of the group at the bus station.", "arrest"),
    # a camp, a prison or a remote village: a punishment
    ("The family was later driven to a remote mining village in the north of the province.", "punishment"),
    ("After the trial the pair were transported to a prison camp in the mountains.", "punishment"),
    # the border for a handover, North Korea from abroad: a repatriation
    ("The five workers could be transferred to the border for handover next month.", "repatriation"),
    ("The sailor was put on a plane to North Korea a week later.", "repatriation"),
    ("The two workers were put on a flight to Pyongyang via Vladivostok.", "repatriation"),
]


@pytest.mark.parametrize(("text", "event_type"), TYPED_BY_GOAL, ids=[t[:40] for t, _ in TYPED_BY_GOAL])
def test_goal_decides_the_type(text: str, event_type: str) -> None:
    assert event_type in types_of(text), types_of(text)


NO_EVENT = [
    "Once back in the North, the two women will be handed to the state security department.",
    "Troops were sent to the border in March.",
    "The injured children were taken to a hospital in the city.",
    "The new bridge will carry goods to the border market.",
]


@pytest.mark.parametrize("text", NO_EVENT, ids=[t[:40] for t in NO_EVENT])
def test_goal_outside_the_classes_is_no_event(text: str) -> None:
    assert not {"arrest", "punishment", "repatriation"} & set(types_of(text)), types_of(text)


def test_hunt_of_a_squad_for_a_kind_is_a_crackdown() -> None:
    text = "Last month the ministry set up a special squad in Wonsan to hunt down illegal phone users."
    assert "crackdown" in types_of(text) and "search" not in types_of(text), types_of(text)
    text = "The party formed inspection teams to hunt for foreign films among students."
    assert "crackdown" in types_of(text), types_of(text)


def test_hunt_of_a_squad_for_particular_people_stays_a_search() -> None:
    text = "Police sent a unit to hunt down the three escaped soldiers."
    assert "search" in types_of(text) and "crackdown" not in types_of(text), types_of(text)


def test_coming_under_fire_from_armed_men_is_violence() -> None:
    assert "violence" in types_of(
        "A soldier came under fire from guards of his own unit as he crossed the line."
    )
    assert "violence" not in types_of("The minister came under fire from critics over the plan.")


def test_someone_brought_in_anew_is_another_event() -> None:
    text = (
        "In early May a man was executed in Kanggye for selling films. In mid-May a man was shot "
        "by border guards while trying to cross the Yalu near Manpo."
    )
    assert {"execution", "violence"} <= set(types_of(text)), types_of(text)
    told_again = "Five women were executed in Hyesan on Monday. The five women were shot in front of a crowd."
    assert types_of(told_again).count("execution") == 1 and "violence" not in types_of(told_again)


def test_campaign_launched_is_a_crackdown_told_first() -> None:
    text = (
        "Police in Kanggye detained nine people for selling cigarettes, as part of a campaign "
        "against private tobacco sales launched in the city in March."
    )
    assert "crackdown" in types_of(text), types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A crackdown on foreign films has brought night-time house searches to the district this month.",
        "Since then, agents have been going house to house checking phones, part of a crackdown on illegal calls.",
    ],
)
def test_campaign_with_its_target_is_told_beside_its_searches(text: str) -> None:
    assert {"crackdown", "search"} <= set(types_of(text)), types_of(text)


BANISHED = [
    # an inland or mining area as the goal: a banishment, a punishment
    "Households with relatives abroad will be moved to inland areas of the province before winter.",
    "Four of the clerks were sent with their families to a mining district in the east.",
]


@pytest.mark.parametrize("text", BANISHED, ids=[t[:40] for t in BANISHED])
def test_banishment_to_an_inland_or_mining_area_is_a_punishment(text: str) -> None:
    assert "punishment" in types_of(text)


def test_goal_read_as_an_infinitive_still_types_the_verb() -> None:
    # (the parser reads "to inland" as an infinitive with "areas" as its object)
    assert "punishment" in types_of("The families will be moved to inland areas by the spring.")


def test_purpose_after_to_is_no_goal() -> None:
    assert "punishment" not in types_of("The students were sent to help with the harvest in May.")

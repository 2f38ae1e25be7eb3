"""Events stage: false alarms by kind, seen in the unseen-style sets of many writers (session 30).

A shooting told with a judgment is an execution; a search told by the goods it is after is a
campaign; "tried" of a policy is no trial; a border closure named as the setting of other acts is
no measure of its own; an act of which the sentence says there is none is denied; a raid that is
the manner of an arrest is no search of its own; a flight that sorts a class of people is no
flight told; a death and the beating that caused it are one act.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of, types_of


@pytest.mark.parametrize(
    "text",
    [
        "The judge read the verdicts in under an hour: death for the factory manager, who was shot on "
        "the spot, and ten years in a camp for the others.",
        "A captain who commanded a platoon on the river was shot immediately after the verdict was read.",
        "Last month a young man was shot in front of his neighbours in Kilju for the crime of selling "
        "foreign films.",
        "A former guard said he saw about ten prisoners shot at a quarry near the camp in the 1990s, "
        "without any announcement or trial.",
    ],
)
def test_shooting_told_with_a_judgment_is_an_execution(text: str) -> None:
    found = types_of(text)
    assert "execution" in found and "violence" not in found


def test_shooting_by_one_later_judged_stays_violence() -> None:
    found = types_of("The guard who shot a man on the river last year was sentenced to ten years.")
    assert "violence" in found and "execution" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The inspection team sent from the capital in May is still hunting for foreign videos, a source said.",
        "Since the start of the month the bureau has also stepped up its hunt for smuggled phones.",
        "In March a joint task force launched a sweeping inspection campaign against Chinese phones in the "
        "province.",
    ],
)
def test_search_for_a_kind_of_goods_is_a_crackdown(text: str) -> None:
    found = types_of(text)
    assert "crackdown" in found and "search" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police in Musan are hunting for four members of a family who vanished last week.",
        "Their rooms have been searched for mobile phones.",
        "Agents searched homes across Kanggye last month in a hunt for smuggled medicine.",
        "Inspection teams raided homes at night at the end of last month, searching for foreign videos.",
        "In Kilju, house-to-house searches for illegal phones and foreign videos resumed last week.",
        "Members of Group 9, the joint unit that hunts for foreign media, raided an apartment block in "
        "Kilju on the night of the 3rd.",
    ],
)
def test_search_of_people_or_places_stays_a_search(text: str) -> None:
    found = types_of(text)
    assert "search" in found and "crackdown" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Quiet diplomacy has been tried for thirty years, and it has not worked.",
        "The shops, first tried in the capital and two provincial towns, sell grain at fixed prices.",
    ],
)
def test_a_policy_tried_is_no_trial(text: str) -> None:
    assert "punishment" not in types_of(text)


def test_people_tried_are_punished() -> None:
    assert "punishment" in types_of("Four officials were tried in secret last month.")


@pytest.mark.parametrize(
    "text",
    [
        "The campaign is aimed at the trade in scrap metal that carried on despite the border closure.",
        "A rights group said it had recorded nine executions linked to the border closure, most of them "
        "for smuggling.",
        "Interviewees said the authorities kept tightening their grip on information throughout the "
        "border closure.",
    ],
)
def test_border_closure_as_a_setting_is_no_measure(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "North Korea sealed its border in January 2020.",
        "The family managed to flee despite increased border controls during the week before the holiday.",
    ],
)
def test_measure_told_with_its_own_time_is_a_measure(text: str) -> None:
    assert "movement_restriction" in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "The intelligence agency said on Monday it had found no evidence to support a report that the "
        "North had executed a group of officers.",
        "Elsewhere, our monitors recorded no confirmed cases of forced repatriation from Russia during "
        "the month.",
        "The officer in charge of the cell has since been moved to another post but faces no charges.",
        "A spokesman told state media that not a single person in the country had been punished for "
        "his faith.",
        "Ten years after the inquiry, not one official has been held to account.",
    ],
)
def test_act_of_which_there_is_none_is_denied(text: str) -> None:
    assert types_of(text) == set()


def test_reason_refused_for_an_arrest_still_tells_it() -> None:
    assert "arrest" in types_of("The guards gave no reason for the arrest of the two women on Monday.")


@pytest.mark.parametrize(
    "text",
    [
        "Five women who were arrested in a police raid in Yanji in May were handed over last week.",
        "The group had been held for months after being caught in separate raids across the prefecture.",
        "They were taken from the apartment in an early-morning raid and are held at a detention centre.",
    ],
)
def test_raid_as_the_manner_of_an_arrest_is_no_search(text: str) -> None:
    found = types_of(text)
    assert "arrest" in found and "search" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a flat in Yanji and detained four women.",
        "Thai police said they had detained 40 people in a raid on a house in a Bangkok suburb.",
    ],
)
def test_raid_of_a_place_is_a_search(text: str) -> None:
    assert {"search", "arrest"} <= types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Those found to have tried to reach South Korea face long terms in political prison camps, the "
        "source said.",
        "Those found to have attempted to reach the South are expected to be sent to political prison "
        "camps, the source said.",
        "The returnees were separated on arrival, and those suspected of attempting to reach South Korea "
        "were moved to the provincial detention centre.",
        "Almost all are questioned for weeks, and people who met missionaries or tried to reach South Korea "
        "have ended up in political prison camps.",
    ],
)
def test_flight_that_sorts_a_class_is_no_flight(text: str) -> None:
    assert "escape" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "Her daughter was found to have reached South Korea in 2019.",
        "He is suspected of trying to go south.",
        '"Everyone assumes the family is already in China, but no one dares to say it," the source said.',
    ],
)
def test_flight_of_particular_people_found_or_suspected_is_told(text: str) -> None:
    assert "escape" in types_of(text)


def test_death_and_the_beating_that_caused_it_are_one_act() -> None:
    text = "A teenager held by police in Hoeryong for watching a foreign drama died last week after officers beat him."
    assert type_list_of(text).count("violence") == 1


@pytest.mark.parametrize(
    "text",
    [
        "The countries along the route know who is passing through; what is missing is the political will "
        "to let them pass.",
        "The woman was questioned for two days over a sum of money missing from the shared fund.",
        "The author traces how the community shrank until open worship had all but vanished by the 1960s.",
        "Food had been disappearing from his storehouse for weeks.",
    ],
)
def test_a_thing_gone_is_no_disappearance(text: str) -> None:
    assert "disappearance" not in types_of(text)


@pytest.mark.parametrize(
    "text",
    [
        "A fishing boat with six crewmen from Sinpo has been missing since May 3.",
        "The crew vanished after the storm on May 3.",
        "A vice director of the propaganda department had not been seen in public since February.",
        "Police are looking for two women from Kimchaek city who have been missing since the spring.",
        "None of them has been seen since.",
    ],
)
def test_people_or_their_boat_gone_is_a_disappearance(text: str) -> None:
    assert "disappearance" in types_of(text)

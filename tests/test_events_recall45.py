"""Events stage (session 45, missed events): people called in, people pulled off a vehicle, an act told with its own setting that describes the
people charged, a present perfect under "after", every household checked, and a year in a camp.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import events_of_type, types_of, victim_counts


@pytest.mark.parametrize(
    "text",
    [
        "Last month the county police called in the teacher and her husband.",
        "State Security in Hoeryong has started calling in the parents of students who went to "
        "China, a resident said.",
    ],
)
def test_people_called_in_are_questioned(text: str) -> None:
    found = events_of_type(text, "interrogation")
    assert len(found) == 1 and found[0].victims is not None


def test_calling_in_sick_is_no_questioning() -> None:
    assert "interrogation" not in types_of("The clerk called in sick on Monday.")


def test_a_place_after_in_is_still_no_victim() -> None:
    assert victim_counts("Police detained three traders in the station square in Musan.", "arrest") == [3]


def test_those_arrested_before_are_no_new_arrest_in_a_charge() -> None:
    text = (
        "Police arrested four traders in Hyesan on 3 May. Those arrested have been charged with "
        "smuggling, a source said."
    )
    assert len(events_of_type(text, "arrest")) == 1


# An act told of the subject of a charge says who was charged, not what the charge is.
@pytest.mark.parametrize(
    "text",
    [
        "Two Korean-Chinese drivers detained in Hunchun in late March have been charged with "
        "smuggling, their employer said.",
        "The cashier, who had been arrested in April on charges of selling state rice, was convicted "
        "on Tuesday.",
    ],
)
def test_an_act_describing_those_charged_is_told(text: str) -> None:
    assert len(events_of_type(text, "arrest")) == 1


def test_the_content_of_a_charge_is_still_no_event() -> None:
    assert "escape" not in types_of("The broker was sentenced on charges of arranging defections.")


def test_a_present_perfect_under_after_is_told() -> None:
    text = (
        "A miner who was sent back from China after a failed attempt to reach Laos has been sentenced "
        "to six years of reform through labour, a source said."
    )
    assert len(events_of_type(text, "punishment")) == 1


def test_a_rule_in_the_present_under_when_stays_a_rule() -> None:
    assert "punishment" not in types_of("When a logger escapes, his team leaders are summoned and punished.")


def test_every_household_is_checked() -> None:
    text = "Neighbourhood unit heads in Hyesan have begun checking every household for Chinese phones."
    assert "search" in types_of(text)


def test_a_year_in_a_camp_looms() -> None:
    text = "The two brothers were detained in May. They face at least a year in a labour camp."
    assert [e.status for e in events_of_type(text, "punishment")] == ["at_risk"]


@pytest.mark.parametrize(
    "text",
    [
        "Railway police pulled about 15 traders off the Hamhung express on 3 May.",
        "Two women travelling on forged papers were pulled from a minibus near Mengla on Friday.",
        "Last month a man from Musan and his daughter were pulled out of a rented flat in Yanji by "
        "Chinese police.",
    ],
)
def test_people_pulled_off_a_vehicle_or_out_of_a_room_by_an_authority_are_arrested(text: str) -> None:
    assert len(events_of_type(text, "arrest")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Two fishermen were pulled from the sea by a navy boat.",
        "The driver pulled his lorry off the road to rest.",
        "The harvest campaigns pull pupils out of classes for weeks.",
    ],
)
def test_pulling_from_the_sea_or_off_a_road_is_no_arrest(text: str) -> None:
    assert "arrest" not in types_of(text)

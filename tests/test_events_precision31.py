"""Events stage: false alarms by kind, seen in the sets of many writers (session 31).

An act in the simple present of a clause that describes or times by it, under a clause that
states a rule, is the rule; questioning by legislators is a hearing and a summons home a recall,
neither an interrogation; a total of arrivals over a year is a statistic.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of, types_of


@pytest.mark.parametrize(
    "text",
    [
        "Girls who are sent back face months in a holding centre, aid workers say.",
        "How long they are held depends on what happens after they are returned.",
        "Nobody can say what happens to the workers after they are sent home.",
        "Former soldiers are punished harshly if they are sent back, the lawyer said.",
        "The province lists migrants it detains as illegal workers.",
    ],
)
def test_act_in_a_present_clause_under_a_rule_is_no_event(text: str) -> None:
    found = types_of(text)
    assert not {"repatriation", "arrest"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Aid workers say that the girls who were sent back last week face months in a holding centre.",
        "If the nine are sent back, they will face months in a holding centre, the lawyer said.",
        "The two women, who were detained in Yanji on Monday, face deportation.",
    ],
)
def test_act_told_in_the_past_or_looming_stays(text: str) -> None:
    found = types_of(text)
    assert {"repatriation", "arrest"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "Lawmakers questioned the minister on Monday about the cut in funding for shelters.",
        "Members of the National Assembly's committee questioned ministry officials about the missing pastor.",
        "Experts on the UN committee questioned the delegation about reports of child labour.",
    ],
)
def test_questioning_by_overseers_is_a_hearing(text: str) -> None:
    assert "interrogation" not in types_of(text)


def test_questioning_by_security_officers_stays_an_interrogation() -> None:
    found = types_of("State security officers questioned the factory manager for three days last week.")
    assert "interrogation" in found


@pytest.mark.parametrize(
    "text",
    [
        "The consul, a man from Kaesong, was summoned home two weeks later and has not been seen since.",
        "The regime summoned home all the students it had sent to Moscow in March.",
    ],
)
def test_summons_home_is_a_recall(text: str) -> None:
    assert "interrogation" not in types_of(text)


def test_summons_to_the_security_office_stays_an_interrogation() -> None:
    found = types_of("The woman's brother was summoned to the county security office on Friday.")
    assert "interrogation" in found


def test_residents_summoned_to_a_public_trial_are_its_audience() -> None:
    found = types_of(
        "About 300 residents of Kilju were summoned to a public trial at the market square on Monday."
    )
    assert "interrogation" not in found


def test_total_of_arrivals_over_a_year_is_a_statistic() -> None:
    found = types_of(
        "A total of 196 North Korean defectors arrived in South Korea last year, up from 175 the year "
        "before, the ministry said."
    )
    assert "escape" not in found


def test_group_counted_exactly_in_a_week_stays_a_flight() -> None:
    found = types_of("Eleven North Korean defectors arrived in South Korea last week, the ministry said.")
    assert "escape" in found


@pytest.mark.parametrize(
    "text",
    [
        "Eighty women were sent back across the bridge at Namyang in May. A girl who was returned with "
        "the group was placed in an orphanage, the source said.",
        "She was sent back through Sinuiju in March with 20 others. A woman in the next cell, who had "
        "been returned with her, died in June after guards beat her.",
    ],
)
def test_one_of_a_company_told_is_no_second_event(text: str) -> None:
    assert type_list_of(text).count("repatriation") == 1


def test_one_with_a_return_of_their_own_stays() -> None:
    text = (
        "Eighty women were sent back across the bridge at Namyang in May. A girl who was returned "
        "from Shenyang in March was placed in an orphanage, the source said."
    )
    assert type_list_of(text).count("repatriation") == 2


@pytest.mark.parametrize(
    "text",
    [
        "The two students were held at the police station for a night and released after writing self-criticisms.",
        "His parents were called to the neighbourhood office and made to write self-criticisms, a source said.",
    ],
)
def test_self_criticism_written_is_no_penalty(text: str) -> None:
    assert "punishment" not in types_of(text)


def test_self_criticism_read_out_in_public_stays_a_penalty() -> None:
    found = types_of(
        "The two students were forced to read out self-criticisms before the whole school on Monday."
    )
    assert "punishment" in found


@pytest.mark.parametrize(
    "text",
    [
        "We have learned that the six were transferred to the Tumen detention centre last week.",
        "The two women are expected to be transferred to a border detention centre within weeks.",
    ],
)
def test_transfer_to_a_detention_centre_is_no_arrest(text: str) -> None:
    assert "arrest" not in types_of(text)


def test_taken_to_a_detention_centre_stays_an_arrest() -> None:
    found = types_of("Police took the six to the Tumen detention centre last week.")
    assert "arrest" in found


@pytest.mark.parametrize(
    "text",
    [
        "Trade dried up because the border closure cut the main routes, traders said.",
        "Arrivals fell below 200 during those years, when both countries sealed their borders, and have not recovered.",
        "The ministry counted 70 arrivals, attributing the drop to Pyongyang's border closure.",
    ],
)
def test_restriction_told_as_a_cause_or_time_is_no_measure(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


def test_restriction_dated_in_its_time_clause_stays() -> None:
    found = types_of(
        "When the North sealed its border in January 2020, traders in the river towns lost their income."
    )
    assert "movement_restriction" in found


def test_restriction_in_an_as_clause_stays() -> None:
    # "as" as often tells what goes on alongside: the measure is news
    found = types_of(
        "The crossing comes as North Korea continues to build walls and lay mines along the border."
    )
    assert "movement_restriction" in found

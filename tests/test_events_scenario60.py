"""Looming acts that no report tells (session 60): talk of what may come, and imagined scenarios.

An act read as looming (at_risk) that only rumour tells ("rumours are spreading that the families
will be banished") is talk, no event; nor is what a main clause foresees after an act its "if"
clause only imagines ("if she wades across the river, the guards might shoot"). The look-alikes
stay: an act feared by people or planned by an authority, and a threat whose condition is the
people's being found, caught or sent on. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of, events_of_type, types_of


def test_rumour_of_a_coming_banishment_is_no_event() -> None:
    text = (
        "Rumours have been spreading in Musan this week that relatives of people who fled through "
        "Mongolia will be banished to farms in the hills, traders say."
    )
    assert events_of_type(text, "punishment") == []


def test_rumour_told_in_apposition_or_after_there_is_no_event() -> None:
    sealed = "Another rumour, that Musan's river districts will be sealed to visitors from March, seems to have begun with a misread notice."
    assert events_of_type(sealed, "movement_restriction") == []
    closed = "There has been a rumour in Chagang this year that the county hospital will be closed and its patients sent home."
    assert events_of_type(closed, "repatriation") == []


def test_feared_or_planned_fate_still_looms() -> None:
    feared = "Residents fear that the five detained smugglers will be sent to a labour camp, a source said."
    assert [e.status for e in events_of_type(feared, "punishment")] == ["at_risk"]
    planned = (
        "Police say the three women caught in Tumen last week will be sent back to North Korea within days."
    )
    assert [e.status for e in events_of_type(planned, "repatriation")] == ["at_risk"]


def test_shooting_after_an_imagined_crossing_is_no_event() -> None:
    assert "violence" not in types_of("If she wades across the river on her own, the guards might shoot.")


def test_every_clause_after_an_opening_condition_is_a_scenario() -> None:
    text = (
        "If a neighbour hears the prayers and tells the bureau, she could be taken in for questioning, "
        "her flat could be searched and she could spend a year in a labour camp."
    )
    assert events_of(text) == []


def test_condition_of_a_natural_turn_is_a_scenario() -> None:
    text = "If the storms come back, the authorities could again seal off the villages and restrict movement."
    assert events_of_type(text, "movement_restriction") == []


def test_threat_on_being_found_or_caught_still_looms() -> None:
    found = "If they are found by Chinese police, the six will almost certainly be sent back to North Korea."
    assert [e.status for e in events_of_type(found, "repatriation")] == ["at_risk"]
    caught = "If they are caught, the two women could be sent back within weeks."
    assert [e.status for e in events_of_type(caught, "repatriation")] == ["at_risk"]
    concluded = "If investigators conclude that he tried to reach the South, he could be sent to a kyohwaso."
    assert [e.status for e in events_of_type(concluded, "punishment")] == ["at_risk"]


def test_threat_after_a_handover_still_looms() -> None:
    text = "If Vietnam hands the four to the Chinese, they will end up in North Korean prison camps, he said."
    assert [e.status for e in events_of_type(text, "punishment")] == ["at_risk"]


def test_harm_in_any_such_country_is_no_event() -> None:
    text = "Under international law, nobody may be sent back to a country where they face torture."
    assert events_of_type(text, "violence") == []


def test_harm_where_the_people_are_sent_still_looms() -> None:
    held = (
        "All eight were handed to the county security department, where they face questioning about the trip."
    )
    assert [e.status for e in events_of_type(held, "interrogation")] == ["at_risk"]
    sent = (
        "The woman is held at a detention centre in Dandong and is in imminent danger of being "
        "handed over to North Korea, where she faces torture."
    )
    assert [e.status for e in events_of_type(sent, "violence")] == ["at_risk"]


def test_threat_unless_help_comes_still_looms() -> None:
    text = (
        "Thai police detained six North Koreans near the river on Sunday. The group is at risk of "
        "being sent back to Laos if Seoul does not intervene quickly."
    )
    assert [e.status for e in events_of_type(text, "repatriation")] == ["at_risk"]


def test_threat_on_a_verdict_still_looms() -> None:
    text = "Two brokers went on trial in Yanji on Monday. If convicted, they could be sent to prison for ten years."
    assert "at_risk" in [e.status for e in events_of_type(text, "punishment")]

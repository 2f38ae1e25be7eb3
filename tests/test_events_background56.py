"""Events stage (background56): acts named only in passing beside the news are no events.

- a discharge or a lost job told in a relative clause describing a person, or in a "since"
  clause, with no cause and no other sanction, is the person's history, not a punishment;
- an act told as what a law, a rule or a figure is or may be "used to" do is a use feared or
  alleged of the instrument;
- "smuggled out" names a flight only when what is smuggled is people;
- a return to a unit, a post or to work moves people within the country;
- the tracing of calls named as what came before an arrest or a flight is a step of that act,
  no campaign of its own;
- in a printed interview, the interviewer's line telling the guest ("you") what he did is a
  prompt, not news;
- a restriction told inside a "since" clause dated by a year or by the pandemic is the start of
  the state described, not news of a measure.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import type_list_of


def test_discharge_describing_a_former_soldier_is_no_punishment() -> None:
    text = (
        "A former soldier who had been discharged from a rocket unit this spring waded across "
        "the Yalu near Manpo on the night of June 3, a source said."
    )
    assert type_list_of(text) == ["escape"]


def test_lost_job_as_a_person_s_history_is_no_punishment() -> None:
    text = (
        "Police said the suspect, who had lost his job at a shipyard in Ulsan in the winter, had "
        "sent money to his sister in the North."
    )
    assert "punishment" not in type_list_of(text)


def test_lost_job_dating_a_hardship_is_no_punishment() -> None:
    text = "Neighbours say the couple had gone hungry since the wife lost her job at a brickworks in 2022."
    assert "punishment" not in type_list_of(text)


def test_discharge_told_with_its_cause_is_still_a_punishment() -> None:
    text = "Her brother, a border guard, was discharged from the army after the incident, the source said."
    assert type_list_of(text) == ["punishment"]


def test_lost_job_with_its_cause_is_still_a_punishment() -> None:
    text = "A teacher who lost her job at a middle school after her son fled to China was questioned twice."
    assert "punishment" in type_list_of(text)


def test_act_a_law_could_be_used_for_is_no_event() -> None:
    text = "Lawyers say the new decree could be used to send the relatives of deserters to remote farms."
    assert type_list_of(text) == []


def test_killing_a_rule_could_justify_is_no_event() -> None:
    text = (
        "Analysts said the vague wording of the order could be used to justify shooting farmers "
        "who wander near the fence."
    )
    assert "violence" not in type_list_of(text)


def test_things_smuggled_out_are_no_flight() -> None:
    text = "The manuscripts were smuggled out through Hyesan in a sack of dried fish, the source said."
    assert type_list_of(text) == []


def test_people_smuggled_out_are_still_a_flight() -> None:
    text = "Three teenagers were smuggled out of North Korea in March, a pastor said."
    assert type_list_of(text) == ["escape"]


def test_return_to_a_unit_is_no_repatriation() -> None:
    text = "The two runaway conscripts have been sent back to their units, the source said."
    assert "repatriation" not in type_list_of(text)


def test_return_to_work_is_no_repatriation() -> None:
    text = "Two of the fishermen have since been released and sent back to work."
    assert "repatriation" not in type_list_of(text)


def test_tracing_calls_before_an_arrest_is_no_crackdown() -> None:
    text = (
        "Four traders in Musan were arrested on Tuesday after a radio-detection unit traced their "
        "calls to Changbai, a source said."
    )
    assert type_list_of(text) == ["arrest"]


def test_tracing_calls_as_a_campaign_is_still_told() -> None:
    text = (
        "A detection squad from Pyongyang has been tracing calls across Hoeryong since April, a source said."
    )
    assert type_list_of(text) == ["crackdown"]


def test_interviewer_recalling_the_guest_s_flight_is_no_event() -> None:
    text = "Q: You tried to cross more than once. When was the first time? A: It was in the spring."
    assert type_list_of(text) == []


def test_interviewer_naming_third_parties_is_still_told() -> None:
    text = "Q: Your sources say a trader was arrested in Musan in May. What happened? A: She is still held."
    assert "arrest" in type_list_of(text)


def test_restriction_dating_a_period_by_its_year_is_no_event() -> None:
    text = (
        "Crossings have become rare since Pyongyang closed its frontier in 2020 and ordered "
        "guards to shoot anyone approaching the river."
    )
    assert "movement_restriction" not in type_list_of(text)


def test_restriction_dating_a_period_by_the_pandemic_is_no_event() -> None:
    text = (
        "Escapes have become rare since the pandemic, when a third fence was built and guards "
        "were ordered to shoot anyone approaching the bank."
    )
    assert "movement_restriction" not in type_list_of(text)


def test_restriction_dated_by_a_day_after_since_is_still_told() -> None:
    text = "Residents have stayed indoors since police sealed off the district on Monday."
    assert "movement_restriction" in type_list_of(text)


def test_sweep_named_before_another_report_is_still_a_crackdown() -> None:
    text = "Four months after a detection squad from Pyongyang swept Musan for Chinese phones, a second squad has arrived."
    assert "crackdown" in type_list_of(text)


def test_vehicle_used_to_carry_people_still_tells_the_flight() -> None:
    text = "A fishing boat was used to carry nine North Koreans across the sea border last week."
    assert "escape" in type_list_of(text)

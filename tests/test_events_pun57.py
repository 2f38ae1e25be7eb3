"""Punishments at school and work, families put out of their homes or towns, and terms handed
down or faced (helper session pun57; invented sentences)."""

from __future__ import annotations

from events_helpers import events_of_type, types_of


def statuses(text: str) -> list[str]:
    return [e.status for e in events_of_type(text, "punishment")]


def test_suspended_from_classes_is_a_punishment() -> None:
    text = "Two of her classmates were suspended from classes at the teachers' college in April."
    assert statuses(text) == ["occurred"]


def test_suspended_for_a_semester_is_a_punishment() -> None:
    assert statuses("Four engineering students were suspended for a semester last month.") == ["occurred"]


def test_a_suspended_meeting_is_no_punishment() -> None:
    assert statuses("The talks were suspended for a week in March.") == []


def test_struck_from_the_register_is_a_punishment_not_violence() -> None:
    text = "The boy was struck from the school's register after his father fled."
    assert "punishment" in types_of(text)
    assert "violence" not in types_of(text)


def test_a_pupil_struck_by_a_teacher_stays_violence() -> None:
    text = "A pupil was struck by a teacher in front of the class on Monday."
    assert "violence" in types_of(text)
    assert "punishment" not in types_of(text)


def test_thrown_out_of_school_as_a_warning_is_at_risk() -> None:
    text = "The pupils were warned by their teachers that they will be thrown out of school."
    assert statuses(text) == ["at_risk"]


def test_driven_out_of_their_town() -> None:
    assert statuses("The deserter's parents were driven out of their town in June.") == ["occurred"]


def test_evicted_family() -> None:
    assert statuses("A family of five from Musan was evicted by the district committee in May.") == [
        "occurred"
    ]


def test_eviction_of_families_named_by_a_noun() -> None:
    text = "The eviction of 25 families from the capital's Moranbong district began in April."
    found = events_of_type(text, "punishment")
    assert [e.victims.count_min if e.victims else None for e in found] == [25]


def test_removal_of_a_statue_is_no_punishment() -> None:
    assert statuses("The removal of the old statue from the square took two weeks.") == []


def test_packed_off_to_a_labour_unit_expected() -> None:
    text = "The three conscripts are expected to be packed off to a labour training unit."
    assert statuses(text) == ["at_risk"]


def test_active_removal_of_a_commander() -> None:
    assert statuses("In May the corps removed the battalion's commander over the desertions.") == ["occurred"]


def test_forced_households_out_of_the_capital() -> None:
    text = "Authorities forced about 40 households out of the capital last week."
    found = events_of_type(text, "punishment")
    assert len(found) == 1 and found[0].victims is not None and found[0].victims.count_min == 40


def test_facing_a_spell_in_a_labour_unit_is_at_risk() -> None:
    assert statuses("The truck driver now faces a spell in a labour training unit.") == ["at_risk"]


def test_received_life_in_a_camp() -> None:
    assert statuses("The storekeeper received life in a political prison camp.") == ["occurred"]


def test_given_a_month_of_labour_training() -> None:
    assert statuses("Thirty of the traders were given a month of labour training.") == ["occurred"]


def test_given_a_month_to_leave_is_no_punishment() -> None:
    assert statuses("Residents were given a month to leave their homes before the demolition.") == []


def test_losing_wages_as_a_penalty_to_come() -> None:
    assert statuses("The rest of the brigade will each lose two months' wages.") == ["at_risk"]


def test_a_banishment_condemned_in_general_is_no_event() -> None:
    text = "The alliance today condemned the banishment of relatives of purged officials."
    assert statuses(text) == []

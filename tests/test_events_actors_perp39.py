"""Who did it (helper session perp39): prosecutors, who detain, question and search those they
investigate; investigators "from" a force; the force people were handed to, who holds them
next; border forces abroad (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_prosecutors_who_question_are_the_doers() -> None:
    text = "Provincial prosecutors in Kanggye have been questioning four managers of the city's bus depot."
    assert kinds(text, "interrogation") == {("KP", "court")}


def test_an_arrest_by_prosecutors_in_the_passive_is_theirs() -> None:
    text = "Five officials of the port authority were detained by state prosecutors in April."
    assert kinds(text, "arrest") == {("KP", "court")}


def test_investigators_from_the_prosecutors_office_are_the_prosecutors() -> None:
    text = "Investigators from the Central Prosecutors Office detained three bank clerks in Sinuiju."
    assert kinds(text, "arrest") == {("KP", "court")}


def test_prosecutors_named_before_are_carried_to_a_search() -> None:
    text = (
        "Prosecutors in Rason opened a case against the port managers in March. Their homes "
        "were searched two days later."
    )
    assert ("KP", "court") in kinds(text, "search")


def test_a_court_still_does_not_arrest() -> None:
    text = "A court fined the traders, who were arrested in May."
    assert ("KP", "court") not in kinds(text, "arrest")


def test_a_judge_named_before_is_not_carried_to_questioning() -> None:
    text = "A judge in Hyesan heard the case in June. The two women were questioned again in July."
    assert all(kind != "court" for _, kind in kinds(text, "interrogation"))


def test_questioning_after_a_handover_is_by_the_force_that_received_them() -> None:
    text = (
        "The woman was caught by Chinese police in Yanji last spring. She was sent back in June "
        "and handed to State Security in Hyesan. She was questioned there for a month."
    )
    assert kinds(text, "interrogation") == {("KP", "state_security")}


def test_a_handover_told_after_the_act_does_not_make_the_receiver_its_doer() -> None:
    text = (
        "Border guards beat the two men on the riverbank. A week later they were handed over to "
        "the county security department."
    )
    assert ("KP", "state_security") not in kinds(text, "violence")


def test_border_forces_abroad_are_a_border_force() -> None:
    text = "Six North Koreans were detained by Vietnamese border forces near Mong Cai on Sunday."
    assert kinds(text, "arrest") == {("VN", "border_guard")}


def test_workers_caught_with_phones_are_sent_home_by_the_worksite_security() -> None:
    text = "Four workers caught with phones at a building site in Vladivostok were sent home last week."
    assert kinds(text, "repatriation") == {("KP", "state_security")}


def test_workers_caught_by_a_police_force_abroad_are_sent_back_by_the_police() -> None:
    text = "Four workers who were caught by Russian police without visas were sent home last week."
    assert ("KP", "state_security") not in kinds(text, "repatriation")


def test_inspectors_of_a_joint_team_are_members_of_every_force_in_it() -> None:
    text = (
        "A joint team of police and prosecutors has been checking shops in Anju since October. "
        "At one stall, inspectors found Chinese cigarettes, and the seller was taken away."
    )
    assert ("KP", "police") in kinds(text, "arrest")

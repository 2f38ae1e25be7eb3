"""Who did it (helper session perp40): railway and coastal security, work-brigade leaders, State
Security's political prison camps, and the body a report names as passing the sentences
(invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_railway_security_agents_are_the_police() -> None:
    text = "Railway security agents have been searching passengers' bags on trains to Hyesan since May."
    assert kinds(text, "search") == {("KP", "police")}


def test_coastal_security_officers_are_a_border_force() -> None:
    text = "Coastal security officers in Sinpo detained twelve fishermen on June 3, a source said."
    assert kinds(text, "arrest") == {("KP", "border_guard")}


def test_a_coastal_security_boat_that_fires_is_a_border_force() -> None:
    text = "A fisherman was shot dead in May when a coastal security boat opened fire on his boat off Haeju."
    assert ("KP", "border_guard") in kinds(text, "violence")


def test_a_brigade_leader_is_workplace_staff_not_the_army() -> None:
    text = "A logger from Chongjin died last month after he was beaten by his brigade leader at a camp in Amur Oblast."
    assert kinds(text, "violence") == {("KP", "other")}


def test_a_brigades_deputy_commander_is_workplace_staff() -> None:
    text = (
        "Workers said the brigade's deputy commander beat them with a shovel when they fell behind the quota."
    )
    assert kinds(text, "violence") == {("KP", "other")}


def test_a_lone_commander_stays_the_military() -> None:
    text = "The conscript was beaten unconscious by his company commander in the barracks in March."
    assert kinds(text, "violence") == {("KP", "military")}


def test_a_political_prison_camp_is_state_securitys_not_the_courts() -> None:
    text = (
        "Two men caught in Laos were convicted of treason and executed in Chongjin in August. "
        "A third man caught with them was sent to a political prison camp."
    )
    assert kinds(text, "punishment") == {("KP", "state_security")}


def test_a_camp_named_by_its_number_is_a_political_prison_camp() -> None:
    text = "He was arrested in 2009. He spent the next three years at Camp 15 in Yodok without ever seeing a judge."
    assert ("KP", "state_security") in kinds(text, "punishment")


def test_a_labour_camp_term_is_still_a_courts_sentence() -> None:
    text = "A trader in Hyesan was sentenced to ten years in a labour camp last month, a source said."
    assert kinds(text, "punishment") == {("KP", "court")}


def test_sentences_handed_down_by_the_police_are_theirs() -> None:
    text = (
        "Eleven brigade members who left a building site in Samjiyon were sentenced last week to "
        "six months each in a labour training unit. The sentences were handed down without a "
        "trial by the provincial police."
    )
    assert kinds(text, "punishment") == {("KP", "police")}


def test_a_penalty_handed_down_by_a_peoples_committee_is_a_local_officials() -> None:
    text = (
        "Five teenagers from Wonsan have been sentenced to a year each in a labour training camp. "
        "A people's committee meeting handed down the penalty on 17 June without a trial."
    )
    assert kinds(text, "punishment") == {("KP", "local_official")}


def test_terms_given_to_others_later_do_not_name_the_passer() -> None:
    text = (
        "Two traders were sentenced to ten years in a reform camp in May. Three others were given "
        "shorter terms by the provincial police."
    )
    assert ("KP", "court") in kinds(text, "punishment")


def test_group_109_is_the_party_too() -> None:
    text = "Group 109 agents searched the house of a retired teacher in Hamhung at night."
    assert {("KP", "police"), ("KP", "state_security"), ("KP", "party")} <= kinds(text, "search")


def test_the_passer_may_be_named_in_the_next_paragraph() -> None:
    text = (
        "Two pupils detained in Hyesan last month have been sentenced to six months in a labour "
        "training camp, a source said.\n\nThe county social security bureau handed down the "
        "sentences at the start of this month, the source said."
    )
    assert kinds(text, "punishment") == {("KP", "police")}


def test_a_dismissal_is_no_sentence_passed_by_the_named_passer() -> None:
    text = (
        "Their teacher has been dismissed, a source said. Two pupils have been sentenced to six "
        "months in a labour training camp. The county social security bureau handed down the "
        "sentences this month."
    )
    assert ("KP", "police") not in kinds(text, "punishment", 0)

"""Who did it (helper session perp62b): a bare "security office" where people are held, questioned
or summoned is State Security's local office unless the report named the North's police before it;
one that issues passes or permits stays the police's (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[0].perpetrators}


def test_questioning_at_a_bare_security_office_is_state_security() -> None:
    text = "A tailor from Kilju was questioned at the county security office for a week in October."
    assert kinds(text, "interrogation") == {("KP", "state_security")}


def test_agents_of_a_bare_security_office_are_state_security() -> None:
    text = (
        "Two nurses in Kyongsong were taken from the clinic by agents of the city security office on Friday."
    )
    assert ("KP", "state_security") in kinds(text, "arrest")


def test_a_security_office_after_the_police_stays_the_police() -> None:
    text = (
        "Police in Kilju detained eleven traders at the station market last week. Two of them are "
        "still held at the county security office."
    )
    assert ("KP", "state_security") not in kinds(text, "arrest")


def test_a_pass_from_a_security_office_stays_the_police() -> None:
    text = (
        "Since July, villagers in Kimhyongjik County may not go to the river without a pass "
        "stamped by the local security office."
    )
    assert ("KP", "state_security") not in kinds(text, "movement_restriction")


def test_security_services_alone_are_state_security() -> None:
    text = "Her two sons in Kimchaek were questioned by the security services for a week in May."
    assert kinds(text, "interrogation") == {("KP", "state_security")}


def test_public_security_organs_stay_the_police() -> None:
    text = "Public security organs in Yanji detained four North Korean women at a bus station on Monday."
    assert ("CN", "state_security") not in kinds(text, "arrest")
    assert "police" in {kind for _, kind in kinds(text, "arrest")}

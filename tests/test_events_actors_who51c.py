"""Who did it (helper session who51c): a sending back told without words that point to its
people's arrest is done by the one foreign force the report told as holding people; the party's
own departments and "the ruling party" are the party (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[index].perpetrators}


def test_a_crew_sent_back_is_sent_by_the_force_that_seized_their_boat() -> None:
    text = (
        "Russian border guards detained a North Korean fishing boat and its crew off Primorye on "
        "Monday. A case has been opened against its captain.\n\nHis twelve crewmen were deported "
        "last week by rail through the Khasan crossing."
    )
    assert kinds(text, "repatriation") == {"border_guard"}


def test_two_holding_forces_leave_the_sender_to_the_defaults() -> None:
    text = (
        "Russian border guards have detained a North Korean fishing boat near Posyet on Monday. "
        "Chinese police arrested two women in Hunchun the same week. "
        "The crew members are expected to be deported to North Korea next month."
    )
    assert "border_guard" not in kinds(text, "repatriation")


def test_the_organizational_guidance_department_is_the_party() -> None:
    text = "The coach was questioned for three days by the Organizational Guidance Department."
    assert kinds(text, "interrogation") == {"party"}


def test_the_ruling_party_is_the_party() -> None:
    text = "The ruling party has been waging a campaign against bribery among its cadres since March."
    assert kinds(text, "crackdown") == {"party"}

"""Who did it (helper session who51c): the party's own departments and "the ruling party" are
the party (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[index].perpetrators}


def test_the_organizational_guidance_department_is_the_party() -> None:
    text = "The coach was questioned for three days by the Organizational Guidance Department."
    assert kinds(text, "interrogation") == {"party"}


def test_the_ruling_party_is_the_party() -> None:
    text = "The ruling party has been waging a campaign against bribery among its cadres since March."
    assert kinds(text, "crackdown") == {"party"}

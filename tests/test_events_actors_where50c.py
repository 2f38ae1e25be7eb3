"""Who did it (helper session where50c): the South's own named bodies are the South's forces, not
the North's (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[0].perpetrators}


def test_the_korea_coast_guard_is_the_souths_border_force() -> None:
    text = "The Korea Coast Guard detained two North Korean fishermen off Sokcho on Monday."
    assert kinds(text, "arrest") == {("KR", "border_guard")}


def test_a_coast_guard_of_the_north_stays_the_norths() -> None:
    text = "North Korean coast guards detained two fishermen off Chongjin on Monday."
    assert kinds(text, "arrest") == {("KP", "border_guard")}


def test_the_national_intelligence_service_is_the_souths_state_security() -> None:
    text = "The National Intelligence Service questioned the two men for a month after they arrived in May."
    assert kinds(text, "interrogation") == {("KR", "state_security")}

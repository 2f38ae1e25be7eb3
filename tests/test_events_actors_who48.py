"""Who did it (helper session who48): the overseers, foremen and political officers of a work
brigade or worksite are workplace staff, not the army or the police (invented sentences)."""

from __future__ import annotations

from events_helpers import events_of


def kinds(text: str, event_type: str, index: int = 0) -> set[tuple[str | None, str]]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {(a.country, a.kind) for a in found[index].perpetrators}


def test_an_overseer_who_beats_a_labourer_is_workplace_staff() -> None:
    text = "A builder from Kilju died in Tomsk last month after his overseer beat him with a crowbar."
    assert kinds(text, "violence") == {("KP", "other")}


def test_overseers_who_confine_workers_are_workplace_staff() -> None:
    text = "Overseers at the logging camp have barred the remaining loggers from leaving since March."
    assert kinds(text, "movement_restriction") == {("KP", "other")}


def test_foremen_who_beat_workers_are_workplace_staff() -> None:
    text = "Two plasterers were beaten by their foremen at a building site near Omsk in May, a source said."
    assert kinds(text, "violence") == {("KP", "other")}


def test_a_brigades_political_officer_is_workplace_staff_and_the_party() -> None:
    text = "A young labourer died in Irkutsk in July after being beaten by his brigade's political officer."
    assert kinds(text, "violence") == {("KP", "other"), ("KP", "party")}


def test_a_companys_political_officer_is_not_workplace_staff() -> None:
    text = "The conscript was beaten unconscious by his company's political officer at the barracks in May."
    assert ("KP", "other") not in kinds(text, "violence")

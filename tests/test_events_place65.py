"""Places of events (session 65): an act done by the North's own organs (state security, its border
guards, its army) happened on the North's bank of the border, not in the town abroad the report
named for the story, unless its own sentence puts it abroad (invented sentences)."""

from __future__ import annotations

import tessera


def _where(text: str, event_type: str) -> tuple[str | None, str | None]:
    (ev,) = [e for e in tessera.extract(text, published="2024-06-01") if e.type == event_type]
    return (ev.where.name, ev.where.country) if ev.where is not None else (None, None)


def test_shot_by_the_norths_guards_is_on_the_norths_bank():
    text = (
        "A smuggler was found dead on the riverbank near Dandong on Sunday. "
        "Relatives said he had been shot by North Korean border guards."
    )
    assert _where(text, "violence") == ("Sinuiju", "KP")


def test_minders_abroad_stay_abroad():
    text = (
        "North Korean managers at a seafood plant in Hunchun confiscated the workers' phones. "
        "Two workers were beaten by their security minder."
    )
    assert _where(text, "violence")[1] == "CN"


def test_the_norths_agents_in_a_town_abroad_named_in_the_sentence():
    text = "North Korean agents interrogated the defector in a Shenyang hotel room for two days."
    assert _where(text, "interrogation") == ("Shenyang", "CN")


def test_chinas_police_questioning_stays_in_china():
    text = "Chinese police raided a restaurant in Dandong. The manager was questioned by police for two days."
    assert _where(text, "interrogation")[1] == "CN"

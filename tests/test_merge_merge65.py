"""Missed merges of merge65: perpetrators of a country none of one side's places lie in, given by
the extractor to unqualified police and to other authorities of another clause ("police caught him"
in Dandong, read as North Korean police and border guards), are compared by kind with the other
side's when the two sides name a kind in common (`compare._actors`). Every report here is invented."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.model import Place, Victims

DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.12, 124.39, "city")


def _caught(eid: str, doc: str, text: str, perps: list[object]) -> object:
    e = ev(eid, doc, text, "arrest", when=("2030-01-16", "2030-01-16"), where=DANDONG, perps=perps)  # type: ignore[arg-type]
    return replace(e, victims=Victims("a soldier", 1, 1, "soldiers"))


def test_police_given_a_country_of_no_place_and_other_agents_besides_are_compared_by_kind() -> None:
    from tessera.model import Actor

    # The extractor gave the unqualified police, and the border guards of another clause, as
    # North Korean, in Dandong; the other report's police are Chinese.
    supplied = _caught(
        "a",
        "docA",
        "He crossed the ice at night before police caught him in Dandong the next afternoon.",
        [Actor("police", "KP", "police"), Actor("border guards", "KP", "border_guard")],
    )
    stated = _caught(
        "b",
        "docB",
        "Police in Dandong have detained an armed North Korean soldier who crossed the ice.",
        [Actor("police", "CN", "police")],
    )
    r = compare_events(supplied, stated)
    assert r.conflict is None and "compared by kind" in r.summary(), r.summary()
    # North Korean security agents and border guards (no kind in common) still forbid it.
    agents = _caught(
        "c",
        "docC",
        "Security agents and border guards seized a soldier in Dandong the next afternoon.",
        [Actor("state security", "KP", "state_security"), Actor("border guards", "KP", "border_guard")],
    )
    assert compare_events(agents, stated).conflict is not None, compare_events(agents, stated).summary()

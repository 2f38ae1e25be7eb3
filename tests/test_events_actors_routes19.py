"""Who did it (routes19): the border forces' units and posts are border guards (invented
sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of


def kinds(text: str, event_type: str) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[0].perpetrators}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Border units along the Tumen have been under orders to fire at anyone who approaches "
            "the river at night, a source in Musan said.",
            "movement_restriction",
        ),
        ("Guards at the border post beat two women caught crossing the river near Hoeryong.", "violence"),
    ],
)
def test_border_units_and_posts_are_border_guards(text: str, event_type: str) -> None:
    assert "border_guard" in kinds(text, event_type)


def test_a_security_post_in_town_is_no_border_force() -> None:
    # "security posts" in a town are checkpoints kept by the local authorities, not border forces
    text = (
        "Authorities in Hyesan have tightened control of residents' movements through security posts run by "
        "neighbourhood units."
    )
    assert "border_guard" not in kinds(text, "movement_restriction")

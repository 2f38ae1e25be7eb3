"""Who did it and whom it happened to (helper session 13): the force that held people sends them
back (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of


def kinds(text: str, event_type: str) -> set[str]:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return {a.kind for a in found[0].perpetrators}


@pytest.mark.parametrize(
    "text",
    [
        # A sending back told without its doer: the foreign force that caught the same people.
        "Thai police caught a North Korean couple at a bus station in Chiang Rai in March. "
        "Local farmers later planted rice on the hills nearby. "
        "The couple were deported a month later, a church worker said.",
    ],
)
def test_holders_send_back(text: str) -> None:
    assert "police" in kinds(text, "repatriation")


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # A bare plural names the force named before with that word.
        (
            "Border guards fired at a raft on the Yalu in May, a source said. The wounded man was "
            "treated in a military hospital.\n\nSince then, guards have orders to shoot anyone "
            "who nears the river at night.",
            "movement_restriction",
            {"border_guard"},
        ),
        # "officers" after a force's name are its members, and so are "Officers" later on.
        (
            "State security officers arrested a trader in Hyesan on Monday, a source said.\n\n"
            "Officers searched his flat and seized two phones.",
            "search",
            {"state_security"},
        ),
        (
            "State security officers arrested a trader in Hyesan on Monday, a source said.",
            "arrest",
            {"state_security"},
        ),
    ],
)
def test_force_named_again(text: str, event_type: str, expected: set[str]) -> None:
    assert kinds(text, event_type) == expected


def test_customs_officials_are_no_police() -> None:
    """Customs officials are none of the spec's forces: their kind is `other`, not police."""
    text = "Customs officers at the Sinuiju bridge detained a truck driver on Friday, a trader said."
    assert kinds(text, "arrest") == {"other"}


def victims_text(text: str, event_type: str) -> str | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0].victims.text if found[0].victims else None


@pytest.mark.parametrize(
    ("text", "event_type", "expected"),
    [
        # The commas that set off a cut-out clause do not stay behind.
        (
            "A farmer from Musan, who had sold rice across the river, was detained by police on Monday.",
            "arrest",
            "A farmer",
        ),
        # Words written together stay together.
        (
            "A 24-year-old soldier was arrested by state security agents in May.",
            "arrest",
            "A 24-year-old soldier",
        ),
    ],
)
def test_victims_read_cleanly(text: str, event_type: str, expected: str) -> None:
    assert victims_text(text, event_type) == expected


def count(text: str, event_type: str) -> int | None:
    found = [e for e in events_of(text) if e.type == event_type]
    assert found, f"no {event_type} in {text!r}"
    return found[0].victims.count_min if found[0].victims else None


def test_we_counted_in_an_earlier_paragraph() -> None:
    """A teller's group counted in one paragraph is the "us" of the next, while the story goes on
    in the first person plural."""
    text = (
        "We crossed the river in May 2015, all four of us holding hands.\n\n"
        "In Yanji we hid in a cellar for a month. Then Chinese police arrested us at a bus station."
    )
    assert count(text, "arrest") == 4

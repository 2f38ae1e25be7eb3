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

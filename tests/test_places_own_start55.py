"""Places (session 55): a return whose own sentence names the town it left ("repatriated from
Hunchun to Rason", "returned through Dandong") keeps that start; a handover told in the next
sentences at another town is another group's return, not this one's start.

Every test reads invented text and failed before the change was made.
"""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_return_from_a_named_town_keeps_its_start():
    text = (
        "About 40 North Koreans were repatriated from Dandong, China, to Sinuiju on October 8. "
        "A family of four was returned to the North at the Tumen-Namyang crossing at the end of October."
    )
    first, _ = _place(
        text, _event(text, "repatriation", "repatriated"), _event(text, "repatriation", "returned")
    )
    assert first.origin is not None and first.origin.name == "Dandong"


def test_a_return_through_a_named_town_keeps_its_start():
    text = (
        "In April about 30 women were sent back through Hunchun to Rason. "
        "Another group held in Yanji was handed over at the Tumen bridge in May."
    )
    first, _ = _place(
        text, _event(text, "repatriation", "sent back"), _event(text, "repatriation", "handed over")
    )
    assert first.origin is not None and first.origin.name == "Hunchun"


def test_a_summary_without_its_start_still_takes_the_handover_town():
    text = (
        "Four women held in Harbin were sent back last week. "
        "Police drove them to Tumen and handed them over at the bridge to Namyang."
    )
    first, _ = _place(
        text, _event(text, "repatriation", "sent back"), _event(text, "repatriation", "handed them over")
    )
    assert first.origin is not None and first.origin.name == "Tumen"

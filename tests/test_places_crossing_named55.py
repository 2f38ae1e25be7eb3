"""Places (session 55): a town named before a crossing noun ("the Sanhe crossing", "the Boten
border crossing") is the crossing's place, however the parser reads the name (an adjective) or the
noun (lemma "cross"); a return told through, at or across such a crossing starts there, not in the
town where its people were held.

Every test reads invented text and failed before the change was made.
"""

from __future__ import annotations

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def test_a_return_through_a_named_crossing_starts_there():
    text = "She was caught by Chinese police in Helong in May and handed back through the Sanhe crossing that autumn."
    _, ev = _place(text, _event(text, "arrest", "caught"), _event(text, "repatriation", "handed back"))
    assert ev.origin is not None and ev.origin.name == "Sanhe"


def test_a_return_across_a_named_crossing_starts_there():
    text = "The two men are held at the Helong detention centre and will be sent back across the Nanping crossing."
    _, ev = _place(text, _event(text, "arrest", "held"), _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.name == "Nanping"


def test_a_handover_at_a_named_border_crossing_starts_there():
    text = (
        "The family was held in Oudomxay and then handed over to Chinese police at the Boten border crossing."
    )
    _, ev = _place(text, _event(text, "arrest", "held"), _event(text, "repatriation", "handed over"))
    assert ev.origin is not None and ev.origin.name in ("Boten", "Ban Botèn")


def test_a_river_crossed_leaves_the_start_where_they_were_held():
    text = "Held in Yanji for a month, the women were sent back across the Tumen River in May."
    _, ev = _place(text, _event(text, "arrest", "Held"), _event(text, "repatriation", "sent back"))
    assert ev.origin is not None and ev.origin.name == "Yanji"

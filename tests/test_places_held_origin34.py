"""Places (heldorigin34): a return whose own sentence names no starting place begins where the
report says its people are held now, or were caught, abroad: a place where they are kept before one
where they were caught, the latest told before the return, and only when the later telling takes
the same people up again (a pronoun, "the nine", "his mother")."""

from __future__ import annotations

from dataclasses import replace

import pytest

from places_helpers import anchored_event as _event
from places_helpers import placed as _place


def _origin(text: str, trigger: str) -> str | None:
    event = replace(_event(text, "repatriation", trigger), status="at_risk")
    (ev,) = _place(text, event)
    return ev.origin.name if ev.origin is not None else None


@pytest.mark.parametrize(
    "text, trigger, town",
    [
        (
            "Six North Koreans were taken off a train in Yunnan province last month. They are now "
            "held in Kunming, an aid group in Seoul said. 'Each day brings them closer to the "
            "bridge at Tumen,' its director said. 'We fear they could be sent back within weeks.'",
            "sent back",
            "Kunming",
        ),
        (
            "Chinese police arrested a pastor and three North Korean women in Yanji on Friday. The "
            "pastor's church in Shenyang has asked for help. The women could be repatriated at any "
            "time, the church said.",
            "repatriated",
            "Yanji",
        ),
        (
            "Police in Ussuriysk detained a North Korean welder who had walked off a building site "
            "in Nakhodka, a lawyer said. He is held at a centre for foreigners and will be deported "
            "next month.",
            "deported",
            "Ussuriysk",
        ),
        (
            "Police have detained three North Korean women in Jilin province and are preparing to "
            "send them back, a resident said. The women were picked up in a village near Huadian "
            "in March.",
            "send them back",
            "Huadian",
        ),
    ],
)
def test_a_return_naming_no_start_begins_where_its_people_are_held(
    text: str, trigger: str, town: str
) -> None:
    assert _origin(text, trigger) == town


def test_a_place_of_keeping_comes_before_the_place_of_catching() -> None:
    text = (
        "Eight North Koreans who were stopped by Chinese coast guards off Donggang on Monday face "
        "being handed over to North Korea, relatives said. They are now held at a border police "
        "station in Dandong."
    )
    assert _origin(text, "handed over") == "Dandong"


def test_custody_of_other_people_told_after_does_not_place_the_return() -> None:
    text = (
        "Relatives fear that five North Koreans could be sent back to the North within days, a "
        "Seoul group said. Separately, police detained two Chinese brokers in Tumen on Monday."
    )
    assert _origin(text, "sent back") != "Tumen"

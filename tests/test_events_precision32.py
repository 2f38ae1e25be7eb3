"""Events stage: false alarms by kind, seen in the sets of many writers (session 32).

A kind of act named as the matter of concern, debate or study is discussed, not told.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of


@pytest.mark.parametrize(
    "text",
    [
        "The council voiced concern about torture, arbitrary detention and curbs on the press.",
        "The envoy said his government had raised the issue of forced repatriation with Moscow.",
        "The panel will present findings on forced labour at its autumn session.",
        "Lawmakers said the study would show the scale of forced repatriations since 2015.",
    ],
)
def test_act_named_as_a_topic_is_no_event(text: str) -> None:
    assert not types_of(text)


def test_act_of_named_people_under_a_topic_stays() -> None:
    found = types_of("Activists voiced concern about the repatriation of the nine women held in Tumen.")
    assert "repatriation" in found

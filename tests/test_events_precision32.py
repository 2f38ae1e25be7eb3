"""Events stage: false alarms by kind, seen in the sets of many writers (session 32).

A kind of act named as the matter of concern, debate or study is discussed, not told; control
points set up right after a ban, a seal or a lockdown are how it is enforced, one restriction.

Every sentence here is written for these tests; each rule has a positive and a negative.
"""

from __future__ import annotations

import pytest

from events_helpers import type_list_of, types_of


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


BAN = "Authorities in Kimchaek have banned residents from leaving the city without a travel permit since the 15th, a source said. "


@pytest.mark.parametrize(
    "text",
    [
        BAN + '"Police have set up checkpoints on every road out of the city," the source said on the 19th.',
        BAN + "Checkpoints have been set up at the entrances to the city.",
    ],
)
def test_control_points_after_a_ban_are_its_means(text: str) -> None:
    assert type_list_of(text) == ["movement_restriction"]


@pytest.mark.parametrize(
    "text",
    [
        BAN + "Police have also set up checkpoints on the roads into the city.",
        BAN + "Extra checkpoints were set up on the roads into the city.",
    ],
)
def test_control_points_marked_as_more_stay_apart(text: str) -> None:
    assert type_list_of(text) == ["movement_restriction", "movement_restriction"]


def test_new_control_points_stay_apart() -> None:
    text = BAN + "New checkpoints have gone up on the road between Kimchaek and Kilju."
    assert type_list_of(text) == ["movement_restriction", "movement_restriction"]

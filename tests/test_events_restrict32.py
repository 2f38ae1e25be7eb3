"""Movement restriction (restrict32): the usual words of a closure in news English. A town or
area "locked down" (active or passive) is a restriction as "a lockdown" is; a ban or prohibition
on "coming within" a distance of a border, or on people "forbidden to approach" or "to enter" it,
restricts movement as "banned from leaving" does. (Invented sentences.)"""

from __future__ import annotations

import pytest

from events_helpers import events_of


@pytest.mark.parametrize(
    "text",
    [
        "Officials have locked down the county town of Manpo since early March, a source said.",
        "The whole of Hyesan was locked down for two weeks in February after a fever outbreak.",
        "Authorities have banned farmers from coming within two kilometres of the Yalu since May 1.",
        "Since June, villagers have been forbidden to approach the riverbank without a permit.",
        "Residents of the border district are prohibited to enter the buffer zone, the source said.",
    ],
)
def test_closures_told_in_common_words_restrict_movement(text: str) -> None:
    assert [e.type for e in events_of(text)].count("movement_restriction") == 1


def test_a_thing_locked_is_no_restriction() -> None:
    text = "Police locked the warehouse door and took the keys, a trader said."
    assert "movement_restriction" not in [e.type for e in events_of(text)]

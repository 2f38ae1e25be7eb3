"""Events stage (crack56): punishments told by words the lexicon lacked.

"The couple were sent to live in a village in Unhung County": sent away to live somewhere is
banishment, a punishment, whatever the place is called ("a remote farm", "a county far from
the border"); the lexicon knew it only with remote, mountain or farming places named
(triggers.json, punishment). "Sent to live with her aunt" is no such thing.

"The two clerks were discharged and assigned to a coal mine": assignment to a mine is the
penalty of a dismissed official or an expelled student (triggers.json, punishment, passive);
"his assigned work at the mine" is none.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

SENT_TO_LIVE = [
    "Shortly after his release, he and his wife were sent to live in Unhung County, far from the border.",
    "The former cadre's two sons were sent to live on a cooperative farm in the north of the province.",
]


@pytest.mark.parametrize("text", SENT_TO_LIVE)
def test_sent_to_live_somewhere_is_punishment(text: str) -> None:
    assert "punishment" in types_of(text)


def test_sent_to_live_with_kin_is_no_punishment() -> None:
    assert "punishment" not in types_of(
        "She was sent to live with her aunt in Hamhung after her mother died."
    )


def test_assigned_to_a_mine_is_punishment() -> None:
    text = "The three students were expelled from college in May and assigned to a coal mine in Tanchon."
    assert "punishment" in types_of(text)
    assert "punishment" in types_of(
        "The two clerks were assigned to a coal mine in Tanchon, the source said."
    )


def test_assigned_work_at_a_mine_is_no_punishment() -> None:
    assert "punishment" not in types_of(
        "He skipped his assigned work at the state coal mine to trade in the market."
    )

"""Movement restrictions told by what is withheld: a verb of stopping whose subject or object is
a way of going ("travel passes … have been suspended", "shore leave … has been cancelled"),
however far apart the two stand (withheld.py)."""

from __future__ import annotations

import pytest

import tessera


def _restrictions(text: str) -> list[tessera.model.Event]:
    return [e for e in tessera.extract(text, published="2031-04-20") if e.type == "movement_restriction"]


@pytest.mark.parametrize(
    "text",
    [
        "Travel passes to the fishing villages of Kyongsong County have been suspended since early April, "
        "a source in Chongjin said.",
        "The crew's shore leave in the Russian port of Nakhodka has been cancelled by the ship's captain on "
        "orders from Pyongyang.",
        "Entry permits for traders from other parts of the province have been frozen since the spring, a "
        "resident of Rason said.",
        "Chinese tour groups to the mountain resort near Samjiyon have been suspended for at least a month, "
        "a guide in Yanji said.",
    ],
)
def test_passage_withheld_is_a_restriction(text: str) -> None:
    assert len(_restrictions(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        # (a business halting its own trips, or the weather halting them, is no measure of the state's)
        "A travel firm in Dandong has cancelled its spring tours to the island, its manager said on Monday.",
        "Boat tours on the lake were halted on Tuesday because of strong winds, a guide said.",
        # (leave to trade, not to go anywhere)
        "Her market trading permit was suspended last month after an inspection, a source in Sunchon said.",
        # (the pass belongs to the trader; nothing is withheld)
        "Police stopped a trader who had a pass near the station in Hamhung on Monday, a source said.",
    ],
)
def test_no_restriction_without_passage_withheld(text: str) -> None:
    assert _restrictions(text) == []

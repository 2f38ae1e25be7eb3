"""Events stage (restrictions55): restrictions told by a permit or pass withdrawn, passports
gathered in, a cordon or a place put off limits.

Reports tell a restriction on movement by what happened to the papers that allow it as often as
by a checkpoint: passes "revoked", permits "suspended" or "frozen", a zone that "stopped issuing
entry passes"; passports "collected" or "handed in" on an order; a "cordon around" an island; a
riverbank "off limits"; a town "placed under a special quarantine regime" (triggers.json,
movement_restriction). A card or a sporting pass with nothing of travel in it, a cordon with
nothing around, a plan and a cancelled goal stay silent.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

import pytest

from events_helpers import types_of

PERMITS_WITHDRAWN = [
    "Authorities in the border city have revoked the crossing passes of some 80 traders, a source said.",
    "The province has suspended cross-border permits for fish merchants since early May.",
    "Officials froze the exit permits of every resident of the two districts last week.",
    "The special zone has stopped issuing entry passes to people from other counties, a trader said.",
    "Since mid-June, entry permits for the zone have been frozen, according to drivers in Yanji.",
]


@pytest.mark.parametrize("text", PERMITS_WITHDRAWN)
def test_a_restriction_told_by_a_permit_withdrawn_is_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


NO_RESTRICTION = [
    "The bank suspended the credit cards of several customers over unpaid bills.",
    "The striker was given a free pass to the final after the injury.",
    "Officials plan to stop issuing entry passes to the zone next year.",
    "The referee cancelled the goal after a long review.",
]


@pytest.mark.parametrize("text", NO_RESTRICTION)
def test_a_pass_with_no_travel_in_it_is_no_restriction(text: str) -> None:
    assert "movement_restriction" not in types_of(text)


PAPERS_AND_CORDONS = [
    "Embassy staff came to the dormitory on Friday and collected the passports of nine students.",
    "Engineers at the institute have been ordered to hand in their passports to the security office.",
    "The remaining sailors were told to surrender their passports to the captain after the defection.",
    "Since early April, soldiers have kept a cordon around the island, fishermen on the other bank said.",
    "Since 2 May, the beach near the port has been off limits without a pass, residents said.",
    "The port city was placed under a special quarantine regime on Monday after fever cases were found.",
]


@pytest.mark.parametrize("text", PAPERS_AND_CORDONS)
def test_a_restriction_told_by_passports_a_cordon_or_a_closed_place_is_found(text: str) -> None:
    assert "movement_restriction" in types_of(text)


def test_a_cordon_with_nothing_around_is_no_restriction() -> None:
    assert "movement_restriction" not in types_of(
        "Tourists admired the cordon bleu dishes served at the new hotel."
    )

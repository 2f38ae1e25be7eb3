"""Merge recall of issue 13 (merge51c): reports that place one happening at different
precisions or at the two ends of one crossing. Every report here is invented."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import HOERYONG, NAMYANG, NK, TUMEN, ev
from tessera.merge import compare_events
from tessera.model import Place

CHINA = Place("China", "CN", precision="country", text="China")


def test_the_two_ends_of_one_hand_back_agree() -> None:
    """ "Chinese police handed a group over at Tumen on Tuesday" and, two weeks later, "people
    sent back from China were received by border guards in Hoeryong" in the middle of the
    month: each report names the other end of one hand-back, which lies on the other report's
    route; that agrees as much as two facing towns do."""
    handed = ev(
        "a",
        "docA",
        "Chinese police handed a group of North Koreans over at Tumen on Tuesday.",
        when=("2025-03-11", "2025-03-11"),
        published="2025-03-13",
        where=TUMEN,
        origin=TUMEN,
        destination=NAMYANG,
    )
    received = ev(
        "b",
        "docB",
        "People sent back from China were received by border guards in Hoeryong in mid-month.",
        when=("2025-03-10", "2025-03-20"),
        precision="range",
        published="2025-03-27",
        where=HOERYONG,
        origin=CHINA,
        destination=NK,
    )
    r = compare_events(handed, received)
    assert "the two sides of one crossing" in r.summary()
    assert r.eligible, r.summary()


def test_a_feared_hand_back_gains_nothing_from_the_other_end() -> None:
    """A fear of being handed back "at Tumen" and a hand-back done "at Hoeryong": the fear names
    where people wait, the deed where they arrived; the two ends add nothing between them."""
    feared = ev(
        "a",
        "docA",
        "Seven North Koreans held in Tumen fear being handed back within days.",
        status="at_risk",
        count=(7, 7),
        published="2025-03-13",
        where=TUMEN,
        origin=TUMEN,
        destination=NAMYANG,
    )
    done = ev(
        "b",
        "docB",
        "Seven people sent back from China were received by border guards in Hoeryong.",
        count=(7, 7),
        published="2025-03-15",
        where=HOERYONG,
        origin=CHINA,
        destination=HOERYONG,
    )
    unplaced = replace(done, where=None)
    assert "the two sides of one crossing" in compare_events(feared, done).summary()
    assert compare_events(feared, done).score == compare_events(feared, unplaced).score

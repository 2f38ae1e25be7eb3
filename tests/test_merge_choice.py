"""Merge rules of issue 13 (2026-12-02, merge16): which events of one report may join a merged
event. Every report is invented."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.model import Actor, Place

CHEORWON = Place("Cheorwon", "KR", "Gangwon", None, 38.15, 127.31, "county", text="Cheorwon")
KANGWON = Place("Kangwon Province", "KP", "Kangwon", None, 38.8, 127.5, "province", text="Kangwon")
KR = Place("South Korea", "KR", precision="country", text="South Korea")
OCTOBER = ("2025-10-11", "2025-10-20")


def _escape(eid: str, doc: str, text: str, **kw) -> object:
    return ev(
        eid,
        doc,
        text,
        "escape",
        when=OCTOBER,
        precision="month_part",
        count=(1, 1),
        published="2025-11-12",
        **kw,
    )


def test_a_reports_second_telling_of_one_act_joins_with_the_first() -> None:
    """ "A soldier under their command fled across the border in mid-October" (docA) agrees with
    docB's "one of its soldiers defected to South Korea in mid-October" and with docB's later
    "anyone found in the zone will be treated as a would-be defector", extracted as an escape
    too: whichever of docB's two tellings joins first, the other is not left out."""
    told = _escape(
        "a",
        "docA",
        "a soldier under their command fled across the border in mid-October",
        origin=KANGWON,
        destination=KR,
    )
    real = _escape(
        "b1",
        "docB",
        "one of its soldiers defected to South Korea in mid-October",
        origin=KANGWON,
        destination=KR,
    )
    again = _escape(
        "b2",
        "docB",
        "the soldier, who crossed into Cheorwon, was taken in by the army",
        status="suspected",
        origin=KANGWON,
        destination=CHEORWON,
    )
    assert compare_events(told, real).eligible and compare_events(told, again).eligible
    assert not compare_events(real, again).eligible  # alone, two tellings of one report stay apart
    groups = sorted(sorted(m.member_ids) for m in merge_events([told, real, again]))
    assert groups == [["a", "b1", "b2"]]


def test_two_acts_of_one_report_by_other_authorities_stay_apart() -> None:
    """ "Border guards arrested the five at the crossing" and "the five are now held by police in
    the town across the border": one report's two detentions of one group, by two kinds of
    authority; another report's arrest joins one of them only."""
    guards = [Actor("border guards", "VN", "border_guard")]
    police = [Actor("police", "CN", "police")]
    first = _escape("a", "docA", "border guards caught the soldier at the crossing", perps=guards)
    held = _escape("b1", "docB", "border guards arrested the soldier at the crossing", perps=guards)
    later = _escape("b2", "docB", "the soldier is now held by police in the town", perps=police)
    groups = sorted(sorted(m.member_ids) for m in merge_events([first, held, later]))
    assert ["a", "b1", "b2"] not in groups


def test_hedged_and_bounded_counts_are_read_as_ranges() -> None:
    """ "As many as 60 people", "twenty-odd soldiers", "300 or so workers" are estimates;
    "more than a dozen" and "at least a dozen", when read as twelve, are lower bounds."""
    from tessera.merge.profile import profile
    from tessera.merge.text import approximates_count, bounds_count_below
    from tessera.model import Victims

    assert approximates_count("as many as 60 people") and approximates_count("twenty-odd soldiers")
    assert approximates_count("the remaining 300 or so workers") and approximates_count("close to 20 women")
    assert not approximates_count("20 soldiers") and not approximates_count("the oddly named unit")
    assert bounds_count_below("More than a dozen soldiers") and bounds_count_below("at least nine people")
    assert not bounds_count_below("a dozen soldiers")
    base = _escape("x", "docA", "soldiers crossed")
    twelve = base.with_(victims=Victims("More than a dozen soldiers", 12, 12))
    assert (profile(twelve).cmin, profile(twelve).cmax) == (12, float("inf"))
    sixty = base.with_(victims=Victims("as many as 60 people", 60, 60))
    assert (profile(sixty).cmin, profile(sixty).cmax) == (45, 75)

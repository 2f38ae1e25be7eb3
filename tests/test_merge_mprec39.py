"""Merge precision (mergeprec39, issue 13): wrong merges of look-alike events, each kind with an
invented example.

1. A search of market stalls (shops, kiosks) and a search of someone's home are two searches,
   however alike their town and week (`searched_things`: "stalls").
2. One report that places two tellings of one type in two different towns tells two acts, even
   when the towns are near enough for two reports' towns to count as one place: the second
   telling is not the first told again (`compare._told_again`), so another report's event that
   agrees with the first does not carry the second into it.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from merge_fixtures import HYESAN, ev, two_reports
from tessera.merge import compare_events, merge_events
from tessera.merge.text import act_kinds, content_tokens
from tessera.model import Place

PYONGSONG = Place("Pyongsong", "KP", "South Pyongan", "Pyongsong", 39.25, 125.87, "city")
SUNCHON = Place("Sunchon", "KP", "South Pyongan", "Sunchon", 39.43, 125.93, "city")
NAMYANG = Place("Namyang", "KP", "North Hamgyong", "Onsong", 42.92, 129.87, "city")
ONSONG = Place("Onsong County", "KP", "North Hamgyong", "Onsong", 42.96, 129.99, "county")


def test_market_stalls_are_what_a_search_goes_through() -> None:
    def kinds(text: str) -> frozenset[str]:
        return act_kinds("search", content_tokens(text))

    assert "thing:stalls" in kinds("inspectors went through the stalls of the main market")
    assert "thing:stalls" in kinds("officers searched shops and kiosks near the station")
    assert "thing:stalls" not in kinds("officers searched her flat after the arrest")


def test_a_search_of_market_stalls_and_a_house_search_are_two() -> None:
    """ "Police went through the stalls of the main market, seizing memory cards" and "officers
    searched her home after the arrest": one city, one week, two searches."""
    a, b = two_reports(
        "search",
        "Police went through the stalls of the main market, seizing memory cards.",
        "Officers searched her home after the arrest and took a laptop.",
        b={"where": HYESAN},
    )
    r = compare_events(a, b)
    assert r.other_act, r.summary()
    assert "different kinds of search" in r.summary()


def test_two_market_sweeps_still_agree() -> None:
    a, b = two_reports(
        "search",
        "Police went through the stalls of the main market.",
        "Inspectors searched every stall at the market for South Korean goods.",
        b={"where": HYESAN},
    )
    assert not compare_events(a, b).other_act


def _checkpoints(eid: str, doc: str, text: str, place: Place, when: tuple[str, str], published: str):  # type: ignore[no-untyped-def]
    return ev(
        eid,
        doc,
        text,
        etype="movement_restriction",
        when=when,
        precision="month",
        published=published,
        where=place,
    )


def test_one_reports_second_town_is_not_its_first_told_again() -> None:
    """Report B tells checkpoints around Pyongsong and, further on, a new checkpoint in Sunchon
    (21 km away); report A's Pyongsong checkpoints join B's first telling only."""
    june = ("2027-06-01", "2027-06-30")
    a = _checkpoints(
        "a", "docA", "Police set up checkpoints on the roads into Pyongsong", PYONGSONG, june, "2027-06-20"
    )
    b1 = _checkpoints(
        "b1",
        "docB",
        "Police set up checkpoints around the market city of Pyongsong",
        PYONGSONG,
        june,
        "2027-07-02",
    )
    b2 = _checkpoints(
        "b2",
        "docB",
        "In Sunchon a new checkpoint turns back anyone without a pass",
        SUNCHON,
        june,
        "2027-07-02",
    )
    groups = sorted(sorted(m.member_ids) for m in merge_events([a, b1, b2]))
    assert groups == [["a", "b1"], ["b2"]], groups


def test_a_town_and_its_county_in_one_report_may_be_one_telling() -> None:
    """ "Guards closed the crossing at Namyang" and, later, "the closure in Onsong County": a
    town and the county it lies in are one place, so the second may be the first told again."""
    june = ("2027-06-01", "2027-06-30")
    b1 = _checkpoints(
        "b1", "docB", "Guards closed the crossing at Namyang to all traffic", NAMYANG, june, "2027-07-02"
    )
    b2 = _checkpoints(
        "b2", "docB", "the closure of the crossing in Onsong County", ONSONG, june, "2027-07-02"
    )
    r = compare_events(b1, b2)
    assert r.told_again, r.summary()

"""Merge rules from the misses on unseen coverage (issue 13, wave 4): a crossing told at the turn
of a night, a hedged number, and police given the wrong country by one report. Invented text."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.merge.profile import profile
from tessera.merge.text import approximates_count, names_day_edge
from tessera.model import Actor, Place, Victims

KANGHWA = Place("Kanghwa Island", "KR", "Incheon", None, 37.70, 126.45, "city")
PAKSE = Place("Pakse", "LA", "Champasak", None, 15.12, 105.80, "city")
CHAMPASAK = Place("Champasak Province", "LA", "Champasak", None, 14.90, 105.90, "province")
LAOS = Place("Laos", "LA", precision="country")
CHINA = Place("China", "CN", precision="country")


def test_the_turn_of_a_day_is_read_from_the_date_phrase_or_the_evidence() -> None:
    assert names_day_edge(["three men rowed across the estuary late Sunday"])
    assert names_day_edge(["they landed early on Monday"])
    assert names_day_edge(["a boat was spotted shortly before dawn"])
    assert names_day_edge(["the soldiers crossed on Friday night"])
    assert names_day_edge([None, "an overnight crossing"])
    assert not names_day_edge(["the boat was found on Monday"])
    assert not names_day_edge(["arrested early this year", "late last month"])


def _boat(eid: str, doc: str, text: str, day: str, published: str) -> object:
    e = ev(
        eid,
        doc,
        text,
        etype="escape",
        when=(day, day),
        count=(3, 3),
        published=published,
        where=KANGHWA,
    )
    e.victims = Victims("three North Korean men", 3, 3, "residents")
    return e


def test_consecutive_days_told_at_the_turn_of_a_night_cost_instead_of_forbidding() -> None:
    late = _boat(
        "a",
        "docA",
        "Three North Korean men rowed a small boat to Kanghwa Island late Sunday",
        "2026-04-12",
        "2026-04-13",
    )
    early = _boat(
        "b",
        "docB",
        "Three North Korean men reached Kanghwa Island by boat early Monday",
        "2026-04-13",
        "2026-04-14",
    )
    result = compare_events(late, early)
    assert result.conflict is None
    assert "consecutive days told at the turn of a night" in result.summary()
    assert len(merge_events([late, early])) == 1


def test_consecutive_days_without_the_turn_of_a_night_are_still_two_events() -> None:
    sunday = _boat(
        "a",
        "docA",
        "Three North Korean men rowed a small boat to Kanghwa Island on Sunday",
        "2026-04-12",
        "2026-04-13",
    )
    monday = _boat(
        "b",
        "docB",
        "Three North Korean men reached Kanghwa Island by boat on Monday",
        "2026-04-13",
        "2026-04-14",
    )
    assert compare_events(sunday, monday).conflict is not None
    # Two days apart is two events even at night.
    late = _boat(
        "c",
        "docC",
        "Three North Korean men rowed a small boat to Kanghwa Island late Sunday",
        "2026-04-12",
        "2026-04-13",
    )
    tuesday = _boat(
        "d", "docD", "Three North Korean men reached Kanghwa Island early Tuesday", "2026-04-14", "2026-04-15"
    )
    assert compare_events(late, tuesday).conflict is not None


def test_a_hedged_number_is_an_estimate_of_a_quarter_either_side() -> None:
    assert approximates_count("about 10 North Koreans")
    assert approximates_count("some two dozen villagers")
    assert not approximates_count("twelve North Koreans")
    assert not approximates_count("some North Koreans")
    hedged = ev("h", "docA", "Cambodia deported about 12 North Koreans to China.", count=(12, 12))
    hedged.victims = Victims("about 12 North Koreans", 12, 12, "residents")
    exact = ev("x", "docB", "Cambodia deported twelve North Koreans to China.", count=(12, 12))
    exact.victims = Victims("twelve North Koreans", 12, 12, "residents")
    assert (profile(hedged).cmin, profile(hedged).cmax) == (9, 15)
    assert (profile(exact).cmin, profile(exact).cmax) == (12, 12)


def test_an_exact_count_within_the_hedge_of_another_report_agrees() -> None:
    kw = {
        "etype": "repatriation",
        "when": ("2026-02-06", "2026-02-06"),
        "origin": PAKSE,
        "destination": CHINA,
    }
    hedged = ev(
        "h",
        "docA",
        "Laos expelled about 10 North Koreans to China on Friday.",
        count=(10, 10),
        published="2026-02-08",
        **kw,
    )
    hedged.victims = Victims("about 10 North Koreans", 10, 10, "residents")
    exact = ev(
        "x",
        "docB",
        "The eight North Koreans were deported to China on Friday.",
        count=(8, 8),
        published="2026-02-09",
        **kw,
    )
    exact.victims = Victims("the eight North Koreans", 8, 8, "residents")
    result = compare_events(hedged, exact)
    assert result.conflict is None and result.eligible
    # Without the hedge, 10 and 8 are two groups.
    hedged.victims = Victims("ten North Koreans", 10, 10, "residents")
    assert compare_events(hedged, exact).conflict == "victims 10 vs 8"


def _arrest(eid: str, doc: str, text: str, country: str, published: str, where: Place) -> object:
    e = ev(
        eid,
        doc,
        text,
        etype="arrest",
        when=("2026-02-03", "2026-02-03"),
        count=(7, 7),
        published=published,
        perps=[Actor("police", country, "police")],
        where=where,
    )
    e.victims = Victims("seven North Koreans", 7, 7, "residents")
    return e


def test_police_of_a_country_none_of_its_places_lie_in_do_not_forbid() -> None:
    guessed = _arrest(
        "g",
        "docA",
        "Police in southern Laos detained seven North Koreans in Pakse on Tuesday",
        "KP",
        "2026-02-05",
        PAKSE,
    )
    stated = _arrest(
        "s",
        "docB",
        "Lao police arrested seven North Korean defectors in Champasak on Tuesday",
        "LA",
        "2026-02-06",
        CHAMPASAK,
    )
    result = compare_events(guessed, stated)
    assert result.conflict is None
    assert "one fitting none of its places" in result.summary()
    assert len(merge_events([guessed, stated])) == 1


def test_police_of_two_countries_each_fitting_its_places_still_forbid() -> None:
    lao = _arrest("l", "docA", "Lao police detained seven North Koreans on Tuesday", "LA", "2026-02-05", LAOS)
    chinese = _arrest(
        "c", "docB", "Chinese police detained seven North Koreans on Tuesday", "CN", "2026-02-06", CHINA
    )
    assert compare_events(lao, chinese).conflict is not None
    assert len(merge_events([lao, chinese])) == 2

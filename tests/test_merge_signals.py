"""Merge signals added for what extraction leaves vague: days named without a year, and one
woman versus one man."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import CHINA, HUNCHUN, HYESAN, NK, ev
from tessera.daynames import day_keys
from tessera.merge import compare_events, merge_events
from tessera.merge.compare import VICTIM_GROUP_WEIGHT
from tessera.model import Victims


def test_day_keys_read_both_orders_and_abbreviations() -> None:
    assert day_keys("sent back at around 8 PM on Oct. 9, a source said") == {"oct-9"}
    assert day_keys("On 9 October and on 18th September") == {"oct-9", "sep-18"}
    assert day_keys("in 2023, for 10 days") == frozenset()


def test_an_undated_report_naming_the_same_day_merges_with_a_dated_one() -> None:
    dated = ev(
        "d1",
        "docA",
        "Chinese authorities forcibly repatriated about 300 people on 14 March.",
        when=("2024-03-14", "2024-03-14"),
        count=(300, 300),
        origin=CHINA,
        destination=NK,
    )
    undated = ev(
        "u1",
        "docB",
        "Some 250 people were sent back across the river on March 14, a source said.",
        count=(250, 250),
        origin=CHINA,
        destination=NK,
    )
    result = compare_events(dated, undated)
    assert "both name mar-14" in result.summary()
    assert result.eligible
    merged = merge_events([dated, undated])
    assert len(merged) == 1 and sorted(merged[0].member_ids) == ["d1", "u1"]


def test_one_woman_and_one_man_are_never_one_event() -> None:
    woman = ev(
        "w",
        "docA",
        "A woman was sent to a political prison camp in Hyesan.",
        etype="punishment",
        where=HYESAN,
    )
    man = ev(
        "m", "docB", "A man was sent to a political prison camp in Hyesan.", etype="punishment", where=HYESAN
    )
    woman.victims = Victims("a woman", 1, 1, "individual")
    man.victims = Victims("the man", 1, 1, "individual")
    assert compare_events(woman, man).conflict == "different people (a woman and a man)"
    assert len(merge_events([woman, man])) == 2


def test_places_in_different_countries_cost_but_do_not_forbid_a_merge() -> None:
    """A dateline read as the place ("Seoul") against the real one: a cost, not a veto."""
    from tessera.merge.weights import weights
    from tessera.model import Place

    seoul = Place("Seoul", "KR", "Seoul", None, 37.57, 126.98, "city")
    china = replace(CHINA, text="China")  # named by the report, not supplied by the extractor
    text = "About 120 North Korean women were handed over at the crossing on 14 March."
    a = ev("a", "docA", text, when=("2024-03-14", "2024-03-14"), count=(120, 120), origin=china)
    b = ev("b", "docB", text, when=("2024-03-14", "2024-03-14"), count=(120, 120), origin=seoul)
    c = ev("c", "docC", text, when=("2024-03-14", "2024-03-14"), count=(120, 120), origin=china)
    apart, together = compare_events(a, b), compare_events(a, c)
    assert apart.conflict is None and "different countries" in apart.summary()
    assert apart.score < together.score + weights().country_conflict + 1e-9


def test_dates_weeks_apart_cost_but_months_apart_forbid() -> None:
    text = "Police detained nine people near the river crossing."
    week = ev("w", "docA", text, "arrest", when=("2024-03-04", "2024-03-10"), precision="week", count=(9, 9))
    later = ev("d", "docB", text, "arrest", when=("2024-03-20", "2024-03-20"), count=(9, 9))
    months = ev("m", "docC", text, "arrest", when=("2024-06-20", "2024-06-20"), count=(9, 9))
    near = compare_events(week, later)
    assert near.conflict is None and "dates 10 days apart" in near.summary()
    assert "different dates" in (compare_events(week, months).conflict or "")


def test_open_ended_counts_with_lower_bounds_far_apart_conflict() -> None:
    text = "Chinese authorities sent back people across the river."
    a = ev("a", "docA", text, when=("2024-03-14", "2024-03-14"), count=(501, None))
    b = ev("b", "docB", text, when=("2024-03-14", "2024-03-14"), count=(2001, None))
    c = ev("c", "docC", text, when=("2024-03-14", "2024-03-14"), count=(600, 600))
    assert "lower bounds too far apart" in (compare_events(a, b).conflict or "")
    assert compare_events(a, c).conflict is None


def test_lookup_keys_reach_the_next_month_for_an_event_at_a_month_end() -> None:
    from tessera.merge import candidates_key

    text = "Police detained nine people near the river crossing."
    end_of_month = ev("e", "docA", text, "arrest", when=("2024-03-30", "2024-03-30"))
    next_month = ev("n", "docB", text, "arrest", when=("2024-04-02", "2024-04-08"), precision="week")
    assert (
        set(candidates_key(end_of_month))
        & set(candidates_key(next_month))
        & {"arrest|2024-03", "arrest|2024-04"}
    )


def test_an_undated_report_months_later_still_meets_the_dated_event() -> None:
    from tessera.merge import candidates_key

    text = "Chinese authorities sent back about 300 people across the river."
    dated = ev("d", "docA", text, when=("2023-10-09", "2023-10-09"), count=(300, 300))
    later = ev("u", "docB", text, count=(300, 300), published="2024-01-20")
    assert set(candidates_key(dated)) & set(candidates_key(later))


def test_an_undated_threat_is_looked_up_in_the_weeks_of_its_report() -> None:
    """A threat may come true up to a year after its report, but the reports that tell of it (the
    same fear from another outlet, the escape it follows, its fulfilment) were filed around the
    report's own weeks: those are the months its lookup keys name, not the year after."""
    from tessera.merge import candidates_key

    fled = ev(
        "f",
        "docA",
        "Two loggers ran from their camp in early February.",
        "escape",
        when=("2026-02-01", "2026-02-10"),
        precision="month_part",
        published="2026-02-24",
    )
    feared = ev(
        "t",
        "docB",
        "The two loggers who ran may try to reach a consulate.",
        "escape",
        status="at_risk",
        published="2026-02-26",
    )
    fulfilled = ev(
        "s",
        "docC",
        "The two loggers were caught and sent home in April.",
        "escape",
        when=("2026-04-01", "2026-04-30"),
        precision="month",
        published="2026-05-02",
    )
    a_year_on = ev(
        "y",
        "docD",
        "Two loggers ran from another camp.",
        "escape",
        when=("2027-02-01", "2027-02-10"),
        precision="month_part",
        published="2027-02-20",
    )
    keys = set(candidates_key(feared))
    assert keys & set(candidates_key(fled))
    assert keys & set(candidates_key(fulfilled))
    assert not keys & set(candidates_key(a_year_on))


def test_two_towns_of_one_country_cost_but_do_not_forbid() -> None:
    """One report names the crossing, another the city the people were held in."""
    from tessera.merge.weights import weights
    from tessera.model import Place

    dandong = Place("Dandong", "CN", "Liaoning", None, 40.13, 124.39, "city")
    text = "About 300 people were sent back to North Korea on 9 October."
    a = ev("a", "docA", text, when=("2023-10-09", "2023-10-09"), count=(300, 300), origin=dandong)
    b = ev("b", "docB", text, when=("2023-10-09", "2023-10-09"), count=(300, 300), origin=HUNCHUN)
    result = compare_events(a, b)
    assert result.conflict is None and "different places" in result.summary()
    assert weights().place_conflict < 0


def test_the_same_telling_kind_of_victims_adds_a_little_and_a_common_one_nothing() -> None:
    text = "Ten people were arrested in the provincial capital."

    def pair(group: str) -> float:
        a = ev("a", "dA", text, "arrest", count=(10, 10), published="2024-03-10")
        b = ev("b", "dB", text, "arrest", count=(10, 10), published="2024-03-12")
        a.victims = Victims("ten people", 10, 10, group)
        b.victims = Victims("ten people", 10, 10, group)
        return compare_events(a, b).score

    assert abs(pair("students") - pair("residents") - VICTIM_GROUP_WEIGHT) < 1e-9
    assert (
        "same kind of victims (students)"
        in compare_events(
            *(
                ev(i, d, text, "arrest", count=(10, 10)).with_(
                    victims=Victims("students", 10, 10, "students")
                )
                for i, d in (("c", "dC"), ("e", "dE"))
            )
        ).summary()
    )


def test_an_undated_threat_meets_its_neighbours_in_a_large_block() -> None:
    """In a block too large to compare every pair, events meet their neighbours on the time line:
    an undated threat sits there at its report's date, not at the last day it could come true."""
    from datetime import date, timedelta

    from tessera.merge.blocking import WINDOW, candidate_pairs
    from tessera.merge.profile import profile

    others = []
    for k in range(4 * WINDOW):
        day = date(2025, 1, 1) + timedelta(days=20 * k)
        others.append(
            ev(
                f"o{k}",
                f"doc{k}",
                "A soldier ran across the line.",
                "escape",
                when=(day.isoformat(), day.isoformat()),
                published=day.isoformat(),
            )
        )
    fled = ev(
        "f",
        "docF",
        "Two loggers ran from their camp in early February.",
        "escape",
        when=("2026-02-01", "2026-02-10"),
        precision="month_part",
        published="2026-02-24",
    )
    feared = ev(
        "t",
        "docT",
        "The two loggers who ran may try to reach a consulate.",
        "escape",
        status="at_risk",
        published="2026-02-26",
    )
    events = [*others, fled, feared]
    pairs = set(candidate_pairs([profile(e) for e in events]))
    assert (len(others), len(others) + 1) in pairs

"""Merge signals added for what extraction leaves vague: days named without a year, and one
woman versus one man."""

from __future__ import annotations

from merge_fixtures import CHINA, HYESAN, NK, ev
from tessera.daynames import day_keys
from tessera.merge import compare_events, merge_events
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

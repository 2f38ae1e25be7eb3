"""Merge signal of merge29: a count read from another phrase, against the number the evidence
itself names. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, two_reports
from tessera.merge import compare_events
from tessera.merge.text import counts_named
from tessera.model import Victims


def test_counts_named_reads_numbers_of_people_only() -> None:
    assert counts_named(["two brothers were hanged in the market square"]) == {2}
    assert counts_named(["the 14 loggers flown home from Vladivostok"]) == {14}
    assert counts_named(["some thirty traders lost their stalls"]) == {30}
    # A stretch of time, a measure, a year, an age and "one" are no count of people.
    assert counts_named(["kept for three weeks in a zone 2 kilometres wide"]) == frozenset()
    assert counts_named(["in 2023 a girl aged 12 went missing"]) == frozenset()
    assert counts_named(["one soldier"]) == frozenset()


def test_a_count_read_elsewhere_does_not_forbid_when_the_evidence_names_the_other() -> None:
    """ "Two brothers were hanged in the market square" given the count of "one person" (a
    phrase of another sentence) against another report's two: the evidence names two, so the
    count read is no disagreement."""
    a, b = two_reports(
        "execution",
        "The brothers, both drivers, were put to death before a crowd in Hyesan.",
        "In March two brothers were hanged in the market square of Hyesan.",
        b={"where": HYESAN},
    )
    a.victims = Victims("The brothers", 2, 2)
    b.victims = Victims("one person", 1, 1)
    r = compare_events(a, b)
    assert r.conflict is None, r.summary()
    assert "evidence names 2" in r.summary()


def test_a_part_named_by_the_larger_report_does_not_forbid() -> None:
    """ "Border police held five people, among them two guides" and "the two guides were
    detained": the larger report names the other's count as a part of its people."""
    a, b = two_reports(
        "arrest",
        "Border police held five people, among them two guides, at a farmhouse near Hyesan.",
        "The two guides were detained near Hyesan this month, a source said.",
        b={"where": HYESAN},
    )
    a.victims = Victims("five people", 5, 5)
    b.victims = Victims("The two guides", 2, 2)
    r = compare_events(a, b)
    assert r.conflict is None, r.summary()
    assert "evidence names 2" in r.summary()


def test_counts_that_no_evidence_names_still_forbid() -> None:
    """ "Two porters were detained" against "three traders were detained": neither names the
    other's number, and two small exact counts still tell two arrests apart."""
    a, b = two_reports(
        "arrest",
        "Police detained two porters at the station in Hyesan.",
        "Three traders were detained at a station in Hyesan.",
        b={"where": HYESAN},
    )
    a.victims = Victims("two porters", 2, 2)
    b.victims = Victims("Three traders", 3, 3)
    r = compare_events(a, b)
    assert r.conflict and r.conflict.startswith("victims"), r.summary()

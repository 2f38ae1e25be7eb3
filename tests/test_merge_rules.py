from __future__ import annotations

from merge_fixtures import HOERYONG, HUNCHUN, HYESAN, ev, repatriation_reports, three_executions_one_report
from tessera.merge import best_match, candidates_key, compare_events, merge_events, merge_into, split
from tessera.model import Actor


def groups(merged):
    return sorted(sorted(m.member_ids) for m in merged)


def test_three_reports_of_one_repatriation_become_one_event():
    merged = merge_events(repatriation_reports())
    assert groups(merged) == [["a1", "b1", "c1"], ["d1"]]
    big = next(m for m in merged if len(m.members) == 3)
    assert {s.doc for s in big.event.sources} == {"docA", "docB", "docC"}
    assert len(big.event.evidence) == 3
    # The narrowest date all reports allow, the finest place, the most conservative count.
    assert big.event.when.start.isoformat() == "2024-03-14"
    assert big.event.origin.name == "Hunchun"
    assert big.event.victims.count_min == 101
    # Every source's own value is kept.
    assert sorted(v["value"]["count_min"] for v in big.values["victims"]) == [101, 120, 150]
    assert any("merged" in line and "docA" in line for line in big.explanation)


def test_merged_id_is_stable_and_independent_of_order():
    a = merge_events(repatriation_reports())
    b = merge_events(list(reversed(repatriation_reports())))
    assert sorted(m.id for m in a) == sorted(m.id for m in b)
    lone = next(m for m in a if m.member_ids == ["d1"])
    assert lone.id == "d1"


def test_events_of_one_report_on_different_days_stay_apart():
    merged = merge_events(three_executions_one_report())
    # x2 and y2 and y1 describe 17 May; y1's single victim conflicts with the two women.
    assert groups(merged) == [["x1"], ["x2", "y2"], ["x3"], ["y1"]]


def test_different_days_never_merge_even_with_identical_words():
    text = "Border guards shot a man crossing the river near Hoeryong."
    a = ev("p", "d1", text, "violence", when=("2022-01-05", "2022-01-05"), count=(1, 1), where=HOERYONG)
    b = ev("q", "d2", text, "violence", when=("2022-01-06", "2022-01-06"), count=(1, 1), where=HOERYONG)
    r = compare_events(a, b)
    assert r.conflict and "different dates" in r.conflict
    assert len(merge_events([a, b])) == 2


def test_different_places_and_counts_conflict():
    a = ev(
        "p",
        "d1",
        "Five traders were arrested in Hyesan.",
        "arrest",
        count=(5, 5),
        where=HYESAN,
        when=("2022-02-01", "2022-02-28"),
        precision="month",
    )
    b = ev(
        "q",
        "d2",
        "Five traders were arrested in Hoeryong.",
        "arrest",
        count=(5, 5),
        where=HOERYONG,
        when=("2022-02-01", "2022-02-28"),
        precision="month",
    )
    c = ev(
        "r",
        "d3",
        "Thirty traders were arrested in Hyesan.",
        "arrest",
        count=(30, 30),
        where=HYESAN,
        when=("2022-02-01", "2022-02-28"),
        precision="month",
    )
    assert "different places" in compare_events(a, b).conflict
    assert "victims" in compare_events(a, c).conflict
    assert len(merge_events([a, b, c])) == 3


def test_perpetrators_of_different_countries_conflict():
    a = ev(
        "p",
        "d1",
        "Police detained three defectors in Yanji.",
        "arrest",
        when=("2021-07-03", "2021-07-03"),
        count=(3, 3),
        perps=[Actor("public security", "CN", "police")],
    )
    b = ev(
        "q",
        "d2",
        "Police detained three defectors.",
        "arrest",
        when=("2021-07-03", "2021-07-03"),
        count=(3, 3),
        perps=[Actor("anjeon", "KP", "police")],
    )
    assert "different countries" in compare_events(a, b).conflict


def test_undated_reports_need_two_details_in_common():
    vague_a = ev("p", "d1", "A family of four went missing in Hyesan.", "disappearance", where=HYESAN)
    vague_b = ev("q", "d2", "Residents say people disappear in the city.", "disappearance", where=HYESAN)
    assert len(merge_events([vague_a, vague_b])) == 2
    vague_c = ev(
        "r",
        "d3",
        "A family of four from Hyesan has gone missing, neighbours said.",
        "disappearance",
        where=HYESAN,
        count=(4, 4),
    )
    vague_a2 = ev(
        "s", "d4", "A family of four went missing in Hyesan.", "disappearance", where=HYESAN, count=(4, 4)
    )
    assert groups(merge_events([vague_c, vague_a2])) == [["r", "s"]]


def test_a_threat_and_its_fulfilment_can_be_one_event_but_a_threat_and_a_failed_try_cannot():
    feared = ev(
        "p",
        "d1",
        "Forty people will be sent back from Hunchun.",
        when=("2024-03-14", "2024-03-14"),
        status="at_risk",
        count=(40, 40),
    )
    done = ev(
        "q",
        "d2",
        "Forty people were sent back from Hunchun.",
        when=("2024-03-14", "2024-03-14"),
        count=(40, 40),
    )
    result = compare_events(feared, done)
    assert result.conflict is None and "status at_risk vs real" in result.summary()
    tried = ev(
        "t",
        "d3",
        "Forty people tried to cross from Hunchun and were stopped.",
        when=("2024-03-14", "2024-03-14"),
        status="attempted",
        count=(40, 40),
    )
    assert "status" in (compare_events(feared, tried).conflict or "")


def test_what_happened_long_before_a_report_feared_it_is_another_event():
    done = ev("q", "d2", "Forty people were sent back from Hunchun.", when=("2023-01-10", "2023-01-10"))
    feared = ev(
        "p", "d1", "Forty people face being sent back from Hunchun.", status="at_risk", published="2024-03-14"
    )
    assert compare_events(feared, done).conflict == "it happened before the other report feared it"


def test_a_sentence_weeks_before_a_report_fears_it_is_another_event():
    """Three weeks after a court jailed a group, a report that a broker "could face" a camp tells
    another case; a fear reported within days of the sentence may still be that sentence."""
    done = ev(
        "s",
        "d2",
        "A court in Hyesan sentenced three smugglers to ten years in a labour camp.",
        "punishment",
        when=("2025-03-21", "2025-03-31"),
        precision="month_part",
    )
    late = ev(
        "l",
        "d1",
        "The broker could face ten years in a labour camp.",
        "punishment",
        status="at_risk",
        published="2025-04-22",
    )
    assert compare_events(late, done).conflict == "it happened before the other report feared it"
    soon = ev(
        "n",
        "d3",
        "The broker could face ten years in a labour camp.",
        "punishment",
        status="at_risk",
        published="2025-04-08",
    )
    # Within days of the sentence the time no longer rules it out, but a feared camp term is the
    # outlet's projection of the usual fate, not a telling of the sentence (compare._projected_fate).
    assert (
        compare_events(soon, done).conflict == "a feared punishment is a projection, not the one later done"
    )


def test_split_undoes_a_merge_and_cannot_link_keeps_it_undone():
    merged = merge_events(repatriation_reports())
    big = next(m for m in merged if len(m.members) == 3)
    parts = split(big, ["c1"])
    assert [p.member_ids for p in parts] == [["c1"], ["a1", "b1"]]
    assert parts[0].id == "c1"
    assert parts[1].id != big.id
    again = merge_events(repatriation_reports(), cannot_link=[("c1", "a1"), ("c1", "b1")])
    assert groups(again) == [["a1", "b1"], ["c1"], ["d1"]]


def test_incremental_api_agrees_with_batch():
    a1, b1, c1, d1 = repatriation_reports()
    existing = merge_events([a1, b1])
    assert len(existing) == 1
    assert set(candidates_key(c1)) & set(candidates_key(a1))
    found = best_match(c1, existing)
    assert found is not None
    grown = merge_into(found[0], c1, found[1])
    assert sorted(grown.member_ids) == ["a1", "b1", "c1"]
    assert grown.id == next(m.id for m in merge_events([a1, b1, c1]))
    assert best_match(d1, [grown]) is None


def test_merged_record_takes_the_count_most_reports_give_and_says_what_its_fields_say():
    from tessera.merge import combine

    reports = [
        ev(
            "r1",
            "d1",
            "About 600 people were sent back.",
            when=("2024-03-14", "2024-03-14"),
            count=(600, 600),
        ),
        ev(
            "r2", "d2", "Some 600 people were sent back.", when=("2024-03-01", "2024-03-31"), count=(600, 600)
        ),
        ev("r3", "d3", "More than 500 people were sent back.", count=(501, None), origin=HUNCHUN),
    ]
    merged = combine(reports)
    assert merged.victims.count_min == 600
    assert str(merged.when.start) == "2024-03-14" and merged.origin == HUNCHUN
    assert merged.summary == "600 people were forcibly repatriated from Hunchun, Jilin, CN (2024-03-14)."
    assert sorted(s.doc for s in merged.sources) == ["d1", "d2", "d3"] and len(merged.evidence) == 3


def test_stored_groups_stay_joined_and_only_the_new_reports_groups_come_back():
    from tessera.merge.profile import cached_profiles, profile

    reports = repatriation_reports()
    new, stored = reports[0], reports[1:]
    joined = [[stored[0].id, stored[1].id]]
    groups = merge_events(reports, joined=joined, touching=[new.id])
    # The new report joins the stored event; the unrelated stored report is not built again.
    assert [sorted(g.member_ids) for g in groups] == [sorted([new.id, *joined[0]])]
    with cached_profiles():
        assert profile(new) is profile(new)
    assert profile(new) is not profile(new)

"""Missed merges of issue 13 (merge64): a trio or a quartet is a number the evidence names
(`text.counts_named`), so one person read from "a trio ..." is the other report's three; and a
family and someone's relatives questioned or vanished are one household, as of a punishment
(`compare.KIN_LEFT_BEHIND_TYPES`). Every report here is invented."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.model import Place, Victims


def test_a_trio_is_a_number_the_evidence_names() -> None:
    from tessera.merge.text import counts_named

    assert 3 in counts_named(["A trio from the clinic, two doctors and a nurse, were taken away."])
    assert counts_named(["The quartet was held overnight."]) == frozenset({4})


def test_one_person_read_from_a_trio_is_the_other_report_s_three() -> None:
    # The extractor counted "a nurse" (one); the evidence names the trio the other report counts.
    hyesan = Place("Hyesan", "KP", "Ryanggang", None, 41.40, 128.18, "city")
    side = {"when": ("2030-02-08", "2030-02-08"), "where": hyesan}
    a = ev("a", "docA", "Two doctors and a nurse were arrested on Saturday.", "arrest", count=(3, 3), **side)
    b = ev(
        "b",
        "docB",
        "A trio from the hospital, two physicians and a nurse, were hauled off on Saturday.",
        "arrest",
        count=(1, 1),
        **side,
    )
    assert compare_events(a, b).conflict is None, compare_events(a, b).summary()
    c = ev("c", "docC", "Five hospital staff were arrested on Saturday.", "arrest", count=(5, 5), **side)
    assert compare_events(c, b).conflict is not None, compare_events(c, b).summary()


def _household(eid: str, doc: str, text: str, etype: str, victims: object) -> object:
    onsong = Place("Onsong County", "KP", "North Hamgyong", "Onsong County", 42.95, 129.99, "county")
    e = ev(eid, doc, text, etype, when=("2030-02-11", "2030-02-20"), precision="days", where=onsong)
    return replace(e, victims=victims)  # type: ignore[type-var]


def test_a_family_and_someone_s_relatives_vanished_are_one_household() -> None:
    a = _household(
        "a",
        "docA",
        "Her older brother and his wife have not been seen since the middle of February.",
        "disappearance",
        Victims("Her older brother and his wife", 2, 2, "family"),
    )
    b = _household(
        "b",
        "docB",
        "Two relatives of a witness who spoke in Seoul went missing in mid-February.",
        "disappearance",
        Victims("Two relatives of a witness", 2, 2, "other"),
    )
    r = compare_events(a, b)
    assert not any("described differently" in x for x in r.reasons), r.summary()


def test_a_family_arrested_and_someone_s_relatives_arrested_stay_other_people() -> None:
    # The family that fled is arrested abroad; the relatives left behind are arrested at home.
    a = _household(
        "a",
        "docA",
        "A family of four was detained in mid-February.",
        "arrest",
        Victims("A family of four", 4, 4, "family"),
    )
    b = _household(
        "b",
        "docB",
        "Four relatives of the runaway were detained in mid-February.",
        "arrest",
        Victims("Four relatives of the runaway", 4, 4, "other"),
    )
    r = compare_events(a, b)
    assert any("described differently" in x for x in r.reasons), r.summary()

"""A fear and the deed done, told of the very same people (merge64, issue 13: missed merges):
the status cost (`status_change`) is halved when the two tell as many people counted exactly (two
or more), one person described alike, or, for the story's pending hand-over, as many people. Every
report here is invented."""

from __future__ import annotations

from dataclasses import replace

from merge_fixtures import ev
from tessera.merge import compare_events
from tessera.model import Place, Victims

SINUIJU = Place("Sinuiju", "KP", "North Pyongan", None, 40.10, 124.40, "city")
DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.13, 124.39, "city")
SHENYANG = Place("Shenyang", "CN", "Liaoning", None, 41.80, 123.43, "city")
KP = Place("North Korea", "KP", None, None, None, None, "country")
REASON = "feared and done to the same people"


def _fear(etype: str, text: str, count: tuple[int, int], **fields: object) -> object:
    side = {"status": "at_risk", "published": "2030-03-02", "count": count}
    return ev("a", "docA", text, etype, **{**side, **fields})  # type: ignore[arg-type]


def _done(etype: str, text: str, count: tuple[int, int], **fields: object) -> object:
    side = {"when": ("2030-03-10", "2030-03-10"), "published": "2030-03-12", "count": count}
    return ev("b", "docB", text, etype, **{**side, **fields})  # type: ignore[arg-type]


def test_a_group_feared_for_and_sentenced_alike_costs_half() -> None:
    fear = _fear(
        "punishment", "The five dockers are expected to be sent to a labour camp.", (5, 5), where=SINUIJU
    )
    done = _done("punishment", "Five dock workers were given a year in a labour camp.", (5, 5), where=SINUIJU)
    r = compare_events(fear, done)
    assert r.conflict is None, r.summary()
    assert any(REASON in x for x in r.reasons), r.summary()


def test_one_person_feared_sent_back_and_sent_back_costs_half() -> None:
    where = {"where": DANDONG, "origin": DANDONG, "destination": SINUIJU}
    fear = _fear("repatriation", "She could be sent back across the bridge any day.", (1, 1), **where)
    done = _done("repatriation", "A woman was escorted across the bridge to Sinuiju.", (1, 1), **where)
    r = compare_events(fear, done)
    assert any(REASON in x for x in r.reasons), r.summary()


def test_one_person_told_by_a_count_alone_keeps_the_cost() -> None:
    # "He" and "a man": one person is every story's, and a punishment is no pending hand-over.
    fear = _fear("punishment", "He is likely to be sent to a labour camp.", (1, 1), where=SINUIJU)
    done = _done("punishment", "A man was sentenced to labour training.", (1, 1), where=SINUIJU)
    r = compare_events(fear, done)
    assert not any(REASON in x for x in r.reasons), r.summary()


def test_a_hand_over_to_another_country_keeps_the_cost() -> None:
    # Handed to China and sent to North Korea are two legs, however many people both count.
    fear = _fear(
        "repatriation",
        "The eight could be handed to Chinese police within days.",
        (8, 8),
        where=SHENYANG,
        destination=SHENYANG,
    )
    done = _done(
        "repatriation",
        "Eight North Koreans were sent back to North Korea.",
        (8, 8),
        where=SHENYANG,
        destination=KP,
    )
    r = compare_events(fear, done)
    assert not any(REASON in x for x in r.reasons), r.summary()


def test_two_reports_of_one_status_gain_nothing() -> None:
    a = _done("punishment", "Five dockers were sent to a labour camp.", (5, 5), where=SINUIJU)
    b = _done("punishment", "Five dock workers were given a year in a labour camp.", (5, 5), where=SINUIJU)
    r = compare_events(a, b)
    assert not any(REASON in x for x in r.reasons), r.summary()


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

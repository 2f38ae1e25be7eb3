"""Merge signals for how outlets report one event differently (issue 13): the two sides of one
crossing, a report's own city read as the place, a town inside a named region, a family counted
as one, an exact count inside another report's range, and a threat dated after its report came
true. Invented reports only."""

from __future__ import annotations

from merge_fixtures import NK, ev
from tessera.merge import combine, compare_events, merge_events
from tessera.merge.places import relate
from tessera.merge.weights import trying, weights
from tessera.model import Place, Victims

BUSAN = Place(
    "Busan", "KR", "Busan", None, 35.18, 129.08, "city"
)  # no capital: a capital off the evidence stands for its country
SOUTH_KOREA = Place("South Korea", "KR", precision="country")
PAJU = Place("Paju", "KR", "Gyeonggi", None, 37.76, 126.78, "city")
KAESONG = Place("Kaesong", "KP", "North Hwanghae", None, 37.97, 126.55, "city")
TUMEN = Place("Tumen", "CN", "Jilin", "Tumen", 42.97, 129.84, "city")
HELONG = Place("Helong", "CN", "Jilin", "Helong", 42.54, 129.0, "city")
YANBIAN = Place("Yanbian", "CN", "Jilin", None, 42.89, 129.5, "region")
DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.13, 124.39, "city")
ONSONG = Place("Onsong County", "KP", "North Hamgyong", "Onsong", 42.96, 129.99, "county")


def test_a_crossing_told_from_either_side_of_the_line_costs_nothing() -> None:
    """One report places a soldier's run in North Korea, where he set out; the other in the South
    Korean town he reached. Each place lies on the other report's route."""
    north = ev(
        "n",
        "docA",
        "A private ran across the line near Kaesong, the military said.",
        "escape",
        when=("2026-04-07", "2026-04-07"),
        count=(1, 1),
        published="2026-04-07",
        where=KAESONG,
        origin=KAESONG,
        destination=SOUTH_KOREA,
    )
    south = ev(
        "s",
        "docB",
        "The private walked into Paju at dawn and asked for protection.",
        "escape",
        when=("2026-04-07", "2026-04-07"),
        count=(1, 1),
        published="2026-04-08",
        where=PAJU,
        origin=NK,
        destination=PAJU,
    )
    result = compare_events(north, south)
    assert "the two sides of one crossing" in result.summary()
    assert "different countries" not in result.summary()
    assert result.eligible
    # A crossing somewhere else entirely still costs: a Chinese city lies on neither route.
    elsewhere = ev(
        "e",
        "docC",
        "A private ran across the river at Dandong.",
        "escape",
        when=("2026-04-07", "2026-04-07"),
        count=(1, 1),
        published="2026-04-08",
        where=DANDONG,
        origin=NK,
        destination=DANDONG,
    )
    assert "different countries" in compare_events(north, elsewhere).summary()


def test_a_place_off_the_events_own_route_is_the_reports_city() -> None:
    """ "BUSAN - Five face being sent back from Tumen": a journey from China to North Korea did
    not happen in Busan; that place is left out of the comparison instead of costing."""
    filed_in_busan = ev(
        "a",
        "docA",
        "Five people held in Tumen face being sent back within weeks.",
        count=(5, 5),
        status="at_risk",
        published="2025-09-04",
        where=BUSAN,
        origin=TUMEN,
        destination=NK,
    )
    local = ev(
        "b",
        "docB",
        "The five detained in Tumen face forced return.",
        count=(5, 5),
        status="at_risk",
        published="2025-09-08",
        where=TUMEN,
        origin=TUMEN,
        destination=NK,
    )
    result = compare_events(filed_in_busan, local)
    assert "one off its own route" in result.summary()
    assert "different countries" not in result.summary()
    # Without the route, the same place is compared as before.
    no_route = filed_in_busan.with_(origin=None, destination=None)
    assert (
        "different countries"
        in compare_events(no_route, local.with_(origin=None, destination=None)).summary()
    )


def test_a_town_near_the_centre_of_a_named_region_of_its_province_lies_in_it() -> None:
    inside = relate(HELONG, YANBIAN)
    assert inside.kind == "inside" and inside.weight > 0.25
    # A town of another province, and a border area, stay vague.
    assert relate(DANDONG, YANBIAN).kind == "vague"
    border = Place("the border region", "CN", "Jilin", None, 42.89, 129.5, "region")
    assert relate(HELONG, border).weight == 0.25


def test_one_family_is_not_one_person() -> None:
    """ "One family" counts a household: it does not conflict with "five people"."""
    family = ev(
        "f",
        "docA",
        "Police in Helong caught one family in late August.",
        "arrest",
        when=("2025-08-21", "2025-08-31"),
        precision="month_part",
        where=HELONG,
    )
    family.victims = Victims("one family", 1, 1, "family")
    five = ev(
        "p",
        "docB",
        "Police in Helong detained five people in late August.",
        "arrest",
        when=("2025-08-21", "2025-08-31"),
        precision="month_part",
        count=(5, 5),
        where=HELONG,
    )
    assert compare_events(family, five).conflict is None
    one_man = ev(
        "m",
        "docC",
        "Police in Helong detained one man in late August.",
        "arrest",
        when=("2025-08-21", "2025-08-31"),
        precision="month_part",
        count=(1, 1),
        where=HELONG,
    )
    assert compare_events(one_man, five).conflict is not None
    # The merged record counts the people the other report counted, not "1".
    merged = combine([family, five])
    assert merged.victims is not None and merged.victims.count_min == 5


def test_an_exact_count_inside_a_close_range_is_a_detail() -> None:
    def arrest(eid: str, doc: str, count: tuple[int, int | None]) -> object:
        return ev(
            eid,
            doc,
            "Police detained a group in the hills.",
            "arrest",
            when=("2025-05-11", "2025-05-20"),
            precision="month_part",
            count=count,
        )

    eleven, at_least_nine, more_than_two = (
        arrest("e", "docA", (11, 11)),
        arrest("n", "docB", (9, None)),
        arrest("t", "docC", (3, None)),
    )
    close = compare_events(eleven, at_least_nine)
    assert "one count within the other's range" in close.summary()
    loose = compare_events(eleven, more_than_two)
    assert "one count within the other's range" not in loose.summary()
    assert close.score - loose.score == weights().count_within - 0.5
    with trying(count_within=0.5):
        assert compare_events(eleven, at_least_nine).score == loose.score


def _threat_and_outcome(outcome_when: tuple[str, str], outcome_text: str) -> tuple[object, object]:
    threat = ev(
        "t",
        "docA",
        "The five held in Tumen face being sent back across the river.",
        count=(5, 5),
        status="at_risk",
        published="2025-09-08",
        origin=TUMEN,
        destination=NK,
    )
    outcome = ev(
        "o",
        "docB",
        outcome_text,
        when=outcome_when,
        precision="week",
        count=(5, 5),
        published="2025-10-02",
        origin=TUMEN,
        destination=ONSONG,
    )
    return threat, outcome


def test_a_threat_is_fulfilled_in_the_weeks_after_it_was_reported() -> None:
    threat, outcome = _threat_and_outcome(("2025-09-22", "2025-09-28"), "The five were sent back last week.")
    assert "weeks after the undated threat" in compare_events(threat, outcome).summary()
    # Months later it is another event's date, not this threat's fulfilment.
    _, late = _threat_and_outcome(("2026-01-05", "2026-01-11"), "The five were sent back last week.")
    assert "weeks after the undated threat" not in compare_events(threat, late).summary()


def test_a_fulfilment_after_the_report_is_no_background_for_the_story_bonus() -> None:
    """A dated handover after the threat's report is what the report feared, not its
    background: two reports that share an arrest also share it."""
    threat, outcome = _threat_and_outcome(("2025-09-22", "2025-09-28"), "The five were sent back last week.")
    arrest_a = ev(
        "aa",
        "docA",
        "Police detained five in Tumen on 27 August.",
        "arrest",
        when=("2025-08-27", "2025-08-27"),
        count=(5, 5),
        where=TUMEN,
        published="2025-09-08",
    )
    arrest_b = ev(
        "ab",
        "docB",
        "Five caught in Tumen on 27 August were sent back.",
        "arrest",
        when=("2025-08-27", "2025-08-27"),
        count=(5, 5),
        where=TUMEN,
        published="2025-10-02",
    )
    assert not compare_events(threat, outcome).outside_news
    with trying(threshold=7.0, review_margin=4.5):  # only the story bonus can carry the handover
        groups = sorted(sorted(m.member_ids) for m in merge_events([threat, outcome, arrest_a, arrest_b]))
    assert groups == [["aa", "ab"], ["o", "t"]]


def test_a_feared_act_of_another_kind_is_not_its_fulfilment() -> None:
    """A feared jail term and an expulsion ordered after the report are two punishments."""
    feared = ev(
        "j",
        "docA",
        "The nineteen may get three years in jail.",
        "punishment",
        count=(19, 19),
        status="at_risk",
        published="2008-12-20",
    )
    expelled = ev(
        "x",
        "docB",
        "A court ordered the nineteen expelled.",
        "punishment",
        when=("2008-12-31", "2008-12-31"),
        count=(19, 19),
        published="2009-01-02",
    )
    result = compare_events(feared, expelled)
    assert not result.eligible
    assert "different kinds of punishment" in result.summary() or "projection" in str(result.conflict)
    assert "weeks after the undated threat" not in result.summary()


def test_a_fear_dated_by_its_reports_day_is_no_news_of_the_other_reports_weeks() -> None:
    """ "They now face weeks of questioning" is dated by the report's own day: unlike a happening
    dated in the weeks before another report, it tells nothing the publication dates do not."""
    text = "The returnees face weeks of questioning by the security police."
    dated_fear = ev(
        "f",
        "docA",
        text,
        "interrogation",
        when=("2026-04-01", "2026-04-17"),
        precision="range",
        status="at_risk",
        published="2026-04-17",
    )
    undated_fear = ev("u", "docB", text, "interrogation", status="at_risk", published="2026-04-20")
    assert "weeks before the undated report" not in compare_events(dated_fear, undated_fear).summary()
    happened = dated_fear.with_(status="occurred")
    undated = undated_fear.with_(status="occurred")
    assert "weeks before the undated report" in compare_events(happened, undated).summary()


def test_a_crowd_inside_a_range_keeps_the_weight_of_agreeing_on_a_crowd() -> None:
    """ "About 600" in "more than 500" agrees on a crowd: the within-range weight never lowers it."""
    text = "Guards sent a crowd back over the bridge."
    six_hundred = ev("a", "docA", text, when=("2023-10-09", "2023-10-09"), count=(600, 600))
    over_five_hundred = ev("b", "docB", text, when=("2023-10-09", "2023-10-09"), count=(501, None))
    with trying(count_within=0.5):
        low = compare_events(six_hundred, over_five_hundred).score
    with trying(count_within=2.5):
        high = compare_events(six_hundred, over_five_hundred).score
    assert high - low == 0.5  # 2.0 for a crowd at the least, 2.5 when the weight is higher

"""A feared deed done in the weeks after the fear was reported (merge60, issue 13): told of as many
people, in the same town, by the same kind of authority, the two moments cost nothing. Every
report here is invented."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.model import Actor, Event, Place, Victims

SARIWON = Place("Sariwon", "KP", "North Hwanghae", None, 38.51, 125.76, "city")
HWANGHAE = Place("North Hwanghae", "KP", "North Hwanghae", None, 38.5, 126.2, "province")
COURT = Actor("a provincial court", "KP", "court")
REASON = "the fear done to as many people, in its place, by its authority"


def _fear(where: Place = SARIWON, count: int = 1, perps: list[Actor] | None = None) -> Event:
    return ev(
        "fear",
        "docA",
        "A court in Sariwon is expected to sentence the man to death for selling foreign films.",
        "execution",
        status="at_risk",
        published="2027-05-03",
        count=(count, count),
        perps=[COURT] if perps is None else perps,
        where=where,
    )


def _deed() -> Event:
    return ev(
        "deed",
        "docB",
        "A man was executed by firing squad in Sariwon after a court hearing on 21 May.",
        "execution",
        when=("2027-05-21", "2027-05-21"),
        published="2027-05-26",
        count=(1, 1),
        perps=[COURT],
        where=SARIWON,
    )


def test_a_feared_execution_done_in_its_town_to_one_man_by_a_court_is_one_event() -> None:
    fear, deed = _fear(), _deed()
    r = compare_events(fear, deed)
    assert REASON in r.summary(), r.summary()
    assert r.eligible, r.summary()
    assert len(merge_events([fear, deed])) == 1


def test_the_fear_met_refunds_the_status_change_cost() -> None:
    # The same pair without the named authority on the fear's side keeps the cost.
    met = compare_events(_fear(), _deed())
    unnamed = compare_events(_fear(perps=[]), _deed())
    assert REASON not in unnamed.summary(), unnamed.summary()
    assert met.score - unnamed.score >= 1.9  # the refund and the common perpetrator kind


def test_a_fear_told_of_the_province_keeps_the_status_change_cost() -> None:
    r = compare_events(_fear(where=HWANGHAE), _deed())
    assert REASON not in r.summary(), r.summary()


def test_a_fear_for_three_people_is_not_met_by_one_execution() -> None:
    r = compare_events(_fear(count=3), _deed())
    assert REASON not in r.summary(), r.summary()
    assert not r.eligible, r.summary()


# A fate feared for a group, then done to some of it (the second rule).
CHONGJIN = Place("Chongjin", "KP", "North Hamgyong", None, 41.79, 129.78, "city")
HOERYONG = Place("Hoeryong", "KP", "North Hamgyong", None, 42.44, 129.75, "city")


def _camp_fear(victims: Victims) -> Event:
    return ev(
        "fear",
        "docA",
        "The seven dock workers held in Chongjin face being sent to a labour camp, a source said.",
        "punishment",
        status="at_risk",
        published="2027-08-04",
        where=CHONGJIN,
    ).with_(victims=victims)


def _camp_terms(where: Place = CHONGJIN) -> Event:
    return ev(
        "terms",
        "docB",
        "Four of the seven dock workers were sent to a labour camp last week.",
        "punishment",
        when=("2027-08-16", "2027-08-22"),
        precision="week",
        published="2027-08-27",
        where=where,
    ).with_(victims=Victims("Four of the seven dock workers", 4, 4, None))


def test_a_camp_term_passed_on_four_of_the_seven_feared_for_is_the_fate_feared() -> None:
    r = compare_events(_camp_fear(Victims("The seven dock workers", 7, 7, None)), _camp_terms())
    assert r.conflict is None, r.summary()
    assert "the fewer told as some of a group" in r.summary(), r.summary()


def test_a_part_of_a_group_bounded_from_below_stays_a_projection() -> None:
    # "At least eighteen" names no group the part could be counted out of.
    fear = _camp_fear(Victims("at least eighteen workers", 18, None, None))
    r = compare_events(fear, _camp_terms())
    assert r.conflict == "a feared punishment is a projection, not the one later done", r.summary()


def test_a_part_sentenced_in_another_town_stays_a_projection() -> None:
    fear = _camp_fear(Victims("The seven dock workers", 7, 7, None))
    r = compare_events(fear, _camp_terms(where=HOERYONG))
    assert r.conflict is not None, r.summary()


# Two ends of one journey (the third rule).
KIMCHAEK = Place("Kimchaek", "KP", "North Hamgyong", None, 40.67, 129.20, "city")
SOKCHO = Place("Sokcho", "KR", "Gangwon", None, 38.21, 128.59, "city")
SOUTH_KOREA = Place("South Korea", "KR", precision="country")
NAMPO = Place("Nampo", "KP", "South Pyongan", None, 38.73, 125.41, "city")


def _arrival() -> Event:
    return ev(
        "arrival",
        "docA",
        "Eight North Koreans who left Kimchaek by boat came ashore at Sokcho on Thursday.",
        "escape",
        when=("2027-06-10", "2027-06-10"),
        published="2027-06-11",
        count=(8, 8),
        where=SOKCHO,
        origin=KIMCHAEK,
        destination=SOUTH_KOREA,
    )


def _departure(origin: Place = KIMCHAEK, **more: Place) -> Event:
    return ev(
        "departure",
        "docB",
        "Eight people put to sea from Kimchaek on Wednesday night, a source in the port said.",
        "escape",
        when=("2027-06-09", "2027-06-09"),
        published="2027-06-14",
        count=(8, 8),
        where=origin,
        origin=origin,
        **more,
    )


def test_a_landing_and_a_departure_naming_no_end_are_two_ends_of_one_journey() -> None:
    r = compare_events(_arrival(), _departure())
    assert "the two sides of one crossing" in r.summary(), r.summary()
    assert "different countries" not in r.summary(), r.summary()


def test_a_departure_from_another_port_is_not_the_landing_s_start() -> None:
    r = compare_events(_arrival(), _departure(origin=NAMPO))
    assert "the two sides of one crossing" not in r.summary(), r.summary()


def test_a_departure_naming_its_own_other_end_is_compared_by_both_routes() -> None:
    # It names China as where the eight went: the landing in Sokcho lies on no route of its.
    china = Place("China", "CN", precision="country", text="China")
    r = compare_events(_arrival(), _departure(destination=china))
    assert "the two sides of one crossing" not in r.summary(), r.summary()

"""Merge recall (merge59): a fear borne out. An undated fear and a deed dated in the weeks after
its report, done to as many people and going where they were feared to go, are one happening told
before and after; the status cost no longer holds them apart. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import CHINA, HUNCHUN, HYESAN, NK, ev, two_reports
from tessera.merge import compare_events, merge_events
from tessera.model import Event, Victims


def _fear(count: int, destination=NK) -> Event:
    return ev(
        "fear",
        "docA",
        "Rights groups fear the detainees held near the border could be sent back within days",
        status="at_risk",
        published="2027-05-02",
        origin=CHINA,
        destination=destination,
    ).with_(victims=Victims("the detainees", count, count, None))


def _deed(count: int, destination=NK) -> Event:
    return ev(
        "done",
        "docB",
        "Border police on Friday handed a group of North Koreans to guards at a river crossing",
        when=("2027-05-14", "2027-05-14"),
        published="2027-05-17",
        origin=HUNCHUN,
        destination=destination,
    ).with_(victims=Victims("a group of North Koreans", count, count, None))


def test_a_fear_borne_out_for_as_many_people_merges() -> None:
    r = compare_events(_fear(6), _deed(6))
    assert "the fear borne out" in r.summary(), r.summary()
    assert r.eligible, r.summary()
    assert len(merge_events([_fear(6), _deed(6)])) == 1


def test_the_fear_of_other_people_is_not_borne_out() -> None:
    # Six feared for, seven handed over: not the same people counted (counts one apart).
    r = compare_events(_fear(6), _deed(7))
    assert "the fear borne out" not in r.summary()
    assert not r.eligible


def test_a_deed_going_elsewhere_does_not_bear_out_the_fear() -> None:
    # Feared sent back to North Korea, deported to China instead: another step.
    r = compare_events(_fear(6), _deed(6, destination=CHINA))
    assert "the fear borne out" not in r.summary()


def test_one_person_is_too_common_a_count_to_bear_out_a_fear() -> None:
    r = compare_events(_fear(1), _deed(1))
    assert "the fear borne out" not in r.summary()


def test_two_people_are_too_common_a_count_to_bear_out_a_fear() -> None:
    # A couple feared for, a couple handed over: many stories tell two people.
    r = compare_events(_fear(2), _deed(2))
    assert "the fear borne out" not in r.summary()
    assert not r.eligible


def test_an_exact_count_inside_the_fear_s_close_range_bears_it_out() -> None:
    # "At least 20 are held and could be returned" and "21 were handed over".
    fear = _fear(20).with_(victims=Victims("at least 20 detainees", 20, 24, None))
    r = compare_events(fear, _deed(21))
    assert "the fear borne out" in r.summary(), r.summary()


def test_crackdowns_on_desertion_and_on_rumours_are_two_campaigns() -> None:
    """Merge precision (merge59): two campaigns in one town and month with different objects."""
    a, b = two_reports(
        "crackdown",
        "Authorities launched a campaign against desertion from construction brigades.",
        "Security officials began an inspection campaign against rumours in the city.",
        where=HYESAN,
    )
    r = compare_events(a, b)
    assert "different kinds of crackdown" in r.summary(), r.summary()
    assert not r.eligible


def test_two_tellings_of_one_campaign_against_desertion_agree_on_its_object() -> None:
    a, b = two_reports(
        "crackdown",
        "Authorities launched a campaign against desertion from construction brigades.",
        "A campaign against workers who abandon their building sites began this month.",
        where=HYESAN,
    )
    r = compare_events(a, b)
    assert "same kind of crackdown (desertion)" in r.summary(), r.summary()

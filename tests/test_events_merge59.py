"""Merge precision (merge59): the objects of a crackdown. Two campaigns in one town and month
against different things (desertion, rumours, vagrancy, another country's speech) are two
campaigns; two tellings of one campaign name one object. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HYESAN, two_reports
from tessera.merge import compare_events


def test_crackdowns_on_desertion_and_on_rumours_are_two_campaigns() -> None:
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


def test_a_campaign_against_southern_intonation_is_one_against_southern_expressions() -> None:
    # Speech told two ways: "words and intonation" and "expressions" name one object.
    a, b = two_reports(
        "crackdown",
        "A campaign began against South Korean intonation, with squads checking phones.",
        "A campaign was launched against the use of South Korean expressions.",
        where=HYESAN,
    )
    r = compare_events(a, b)
    assert "different kinds of crackdown" not in r.summary(), r.summary()

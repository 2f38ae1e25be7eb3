"""Merge recall of issue 13 (merge58): a lasting state or a campaign placed in a town its own
words do not name is not ruled out by the other report's town. Every report here is invented."""

from __future__ import annotations

from merge_fixtures import HOERYONG, HYESAN, two_reports
from tessera.merge import compare_events


def test_campaign_placed_from_another_clause_is_not_ruled_out_by_another_town() -> None:
    """ "Police have launched a campaign against Chinese mobile phones" placed in Hyesan (where a
    later sentence's source lives) and "a campaign against Chinese mobile phones began in
    Hoeryong": two towns where reports heard of one measure, a cost and not a conflict."""
    a, b = two_reports(
        "crackdown",
        "Police have launched a campaign against Chinese mobile phones, a resident said.",
        "A campaign against Chinese mobile phones began in Hoeryong this month.",
    )
    r = compare_events(a, b)
    assert r.conflict is None
    assert "different places" in r.summary()


def test_closure_of_two_towns_each_report_names_stays_apart() -> None:
    """ "Authorities sealed off Hyesan" and "authorities sealed off Hoeryong": each report's own
    words name its town, so the closures are two."""
    a, b = two_reports(
        "movement_restriction",
        "Authorities sealed off Hyesan after a fever outbreak.",
        "Authorities sealed off Hoeryong after a fever outbreak.",
    )
    r = compare_events(a, b)
    assert r.conflict is not None and "different places" in r.conflict
    assert not r.eligible


def test_arrest_placed_from_another_clause_still_conflicts() -> None:
    """An arrest is done in one town: "police detained two traders" placed in Hyesan from another
    clause against "two traders were detained in Hoeryong" are still two arrests."""
    a, b = two_reports(
        "arrest",
        "Police detained two traders at the market, a resident said.",
        "Two traders were detained in Hoeryong at the market.",
        count=(2, 2),
    )
    r = compare_events(a, b)
    assert r.conflict is not None and "different places" in r.conflict
    assert not r.eligible


def test_places_are_the_fixture_towns() -> None:
    """The two sides are placed in two towns of one country (the rule compares only those)."""
    a, b = two_reports("crackdown", "A campaign began.", "A campaign began in Hoeryong.")
    assert a.where == HYESAN and b.where == HOERYONG

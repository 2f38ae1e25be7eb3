"""Merge signals from wave 2 (issue 13): the side of a shared happening a report tells its event
on, and perpetrators' countries that do not fit where the event happened. Invented reports."""

from __future__ import annotations

from merge_fixtures import HOERYONG, HUNCHUN, NK, ev
from tessera.merge import compare_events, merge_events
from tessera.merge.text import anchored_order
from tessera.model import Actor, Place

VIENTIANE = Place("Vientiane", "LA", "Vientiane Prefecture", None, 17.97, 102.6, "city")


def test_anchored_order_reads_the_side_and_the_happening() -> None:
    assert anchored_order(["guards raided the market in the weeks before the public trial"]) == {
        ("before", "trial")
    }
    assert anchored_order(["Since the trial, teenagers have been stopped on the street"]) == {
        ("after", "trial")
    }
    assert anchored_order(["in the wake of the flood, officials were dismissed"]) == {("after", "flood")}
    # In front of a court, not before a happening.
    assert anchored_order(["the two were brought before the court"]) == frozenset()
    # Named on both sides, it places nothing.
    assert anchored_order(["before the trial and after the trial"]) == frozenset()


def _search(eid: str, doc: str, text: str, published: str) -> object:
    return ev(eid, doc, text, etype="search", where=HOERYONG, published=published)


def test_events_told_before_and_after_one_happening_are_two_events() -> None:
    before = _search(
        "s1",
        "docA",
        "police searched houses across the district for foreign films in the weeks before the public trial",
        "2025-03-10",
    )
    after = _search(
        "s2",
        "docB",
        "since the public trial, police have searched houses across the district for foreign films",
        "2025-03-14",
    )
    result = compare_events(before, after)
    assert result.conflict == "one told before the trial, the other after it"
    assert len(merge_events([before, after])) == 2
    # The same two reports without the anchor are one search.
    same = _search("s3", "docB", "police searched houses across the district for foreign films", "2025-03-14")
    assert compare_events(before, same).eligible
    assert len(merge_events([before, same])) == 1


def _arrest(eid: str, doc: str, text: str, country: str, published: str) -> object:
    return ev(
        eid,
        doc,
        text,
        etype="arrest",
        when=("2025-04-03", "2025-04-03"),
        count=(6, 6),
        where=VIENTIANE,
        published=published,
        perps=[Actor("police", country, "police")],
    )


def test_perpetrators_countries_outside_the_events_places_do_not_conflict() -> None:
    # Both reports say "police" of an arrest in Laos; the extractor gave them two nationalities
    # that neither report states and that do not fit the place.
    a = _arrest(
        "a1", "docA", "Police detained six North Koreans in Vientiane on Thursday", "KP", "2025-04-05"
    )
    b = _arrest(
        "b1", "docB", "six North Koreans were arrested by police in the Lao capital", "CN", "2025-04-07"
    )
    result = compare_events(a, b)
    assert result.conflict is None
    assert len(merge_events([a, b])) == 1


def test_perpetrators_of_different_countries_still_conflict_when_they_fit_the_places() -> None:
    # A disappearance from China into North Korea: agents of either country fit its places.
    def taken(eid: str, doc: str, country: str) -> object:
        return ev(
            eid,
            doc,
            "a pastor vanished near the river and is believed to have been taken across",
            "disappearance",
            when=("2025-04-03", "2025-04-03"),
            count=(1, 1),
            origin=HUNCHUN,
            destination=NK,
            perps=[Actor("agents", country, "state_security")],
        )

    a, b = taken("a1", "docA", "KP"), taken("b1", "docB", "CN")
    assert (compare_events(a, b).conflict or "").startswith("perpetrators from different countries")
    # Without places, the countries the reports give are all there is: they still conflict.
    a, b = a.with_(origin=None, destination=None), b.with_(origin=None, destination=None)
    assert (compare_events(a, b).conflict or "").startswith("perpetrators from different countries")


def test_the_story_bonus_does_not_join_one_reports_background_to_the_others_news() -> None:
    from tessera.merge.weights import trying

    # Two reports of one public trial (merged on their own merits) ...
    trial_a = ev(
        "ta",
        "docA",
        "Four smugglers were sentenced to death and shot in Hoeryong on 3 March.",
        "execution",
        when=("2025-03-03", "2025-03-03"),
        count=(4, 4),
        published="2025-03-20",
        where=HOERYONG,
    )
    trial_b = ev(
        "tb",
        "docB",
        "Four smugglers were shot in Hoeryong on March 3 after a public trial.",
        "execution",
        when=("2025-03-03", "2025-03-03"),
        count=(4, 4),
        published="2025-04-02",
        where=HOERYONG,
    )
    # ... one telling the arrest of the four in January, the other the arrests going on now.
    background = ev(
        "aa",
        "docA",
        "The four had been detained by security agents in January.",
        "arrest",
        when=("2025-01-01", "2025-01-31"),
        precision="month",
        published="2025-03-20",
        where=HOERYONG,
    )
    news = ev(
        "ab",
        "docB",
        "teenagers caught with foreign songs are being taken to the police station",
        "arrest",
        published="2025-04-02",
        where=HOERYONG,
    )
    assert compare_events(background, news).outside_news
    with trying(story_bonus=2.5, threshold=4.5):
        groups = sorted(sorted(m.member_ids) for m in merge_events([trial_a, trial_b, background, news]))
    assert groups == [["aa"], ["ab"], ["ta", "tb"]]
    # A dated arrest in the weeks before the undated report is still part of its news.
    recent = ev(
        "ar",
        "docA",
        "Two teenagers were detained by police in late March.",
        "arrest",
        when=("2025-03-21", "2025-03-31"),
        precision="month_part",
        published="2025-03-31",
        where=HOERYONG,
    )
    assert not compare_events(recent, news).outside_news

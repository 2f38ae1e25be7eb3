"""Merging real coverage (issue 13): lasting states reported months apart, the same region, a
named group of victims, agreement on a country counted once, and the other parts of a story two
reports already share. Every sentence is invented."""

from __future__ import annotations

from merge_fixtures import CHINA, NK, ev
from tessera.merge import compare_events, merge_events
from tessera.merge.places import relate
from tessera.merge.weights import trying
from tessera.model import Place, Victims

BORDER = Place("the border region", "KP", precision="region")
KUNMING = Place("Kunming", "CN", "Yunnan", None, 25.04, 102.71, "city")
SOUTH = Place("South Korea", "KR", precision="country")
LAOS = Place("Laos", "LA", precision="country")
MUSAN = Place("Musan", "KP", "North Hamgyong", None, 42.23, 129.22, "county")


def _closure(eid: str, doc: str, text: str, when: tuple[str, str], published: str) -> object:
    return ev(
        eid,
        doc,
        text,
        "movement_restriction",
        when=when,
        precision="range",
        published=published,
        where=BORDER,
    )


def test_a_closure_is_in_force_until_it_is_reported_and_may_be_dated_months_apart() -> None:
    ordered = _closure(
        "c1",
        "docA",
        "Guards were told to fire on anyone near the river fence.",
        ("2021-05-03", "2021-05-03"),
        "2021-05-10",
    )
    noticed = _closure(
        "c2",
        "docB",
        "A fenced strip along the river is now closed to everyone.",
        ("2021-01-01", "2021-01-31"),
        "2021-06-02",
    )
    # The state a June report describes began before it: the January date and the May order meet.
    assert compare_events(ordered, noticed).conflict is None
    later = _closure(
        "c3",
        "docC",
        "The river fence zone was widened in August.",
        ("2021-08-01", "2021-08-31"),
        "2021-09-01",
    )
    # Months apart a lasting state is still one (a cost, not a conflict) ...
    assert compare_events(ordered, later).conflict is None
    far = _closure(
        "c4", "docD", "The river fence zone was closed again.", ("2022-03-01", "2022-03-31"), "2022-04-01"
    )
    assert compare_events(ordered, far).conflict is not None  # ... but not most of a year apart
    # A happening is not a state: two arrests four months apart are two arrests.
    a = ev(
        "a1",
        "docA",
        "Police detained nine people.",
        "arrest",
        when=("2021-05-03", "2021-05-03"),
        count=(9, 9),
    )
    b = ev(
        "a2",
        "docB",
        "Police detained nine people.",
        "arrest",
        when=("2021-09-01", "2021-09-30"),
        count=(9, 9),
    )
    assert compare_events(a, b).conflict is not None


def test_the_same_named_region_agrees_more_than_a_town_that_may_lie_in_it() -> None:
    same = relate(BORDER, Place("The Border Region", "KP", precision="region"))
    inside = relate(BORDER, MUSAN)
    assert same.kind == "same" and same.weight > inside.weight


def test_a_count_of_a_telling_group_is_a_detail_two_undated_reports_may_share() -> None:
    def arrest(eid: str, doc: str, text: str, count: int, group: str, published: str | None) -> object:
        e = ev(eid, doc, text, "arrest", count=(count, count), published=published, where=NK)
        e.victims = Victims(text, count, count, group)
        return e

    a = arrest(
        "s1",
        "docA",
        "Twelve university students were detained for sharing foreign films.",
        12,
        "students",
        "2019-04",
    )
    b = arrest(
        "s2",
        "docB",
        "Security agents arrested twelve students over a film they had copied.",
        12,
        "students",
        None,
    )
    assert compare_events(a, b).strong >= 2
    x = arrest("f1", "docA", "A family of three was detained near the river.", 3, "family", "2019-04")
    y = arrest("f2", "docB", "Agents arrested three members of a family.", 3, "family", None)
    assert compare_events(x, y).strong < 2  # a family of three is too common to tell


def test_agreeing_only_on_the_country_counts_once_for_all_roles() -> None:
    a = ev("e1", "docA", "Four people fled across the river.", "escape", where=MUSAN, origin=MUSAN)
    b = ev("e2", "docB", "Four people fled across the river.", "escape", where=NK, origin=NK)
    c = ev("e3", "docC", "Four people fled across the river.", "escape", where=NK)
    assert compare_events(a, b).score == compare_events(a, c).score


def _story() -> list:
    """Two reports of one group caught in Kunming: the arrest (dated, counted in both) and the
    journey they were caught on (dated in one, undated in the other)."""
    arrest_a = ev(
        "ka",
        "docA",
        "Chinese police seized fifteen defectors at a bus station in Kunming on Friday.",
        "arrest",
        when=("2015-06-12", "2015-06-12"),
        count=(15, 15),
        published="2015-06-15",
        where=KUNMING,
    )
    arrest_b = ev(
        "kb",
        "docB",
        "A group of 15 North Koreans was detained in Kunming last week.",
        "arrest",
        when=("2015-06-12", "2015-06-12"),
        count=(15, 15),
        published="2015-06-18",
        where=KUNMING,
    )
    trip_a = ev(
        "ta",
        "docA",
        "They had hoped to travel on to Seoul.",
        "escape",
        status="attempted",
        when=("2015-06-12", "2015-06-12"),
        published="2015-06-15",
        origin=KUNMING,
        destination=SOUTH,
    )
    trip_b = ev(
        "tb",
        "docB",
        "The defectors had been trying to travel on by way of Southeast Asia.",
        "escape",
        status="attempted",
        published="2015-06-18",
        destination=SOUTH,
    )
    return [arrest_a, arrest_b, trip_a, trip_b]


def _groups(merged: list) -> list[list[str]]:
    return sorted(sorted(m.member_ids) for m in merged)


def test_two_reports_that_share_an_event_share_the_other_parts_of_the_story() -> None:
    events = _story()
    assert not compare_events(events[2], events[3]).eligible  # too vague on its own
    with trying(story_bonus=2.5, threshold=4.5):
        assert _groups(merge_events(events)) == [["ka", "kb"], ["ta", "tb"]]
    with trying(story_bonus=0.0, threshold=4.5):
        assert _groups(merge_events(events)) == [["ka", "kb"], ["ta"], ["tb"]]


def test_another_leg_of_the_journey_is_not_joined_by_the_story() -> None:
    events = _story()[:2]
    to_china = ev(
        "ra",
        "docA",
        "Laos sent them on to China.",
        "repatriation",
        published="2015-06-15",
        origin=LAOS,
        destination=CHINA,
        count=(15, 15),
    )
    to_north = ev(
        "rb",
        "docB",
        "They were later handed to North Korea.",
        "repatriation",
        published="2015-06-18",
        origin=LAOS,
        destination=NK,
        count=(15, 15),
    )
    with trying(story_bonus=2.5, threshold=4.5):
        groups = _groups(merge_events([*events, to_china, to_north]))
    assert ["ra"] in groups and ["rb"] in groups


def test_measures_around_a_story_are_not_joined_by_it() -> None:
    events = _story()[:2]
    close_a = ev(
        "ma",
        "docA",
        "Bus stations in the province now check every passenger.",
        "movement_restriction",
        published="2015-06-15",
        where=KUNMING,
    )
    close_b = ev(
        "mb",
        "docB",
        "Roads out of the city were closed for a week.",
        "movement_restriction",
        published="2015-06-18",
        where=KUNMING,
    )
    assert not compare_events(close_a, close_b).eligible
    with trying(story_bonus=2.5, threshold=4.5):
        groups = _groups(merge_events([*events, close_a, close_b]))
    assert ["ma"] in groups and ["mb"] in groups


def test_evidence_words_are_compared_by_their_snowball_stems() -> None:
    from tessera.merge.text import content_tokens

    # A noun and the verb it comes from are one word to compare (issue 10).
    assert content_tokens("the repatriation of nine") == content_tokens("nine were repatriated")
    assert content_tokens("mass detentions") & content_tokens("detention centre")


def test_an_undated_report_agrees_with_a_date_in_the_weeks_before_it_was_published() -> None:
    text = "A woman working at a garment factory in Dandong has gone missing."
    dated = ev("d", "docA", text, "disappearance", when=("2022-06-01", "2022-06-10"), published="2022-06-14")
    undated = ev("u", "docB", text, "disappearance", published="2022-06-17")
    stale = ev("s", "docC", text, "disappearance", published="2022-09-20")
    near, far = compare_events(dated, undated), compare_events(dated, stale)
    assert "dated within the weeks before the undated report" in near.summary()
    assert "weeks before" not in far.summary() and near.score > far.score


def test_a_handover_named_by_its_sender_and_by_its_receiver_is_one_event() -> None:
    from tessera.model import Actor

    china_police = [Actor("Chinese border police", "CN", "police")]
    nk_security = [Actor("state security officers", "KP", "state_security")]
    text = "About 40 detainees were handed over at the Tumen bridge on Tuesday."
    day = ("2025-03-04", "2025-03-04")
    sent = ev("s", "docA", text, when=day, count=(40, 40), origin=CHINA, destination=NK, perps=china_police)
    taken = ev("t", "docB", text, when=day, count=(40, 40), origin=CHINA, destination=NK, perps=nk_security)
    assert compare_events(sent, taken).conflict is None
    # An arrest has one side: Chinese police and North Korean agents arresting are two arrests
    # (when each report's own words name them: merge30's told perpetrators).
    by_police = "Border police detained about 40 people at the Tumen bridge on Tuesday."
    by_officers = "Security officers detained about 40 people at the Tumen bridge on Tuesday."
    held = ev("h1", "docA", by_police, "arrest", when=day, count=(40, 40), where=NK, perps=china_police)
    held2 = ev("h2", "docB", by_officers, "arrest", when=day, count=(40, 40), where=NK, perps=nk_security)
    assert "different countries" in (compare_events(held, held2).conflict or "")

"""Merge signals of issue 13 (2026-12-02): a kind of the act both reports name agrees, the
stages of one return (the city where people were held, the border post) do not disagree, and an
event without a route placed in two countries gets no story bonus. Every report is invented."""

from __future__ import annotations

from datetime import date

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.merge.text import names_others
from tessera.merge.weights import trying, weights
from tessera.model import Actor, Place

SHENYANG = Place("Shenyang", "CN", "Liaoning", None, 41.80, 123.43, "city")
DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.13, 124.39, "city")
SINUIJU = Place("Sinuiju", "KP", "North Pyongan", None, 40.10, 124.40, "city")
HARBIN = Place("Harbin", "CN", "Heilongjiang", None, 45.75, 126.64, "city")
KP = Place("North Korea", "KP", precision="country", text="North Korea")
RU = Place("Russia", "RU", precision="country", text="Russia")
POLICE = Actor("police", "CN", "police")


def test_two_crossings_by_boat_agree_on_the_kind_of_escape() -> None:
    boat = ev(
        "b",
        "docA",
        "Three fishermen steered a wooden boat across the sea border on Friday night.",
        "escape",
        when=("2025-08-01", "2025-08-31"),
        precision="month",
        count=(3, 3),
        published="2025-08-20",
    )
    by_sea = ev(
        "s",
        "docB",
        "the crew who fled south by boat earlier this month",
        "escape",
        when=("2025-08-01", "2025-08-31"),
        precision="month",
        published="2025-09-04",
    )
    r = compare_events(boat, by_sea)
    assert "same kind of escape (by_sea)" in r.summary()
    gain = weights().act_same
    assert gain > 0
    with trying(act_same=0.0):
        assert compare_events(boat, by_sea).score == r.score - gain
    told_plainly = by_sea.with_(id="p", evidence=[by_sea.evidence[0].__class__("docC", 0, 9, "defected")])
    assert "same kind" not in compare_events(boat, told_plainly).summary()


def _return(eid: str, doc: str, text: str, **kw) -> object:
    return ev(eid, doc, text, "repatriation", count=(8, 8), perps=[POLICE], **kw)


def test_the_city_where_people_were_held_and_the_border_post_are_stages_of_one_return() -> None:
    """ "The eight held in Shenyang face being sent back" (an undated fear) and "the eight were
    handed over at Sinuiju, across from Dandong" (done a fortnight later): each report names
    another stage of one route from China to North Korea."""
    feared = _return(
        "f",
        "docA",
        "The eight held in Shenyang face being sent back to the North.",
        status="at_risk",
        published="2025-03-02",
        where=SHENYANG,
        origin=SHENYANG,
        destination=KP,
    )
    done = _return(
        "d",
        "docB",
        "The eight were handed to North Korean guards at Sinuiju on March 14.",
        when=("2025-03-14", "2025-03-14"),
        published="2025-03-16",
        where=SINUIJU,
        origin=DANDONG,
        destination=SINUIJU,
    )
    r = compare_events(feared, done)
    assert "stages of one route" in r.summary() and r.eligible
    # Another route (from Russia) is no stage of this one: the places still cost.
    from_russia = done.with_(id="r", origin=RU, where=SINUIJU)
    assert "stages of one route" not in compare_events(feared, from_russia).summary()
    # Two arrests are no route: a town in each country still costs.
    arrest_a = feared.with_(id="aa", type="arrest", status="occurred", origin=None, destination=None)
    arrest_b = done.with_(id="ab", type="arrest", origin=None, destination=None)
    assert "stages of one route" not in compare_events(arrest_a, arrest_b).summary()


def test_an_event_without_a_route_placed_in_two_countries_gets_no_story_bonus() -> None:
    """Two reports share the return of eight people; one tells their arrest in Harbin, the other
    their detention in Sinuiju after the handover: two detentions of one story, not one."""
    ret_a = _return(
        "ra",
        "docA",
        "China returned the eight to the North on March 14.",
        when=("2025-03-14", "2025-03-14"),
        published="2025-03-16",
        origin=DANDONG,
        destination=KP,
    )
    ret_b = ret_a.with_(id="rb", evidence=[ret_a.evidence[0].__class__("docB", 0, 10, "sent back")])
    ret_b.sources = [ret_a.sources[0].__class__("docB", "Other Wire", None, "2025-03-17")]
    held_cn = ev(
        "ha",
        "docA",
        "They had been arrested in Harbin.",
        "arrest",
        count=(8, 8),
        published="2025-03-16",
        where=HARBIN,
    )
    held_kp = ev(
        "hb",
        "docB",
        "The eight are now held by security agents in Sinuiju.",
        "arrest",
        count=(8, 8),
        published="2025-03-17",
        outlet="Other Wire",
        where=SINUIJU,
    )
    r = compare_events(held_cn, held_kp)
    assert r.placed_apart and not r.conflict
    with trying(story_bonus=10.0):
        groups = sorted(sorted(m.member_ids) for m in merge_events([ret_a, ret_b, held_cn, held_kp]))
    assert ["ha", "hb"] not in groups and ["ra", "rb"] in groups


def test_one_report_telling_one_return_twice_on_the_day_it_names_is_one_event() -> None:
    """A lead that deplores "China's return of the group" (given the body's day) and the body's
    "they were sent back through the Dandong crossing on May 3": one event told twice."""
    lead = ev(
        "l",
        "docA",
        "The ministry deplored China's return of the group.",
        when=("2025-05-03", "2025-05-03"),
        published="2025-05-08",
    )
    body = ev(
        "b",
        "docA",
        "the defectors, who were sent back through the Dandong crossing on May 3",
        when=("2025-05-03", "2025-05-03"),
        count=(9, 9),
        published="2025-05-08",
        origin=DANDONG,
    )
    r = compare_events(lead, body)
    assert r.retold and r.eligible
    other = ev(
        "o",
        "docA",
        "Police also sent back two brokers on May 3.",
        when=("2025-05-03", "2025-05-03"),
        published="2025-05-08",
    )
    assert not compare_events(body, other).eligible
    next_day = lead.with_(id="n", when=body.when.__class__(date(2025, 5, 4), date(2025, 5, 4), "day"))
    assert not compare_events(next_day, body).eligible


def test_words_that_add_others_are_read() -> None:
    assert names_others(["Police also detained two brokers"])
    assert names_others(["Three other defendants were jailed"])
    assert names_others([None, "his commander was questioned as well"])
    assert not names_others(["The eight were handed over at the bridge", None])


def test_two_legs_of_one_flight_are_never_one_event() -> None:
    """ "The eleven entered Laos from Yunnan on Sunday" and "the eleven crossed the Mekong from
    Laos into Thailand on Sunday": the first leg ends in the country the second sets out from."""
    yunnan = Place("Yunnan", "CN", "Yunnan", None, 24.9, 101.5, "province", text="Yunnan")
    laos = Place("Laos", "LA", precision="country", text="Laos")
    chiang_rai = Place("Chiang Rai", "TH", "Chiang Rai", None, 19.9, 99.8, "province", text="Chiang Rai")
    into_laos = ev(
        "l1",
        "docA",
        "The eleven entered Laos from Yunnan on Sunday.",
        "escape",
        when=("2025-06-08", "2025-06-08"),
        count=(11, 11),
        origin=yunnan,
        destination=laos,
    )
    into_thailand = ev(
        "l2",
        "docB",
        "The eleven crossed the Mekong from Laos into Thailand on Sunday.",
        "escape",
        when=("2025-06-08", "2025-06-08"),
        count=(11, 11),
        origin=laos,
        destination=chiang_rai,
    )
    r = compare_events(into_laos, into_thailand)
    assert r.conflict and "two legs" in r.conflict
    assert len(merge_events([into_laos, into_thailand])) == 2
    # The same leg told twice (both end in Thailand) is still compared on its merits.
    again = into_thailand.with_(id="l3", origin=None)
    assert not compare_events(into_thailand, again).conflict
    # A first leg's end that no words name (supplied from a town named later) proves nothing.
    supplied_end = into_laos.with_(id="l4", destination=Place("Laos", "LA", precision="country"))
    assert not compare_events(supplied_end, into_thailand).conflict

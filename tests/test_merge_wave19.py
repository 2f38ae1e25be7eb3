"""Merge rules of issue 13, wave 19 (merge19): a report's second telling placed only in a country
no words name, a crowd far above another report's stated lower bound, fewer people picked out
by a relative clause, and harm done on the spot to a person told by his trade. Every report here
is invented."""

from __future__ import annotations

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.merge.text import told_in_relative_clause
from tessera.model import Actor, Place, Victims

TUMEN = Place("Tumen", "CN", "Jilin", None, 42.97, 129.84, "city", text="Tumen")
NAMYANG = Place("Namyang", "KP", "North Hamgyong", None, 42.95, 129.86, "city", text="Namyang")
CHEORWON = Place("Cheorwon", "KR", "Gangwon", None, 38.15, 127.31, "county", text="Cheorwon")
KR_SUPPLIED = Place("South Korea", "KR", precision="country")
KP_SUPPLIED = Place("North Korea", "KP", precision="country")
ULAN = Place("Ulan-Ude", "RU", "Buryatia", None, 51.83, 107.58, "city", text="Ulan-Ude")
RU = Place("Russia", "RU", precision="country", text="Russia")
UIJU = Place("Uiju County", "KP", "North Pyongan", None, 40.2, 124.53, "county", text="Uiju")


def _people(e, text: str, low: int | None, high: int | None, group: str = "residents"):  # type: ignore[no-untyped-def]
    e.victims = Victims(text, low, high, group)
    return e


def test_a_second_telling_placed_in_an_unnamed_country_joins_with_the_first() -> None:
    """docB tells one crossing in its lead ("a soldier walked across the border into Cheorwon on
    Tuesday") and again later ("he waited for the fog to lift before walking south"), the second
    given a country no words name as its place; both agree with docA's crossing, and the second
    telling's supplied country does not keep the two tellings apart."""
    common = dict(etype="escape", when=("2027-06-08", "2027-06-08"), count=(1, 1))
    told = ev(
        "a",
        "docA",
        "a soldier crossed the border into Cheorwon early on Tuesday",
        published="2027-06-09",
        origin=KP_SUPPLIED,
        destination=CHEORWON,
        where=CHEORWON,
        **common,
    )
    lead = ev(
        "b1",
        "docB",
        "a soldier walked across the border into Cheorwon on Tuesday",
        published="2027-06-10",
        origin=KP_SUPPLIED,
        destination=CHEORWON,
        where=CHEORWON,
        **common,
    )
    again = ev(
        "b2",
        "docB",
        "he waited for the fog to lift before walking south",
        published="2027-06-10",
        origin=KP_SUPPLIED,
        destination=KR_SUPPLIED,
        where=KP_SUPPLIED,
        **common,
    )
    assert compare_events(lead, again).told_again
    groups = sorted(sorted(m.member_ids) for m in merge_events([told, lead, again]))
    assert groups == [["a", "b1", "b2"]]


def _return(eid: str, doc: str, text: str, people: str, low: int, high: int | None):  # type: ignore[no-untyped-def]
    e = ev(
        eid,
        doc,
        text,
        when=("2027-03-02", "2027-03-02"),
        published="2027-03-04",
        origin=TUMEN,
        destination=NAMYANG,
        where=TUMEN,
    )
    return _people(e, people, low, high)


def test_a_crowd_far_above_a_stated_lower_bound_is_another_return() -> None:
    """ "More than 50 North Koreans were driven over the Tumen bridge on Tuesday" and, in another
    report, "around 600 were sent back in a single night" (an earlier mass return given the same
    day): an outlet that knew of six hundred would not say "more than fifty". "About 60" agrees,
    and a small bound ("at least two") or a vague "several" says too little to rule anything out."""
    bound = _return(
        "a",
        "docA",
        "more than 50 North Koreans were driven over the bridge",
        "more than 50 North Koreans",
        51,
        None,
    )
    sixty = _return("b", "docB", "about 60 North Koreans were sent back", "about 60 North Koreans", 60, 60)
    crowd = _return(
        "c", "docC", "around 600 were sent back in a single night", "around 600 North Koreans", 600, 600
    )
    assert compare_events(bound, sixty).eligible
    assert "far above a stated lower bound" in (compare_events(bound, crowd).conflict or "")
    two = _return("d", "docD", "at least two people were sent back", "at least two people", 2, None)
    nine = _return("e", "docE", "nine people were sent back", "nine people", 9, 9)
    assert "stated lower bound" not in (compare_events(two, nine).conflict or "")
    several = _return("f", "docF", "several people were sent back", "several people", 3, None)
    assert "stated lower bound" not in (compare_events(several, nine).conflict or "")


def _flight(eid: str, doc: str, text: str, people: str, n: int, published: str):  # type: ignore[no-untyped-def]
    e = ev(
        eid,
        doc,
        text,
        "escape",
        when=("2027-05-01", "2027-05-31"),
        precision="month",
        published=published,
        origin=ULAN,
        destination=RU,
        where=ULAN,
    )
    return _people(e, people, n, n, "workers")


def test_fewer_people_picked_out_by_a_relative_clause_may_be_part_of_the_group() -> None:
    """ "Four North Korean builders fled a site in Ulan-Ude in May" and, in a later report, "two
    North Korean builders who fled a site in Ulan-Ude in May were sent home": the second picks out
    the two it follows by the flight, and they may be half of the four. Two plain tellings of two
    and of four, or two relative clauses, still count different groups."""
    assert told_in_relative_clause(["who fled a site in Ulan-Ude in May"])
    assert told_in_relative_clause(["  whom police caught"]) and not told_in_relative_clause(["whose site"])
    assert not told_in_relative_clause(["two builders fled a site"]) and not told_in_relative_clause([None])
    four = _flight(
        "a",
        "docA",
        "Four North Korean builders fled a site in Ulan-Ude in May",
        "Four North Korean builders",
        4,
        "2027-06-02",
    )
    two = _flight(
        "b", "docB", "who fled a site in Ulan-Ude in May", "two North Korean builders", 2, "2027-06-05"
    )
    assert compare_events(four, two).conflict is None
    plain = _flight(
        "c",
        "docC",
        "Two North Korean builders fled a site in Ulan-Ude in May",
        "Two North Korean builders",
        2,
        "2027-06-05",
    )
    assert compare_events(four, plain).conflict
    other = _flight(
        "d", "docD", "who fled a site in Ulan-Ude in May", "four North Korean builders", 4, "2027-06-05"
    )
    assert compare_events(other, two).conflict


def test_a_person_shot_is_not_told_apart_by_a_part_in_a_flight() -> None:
    """ "Border guards shot a smuggler on the river near Uiju on Wednesday night" and "a North
    Korean man carrying smuggled goods was shot dead near Uiju on Wednesday": the man's trade is
    no helper's part in a flight, as it is when police detain "eight defectors" and "two brokers"."""
    guards = [Actor("border guards", "KP", "border_guard")]

    def shooting(eid: str, doc: str, text: str, people: str):  # type: ignore[no-untyped-def]
        e = ev(
            eid,
            doc,
            text,
            "violence",
            when=("2027-07-14", "2027-07-14"),
            published="2027-07-16",
            perps=guards,
            where=UIJU,
        )
        return _people(e, people, 1, 1, "individual")

    a = shooting("a", "docA", "border guards shot a smuggler on the river near Uiju", "a smuggler")
    b = shooting(
        "b",
        "docB",
        "a North Korean man carrying smuggled goods was shot dead near Uiju",
        "a North Korean man",
    )
    r = compare_events(a, b)
    assert r.eligible and not r.other_people
    arrest_a = ev(
        "c",
        "docC",
        "police detained a smuggler near Uiju",
        "arrest",
        when=("2027-07-14", "2027-07-14"),
        where=UIJU,
    )
    arrest_b = ev(
        "d",
        "docD",
        "police detained a North Korean man near Uiju",
        "arrest",
        when=("2027-07-14", "2027-07-14"),
        where=UIJU,
    )
    _people(arrest_a, "a smuggler", 1, 1, "individual")
    _people(arrest_b, "a North Korean defector", 1, 1, "individual")
    assert compare_events(arrest_a, arrest_b).other_people


def test_a_town_the_other_report_names_in_its_evidence_is_its_place() -> None:
    """ "Authorities sealed off the border town of Sinpo" (placed in Sinpo) and "the state has
    suspended travel to and from the border town of Sinpo" (placed in North Korea, the country
    the sentence's subject names): the second report's own words name the first's town, which
    agrees as a place both name; a report that names no town agrees only on the country."""
    sinpo = Place("Sinpo", "KP", "South Hamgyong", None, 40.03, 128.18, "city", text="Sinpo")
    country = Place("North Korea", "KP", precision="country", text="North Korea")

    def closure(eid: str, doc: str, text: str, where: Place):  # type: ignore[no-untyped-def]
        return ev(
            eid,
            doc,
            text,
            "movement_restriction",
            when=("2027-04-01", "2027-04-20"),
            precision="range",
            published="2027-04-21",
            where=where,
        )

    sealed = closure("a", "docA", "Authorities have sealed off the border town of Sinpo", sinpo)
    suspended = closure(
        "b", "docB", "North Korea has suspended travel to and from the border town of Sinpo", country
    )
    vague = closure("c", "docC", "North Korea has suspended travel near its eastern coast", country)
    named = compare_events(sealed, suspended)
    assert any("named in the other's evidence" in x for x in named.reasons)
    assert named.score > compare_events(sealed, vague).score

"""Merge rules from the misses on coverage the merge was not tuned on (issue 13, wave 7): towns
facing each other across the border, a perpetrator's country the extractor supplied, and the
helpers of a flight told apart from the people who fled. Invented text."""

from __future__ import annotations

from merge_fixtures import HYESAN, NAMYANG, TUMEN, ev
from tessera.merge import compare_events, merge_events
from tessera.merge.places import relate
from tessera.merge.text import names_helpers
from tessera.model import Actor, Place, Victims

# Two towns on the two banks of the upper Yalu, a few kilometres apart.
CHANGBAI = Place("Changbai", "CN", "Jilin", None, 41.42, 128.20, "city")
YANJI = Place("Yanji", "CN", "Jilin", None, 42.89, 129.51, "city")
JILIN = Place("Jilin", "CN", "Jilin", None, 43.7, 126.2, "province")
VIENTIANE = Place("Vientiane", "LA", "Vientiane", None, 17.97, 102.60, "city")
DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.12, 124.39, "city")


def test_towns_facing_each_other_across_the_border_are_close_not_a_conflict() -> None:
    rel = relate(HYESAN, CHANGBAI)
    assert rel.kind == "close" and "across the border" in rel.text
    # A town of the other country further inland, or its province, is still another place.
    assert relate(HYESAN, YANJI).kind == "conflict"
    assert relate(HYESAN, JILIN).kind == "conflict"


def _closure(eid: str, doc: str, text: str, where: Place, published: str) -> object:
    return ev(
        eid,
        doc,
        text,
        etype="movement_restriction",
        when=("2026-05-10", "2026-05-12"),
        precision="days",
        published=published,
        perps=[Actor("state security", "KP", "state_security")],
        where=where,
    )


def test_a_closure_told_from_either_bank_of_the_river_merges() -> None:
    north = _closure(
        "n", "docA", "Security agents sealed off the riverside city after the escape", HYESAN, "2026-05-13"
    )
    south = _closure(
        "s",
        "docB",
        "Checkpoints went up around the riverside city across from the Chinese town after the escape",
        CHANGBAI,
        "2026-05-14",
    )
    result = compare_events(north, south)
    assert result.conflict is None and "across the border" in result.summary()
    assert len(merge_events([north, south])) == 1
    # The same closure placed in an inland Chinese city stays apart.
    far = _closure("f", "docC", "Checkpoints went up around the city after the escape", YANJI, "2026-05-14")
    assert len(merge_events([north, far])) == 2


def _arrest(
    eid: str,
    doc: str,
    text: str,
    perp: Actor,
    published: str,
    where: Place,
    victims: Victims,
    when: tuple[str, str] = ("2026-02-03", "2026-02-03"),
) -> object:
    e = ev(
        eid,
        doc,
        text,
        etype="arrest",
        when=when,
        precision="day" if when[0] == when[1] else "week",
        count=(victims.count_min, victims.count_max),
        published=published,
        perps=[perp],
        where=where,
    )
    e.victims = victims
    return e


def test_police_given_a_country_none_of_its_places_lie_in_are_compared_by_kind() -> None:
    six = Victims("six North Koreans", 6, 6, "residents")
    supplied = _arrest(
        "g",
        "docA",
        "Police in the capital detained six North Koreans on Tuesday",
        Actor("police", "KP", "police"),
        "2026-02-05",
        VIENTIANE,
        six,
    )
    stated = _arrest(
        "s",
        "docB",
        "Lao police arrested six North Korean defectors in Vientiane on Tuesday",
        Actor("Lao police", "LA", "police"),
        "2026-02-06",
        VIENTIANE,
        six,
    )
    alike = _arrest(
        "a",
        "docB",
        "Lao police arrested six North Korean defectors in Vientiane on Tuesday",
        Actor("Lao police", "KP", "police"),
        "2026-02-06",
        VIENTIANE,
        six,
    )
    result = compare_events(supplied, stated)
    assert result.conflict is None and "compared by kind" in result.summary()
    # The supplied country costs nothing: the pair scores as if both reports had it supplied.
    assert abs(result.score - compare_events(supplied, alike).score) < 1e-9
    # North Korean security agents against Lao police (two kinds) still forbid the merge.
    agents = _arrest(
        "k",
        "docC",
        "Security agents seized six North Koreans in the capital on Tuesday",
        Actor("security agents", "KP", "state_security"),
        "2026-02-06",
        VIENTIANE,
        six,
    )
    assert compare_events(agents, stated).conflict is not None


def test_helpers_and_the_people_who_fled_are_told_apart_by_the_words() -> None:
    assert names_helpers("three brokers") is True
    assert names_helpers("at least two Chinese nationals who worked as guides") is True
    assert names_helpers("a local driver") is True
    assert names_helpers("nine defectors and their guide") is False
    assert names_helpers("eight North Koreans") is False
    assert names_helpers("a South Korean missionary and two Chinese citizens") is True
    assert names_helpers("a Korean-Chinese driver") is True
    assert names_helpers("five people") is None
    assert names_helpers(None) is None


def test_the_arrest_of_the_helpers_is_not_the_arrest_of_the_group() -> None:
    police = Actor("police", "CN", "police")
    group = _arrest(
        "g",
        "docA",
        "Chinese police arrested nine defectors and their guides in the border city last week",
        police,
        "2026-02-11",
        DANDONG,
        Victims("nine defectors and their guides", 9, 9, "defectors"),
        when=("2026-02-02", "2026-02-08"),
    )
    guides = _arrest(
        "h",
        "docB",
        "At least three Chinese nationals who acted as guides were also taken into custody",
        police,
        "2026-02-09",
        DANDONG,
        Victims("at least three Chinese nationals", 3, None, "residents"),
    )
    result = compare_events(group, guides)
    assert result.other_people and "helpers" in result.summary()
    assert len(merge_events([group, guides])) == 2
    # Another outlet's report of the group's arrest joins it.
    again = _arrest(
        "r",
        "docC",
        "Nine North Korean defectors were arrested by police in the border city on Tuesday",
        police,
        "2026-02-09",
        DANDONG,
        Victims("Nine North Korean defectors", 9, 9, "defectors"),
    )
    assert len(merge_events([group, again])) == 1


def test_a_part_of_a_month_told_by_the_calendar_is_not_read_loosely() -> None:
    """ "Earlier this month" is bounded differently by each reader, so a few days' miss is a
    reading; "in early March" names its days, and a period that misses it is another time."""
    from datetime import date

    from tessera.merge.text import names_month
    from tessera.model import TimeSpan

    assert names_month("in early March") and names_month("mid-Oct.") and names_month("between 3 and 5 May")
    assert not names_month("earlier this month") and not names_month("late last month")
    later = ev(
        "l",
        "docA",
        "Agents have been questioning the neighbours of the missing family",
        etype="interrogation",
        when=("2025-03-12", "2025-03-20"),
        precision="range",
        published="2025-03-20",
        where=HYESAN,
    )
    relative = ev(
        "r",
        "docB",
        "The neighbours of the missing family were questioned earlier this month",
        etype="interrogation",
        published="2025-03-24",
        where=HYESAN,
    ).with_(when=TimeSpan(date(2025, 3, 1), date(2025, 3, 10), "month_part", "earlier this month"))
    calendar = relative.with_(
        id="c", when=TimeSpan(date(2025, 3, 1), date(2025, 3, 10), "month_part", "in early March")
    )
    assert "a relative period" in compare_events(later, relative).summary()
    told = compare_events(later, calendar).summary()
    assert "a relative period" not in told and "days apart" in told


BEIJING = Place("Beijing", "CN", "Beijing", None, 39.91, 116.40, "city", "Beijing")
LUANG_NAMTHA = Place("Luang Namtha", "LA", "Luang Namtha", None, 20.95, 101.40, "city", "Luang Namtha")
SEOUL = Place("Seoul", "KR", "Seoul", None, 37.57, 126.98, "city", "Seoul")


def test_a_capital_its_evidence_does_not_name_stands_for_its_country() -> None:
    """ "China sent the group back on Tuesday", in a report that names Beijing only where the
    foreign ministry spoke, was given Beijing as its place and origin; another outlet names the
    crossing. The capital says the country of the origin and nothing of where it happened."""
    from tessera.merge.profile import profile

    told = ev(
        "b",
        "docA",
        "China sent some 60 North Koreans back to their country on Tuesday",
        when=("2025-06-10", "2025-06-10"),
        count=(50, 70),
        published="2025-06-12",
        where=BEIJING,
        origin=BEIJING,
        destination=Place("North Korea", "KP", precision="country"),
    )
    crossing = ev(
        "t",
        "docB",
        "About 60 North Koreans were handed over at the Tumen crossing on Tuesday",
        when=("2025-06-10", "2025-06-10"),
        count=(45, 75),
        published="2025-06-13",
        where=NAMYANG,
        origin=TUMEN,
        destination=NAMYANG,
    )
    assert set(profile(told).stand_ins) == {"where", "origin"}
    result = compare_events(told, crossing)
    assert "a capital its evidence does not name" in result.summary()
    assert "Tumen lies in China" in result.summary()
    assert result.eligible
    # Named in the evidence, the capital is a place like any other.
    flown = told.with_(
        id="f", evidence=[told.evidence[0].__class__("docA", 0, 40, "The group was flown back from Beijing")]
    )
    assert profile(flown).stand_ins == {}


def test_a_capital_read_from_another_clause_does_not_move_an_arrest_abroad() -> None:
    """ "Seoul is working to prevent their return", and the arrest of the eight in Laos is given
    Seoul as its place: the government that spoke, not where the police acted."""
    eight = Victims("eight North Koreans", 8, 8, "residents")
    police = Actor("police", "LA", "police")
    there = _arrest(
        "l",
        "docA",
        "Lao police detained eight North Koreans near the border",
        police,
        "2026-02-05",
        LUANG_NAMTHA,
        eight,
    )
    here = _arrest(
        "s",
        "docB",
        "Eight North Korean defectors have been caught by police in Laos",
        police,
        "2026-02-06",
        SEOUL,
        eight,
    )
    result = compare_events(there, here)
    assert "different countries" not in result.summary() and result.eligible
    # A capital the evidence names is where the event was placed.
    named = here.with_(
        id="n",
        evidence=[
            here.evidence[0].__class__("docB", 0, 50, "Eight North Korean defectors were detained in Seoul")
        ],
    )
    assert "different countries" in compare_events(there, named).summary()

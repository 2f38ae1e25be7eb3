"""Merge rules from the pairs missed on the sets written blind (issue 13, merging real coverage):
a date impossible for the event's status given its report's date, the perpetrators of one
repatriation given a country off its route. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import ev
from tessera.merge import compare_events, merge_events
from tessera.merge.profile import date_contradicts_report, profile
from tessera.model import Actor, Place, TimeSpan, Victims

LAOS = Place("Laos", "LA", precision="country")
CHINA = Place("China", "CN", precision="country")
NK = Place("North Korea", "KP", precision="country")
PAKSE = Place("Pakse", "LA", "Champasak", None, 15.12, 105.80, "city")
ULAANBAATAR = Place("Ulaanbaatar", "MN", "Ulaanbaatar", None, 47.92, 106.92, "city")
MONGOLIA = Place("Mongolia", "MN", precision="country")


def _people(e, text: str, n: int):  # type: ignore[no-untyped-def]
    e.victims = Victims(text, n, n, "residents")
    return e


def test_a_fear_dated_years_before_its_report_is_read_as_undated() -> None:
    # "Activists fear the six will be sent back to China", in a report that goes on to recall a
    # deportation of 2014: the extractor gave the fear the old case's year.
    fear = ev(
        "f",
        "docA",
        "activists fear the six will be sent back to China",
        when=("2014-01-01", "2014-12-31"),
        precision="year",
        status="at_risk",
        published="2026-03-02",
        origin=PAKSE,
        destination=CHINA,
    )
    assert date_contradicts_report(fear, date(2014, 1, 1), date(2014, 12, 31))
    assert not profile(fear).dated
    # The same fear dated by its report's week stays dated.
    assert not date_contradicts_report(fear, date(2026, 2, 25), date(2026, 3, 2))


def test_a_done_act_dated_after_its_report_is_read_as_undated() -> None:
    # "The four were picked up by border patrols", dated "next week" because the report says they
    # may fly on to Seoul next week.
    done = ev(
        "d",
        "docA",
        "the four were picked up by border patrols",
        etype="arrest",
        when=("2026-05-11", "2026-05-17"),
        precision="week",
        published="2026-05-07",
        where=MONGOLIA,
    )
    assert not profile(done).dated
    # A day after its report is a time zone or a late publication date, not another clause.
    assert not date_contradicts_report(done, date(2026, 5, 8), date(2026, 5, 8))
    # A fear dated after its report is what it should be.
    fear = done.with_(status="at_risk")
    assert not date_contradicts_report(fear, date(2026, 5, 11), date(2026, 5, 17))


def test_a_fear_given_another_events_year_joins_its_fulfilment() -> None:
    fear = _people(
        ev(
            "f",
            "docA",
            "activists fear the six will be sent back to China from Pakse",
            when=("2014-01-01", "2014-12-31"),
            precision="year",
            status="at_risk",
            published="2026-03-02",
            origin=PAKSE,
            destination=CHINA,
        ),
        "the six",
        6,
    )
    done = _people(
        ev(
            "d",
            "docB",
            "Lao authorities handed six North Koreans held in Pakse over to China on Monday",
            when=("2026-03-09", "2026-03-09"),
            published="2026-03-10",
            origin=PAKSE,
            destination=CHINA,
        ),
        "six North Koreans",
        6,
    )
    assert compare_events(fear, done).eligible
    assert len(merge_events([fear, done])) == 1


def test_a_done_act_dated_after_its_report_joins_the_other_report_of_it() -> None:
    told = _people(
        ev(
            "a",
            "docA",
            "Mongolian border guards detained four North Korean women near Ulaanbaatar on Sunday",
            etype="arrest",
            when=("2026-05-03", "2026-05-03"),
            published="2026-05-05",
            perps=[Actor("border guards", "MN", "border_guard")],
            where=ULAANBAATAR,
        ),
        "four North Korean women",
        4,
    )
    later = _people(
        ev(
            "b",
            "docB",
            "the four women were picked up by border patrols",
            etype="arrest",
            when=("2026-05-11", "2026-05-17"),
            precision="week",
            published="2026-05-07",
            perps=[Actor("border patrols", "MN", "border_guard")],
            where=MONGOLIA,
        ),
        "the four women",
        4,
    )
    assert compare_events(told, later).conflict is None
    assert len(merge_events([told, later])) == 1


def _handover(eid: str, doc: str, text: str, day: str, published: str, perp: Actor):  # type: ignore[no-untyped-def]
    return _people(
        ev(
            eid,
            doc,
            text,
            when=(day, day),
            published=published,
            perps=[perp],
            origin=PAKSE,
            destination=CHINA,
        ),
        "seven North Koreans",
        7,
    )


def test_perpetrators_off_the_route_of_a_handover_cost_instead_of_forbidding() -> None:
    # Laos to China: one report names the Chinese police who took the seven over; the other was
    # given North Korean security agents from a later clause ("agents will question them").
    by_police = _handover(
        "p",
        "docA",
        "Lao officials handed seven North Koreans to Chinese police at the border on Friday",
        "2026-04-10",
        "2026-04-11",
        Actor("police", "CN", "police"),
    )
    by_agents = _handover(
        "s",
        "docB",
        "Laos expelled the seven North Koreans to China on Friday",
        "2026-04-10",
        "2026-04-13",
        Actor("state security agents", "KP", "state_security"),
    )
    result = compare_events(by_police, by_agents)
    assert result.conflict is None
    assert "one off the route" in result.summary()
    assert len(merge_events([by_police, by_agents])) == 1


def test_an_arrest_has_no_route_and_two_kinds_of_authority_still_forbid() -> None:
    # Without a route, Lao police against North Korean agents, both in Pakse, stay two events.
    lao = _people(
        ev(
            "l",
            "docA",
            "Lao police detained seven North Koreans in Pakse on Friday",
            etype="arrest",
            when=("2026-04-10", "2026-04-10"),
            published="2026-04-11",
            perps=[Actor("police", "LA", "police")],
            where=PAKSE,
        ),
        "seven North Koreans",
        7,
    )
    agents = ev(
        "k",
        "docB",
        "North Korean agents seized seven North Koreans in Pakse on Friday",
        etype="arrest",
        when=("2026-04-10", "2026-04-10"),
        published="2026-04-11",
        perps=[Actor("agents", "KP", "state_security")],
        where=PAKSE,
    )
    assert compare_events(lao, _people(agents, "seven North Koreans", 7)).conflict is not None


CHIANG_KHONG = Place("Chiang Khong", "TH", "Chiang Rai", None, 20.26, 100.40, "city")


def _found(eid: str, doc: str, text: str, day: str, phrase: str, published: str):  # type: ignore[no-untyped-def]
    e = _people(
        ev(
            eid,
            doc,
            text,
            etype="arrest",
            published=published,
            perps=[Actor("police", "TH", "police")],
            where=CHIANG_KHONG,
        ),
        "nine North Koreans",
        9,
    )
    d = date.fromisoformat(day)
    return e.with_(when=TimeSpan(d, d, "day", phrase))


def test_a_day_read_from_outside_the_evidence_is_borrowed() -> None:
    # "Thai police arrested nine North Koreans who crossed the river. The group came ashore late on
    # Tuesday": the arrest names no day and was given the crossing's.
    borrowed = _found(
        "a",
        "docA",
        "Thai police arrested nine North Koreans who crossed the Mekong",
        "2026-03-03",
        "Tuesday",
        "2026-03-05",
    )
    own = _found(
        "b",
        "docB",
        "Police picked up nine North Koreans in Chiang Khong on Wednesday morning",
        "2026-03-04",
        "Wednesday morning",
        "2026-03-05",
    )
    assert profile(borrowed).borrowed_day and not profile(own).borrowed_day
    result = compare_events(borrowed, own)
    assert result.conflict is None and "read from outside its evidence" in result.summary()
    assert len(merge_events([borrowed, own])) == 1


def test_two_days_each_named_in_the_evidence_are_still_two_events() -> None:
    monday = _found(
        "a",
        "docA",
        "Police picked up nine North Koreans in Chiang Khong on Monday",
        "2026-03-02",
        "Monday",
        "2026-03-05",
    )
    tuesday = _found(
        "b",
        "docB",
        "Police picked up nine North Koreans in Chiang Khong on Tuesday",
        "2026-03-03",
        "Tuesday",
        "2026-03-05",
    )
    assert compare_events(monday, tuesday).conflict is not None
    # A borrowed day a week off is still another day.
    far = _found("c", "docC", "Police arrested nine North Koreans", "2026-03-10", "Tuesday", "2026-03-11")
    assert compare_events(monday, far).conflict is not None


def test_counts_one_apart_cost_instead_of_forbidding() -> None:
    # "Lao police arrested seven North Koreans in Pakse on Tuesday" / "eight North Koreans,
    # including a child, were detained in Pakse on Tuesday": one outlet counts the child.
    seven = ev(
        "a",
        "docA",
        "Lao police arrested seven North Koreans in Pakse",
        etype="arrest",
        when=("2026-03-03", "2026-03-03"),
        count=(7, 7),
        published="2026-03-05",
        where=PAKSE,
    )
    eight = ev(
        "b",
        "docB",
        "eight North Koreans were detained in Pakse",
        etype="arrest",
        when=("2026-03-03", "2026-03-03"),
        count=(8, 8),
        published="2026-03-06",
        where=PAKSE,
    )
    result = compare_events(seven, eight)
    assert result.conflict is None and any("one apart" in r for r in result.reasons)
    # Two apart, or small groups one apart (two and three), still tell different people.
    six = ev(
        "c",
        "docC",
        "six North Koreans were detained in Pakse",
        etype="arrest",
        when=("2026-03-03", "2026-03-03"),
        count=(6, 6),
        published="2026-03-06",
        where=PAKSE,
    )
    assert compare_events(six, eight).conflict is not None
    two = ev(
        "d",
        "docD",
        "two men were detained in Pakse",
        etype="arrest",
        when=("2026-03-03", "2026-03-03"),
        count=(2, 2),
        published="2026-03-06",
        where=PAKSE,
    )
    three = ev(
        "e",
        "docE",
        "three men were detained in Pakse",
        etype="arrest",
        when=("2026-03-03", "2026-03-03"),
        count=(3, 3),
        published="2026-03-06",
        where=PAKSE,
    )
    assert compare_events(two, three).conflict is not None


def test_small_sentence_counts_one_apart_cost() -> None:
    # "Two men were shot by firing squad in Pakse on Tuesday" / "three people were executed in
    # Pakse this week": a trial's outcome is rare and each outlet counts the condemned as its
    # source heard them, so two exact small counts one apart cost instead of forbidding.
    shot = ev(
        "a",
        "docA",
        "Two men were shot by firing squad in Pakse",
        etype="execution",
        when=("2026-03-03", "2026-03-03"),
        count=(2, 2),
        published="2026-03-05",
        where=PAKSE,
    )
    executed = ev(
        "b",
        "docB",
        "three people were executed in Pakse",
        etype="execution",
        when=("2026-03-02", "2026-03-08"),
        precision="week",
        count=(3, 3),
        published="2026-03-06",
        where=PAKSE,
    )
    result = compare_events(shot, executed)
    assert result.conflict is None and any("one apart" in r for r in result.reasons)
    # A vague "several" (three or more) is no count one above two, and two apart still differ.
    several = ev(
        "c",
        "docC",
        "several others were executed in Pakse",
        etype="execution",
        when=("2026-03-02", "2026-03-08"),
        precision="week",
        count=(3, None),
        published="2026-03-06",
        where=PAKSE,
    )
    assert compare_events(shot, several).conflict is not None
    four = ev(
        "d",
        "docD",
        "four people were executed in Pakse",
        etype="execution",
        when=("2026-03-02", "2026-03-08"),
        precision="week",
        count=(4, 4),
        published="2026-03-06",
        where=PAKSE,
    )
    assert compare_events(shot, four).conflict is not None

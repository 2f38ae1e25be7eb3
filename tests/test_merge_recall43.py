"""Merge recall from the missed pairs of the development half (session 43): counts and dates that a
report's event took from another phrase than its own. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import HUNCHUN, HYESAN, NK, ev
from tessera.merge import compare_events
from tessera.merge.text import names_part_of_group
from tessera.model import Event, Place, TimeSpan, Victims

DANDONG = Place("Dandong", "CN", "Liaoning", None, 40.13, 124.39, "city")
SINUIJU = Place("Sinuiju", "KP", "North Pyongan", None, 40.10, 124.40, "city")


def _with(e: Event, victims: Victims, when: TimeSpan | None = None) -> Event:
    return e.with_(victims=victims, when=when or e.when)


# One person told by a description of one person, given the count of the group she went with.


def _woman_sent_back(victims: Victims) -> tuple[Event, Event]:
    fear = ev(
        "a",
        "docA",
        "the woman held in Dandong is in danger of being handed over to North Korea",
        status="at_risk",
        published="2027-10-02",
        where=DANDONG,
        origin=DANDONG,
        destination=NK,
    )
    done = ev(
        "b",
        "docB",
        "was sent back across the river from Dandong on 10 October, along with about twenty others",
        when=("2027-10-10", "2027-10-10"),
        published="2027-10-20",
        where=DANDONG,
        origin=DANDONG,
        destination=SINUIJU,
    )
    return _with(fear, Victims("the woman", 1, 1, "defectors")), _with(done, victims)


def test_one_person_counted_with_the_group_she_went_with_is_no_other_count() -> None:
    r = compare_events(*_woman_sent_back(Victims("The North Korean woman", 21, 21, "defectors")))
    assert not r.conflict, r.summary()
    assert any("one person told" in x for x in r.reasons), r.summary()


def test_a_group_described_as_a_group_still_differs_from_one_person() -> None:
    r = compare_events(*_woman_sent_back(Victims("21 North Koreans", 21, 21, "defectors")))
    assert r.conflict and r.conflict.startswith("victims"), r.summary()


# Some of a group, told as "two of the ...".


def _pupils(part: Victims) -> tuple[Event, Event]:
    month = TimeSpan(date(2027, 10, 1), date(2027, 10, 31), "month", "in October")
    whole = ev(
        "a",
        "docA",
        "State security agents in Hyesan detained six pupils of one middle school in October",
        etype="arrest",
        published="2027-10-25",
        where=HYESAN,
    )
    some = ev(
        "b",
        "docB",
        "two of the pupils detained in Hyesan in October over foreign films",
        etype="arrest",
        published="2027-11-20",
        where=HYESAN,
    )
    return _with(whole, Victims("six pupils", 6, 6, "students"), month), _with(some, part, month)


def test_some_of_a_group_told_as_part_of_it_are_no_other_people() -> None:
    r = compare_events(*_pupils(Victims("Two of the pupils", 2, 2, "students")))
    assert not r.conflict, r.summary()
    assert any("told as some of a group" in x for x in r.reasons), r.summary()


def test_two_pupils_not_told_as_part_are_still_another_count() -> None:
    r = compare_events(*_pupils(Victims("two pupils", 2, 2, "students")))
    assert r.conflict and r.conflict.startswith("victims"), r.summary()


def test_partitive_descriptions() -> None:
    assert names_part_of_group("Two of the secondary-school pupils")
    assert names_part_of_group("five of his subordinates")
    assert names_part_of_group("most of those held")
    assert names_part_of_group("at least eight of the women")
    assert not names_part_of_group("two pupils of the school")
    assert not names_part_of_group("One of the North Korean women we support")
    assert not names_part_of_group("the wife of a defector")
    assert not names_part_of_group(None)


# A count its other report names, against an open count ("more than 50").


def _returns_of_july(told: str) -> tuple[Event, Event]:
    july = TimeSpan(date(2027, 7, 1), date(2027, 7, 31), "month", "in July")
    many = ev(
        "a",
        "docA",
        "More than 50 North Koreans were forcibly returned by China to Sinuiju on 17 July",
        when=("2027-07-17", "2027-07-17"),
        published="2027-07-20",
        where=DANDONG,
        origin=DANDONG,
        destination=SINUIJU,
    )
    one = ev(
        "b",
        "docB",
        told,
        published="2027-09-01",
        where=DANDONG,
        origin=DANDONG,
        destination=SINUIJU,
    )
    return (
        _with(many, Victims("More than 50 North Koreans", 51, None, "defectors")),
        _with(one, Victims("A woman", 1, 1, "defectors"), july),
    )


def test_one_of_a_group_the_other_bounds_from_below_is_no_other_count() -> None:
    r = compare_events(
        *_returns_of_july("A woman who was among about 60 North Koreans sent back through Dandong in July")
    )
    assert not r.conflict, r.summary()
    assert any("names 60" in x for x in r.reasons), r.summary()


def test_a_number_far_above_an_open_count_still_differs() -> None:
    r = compare_events(
        *_returns_of_july("A woman who was among about 500 North Koreans sent back through Dandong in July")
    )
    assert r.conflict, r.summary()


# A town read from another clause, while the event's own words name the other report's town.

YANJI = Place("Yanji", "CN", "Jilin", None, 42.888, 129.502, "city")


def _women_detained(text_b: str) -> tuple[Event, Event]:
    may = TimeSpan(date(2027, 5, 1), date(2027, 5, 20), "range", "earlier this month")
    first = ev(
        "a",
        "docA",
        "Two North Korean women who fled a fish plant in Hunchun were arrested by Chinese police in Yanji",
        etype="arrest",
        when=("2027-05-06", "2027-05-06"),
        published="2027-05-08",
        count=(2, 2),
        where=YANJI,
    )
    # The second report's arrest was placed in Hunchun, the town of the flight told elsewhere.
    second = ev("b", "docB", text_b, etype="arrest", published="2027-05-21", count=(2, 2), where=HUNCHUN)
    return first, second.with_(when=may)


def test_a_town_from_another_clause_agrees_when_the_own_words_name_the_other_town() -> None:
    r = compare_events(*_women_detained("the two women, who were detained in Yanji earlier this month"))
    assert not r.conflict, r.summary()
    assert any("named in the other's own evidence" in x for x in r.reasons), r.summary()


def test_two_towns_of_one_country_still_differ_when_the_own_words_name_neither() -> None:
    r = compare_events(*_women_detained("the two women, who were detained earlier this month"))
    assert r.conflict and "different places" in r.conflict, r.summary()

"""Merge recall (issue 13, session 49): words that tell who the people were, shared by two
reports' descriptions, are a detail in common. Invented text."""

from __future__ import annotations

from datetime import date

from merge_fixtures import HYESAN, ev
from tessera.merge import compare_events
from tessera.merge.text import describing_words
from tessera.model import Event, Place, Span, TimeSpan, Victims

MARCH = TimeSpan(date(2027, 3, 1), date(2027, 3, 31), "month", "in March")


def _two_arrests(first: Victims, second: Victims) -> tuple[Event, Event]:
    """One arrest in Hyesan told in March and again in a later report, by month."""
    a = ev(
        "a",
        "docA",
        "Security agents in Hyesan last month detained a man who passed on calls",
        etype="arrest",
        published="2027-04-03",
        where=HYESAN,
    ).with_(when=MARCH, victims=first)
    b = ev(
        "b",
        "docB",
        "who was taken in by the ministry in March",
        etype="arrest",
        published="2027-05-02",
        where=HYESAN,
    ).with_(when=MARCH, victims=second)
    return a, b


def test_describing_words_leave_out_plain_people_words_and_numbers() -> None:
    assert describing_words("eleven North Korean defectors") == frozenset()
    assert describing_words("more than 20 young residents") == frozenset()
    assert describing_words("a South Korean missionary") == describing_words("the missionary")


def test_one_broker_told_by_two_reports_is_a_detail_in_common() -> None:
    told = compare_events(
        *_two_arrests(
            Victims("a phone broker", 1, 1, "other"),
            Victims("A phone broker from Hyesan", None, None, "other"),
        )
    )
    assert "victims described alike (broker, phone)" in told.summary(), told.summary()
    assert told.eligible, told.summary()
    # "A man" in both reports says nothing about who he was: the same pair stays apart.
    plain = compare_events(
        *_two_arrests(Victims("a man", 1, 1, "other"), Victims("the man", None, None, "other"))
    )
    assert not plain.eligible, plain.summary()


def test_a_telling_group_and_its_word_count_once() -> None:
    soldiers = Victims("two soldiers", 2, 2, "soldiers")
    told = compare_events(*_two_arrests(soldiers, soldiers))
    assert "same kind of victims (soldiers)" in told.summary()
    assert "victims described alike" not in told.summary()


SOUTH_HAMGYONG = Place("South Hamgyong Province", "KP", "South Hamgyong", None, 40.1, 127.6, "province")
KAESONG = Place("Kaesong", "KP", "North Hwanghae", None, 37.97, 126.55, "city")
SPRING = TimeSpan(date(2027, 4, 1), date(2027, 4, 30), "month", "in April")


def _corps_arrests(province_text: str) -> tuple[Event, Event]:
    """Officers of one corps arrested, told by a report placing it by a province and by one
    naming the corps' town."""
    a = ev(
        "a",
        "docA",
        "more than twenty officers of the corps were arrested in April",
        etype="arrest",
        published="2027-05-03",
        where=Place(**{**SOUTH_HAMGYONG.__dict__, "text": province_text}),
    ).with_(when=SPRING, victims=Victims("more than twenty officers", 21, None, "soldiers"))
    b = ev(
        "b",
        "docB",
        "an inspection of the corps in Kaesong led to the arrest of over 20 officers in April",
        etype="arrest",
        published="2027-05-20",
        where=Place(**{**KAESONG.__dict__, "text": "Kaesong"}),
    ).with_(when=SPRING, victims=Victims("over 20 officers", 21, None, "soldiers"))
    return a, b


def test_a_province_read_from_another_clause_does_not_cost() -> None:
    # "a source in South Hamgyong Province said": the province is the source's, not the act's.
    told = compare_events(*_corps_arrests("South Hamgyong Province"))
    assert "Kaesong is not in South Hamgyong Province" in told.summary()
    assert told.eligible, told.summary()


def test_a_province_both_reports_name_still_costs() -> None:
    a, b = _corps_arrests("South Hamgyong Province")
    a = a.with_(
        evidence=[
            Span("docA", 0, 80, "officers of the corps were arrested in South Hamgyong Province in April")
        ]
    )
    assert not compare_events(a, b).eligible

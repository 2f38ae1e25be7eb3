"""Dating conventions of the when42 round, on invented text (through the whole pipeline, so
that the events stage quotes the sentence as it does in reports)."""

from __future__ import annotations

from datetime import date

import tessera


def _events(text: str, published: str, type_: str) -> list[tessera.Event]:
    return [e for e in tessera.extract(text, published=published) if e.type == type_]


def test_a_gap_from_an_undated_happening_yields_to_the_date_told_again() -> None:
    text = (
        "HYESAN -- A second phone dealer has been arrested in Hyesan, four months after police "
        "detained a well-known smuggler in the city, a source in Ryanggang Province said.\n\n"
        "The dealer, who sold Chinese handsets at the city market, was arrested on June 9 by "
        "officers of the Ministry of State Security."
    )
    events = _events(text, "2027-06-20", "arrest")
    assert any(e.when.start == date(2027, 6, 9) == e.when.end for e in events)


def test_a_gap_from_an_undated_happening_told_once_stays_unplaced() -> None:
    text = (
        "A second phone dealer has been arrested in Hyesan, four months after police detained a "
        "well-known smuggler in the city, a source in Ryanggang Province said."
    )
    events = _events(text, "2027-06-20", "arrest")
    assert events and all(e.when.start is None for e in events)


def test_a_detail_about_other_people_does_not_narrow_the_opening() -> None:
    text = (
        "The price of rice in Hyesan has jumped since police arrested at least six traders at the "
        "city market earlier this month, residents said.\n\n"
        "In neighbouring Kapsan County, police detained another trader at his home last week, a "
        "source said."
    )
    whens = [(e.when.start, e.when.end) for e in _events(text, "2027-06-24", "arrest")]
    assert (date(2027, 6, 1), date(2027, 6, 24)) in whens
    assert (date(2027, 6, 14), date(2027, 6, 20)) in whens


def test_a_happening_inside_a_relative_clause_keeps_its_own_date_in_the_opening() -> None:
    text = (
        "A North Korean worker who was beaten so badly that he needed treatment after guards "
        "searched his dormitory room earlier this month has been sent home, a source said.\n\n"
        "The worker was escorted across the bridge to Sinuiju on June 15 and handed to state "
        "security, the source said."
    )
    (search,) = _events(text, "2027-06-24", "search")
    assert (search.when.start, search.when.end) == (date(2027, 6, 1), date(2027, 6, 24))

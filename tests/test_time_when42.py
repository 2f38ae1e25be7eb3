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

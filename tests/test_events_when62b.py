"""A date inside a relative clause, below the clause's own verb (session 62, second round).

In "a captain who organised an attempt to flee in April was executed on 15 August" the date
hangs on the infinitive "flee", under the noun "attempt", under the relative clause "who
organised": it dates the flight, not the execution, even inside the words quoted for the
execution. A date on a verb whose phrase holds the event's trigger stays the event's. Every
sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract


def _dates(text: str, kind: str, published: str) -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published=published) if e.type == kind and e.when
    ]


def test_infinitive_in_relative_clause_does_not_date_the_event() -> None:
    text = (
        "A ship's cook who planned a failed attempt by six sailors to flee across the East Sea in "
        "March was executed by firing squad at a stadium in Chongjin on 9 July, sources said."
    )
    assert _dates(text, "execution", "2030-07-20") == [(date(2030, 7, 9), date(2030, 7, 9))]


def test_the_relative_clause_keeps_its_own_date() -> None:
    # the look-alike: the flight told in the relative clause is dated by its own March
    text = (
        "A ship's cook who planned a failed attempt by six sailors to flee across the East Sea in "
        "March was executed by firing squad at a stadium in Chongjin on 9 July, sources said."
    )
    assert (date(2030, 3, 1), date(2030, 3, 31)) in _dates(text, "escape", "2030-07-20")


def test_clause_holding_the_trigger_still_dates_it() -> None:
    # "tried to cross on 4 August" holds no other event's clause above the arrest's own
    text = "Chinese police arrested a woman who tried to cross the river near Tumen on 4 August."
    assert _dates(text, "arrest", "2030-08-10") == [(date(2030, 8, 4), date(2030, 8, 4))]

"""Dating conventions of the when65 round, on invented text (through the whole pipeline, so
that the events stage quotes and anchors the sentence as it does in reports)."""

from __future__ import annotations

from datetime import date

import tessera


def _events(text: str, published: str, type_: str) -> list[tessera.Event]:
    return [e for e in tessera.extract(text, published=published) if e.type == type_]


def _span(e: tessera.Event) -> tuple[date | None, date | None]:
    return e.when.start, e.when.end


def test_a_causative_have_takes_its_participles_date() -> None:
    # "had their bags checked ... in mid-April": the parse hangs the date on "checked", under
    # the "had" the event is anchored on; both tell one happening.
    text = (
        "Pupils in Chongjin had their school bags and phones checked at the gate in mid-April by "
        "police, a resident told a radio station."
    )
    (search,) = _events(text, "2027-04-30", "search")
    assert _span(search) == (date(2027, 4, 11), date(2027, 4, 20))


def test_a_causative_have_with_a_day() -> None:
    text = "Several vendors in Hoeryong had their goods confiscated by inspectors on 12 March, a source said."
    (punished,) = _events(text, "2027-04-30", "punishment")
    assert _span(punished) == (date(2027, 3, 12), date(2027, 3, 12))


def test_the_same_night_is_the_arrests_not_the_storms_the_noun_names() -> None:
    text = (
        "Two county officials in Hongwon were arrested on Wednesday over the collapse of a sea "
        "dike during last weekend's typhoon, a source said. Their homes were searched the same "
        "night."
    )
    (search,) = _events(text, "2028-09-22", "search")
    assert _span(search) == (date(2028, 9, 20), date(2028, 9, 20))


def test_the_same_day_still_takes_a_date_told_at_a_gathering() -> None:
    # Negative: "executed at a rally on May 20" is the verb's own setting, so "the same day"
    # after it is May 20, not the arrest's May 1 told before it.
    text = (
        "Two men were arrested on May 1 and executed at a rally on May 20, a source said. Their "
        "families were banished the same day."
    )
    (banished,) = _events(text, "2028-06-22", "punishment")
    assert _span(banished) == (date(2028, 5, 20), date(2028, 5, 20))


def test_the_same_day_after_one_date_keeps_it() -> None:
    text = "Two men were arrested on May 1, a source said. Their families were banished the same day."
    (banished,) = _events(text, "2028-06-22", "punishment")
    assert _span(banished) == (date(2028, 5, 1), date(2028, 5, 1))

"""Restrictions told in the present perfect "since" a date; dates after "sent to live" (session 61).

A restriction that "has been" in force since a date weeks before the report runs from that date
up to the report, whatever verb tells it; an arrest or a vanishing told the same way keeps the
date it began, and so does a restriction told in the past perfect or only days old. A date
after the infinitive of a passive in the past ("were sent to live on a farm in April") dates
the sending. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract


def _dates(text: str, kind: str, published: str) -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published=published) if e.type == kind and e.when
    ]


def test_confinement_since_a_month_part_runs_to_the_report() -> None:
    text = "All fishing boats in Sinpo have been confined to port since mid-July, a resident said."
    assert _dates(text, "movement_restriction", "2025-08-19") == [(date(2025, 7, 11), date(2025, 8, 19))]


def test_permits_not_issued_since_a_date_run_to_the_report() -> None:
    text = (
        "Travel permits for the border counties have not been issued since the start of April, traders say."
    )
    assert _dates(text, "movement_restriction", "2024-04-23") == [(date(2024, 4, 1), date(2024, 4, 23))]


def test_detention_since_a_date_keeps_its_start() -> None:
    # the look-alike: an arrest is dated by the day the custody began, not up to the report
    text = "A trader from Musan has been held by state security since early June, his cousin said."
    assert _dates(text, "arrest", "2024-07-16") == [(date(2024, 6, 1), date(2024, 6, 10))]


def test_confinement_in_the_past_perfect_keeps_its_start() -> None:
    text = (
        "The workers at the Hunchun plant had been confined to their dormitory since mid-July, "
        "a broker said on Monday."
    )
    when = _dates(text, "movement_restriction", "2025-08-19")
    assert when and all(end != date(2025, 8, 19) for _start, end in when)


STORY = "An inspection team combed through the Kimchaek port office in March. "


def test_date_after_an_infinitive_dates_the_sending() -> None:
    text = STORY + "The port director and his wife were sent to live on a cooperative farm in May."
    assert _dates(text, "punishment", "2024-07-02") == [(date(2024, 5, 1), date(2024, 5, 31))]


def test_bound_after_an_infinitive_is_not_the_sending() -> None:
    # the look-alike: "until the end of May" bounds the work, it does not date the sending
    text = STORY + "The port director was sent to a labour training camp to work there until the end of May."
    when = _dates(text, "punishment", "2024-07-02")
    assert when and (date(2024, 5, 21), date(2024, 5, 31)) not in when

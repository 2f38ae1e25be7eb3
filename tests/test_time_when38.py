"""Dating conventions of the when38 round, on invented text (through the whole pipeline, so
that the events stage quotes the sentence as it does in reports)."""

from __future__ import annotations

from datetime import date

import tessera


def _when_of(text: str, published: str, type_: str) -> tuple[date | None, date | None]:
    (event,) = [e for e in tessera.extract(text, published=published) if e.type == type_]
    return event.when.start, event.when.end


def test_a_backstory_deep_in_a_relative_clause_takes_the_date_it_is_told_again_with() -> None:
    text = (
        "A court in Seoul on Thursday awarded damages to a former miner who spent six years in a "
        "labour camp after being sent back from China, his lawyer said.\n\n"
        "The court said the man was forcibly returned by Chinese police in 2012 and sentenced to "
        "six years at a camp in Kaechon."
    )
    assert _when_of(text, "2027-05-14", "repatriation") == (date(2012, 1, 1), date(2012, 12, 31))


def test_an_event_a_year_before_what_followed_it_takes_that_month_a_year_earlier() -> None:
    text = (
        "A former miner from Kanggye died at a prison camp in March, a year after he was "
        "sentenced to ten years for smuggling, a source said."
    )
    assert _when_of(text, "2027-08-05", "punishment") == (date(2026, 3, 1), date(2026, 3, 31))


def test_an_event_months_before_what_followed_it_counts_back_from_its_month() -> None:
    text = (
        "In a case from May 2026, the wife of a former border guard was expelled to a "
        "village in Jagang Province two months after he fled to China."
    )
    assert _when_of(text, "2027-01-10", "escape") == (date(2026, 3, 1), date(2026, 3, 31))

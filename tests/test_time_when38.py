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

"""Events told as a counted time from their own story (round merge49c)."""

from __future__ import annotations

from datetime import date

from tessera.python_api import extract


def _when(text: str, published: str, words: str, kind: str) -> tuple[date | None, date | None]:
    (event,) = [
        e for e in extract(text, published=published) if e.type == kind and words in e.evidence[0].text
    ]
    return event.when.start, event.when.end


def test_caught_within_days_is_not_a_later_arrest_told_elsewhere() -> None:
    # the arrest follows the flight its own sentence dates; the May arrest is another one
    text = (
        "In March, five workers ran away from a farm near Hamhung; they were caught within days and sent "
        "to a labour camp. In Hyesan, some thirty traders were arrested in May."
    )
    assert _when(text, "2024-12-30", "within days", "arrest") == (date(2024, 3, 1), date(2024, 3, 31))


def test_an_arrest_some_weeks_before_a_trial_is_counted_back_from_it() -> None:
    # "some six weeks after his arrest": the arrest came about six weeks before the May trial,
    # not in the June of the next item
    text = (
        "Among the cases:\n\n- A trader in Musan was given ten years at an open trial in May, some six weeks "
        "after his arrest by state security.\n- Four women were detained in Hoeryong in June."
    )
    start, end = _when(text, "2025-07-01", "six weeks", "arrest")
    assert start is not None and end is not None
    assert start < date(2025, 5, 1) and end < date(2025, 6, 1)

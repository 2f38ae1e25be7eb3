"""Dates of acts told with how long they lasted (session 60).

An undated act told in the plain past with its length ("were questioned for two days") began
with the happening told just before it and was over by the report: it is not a window up to the
report. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from datetime import date

from tessera import extract

CAUGHT = "Two students from Hyesan were caught by border guards on the riverbank on May 3. "


def _dates(text: str, kind: str, published: str = "2024-05-30") -> list[tuple[date | None, date | None]]:
    return [
        (e.when.start, e.when.end) for e in extract(text, published=published) if e.type == kind and e.when
    ]


def test_questioned_for_a_length_runs_from_the_catch_for_that_length() -> None:
    text = CAUGHT + "The students were interrogated for about two weeks by the Ministry of State Security."
    assert _dates(text, "interrogation") == [(date(2024, 5, 3), date(2024, 5, 17))]


def test_questioned_for_two_days_after_a_handover() -> None:
    text = (
        "Chinese police detained a North Korean woman in Yanji on May 3 and handed her to border "
        "guards at Tumen. She was questioned for two days by the police there."
    )
    assert _dates(text, "interrogation") == [(date(2024, 5, 3), date(2024, 5, 5))]


def test_present_perfect_length_still_counts_back_from_the_report() -> None:
    # the look-alike: "have been interrogated for about two weeks" is a state up to the report
    text = (
        CAUGHT + "The students have been interrogated for about two weeks by the Ministry of State Security."
    )
    assert _dates(text, "interrogation") == [(date(2024, 5, 13), date(2024, 5, 30))]


def test_ongoing_act_without_length_runs_to_the_report() -> None:
    text = CAUGHT + "The students are being interrogated by the Ministry of State Security."
    assert _dates(text, "interrogation") == [(date(2024, 5, 3), date(2024, 5, 30))]

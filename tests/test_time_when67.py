"""Days of the month spelled as ordinal words ("on the fourth", "since the first of the month",
"the tenth of January"), as translated testimony writes them: a day, like "on the 4th"; the same
words ranking a thing ("on the second night", "the fourth floor") stay no date."""

from __future__ import annotations

from datetime import date

import pytest

import tessera
from tessera.time import find_mentions, from_published, resolve_mention


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Guards searched the barracks on the sixth, the soldier said.", date(2030, 5, 6), date(2030, 5, 6)),
        ("Since the ninth the market has been shut.", date(2030, 5, 9), date(2030, 5, 20)),
        ("He was seized on the night of the twelfth near the bridge.", date(2030, 5, 12), date(2030, 5, 12)),
        ("Since the second of the month nobody may fish.", date(2030, 5, 2), date(2030, 5, 20)),
        ("From the third to the eighth you could not buy rice.", date(2030, 5, 3), date(2030, 5, 8)),
        ("Since the fifth of March nobody can cross.", date(2030, 3, 5), date(2030, 5, 20)),
    ],
)
def test_an_ordinal_word_is_a_day_of_the_month(text: str, start: date, end: date) -> None:
    # ("since" runs from the day up to the report, as "since the 9th" does)
    found = find_mentions(text)
    assert len(found) == 1
    span = resolve_mention(found[0], from_published("2030-05-20"))
    assert (span.start, span.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "She fell ill on the second night of the march.",
        "The fire started on the fourth floor of the dormitory.",
        "He was caught on the first attempt.",
        "Workers were moved from the first to the second floor.",
        "The law has been enforced since the first was repealed.",
        "Two were shot on the third and fourth nights.",
    ],
)
def test_an_ordinal_word_that_ranks_a_thing_is_no_date(text: str) -> None:
    assert not [m for m in find_mentions(text) if m.kind in ("rel_month_day", "date")]


def test_an_event_on_a_spelled_day_takes_that_day() -> None:
    text = (
        "Q: What happened at the market? A: On the eleventh the police came into the alley "
        "and took away six women who were selling shoes."
    )
    [event] = [e for e in tessera.extract(text, published="2031-08-19") if e.type == "arrest"]
    assert (event.when.start, event.when.end) == (date(2031, 8, 11), date(2031, 8, 11))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The man taken on the 22nd was freed.", 22),
        ("On the 8th they raided the alley.", 8),
        ("Nobody has crossed since the 3rd of the month.", 3),
        ("The crew that failed to return on the 14th are being questioned.", 14),
    ],
)
def test_a_day_in_figures_before_a_clause_or_of_the_month(text: str, day: int) -> None:
    found = [m for m in find_mentions(text) if m.kind == "rel_month_day"]
    assert [m.day for m in found] == [day]


def test_a_day_in_figures_ranking_a_floor_is_no_date() -> None:
    assert not find_mentions("The fire started on the 8th floor.")


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        (
            "The officer was shot in front of staff in October 2016. Within weeks, his wife and son "
            "were expelled from their flat and sent to a farm.",
            date(2016, 10, 1),
            date(2016, 11, 28),
        ),
        (
            "The three were driven across the bridge on 14 September. They were sent to the "
            "Jongo-ri camp within the week.",
            date(2032, 9, 14),
            date(2032, 9, 21),
        ),
        (
            "Police arrested four traders in Hyesan on March 3. Within days their families were "
            "banished to a farm.",
            date(2032, 3, 3),
            date(2032, 3, 10),
        ),
    ],
)
def test_within_days_or_weeks_runs_from_the_date_told_before(text: str, start: date, end: date) -> None:
    # the report is dated well after, so the span is the phrase's, not one up to the report
    [punishment] = [e for e in tessera.extract(text, published="2032-12-01") if e.type == "punishment"]
    assert (punishment.when.start, punishment.when.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "The two could be sent back within days.",
        "Within days of his release, he was taken again.",
        "Families are told to report within weeks.",
    ],
)
def test_within_looking_ahead_or_from_a_happening_is_no_date(text: str) -> None:
    assert not find_mentions(text)


def test_nights_later_count_days_from_the_date_told_before() -> None:
    text = (
        "Guards caught a smuggler on the riverbank in Musan on 3 May. Two nights later state "
        "security agents arrested his neighbour."
    )
    [arrest] = [e for e in tessera.extract(text, published="2032-06-01") if "neighbour" in e.evidence[0].text]
    assert (arrest.when.start, arrest.when.end) == (date(2032, 5, 5), date(2032, 5, 5))


@pytest.mark.parametrize(
    ("text", "amount", "unit"),
    [
        ("Weeks earlier, the man's wife had been taken away.", -1, "week"),
        ("She had learned days earlier that a customer was arrested.", -1, "day"),
        ("He crossed the river three nights earlier.", -3, "day"),
    ],
)
def test_days_weeks_or_nights_earlier_count_back(text: str, amount: int, unit: str) -> None:
    [found] = find_mentions(text)
    assert (found.kind, found.amount, found.unit) == ("later", amount, unit)


def test_nights_without_a_step_are_no_date() -> None:
    assert not find_mentions("She spent two nights in the cell.")


def test_hours_later_is_the_day_told_before_or_the_next() -> None:
    [found] = find_mentions("The second man was caught minutes later on the bank.")
    span = resolve_mention(found, from_published("2032-06-01"), previous=None)
    assert found.kind == "later" and span is None  # nothing told before: no date
    text = "Guards shot a smuggler on the Yalu in Hyesan on 3 May. Hours later, agents arrested his brother."
    [arrest] = [e for e in tessera.extract(text, published="2032-06-01") if e.type == "arrest"]
    assert (arrest.when.start, arrest.when.end) == (date(2032, 5, 3), date(2032, 5, 4))

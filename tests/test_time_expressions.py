"""Time expressions resolved against a report date: the range and precision each must give."""

from __future__ import annotations

from datetime import date

import pytest

from tessera.time import (
    ReportDate,
    find_mentions,
    from_published,
    occasion_date,
    resolve_expression,
    resolve_mention,
)
from tessera.time.mentions import is_dateline

# phrase, report's published date, expected start, end, precision
TABLE: list[tuple[str, str, str, str, str]] = [
    # full and partial dates
    ("on February 19", "2019-03-06", "2019-02-19", "2019-02-19", "day"),
    ("August 2", "2023-09-01", "2023-08-02", "2023-08-02", "day"),
    ("on Aug. 21", "2023-09-01", "2023-08-21", "2023-08-21", "day"),
    ("on 9 October", "2023-10", "2023-10-09", "2023-10-09", "day"),
    ("December 19", "2023-12", "2023-12-19", "2023-12-19", "day"),
    ("on 29 August 2023", "2024-01-05", "2023-08-29", "2023-08-29", "day"),
    ("March 5, 2018", "2021", "2018-03-05", "2018-03-05", "day"),
    ("the 3rd of June", "2020-06-30", "2020-06-03", "2020-06-03", "day"),
    ("in February", "2019-03-06", "2019-02-01", "2019-02-28", "month"),
    ("in January", "2020-01-15", "2020-01-01", "2020-01-31", "month"),
    ("February 2019", "2020-05-01", "2019-02-01", "2019-02-28", "month"),
    ("in July 2021", "2023-10", "2021-07-01", "2021-07-31", "month"),
    ("in May", "2019-06-01", "2019-05-01", "2019-05-31", "month"),
    ("2017", "2019-03-06", "2017-01-01", "2017-12-31", "year"),
    ("In 2022", "2024-06-27", "2022-01-01", "2022-12-31", "year"),
    # year roll-over: a January report's December is last year's
    ("in December", "2020-01-15", "2019-12-01", "2019-12-31", "month"),
    ("on December 28", "2021-01-04", "2020-12-28", "2020-12-28", "day"),
    ("December 30 to January 2", "2020-01-10", "2019-12-30", "2020-01-02", "days"),
    # spans of days
    ("between 15 and 17 July", "2014-07-29", "2014-07-15", "2014-07-17", "days"),
    ("between 15\nand 17 July", "2014-07-29", "2014-07-15", "2014-07-17", "days"),
    ("March 10-12", "2019-04-01", "2019-03-10", "2019-03-12", "days"),
    ("from August 3 to 5", "2019-09-01", "2019-08-03", "2019-08-05", "days"),
    # parts of months
    ("early March", "2019-04-02", "2019-03-01", "2019-03-10", "month_part"),
    ("mid-March", "2019-04-02", "2019-03-11", "2019-03-20", "month_part"),
    ("late March", "2019-04-02", "2019-03-21", "2019-03-31", "month_part"),
    ("the end of February", "2019-03-06", "2019-02-21", "2019-02-28", "month_part"),
    ("at the end of February", "2020-03-06", "2020-02-21", "2020-02-29", "month_part"),
    ("the beginning of this month", "2019-08-20", "2019-08-01", "2019-08-10", "month_part"),
    ("In the middle of November", "2019-12-01", "2019-11-11", "2019-11-20", "month_part"),
    ("the end of last month", "2019-08-20", "2019-07-21", "2019-07-31", "month_part"),
    ("early this month", "2019-08-20", "2019-08-01", "2019-08-10", "month_part"),
    ("late last month", "2019-08-20", "2019-07-21", "2019-07-31", "month_part"),
    ("the first half of June", "2019-08-20", "2019-06-01", "2019-06-15", "month_part"),
    ("in mid-June", "2019-07-02", "2019-06-11", "2019-06-20", "month_part"),
    ("the beginning of August", "2019-08-20", "2019-08-01", "2019-08-10", "month_part"),
    ("on 28th February", "2021-04-14", "2021-02-28", "2021-02-28", "day"),
    ("the 7th of last month", "2021-04-14", "2021-03-07", "2021-03-07", "day"),
    # spans of months and years
    ("between March and May", "2021-07-09", "2021-03-01", "2021-05-31", "range"),
    ("from November to February", "2021-04-14", "2020-11-01", "2021-02-28", "range"),
    ("from June to August 2019", "2021-04-14", "2019-06-01", "2019-08-31", "range"),
    ("between 2016 and 2018", "2020-10-22", "2016-01-01", "2018-12-31", "range"),
    ("from 2009 to 2012", "2020-10-22", "2009-01-01", "2012-12-31", "range"),
    ("during 2015-17", "2020-10-22", "2015-01-01", "2017-12-31", "range"),
    ("in 2014–2016", "2020-10-22", "2014-01-01", "2016-12-31", "range"),
    ("during the famine of the 1990s", "2020-10-22", "1990-01-01", "1999-12-31", "range"),
    ("in the late 1990s", "2020-10-22", "1997-01-01", "1999-12-31", "range"),
    ("in the early 2000s", "2020-10-22", "2000-01-01", "2003-12-31", "range"),
    ("since the mid-2010s", "2020-10-22", "2014-01-01", "2020-10-22", "range"),
    # parts of years
    ("in early 2019", "2019-12-01", "2019-01-01", "2019-04-30", "range"),
    ("in the first quarter this year", "2021-04-14", "2021-01-01", "2021-03-31", "range"),
    ("the second half of last year", "2021-04-14", "2020-07-01", "2020-12-31", "range"),
    ("late last year", "2021-01-20", "2020-09-01", "2020-12-31", "range"),
    ("the end of last year", "2019-03-06", "2018-12-21", "2018-12-31", "month_part"),
    # relative to the report
    ("last month", "2023-12", "2023-11-01", "2023-11-30", "month"),
    ("last month", "2019-01-10", "2018-12-01", "2018-12-31", "month"),
    ("this month", "2019-08-20", "2019-08-01", "2019-08-20", "range"),
    ("last week", "2019-03-06", "2019-02-25", "2019-03-03", "week"),
    ("on Monday", "2019-03-06", "2019-03-04", "2019-03-04", "day"),
    ("on Sunday", "2010-12-28", "2010-12-26", "2010-12-26", "day"),
    ("last Friday", "2019-03-06", "2019-03-01", "2019-03-01", "day"),
    ("on Monday", "2019-03", "2019-02-25", "2019-03-25", "range"),
    ("yesterday", "2019-03-06", "2019-03-05", "2019-03-05", "day"),
    ("the day before yesterday", "2019-03-06", "2019-03-04", "2019-03-04", "day"),
    ("two days ago", "2019-03-06", "2019-03-04", "2019-03-04", "day"),
    ("three weeks ago", "2019-03-06", "2019-02-10", "2019-02-16", "week"),
    ("a month ago", "2019-03-06", "2019-02-01", "2019-02-28", "month"),
    ("the fourth of last month", "2019-07-03", "2019-06-04", "2019-06-04", "day"),
    ("last year", "2019-03-06", "2018-01-01", "2018-12-31", "year"),
    ("this year", "2019-03-06", "2019-01-01", "2019-03-06", "range"),
    ("earlier this year", "2019-03-06", "2019-01-01", "2019-03-06", "range"),
    ("earlier this month", "2023-10", "2023-10-01", "2023-10-31", "range"),
    ("earlier this month", "2019-03-06", "2019-03-01", "2019-03-06", "range"),
    # vague windows ending at the report
    ("recently", "2014-05-12", "2014-04-12", "2014-05-12", "range"),
    ("recently", "2023-12", "2023-11-30", "2023-12-31", "range"),
    ("these days", "2019-03-06", "2019-02-06", "2019-03-06", "range"),
    ("lately", "2014-05-12", "2014-04-12", "2014-05-12", "range"),
    ("is now held", "2023-12-21", "2023-11-21", "2023-12-21", "range"),
    ("over the past three months", "2019-03-06", "2018-12-06", "2019-03-06", "range"),
    ("in recent weeks", "2019-03-06", "2019-02-13", "2019-03-06", "range"),
    ("since early March", "2014-05-12", "2014-03-01", "2014-05-12", "range"),
    ("since 2017", "2019-03-06", "2017-01-01", "2019-03-06", "range"),
    ("since mid-August", "2022-09-05", "2022-08-11", "2022-09-05", "range"),
    ("since late last month", "2022-09-05", "2022-08-21", "2022-09-05", "range"),
    ("last week", "2024-04-30", "2024-04-22", "2024-04-28", "week"),
    ("late last month", "2016-11", "2016-10-21", "2016-10-31", "month_part"),
    ("early last month", "2024-01-05", "2023-12-01", "2023-12-10", "month_part"),
    ("in mid-December", "2024-01-05", "2023-12-11", "2023-12-20", "month_part"),
    # seasons
    ("this spring", "2019-06-06", "2019-03-01", "2019-05-31", "season"),
    ("last winter", "2019-04-01", "2018-12-01", "2019-02-28", "season"),
    ("in the summer of 2018", "2019-04-01", "2018-06-01", "2018-08-31", "season"),
    ("last autumn", "2019-04-01", "2018-09-01", "2018-11-30", "season"),
    # North Korean holidays and occasions
    ("the Day of the Sun", "2019-05-01", "2019-04-15", "2019-04-15", "day"),
    ("Party Foundation Day", "2019-11-01", "2019-10-10", "2019-10-10", "day"),
    ("Chuseok", "2019-10-01", "2019-09-13", "2019-09-13", "day"),
    ("the Lunar New Year", "2023-03-01", "2023-01-22", "2023-01-22", "day"),
    ("the Day of the Shining Star", "2020-01-10", "2019-02-16", "2019-02-16", "day"),
    ("Army Foundation Day", "2016-05-01", "2016-04-25", "2016-04-25", "day"),
    ("Army Foundation Day", "2019-03-01", "2019-02-08", "2019-02-08", "day"),
    ("the SPA elections", "2014-05-01", "2014-03-09", "2014-03-09", "day"),
    ("ahead of the upcoming SPA elections", "2019-02-20", "2019-03-10", "2019-03-10", "day"),
    ("the upcoming SPA elections on March 10", "2019-03-06", "2019-03-10", "2019-03-10", "day"),
    ("the upcoming elections on March 10", "2019-02-25", "2019-03-10", "2019-03-10", "day"),
    # weekends are Saturday and Sunday, not the whole week
    ("last weekend", "2019-05-09", "2019-05-04", "2019-05-05", "days"),
    ("over the weekend", "2025-01-20", "2025-01-18", "2025-01-19", "days"),
    ("at the weekend", "2021-03-06", "2021-03-06", "2021-03-07", "days"),
    ("last weekend", "2021-03-07", "2021-02-27", "2021-02-28", "days"),
    # "the following year" with no date told before: the year after the report's
    ("the following year", "2018-06-01", "2019-01-01", "2019-12-31", "year"),
    # "the start of the month" with no month told before: the report's month
    ("since the start of the month", "2024-09-23", "2024-09-01", "2024-09-23", "range"),
    ("at the end of the year", "2020-12-30", "2020-12-21", "2020-12-31", "month_part"),
    # "this week", "this month", "this year" told of what happened: up to the report's day
    ("were moved this week", "2021-06-17", "2021-06-14", "2021-06-17", "range"),
    ("were fined this month", "2022-03-09", "2022-03-01", "2022-03-09", "range"),
    ("this month", "2016-05", "2016-05-01", "2016-05-31", "month"),
    ("this past summer", "2018-03", "2017-06-01", "2017-08-31", "season"),
    # "on the 7th": a day of the report's month, or of the month before when still to come
    ("on the 7th", "2008-10", "2008-10-07", "2008-10-07", "day"),
    ("on the evening of the 27th", "2015-06-30", "2015-06-27", "2015-06-27", "day"),
    ("on the 28th", "2015-07-03", "2015-06-28", "2015-06-28", "day"),
    ("since the 3rd", "2019-11-20", "2019-11-03", "2019-11-20", "range"),
    # loosened counts: a span around the count
    ("about two weeks ago", "2019-03-06", "2019-02-17", "2019-02-23", "week"),
    ("some 10 days ago", "2019-03-06", "2019-02-22", "2019-02-26", "days"),
    ("two weeks ago", "2019-03-06", "2019-02-17", "2019-02-23", "week"),
    ("a fortnight ago", "2019-03-06", "2019-02-17", "2019-02-23", "week"),
    ("over the past fortnight", "2019-03-06", "2019-02-20", "2019-03-06", "range"),
    # occasions printed with a typographic apostrophe
    ("on Kim Il Sung’s birthday", "2021-05", "2021-04-15", "2021-04-15", "day"),
]


@pytest.mark.parametrize(("phrase", "published", "start", "end", "precision"), TABLE)
def test_expression_resolves_to_range_and_precision(
    phrase: str, published: str, start: str, end: str, precision: str
) -> None:
    report = from_published(published)
    assert report is not None
    span = resolve_expression(phrase, report)
    assert span is not None, phrase
    assert (span.start, span.end, span.precision) == (
        date.fromisoformat(start),
        date.fromisoformat(end),
        precision,
    )


def test_table_is_large_enough() -> None:
    assert len(TABLE) >= 60


@pytest.mark.parametrize(
    "phrase",
    [
        "for more than 10 days",
        "for some time",
        "after 25 years in China",
        "a 23-year-old man",
        "he may go",
        "5 million KPW",
        "three days later",  # needs the date told before it
        "a few hours later",
        "the next day",
        "on arrival",
        "since then",
        "two weeks earlier",
        "continued for a month afterwards",
        "on the 5th floor",  # an ordinal that is not a day of the month
        "on the 3rd Division's orders",
        "later that year",  # needs the date told before it
    ],
)
def test_durations_and_non_dates_give_no_date(phrase: str) -> None:
    report = from_published("2019-03-06")
    assert report is not None
    assert resolve_expression(phrase, report) is None


@pytest.mark.parametrize("phrase", ["last month", "February 19", "recently", "on Monday", "Chuseok"])
def test_without_a_report_date_relative_and_yearless_phrases_stay_unresolved(phrase: str) -> None:
    assert resolve_expression(phrase, ReportDate.unknown()) is None


def test_dates_with_a_year_need_no_report_date() -> None:
    span = resolve_expression("in July 2021", ReportDate.unknown())
    assert span is not None and (span.start, span.end) == (date(2021, 7, 1), date(2021, 7, 31))


def test_mentions_keep_their_offsets_and_text() -> None:
    text = "Police detained two traders on March 3, and a third was executed on March 15."
    mentions = find_mentions(text)
    assert [m.text for m in mentions] == ["March 3", "March 15"]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_may_the_verb_is_not_a_month() -> None:
    assert find_mentions("They may be sent back to North Korea.") == []


def test_occasion_table_covers_lunar_and_fixed_dates() -> None:
    assert occasion_date("chuseok", 2023) == date(2023, 9, 29)
    assert occasion_date("lunar_new_year", 2024) == date(2024, 2, 10)
    assert occasion_date("day_of_the_sun", 2012) == date(2012, 4, 15)
    assert occasion_date("spa_election", 2019) == date(2019, 3, 10)
    assert occasion_date("spa_election", 2020) is None


def test_decades_are_spans_of_years_not_years() -> None:
    assert [m.kind for m in find_mentions("in the 1990s")] == ["years"]
    assert [m.kind for m in find_mentions("1990s")] == []  # "the" tells the decade


def test_relative_steps_count_from_the_date_told_before() -> None:
    report = from_published("2016-07-20")
    assert report is not None
    text = (
        "Two men crossed the river on the night of July 12 and were caught a few hours later. "
        "They were handed over three days later; on arrival they were questioned, and one was "
        "moved to Hyesan the next day."
    )
    previous = None
    got = []
    for mention in find_mentions(text):
        span = resolve_mention(mention, report, previous=previous)
        assert span is not None, mention.text
        if span.precision == "day":
            previous = span
        got.append((mention.text, span.start, span.end, span.precision))
    assert got == [
        ("July 12", date(2016, 7, 12), date(2016, 7, 12), "day"),
        ("a few hours later", date(2016, 7, 12), date(2016, 7, 13), "days"),
        ("three days later", date(2016, 7, 15), date(2016, 7, 15), "day"),
        ("on arrival", date(2016, 7, 15), date(2016, 7, 15), "day"),
        ("the next day", date(2016, 7, 16), date(2016, 7, 16), "day"),
    ]


def test_a_wire_dateline_is_marked() -> None:
    text = "PYONGYANG, Sept. 9 (Newswire) -- Officials were dismissed in August, the agency said."
    dateline, august = find_mentions(text)
    assert is_dateline(text, dateline)
    assert not is_dateline(text, august)
    assert not is_dateline(
        "Police said on March 3 (local time) -- that",
        find_mentions("Police said on March 3 (local time) -- that")[0],
    )


def test_a_dateline_without_a_place_opens_the_report() -> None:
    text = "Feb. 3 (Newswire) -- Two traders were detained on Jan. 29, a source said."
    opening, told = find_mentions(text)
    assert is_dateline(text, opening)
    assert not is_dateline(text, told)


def test_a_backwards_year_pair_is_no_span() -> None:
    assert [m.kind for m in find_mentions("between 2018 and 2016")] == ["year", "year"]


def _stepped(text: str, published: str) -> list[tuple[str, date | None, date | None, str]]:
    """Each mention resolved against the date told before it, as the dating stage does."""
    report = from_published(published)
    assert report is not None
    previous = None
    got = []
    for mention in find_mentions(text):
        span = resolve_mention(mention, report, previous=previous)
        assert span is not None, mention.text
        if not mention.since:
            previous = span
        got.append((mention.text, span.start, span.end, span.precision))
    return got


def test_steps_of_weeks_months_and_years_count_from_the_date_told_before() -> None:
    text = (
        "The former prisoner was released in 2004 and crossed into China two years later. "
        "Her brother was tried on October 30; his wife was sent to a farm the following week "
        "and his son was expelled from school the following month."
    )
    assert _stepped(text, "2012") == [
        ("2004", date(2004, 1, 1), date(2004, 12, 31), "year"),
        ("two years later", date(2006, 1, 1), date(2006, 12, 31), "year"),
        ("October 30", date(2012, 10, 30), date(2012, 10, 30), "day"),
        ("the following week", date(2012, 11, 5), date(2012, 11, 11), "week"),
        ("the following month", date(2012, 12, 1), date(2012, 12, 31), "month"),
    ]


def test_earlier_counts_back_and_since_then_runs_to_the_report() -> None:
    text = (
        "Guards caught the men on June 14. They had left Musan ten days earlier. "
        "Since then, their families have been questioned."
    )
    assert _stepped(text, "2023-07-02") == [
        ("June 14", date(2023, 6, 14), date(2023, 6, 14), "day"),
        ("ten days earlier", date(2023, 6, 4), date(2023, 6, 4), "day"),
        ("Since then", date(2023, 6, 4), date(2023, 7, 2), "range"),
    ]


def test_a_step_finer_than_the_date_told_moves_that_date_on() -> None:
    # "three days later" after a season is that season, three days on: no finer than it.
    report = from_published("2020-05-01")
    assert report is not None
    spring, later = find_mentions("They fled in the spring of 2019 and were caught three days later.")
    told = resolve_mention(spring, report)
    assert told is not None and told.precision == "season"
    moved = resolve_mention(later, report, previous=told)
    assert moved is not None and (moved.start, moved.end, moved.precision) == (
        date(2019, 3, 4),
        date(2019, 6, 3),
        "range",
    )


def test_before_counts_back_only_where_it_ends_the_phrase() -> None:
    kinds = [m.kind for m in find_mentions("He fled two days before the election.")]
    assert "later" not in kinds
    (m,) = [m for m in find_mentions("He had fled two days before, a source said.") if m.kind == "later"]
    assert m.amount == -2


def test_the_end_of_the_month_is_the_month_told_before() -> None:
    text = "She was arrested in early March and sent to a camp at the end of the month."
    assert _stepped(text, "2019-06-01") == [
        ("early March", date(2019, 3, 1), date(2019, 3, 10), "month_part"),
        ("the end of the month", date(2019, 3, 21), date(2019, 3, 31), "month_part"),
    ]


def test_loose_steps_and_that_year_count_from_the_date_told_before() -> None:
    text = (
        "The hearing was held on March 2. Some 20 days later, his wife was summoned. "
        "She was questioned in early 2019 and sent to a camp later that year."
    )
    assert _stepped(text, "2020-06-01") == [
        ("March 2", date(2020, 3, 2), date(2020, 3, 2), "day"),
        ("Some 20 days later", date(2020, 3, 18), date(2020, 3, 26), "days"),
        ("early 2019", date(2019, 1, 1), date(2019, 4, 30), "range"),
        ("later that year", date(2019, 1, 1), date(2019, 12, 31), "year"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jun Hyo-sun was arrested in Hyesan.",
        "Activist Sarah March said the women were held.",
        "The defector, Lee April, told reporters about the camp.",
        "Police questioned Ms. June about the money.",
        "April Kim told reporters the family had fled.",
    ],
)
def test_a_month_name_that_names_a_person_is_no_date(text: str) -> None:
    assert [m for m in find_mentions(text) if m.kind == "month"] == []


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("In March, Park Hyo-jin was detained.", 3),
        ("They fled in April and were caught.", 4),
        ("Last June, the guards were replaced.", 6),
        ("in Jun. 2019", 6),
    ],
)
def test_a_month_beside_a_name_is_still_a_month(text: str, month: int) -> None:
    assert [m.month for m in find_mentions(text) if m.kind == "month"] == [month]


def test_mentions_read_again_are_the_same_and_each_caller_gets_its_own_list() -> None:
    # The mentions of a text are kept for the texts read last (the dating stage and the report's
    # date read the same report); a caller changing its list changes no other caller's.
    text = "Police detained two women on March 3, 2021, and released them a week later."
    first = find_mentions(text)
    first.clear()
    again = find_mentions(text)
    assert [m.text for m in again] == ["March 3, 2021", "a week later"]
    assert again is not find_mentions(text)

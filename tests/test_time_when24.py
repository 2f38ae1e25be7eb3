"""Dating conventions of round when24 (dates told back to the story's year), on invented text."""

from __future__ import annotations

from datetime import date

from test_time_unseen import _dated


def test_that_month_is_read_in_the_year_the_story_is_in() -> None:
    from tessera.time.mentions import find_mentions

    for text, month in (
        ("Guards caught him in the autumn of 2011 and sent him home that December.", 12),
        ("She was caught in March 2012 and sent back in that same May.", 5),
        ("The border was shut in January 2030. In late August that year a zone was declared.", 8),
        ("He was detained in March 2017 and freed in May of the same year.", 5),
    ):
        last = find_mentions(text)[-1]
        assert last.kind in ("month", "month_part") and last.month == month and last.unit == "that"


def test_a_month_told_with_that_takes_the_year_told_before_not_the_reports() -> None:
    text = (
        "Police in Yanji arrested a family of three in the spring of 2011 and handed them to "
        "border guards that May, a relative told the court."
    )
    (arrest, back) = _dated(text, "2031-03-12", [("arrested", "arrest"), ("handed", "repatriation")])
    assert (back.when.start, back.when.end) == (date(2011, 5, 1), date(2011, 5, 31))


def test_a_part_of_a_month_that_year_takes_the_year_told_before() -> None:
    text = (
        "The province closed its markets in February 2027. In mid-June that year, guards were "
        "ordered to shoot anyone who came near the river."
    )
    (order,) = _dated(text, "2030-01-20", [("ordered", "movement_restriction")])
    assert (order.when.start, order.when.end) == (date(2027, 6, 11), date(2027, 6, 20))


def test_a_part_of_the_following_year_counts_from_the_year_told_before() -> None:
    from tessera.time.mentions import find_mentions
    from tessera.time.report import from_published
    from tessera.time.resolve import resolve_mention

    text = "They were detained in Kunming in October 2017 and sent back late the following year."
    told, later = find_mentions(text)
    report = from_published("2031-09-16")
    previous = resolve_mention(told, report)
    span = resolve_mention(later, report, False, previous)
    assert span is not None and span.start is not None and span.start.year == 2018

"""Dating conventions of round when21 (issue 12: `when` on unseen text), on invented text."""

from __future__ import annotations

from datetime import date

from test_time_events import _range
from test_time_unseen import _dated


def test_a_date_on_a_by_gerund_dates_the_act_it_tells_the_means_of() -> None:
    text = (
        "A monitoring group listed nine cases in its spring report. In one of them, two guards "
        "were executed by firing squad in Hoeryong, North Hamgyong Province, in May 2031 after "
        "a public trial."
    )
    (execution,) = _dated(text, "2031-09-02", [("executed", "execution")])
    assert _range(execution) == (date(2031, 5, 1), date(2031, 5, 31), "month")


def test_a_day_of_the_month_given_loosely_is_read_in_the_reports_month() -> None:
    text = (
        "A family of three went missing from a village in Sinpo around the 14th, a source in the "
        "county told a Seoul-based outlet."
    )
    (gone,) = _dated(text, "2031-07-22", [("went missing", "disappearance")])
    assert (gone.when.start, gone.when.end) == (date(2031, 7, 14), date(2031, 7, 14))


def test_a_loose_day_does_not_read_a_century() -> None:
    from tessera.time.mentions import find_mentions

    assert find_mentions("She wrote a book about the 18th century.") == []

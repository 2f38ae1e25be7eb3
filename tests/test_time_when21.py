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

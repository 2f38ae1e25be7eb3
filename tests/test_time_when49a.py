"""Parts of a month told as its last days (round when49a)."""

from __future__ import annotations

from datetime import date

from test_time_events import _range
from test_time_story import _dated


def test_the_last_days_of_a_month_are_its_end() -> None:
    # "the last days of May" is read as "the end of May" (21st to last day), as "the last
    # days of 2018" is already the year's end
    text = "A soldier deserted his post and crossed the river in the last days of May, a source said."
    (escape,) = _dated(text, "2027-06-09", [("crossed", "escape")])
    assert _range(escape) == (date(2027, 5, 21), date(2027, 5, 31), "month_part")


def test_the_closing_days_of_a_month_are_its_end() -> None:
    text = "Police rounded up traders at the market in the closing days of April, a source said."
    (arrest,) = _dated(text, "2027-05-12", [("rounded", "arrest")])
    assert _range(arrest) == (date(2027, 4, 21), date(2027, 4, 30), "month_part")


def test_the_last_few_days_of_a_month_stay_its_last_week() -> None:
    # "few" narrows it: the last seven days
    text = "A soldier deserted his post and crossed the river in the last few days of May, a source said."
    (escape,) = _dated(text, "2027-06-09", [("crossed", "escape")])
    assert _range(escape) == (date(2027, 5, 25), date(2027, 5, 31), "month_part")


def test_a_date_on_a_named_crossing_dates_the_handover() -> None:
    # the parser may read "crossing" in "the Tumen-Namyang crossing" as a verb; with a noun or
    # a determiner before it, it is the place, and the date above it is the handover's
    text = (
        "A man who had fled his place of exile in March was among a group handed back by China at the "
        "Tumen–Namyang crossing on June 5, a source said."
    )
    (handover,) = _dated(text, "2027-06-12", [("handed", "repatriation")])
    assert _range(handover) == (date(2027, 6, 5), date(2027, 6, 5), "day")


def test_a_fronted_day_before_the_told_clause_is_the_told_act_s() -> None:
    # "On Thursday" opens the told clause, the source's "said" trailing after it
    text = (
        "Three guards were jailed in mid-January for taking bribes. On Thursday a sergeant from "
        "a neighbouring company crossed into China, the source said."
    )
    (escape,) = _dated(text, "2027-02-15", [("crossed", "escape")])
    assert _range(escape) == (date(2027, 2, 11), date(2027, 2, 11), "day")


def test_a_fronted_day_before_the_teller_stays_the_telling_s() -> None:
    # "On Monday, the coast guard said ...": the day the coast guard spoke
    text = "On Monday, the coast guard said two fishermen had crossed the sea border in early February."
    (escape,) = _dated(text, "2027-02-17", [("crossed", "escape")])
    assert _range(escape) == (date(2027, 2, 1), date(2027, 2, 10), "month_part")


def test_a_relative_clause_telling_the_same_act_dates_the_event() -> None:
    # "condemns the forced return of ... women who were handed over ... on Thursday": the
    # handing over is the return itself
    text = (
        "A church group condemns the forced return of three North Korean women who were handed "
        "over to border guards at the bridge on Thursday. They had fled in March."
    )
    (handover,) = _dated(text, "2027-04-26", [("return", "repatriation")])
    assert _range(handover) == (date(2027, 4, 22), date(2027, 4, 22), "day")

"""Dating conventions of the seventeenth round (issue 13: dates that keep one event's reports
apart), on invented text.

An undated event of the opening told as what a telling said ("when a monitoring group said last
week that police had rounded up 30 traders") is not dated by the first date of the next paragraph,
which tells what followed the telling; the telling's day dates the report."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event
from tessera.time import date_events
from test_time_events import _event


def _told(text: str, published: str, events: list[tuple[str, str, str]]) -> list[Event]:
    """Date events given as (trigger, type, status)."""
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, trig, type_, status) for trig, type_, status in events], analysis)


def test_an_event_told_by_a_dated_telling_is_not_dated_by_the_next_paragraph() -> None:
    text = (
        "When a monitoring group said last week that police had rounded up 30 traders at the "
        "market, a woman in Busan who left the North in 2015 began phoning her cousins.\n\n"
        "By Friday she knew that her aunt was among them."
    )
    (rounded,) = _told(text, "2027-03-15", [("rounded", "arrest", "occurred")])
    assert rounded.when.start is None


def test_an_event_told_without_a_dated_telling_still_takes_the_next_paragraphs_date() -> None:
    text = (
        "Police rounded up 30 traders at the market, residents said.\n\n"
        "The raid took place on March 9, according to a trader."
    )
    (rounded,) = _told(text, "2027-03-15", [("rounded", "arrest", "occurred")])
    assert rounded.when.start == date(2027, 3, 9)


def test_a_trailing_dated_telling_leaves_the_next_paragraph_to_date_the_event() -> None:
    text = (
        "Police in the border town detained thirty traders at the market, an official said on "
        "Monday.\n\nThe traders were stopped on Saturday as they loaded a truck, the official said."
    )
    (detained,) = _told(text, "2027-03-15", [("detained", "arrest", "occurred")])
    assert detained.when.start == date(2027, 3, 13)


def test_a_dated_telling_of_what_goes_on_does_not_date_it() -> None:
    text = (
        "A monitoring group said on Thursday that police are holding 30 traders at the market.\n\n"
        "Relatives have gathered outside the station since March 2."
    )
    (holding,) = _told(text, "2027-03-15", [("holding", "arrest", "occurred")])
    assert holding.when.start != date(2027, 3, 11)


def test_a_ban_told_since_a_date_is_dated_by_its_start() -> None:
    """A ban or closure "since" a date began then and holds: the order is the event."""
    text = "Police have suspended bus services out of the city since Saturday, a resident told reporters."
    (suspended,) = _told(text, "2027-06-20", [("suspended", "movement_restriction", "occurred")])
    assert (suspended.when.start, suspended.when.end) == (date(2027, 6, 19), date(2027, 6, 19))
    # two days old (round when28: a ban told in the present perfect three or more days
    # before the report holds up to it)
    text = "The road to the county seat has been closed since Wednesday, villagers said."
    (closed,) = _told(text, "2027-06-18", [("closed", "movement_restriction", "occurred")])
    assert closed.when.end == date(2027, 6, 16)


def test_a_ban_completed_by_a_gerund_is_dated_by_its_start() -> None:
    # (a report known by its month: a report of a known day weeks later dates the ban as in
    # force up to it, see test_time_when19.py)
    text = "Officials have barred small boats from putting to sea since late May, a fisherman said."
    (barred,) = _told(text, "2027-06", [("barred", "movement_restriction", "occurred")])
    assert barred.when.end == date(2027, 5, 31)


def test_work_going_on_since_a_date_still_runs_to_the_report() -> None:
    text = "Inspectors have been searching homes in the district since early May, a resident said."
    (searching,) = _told(text, "2027-06-20", [("searching", "search", "occurred")])
    assert (searching.when.start, searching.when.end) == (date(2027, 5, 1), date(2027, 6, 20))


def test_the_reports_now_does_not_narrow_the_openings_date() -> None:
    """ "are allowed out now" in the next paragraph tells the report's present, not a detail."""
    text = (
        "Officials have barred small boats from putting to sea since late May, a fisherman said.\n\n"
        "\u201cOnly state boats are allowed out now,\u201d he said."
    )
    (barred,) = _told(text, "2027-06-20", [("barred", "movement_restriction", "occurred")])
    assert barred.when.start == date(2027, 5, 21)


def test_one_sunday_names_no_particular_day() -> None:
    """ "One Sunday", "on a Friday", "every Monday": not the weekday nearest the report."""
    text = "In March 2019 I worked on a farm near Yanji. One Sunday the police came and arrested me."
    (arrested,) = _told(text, "2027-06-16", [("arrested", "arrest", "occurred")])
    assert (arrested.when.start, arrested.when.end) == (date(2019, 3, 1), date(2019, 3, 31))
    text = "Police detained him one Saturday in early May, the source said."
    (detained,) = _told(text, "2027-06-16", [("detained", "arrest", "occurred")])
    assert (detained.when.start, detained.when.end) == (date(2027, 5, 1), date(2027, 5, 10))


def test_a_named_weekday_still_dates_the_event() -> None:
    text = "Police arrested a trader on Sunday, a source said."
    (arrested,) = _told(text, "2027-06-16", [("arrested", "arrest", "occurred")])
    assert arrested.when.start == date(2027, 6, 13)


def test_on_a_friday_with_no_period_names_no_particular_day() -> None:
    text = "In 2018 she worked in a restaurant in Yanji. The police came for her on a Friday, she said."
    (came,) = _told(text, "2027-06-16", [("came", "arrest", "occurred")])
    assert (came.when.start, came.when.end) == (date(2018, 1, 1), date(2018, 12, 31))


def test_by_a_weekday_does_not_join_a_year_told_of_another_clause() -> None:
    """ "By Saturday" after a year long before (told of someone's flight) is that Saturday, not
    a span from that year up to it."""
    text = (
        "A woman in Seoul who fled the North in 2018 began phoning brokers in China.\n\n"
        "By Saturday, police in Yanji had detained her brother, a relative said."
    )
    (detained,) = _told(text, "2027-06-16", [("detained", "arrest", "occurred")])
    assert detained.when.start is None or detained.when.start.year == 2027

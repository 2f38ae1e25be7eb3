"""Dating conventions found failing, by kind, on the four sets written blind (issue 12).

Every test reads invented text; each failed before the rule it names was written.
"""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event
from tessera.time import date_events, find_mentions
from test_time_events import _event, _range


def _dated(text: str, published: str | None, triggers: list[tuple[str, str]]) -> list[Event]:
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, trig, type_) for trig, type_ in triggers], analysis)


def test_since_opening_a_paragraph_starts_at_since_not_at_the_last_space() -> None:
    text = (
        "Guards have put up new fences, a trader told reporters on Friday.\n\n"
        "Since mid-April, soldiers have been patrolling the bank at night."
    )
    friday, since = find_mentions(text)
    assert friday.text == "Friday"
    assert since.text == "Since mid-April" and since.since
    (fences,) = _dated(text, "2027-05-07", [("put up", "movement_restriction")])
    assert _range(fences)[:2] == (date(2027, 4, 11), date(2027, 5, 7))


def test_a_restatement_takes_the_narrowed_date_of_the_event_told_first() -> None:
    text = (
        "Officials in the port town sentenced a teacher to death at a public trial last week, "
        "a resident said.\n\n"
        "The crowd was brought to the football ground on the 12th, the resident said.\n\n"
        "Two clerks tried beside him were sentenced to ten years in a labour camp."
    )
    analysis = analyse(Document("t", text, published="2027-05-17"))
    first = _event(analysis, "sentenced", "punishment")
    second = _event(analysis, "sentenced", "punishment", nth=1)
    lede, clerks = date_events([first, second], analysis)
    assert _range(lede)[:2] == (date(2027, 5, 12), date(2027, 5, 12))
    assert _range(clerks)[:2] == (date(2027, 5, 12), date(2027, 5, 12))


def test_the_following_season_counts_from_the_date_the_story_told_last() -> None:
    text = (
        "I was let out of the camp in the autumn of 2011. I crossed the river again the "
        "following spring and reached a village near the border."
    )
    (crossing,) = _dated(text, "2020-06-01", [("crossed", "escape")])
    assert _range(crossing) == (date(2012, 3, 1), date(2012, 5, 31), "season")
    text = "He was freed in 2013. He fled with his son the following summer."
    (fled,) = _dated(text, "2020-06-01", [("fled", "escape")])
    assert _range(fled)[:2] == (date(2014, 6, 1), date(2014, 8, 31))


def test_the_following_season_with_nothing_told_before_is_the_next_one() -> None:
    text = "Officials said the new fence would be finished the following spring."
    (fence,) = find_mentions(text)
    assert fence.kind == "season" and fence.rel == 1


def test_two_months_named_together_make_one_span() -> None:
    text = "Border police detained at least seven women in October and November during house checks."
    (arrest,) = _dated(text, "2027-12-15", [("detained", "arrest")])
    assert _range(arrest)[:2] == (date(2027, 10, 1), date(2027, 11, 30))
    (either,) = find_mentions("The boat left in July or August 2019, a relative said.")
    assert (either.kind, either.month, either.month2, either.year) == ("months", 7, 8, 2019)
    # a month followed by a day of the next is no pair
    assert [m.kind for m in find_mentions("He arrived in May and June 3 was quiet.")] == ["month", "date"]


def test_since_a_part_of_the_report_month_ends_at_the_report() -> None:
    text = "Since early October, officers have been stopping every vehicle at the city's gates."
    (stops,) = _dated(text, "2027-10-05", [("stopping", "movement_restriction")])
    assert _range(stops)[:2] == (date(2027, 10, 1), date(2027, 10, 5))


def test_a_lede_month_is_narrowed_by_a_finer_part_in_the_next_paragraph() -> None:
    text = (
        "Two miners vanished from a pit near the border last month, a relative said.\n\n"
        "The men, both in their 30s, had worked there for years. They left the pit one night in "
        "mid-April and did not come back, the relative said."
    )
    (gone,) = _dated(text, "2027-05-12", [("vanished", "disappearance")])
    assert _range(gone)[:2] == (date(2027, 4, 11), date(2027, 4, 20))


def test_a_lede_date_is_not_narrowed_by_another_kind_of_events_date() -> None:
    text = (
        "Thai police have handed to the embassy six North Koreans whom Laos expelled last "
        "month, an aid group said.\n\n"
        "The six, who were arrested near the river in mid-April, are now in Bangkok."
    )
    analysis = analyse(Document("t", text, published="2027-05-12"))
    expelled = _event(analysis, "expelled", "repatriation")
    arrested = _event(analysis, "arrested", "arrest")
    expulsion, _ = date_events([expelled, arrested], analysis)
    assert _range(expulsion)[:2] == (date(2027, 4, 1), date(2027, 4, 30))


def test_a_happening_told_as_again_lends_no_date_to_the_first_one() -> None:
    text = (
        "We walked across the ice at night with two neighbours. Years later, after my release, "
        "I crossed the river again in the spring of 2016."
    )
    analysis = analyse(Document("t", text, published="2020-06-01"))
    first = _event(analysis, "walked", "escape")
    again = _event(analysis, "crossed", "escape")
    walked, crossed = date_events([first, again], analysis)
    assert _range(crossed)[:2] == (date(2016, 3, 1), date(2016, 5, 31))
    assert _range(walked)[:2] != (date(2016, 3, 1), date(2016, 5, 31))


def test_an_after_clause_came_before_the_day_it_led_to() -> None:
    text = (
        "Police detained three women at a bus station on Friday, days after they left the "
        "factory where they worked, a lawyer said."
    )
    analysis = analyse(Document("t", text, published="2027-06-14"))
    detained = _event(analysis, "detained", "arrest")
    left = _event(analysis, "left", "escape")
    arrest, escape = date_events([detained, left], analysis)
    assert _range(arrest)[:2] == (date(2027, 6, 11), date(2027, 6, 11))
    assert _range(escape)[:2] == (date(2027, 6, 4), date(2027, 6, 10))
    text = "Guards caught two men on Sunday after they swam across the river."
    analysis = analyse(Document("t", text, published="2027-06-14"))
    caught, swam = date_events(
        [_event(analysis, "caught", "arrest"), _event(analysis, "swam", "escape")], analysis
    )
    assert _range(swam)[:2] == _range(caught)[:2] == (date(2027, 6, 13), date(2027, 6, 13))


def test_a_date_still_ahead_in_the_lede_leaves_the_details_to_date_the_event() -> None:
    text = (
        "Officials in the border province have closed the main market until after the "
        "Chuseok holiday, a trader said.\n\n"
        "The market was shut on September 2 and guards now stand at its gates."
    )
    (closed,) = _dated(text, "2027-09-06", [("closed", "movement_restriction")])
    # from the day the details give, not the holiday ahead; a closure told in the present
    # perfect ("have closed") is in force up to the report (round when28)
    assert _range(closed)[:2] == (date(2027, 9, 2), date(2027, 9, 6))


def test_a_date_without_its_year_is_read_in_the_year_named_after_it() -> None:
    text = "Both brothers were arrested in February last year, their mother said."
    (arrest,) = _dated(text, "2027-06-03", [("arrested", "arrest")])
    assert _range(arrest)[:2] == (date(2026, 2, 1), date(2026, 2, 28))
    text = "The teacher was detained on Oct. 9 of last year and has not been seen since."
    (arrest,) = _dated(text, "2027-11-20", [("detained", "arrest")])
    assert _range(arrest)[:2] == (date(2026, 10, 9), date(2026, 10, 9))


def test_a_counted_after_clause_goes_back_that_many_days() -> None:
    text = "Border police detained six men on Thursday, two days after they crossed the river."
    analysis = analyse(Document("t", text, published="2027-06-14"))
    detained, crossed = date_events(
        [_event(analysis, "detained", "arrest"), _event(analysis, "crossed", "escape")], analysis
    )
    assert _range(detained)[:2] == (date(2027, 6, 10), date(2027, 6, 10))
    assert _range(crossed)[:2] == (date(2027, 6, 8), date(2027, 6, 8))


def test_that_season_is_the_one_of_the_year_the_story_is_in() -> None:
    text = (
        "I was caught in Yanji in March 2019. We were sent back over the bridge that summer, "
        "thirty of us in one truck."
    )
    (sent,) = _dated(text, "2025-12-01", [("sent back", "repatriation")])
    assert _range(sent) == (date(2019, 6, 1), date(2019, 8, 31), "season")


def test_the_last_days_of_a_year_or_month_are_its_end_not_a_recent_window() -> None:
    (end_of_year,) = find_mentions("I first crossed the river in the last days of 2016, at night.")
    assert (end_of_year.kind, end_of_year.year, end_of_year.part) == ("year_part", 2016, (12, 12))
    text = "I first crossed the river in the last days of 2016, at night."
    (crossed,) = _dated(text, "2024-06-17", [("crossed", "escape")])
    assert _range(crossed)[:2] == (date(2016, 12, 21), date(2016, 12, 31))
    # a window ending at the report stays one
    assert [m.kind for m in find_mentions("Police have made arrests in the last days.")] == ["window"]


def test_the_last_time_it_happened_is_another_happening() -> None:
    text = (
        "Relatives said the border guards had handed over the fishermen to the North's police. "
        "The last time he was handed over, in 2015, they kept him in a cell for a year, his "
        "sister said."
    )
    (handed,) = _dated(text, "2027-04-21", [("handed over", "repatriation")])
    assert _range(handed)[0] != date(2015, 1, 1)

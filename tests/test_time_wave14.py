"""Dating conventions of the fourteenth round (issue 12: `when` on unseen text), on invented text.

Two verbs sharing a subject tell one stretch of the story, so a date on the later dates the
earlier; and the paragraph after the opening one gives its date to the opening's event only
when it tells that event's details, not when it brings in other people (background)."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event
from tessera.time import date_events
from test_time_events import _event, _range


def _told(text: str, published: str, events: list[tuple[str, str, str]]) -> list[Event]:
    """Date events given as (trigger, type, status)."""
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, trig, type_, status) for trig, type_, status in events], analysis)


def test_an_earlier_verb_takes_the_date_of_the_later_verb_it_shares_a_subject_with() -> None:
    text = (
        "Three North Korean soldiers crossed the border into China and were arrested by "
        "Chinese police on Friday, officials said."
    )
    (crossed,) = _told(text, "2026-03-10", [("crossed", "escape", "occurred")])
    assert _range(crossed) == (date(2026, 3, 6), date(2026, 3, 6), "day")


def test_an_earlier_verb_keeps_no_date_of_a_later_verb_with_its_own_subject() -> None:
    text = (
        "A North Korean worker crossed the border into China and his wife was arrested by "
        "police on Friday, officials said."
    )
    (crossed,) = _told(text, "2026-03-10", [("crossed", "escape", "occurred")])
    assert crossed.when.start is None


def test_an_earlier_verb_keeps_no_date_of_a_later_verb_set_later() -> None:
    text = (
        "Three North Korean soldiers crossed the border into China and months later were "
        "arrested by Chinese police on Friday, officials said."
    )
    (crossed,) = _told(text, "2026-03-10", [("crossed", "escape", "occurred")])
    assert crossed.when.start is None or crossed.when.start != date(2026, 3, 6)


def test_background_with_a_new_participant_does_not_date_the_opening_event() -> None:
    text = (
        "North Korea has ordered border guards to fire on anyone who approaches the fence, "
        "sources said.\n\n"
        "In 2019 a farmer walked across the line at night and reached a Chinese village."
    )
    (order,) = _told(text, "2026-03-10", [("ordered", "movement_restriction", "occurred")])
    assert order.when.start is None or order.when.start.year == 2026


def test_details_that_point_back_still_date_the_opening_event() -> None:
    text = (
        "North Korea has ordered border guards to fire on anyone who approaches the fence, "
        "sources said.\n\n"
        "The order was handed down in early February."
    )
    (order,) = _told(text, "2026-03-10", [("ordered", "movement_restriction", "occurred")])
    assert _range(order) == (date(2026, 2, 1), date(2026, 2, 10), "month_part")


def test_a_suspected_flight_takes_the_day_the_details_gave_the_disappearance() -> None:
    text = (
        "Two cooks at a restaurant in Yanji went missing during an outing last month, and their "
        "managers believe they have defected, a source said.\n\n"
        "The women were allowed to visit a market on May 9 and slipped away from their minder."
    )
    gone, escape = _told(
        text, "2023-06-12", [("missing", "disappearance", "occurred"), ("defected", "escape", "suspected")]
    )
    assert _range(gone) == (date(2023, 5, 9), date(2023, 5, 9), "day")
    assert _range(escape) == (date(2023, 5, 9), date(2023, 5, 9), "day")


def test_a_suspected_flight_runs_on_from_the_day_they_were_last_seen() -> None:
    text = (
        "Two cooks at a restaurant in Yanji went missing last month, and their managers "
        "believe they have defected, a source said.\n\n"
        "The women were last seen on May 9, when they told a neighbour they were going to the market."
    )
    _gone, escape = _told(
        text, "2023-06-12", [("missing", "disappearance", "occurred"), ("defected", "escape", "suspected")]
    )
    assert _range(escape) == (date(2023, 5, 9), date(2023, 5, 31), "range")

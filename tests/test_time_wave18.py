"""Dating conventions of the eighteenth round, on invented text.

What runs on from the story's time to the report ("have since barred", a present perfect told
after a dated day, a flight guessed from a last sighting), loose counts of days ("days later",
"over the following days", a holiday's days off), which date a counted step counts from, and
datelines and tellings that date no event."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event
from tessera.time import date_events, find_mentions
from tessera.time.mentions import is_dateline
from test_time_events import _event


def _told(text: str, published: str, events: list[tuple[str, str, str]]) -> list[Event]:
    """Date events given as (trigger, type, status)."""
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, trig, type_, status) for trig, type_, status in events], analysis)


def _span(ev: Event) -> tuple[date | None, date | None]:
    return ev.when.start, ev.when.end


def test_a_ban_told_with_a_bare_since_runs_from_the_date_told_to_the_report() -> None:
    text = (
        "Guards searched the houses of both fishermen on May 3, a trader said. The fishermen's "
        "wives were questioned twice. Officials have since barred all rafts from leaving the "
        "cove after dark."
    )
    (barred,) = _told(text, "2031-05-12", [("barred", "movement_restriction", "occurred")])
    assert _span(barred) == (date(2031, 5, 3), date(2031, 5, 12))


def test_questioning_a_perfect_with_since_leads_to_runs_to_the_report() -> None:
    text = (
        "The herder was last seen at the ferry on the night of May 2. Two days later police "
        "searched his shed. The county police have since raided his sister's flat and have "
        "called her husband in for questioning twice."
    )
    (questioning,) = _told(text, "2031-05-12", [("questioning", "interrogation", "occurred")])
    assert _span(questioning) == (date(2031, 5, 4), date(2031, 5, 12))


def test_a_flight_guessed_from_a_last_sighting_runs_from_it_to_the_report() -> None:
    text = (
        "A beekeeper and his son have vanished from a village in Kapsan, and officials believe "
        "they have fled abroad.\n\nThe two were last seen at the village shop on the evening of "
        "May 2, the source said."
    )
    gone, fled = _told(
        text, "2031-05-12", [("vanished", "disappearance", "occurred"), ("fled", "escape", "suspected")]
    )
    assert _span(fled) == (date(2031, 5, 2), date(2031, 5, 12))
    assert _span(gone) == (date(2031, 5, 2), date(2031, 5, 2))


def test_a_flight_guessed_from_the_day_they_slipped_away_keeps_that_day() -> None:
    text = (
        "A beekeeper and his son have vanished from a village in Kapsan, and officials believe "
        "they have fled abroad.\n\nThe two slipped away from the village shop on the evening of "
        "May 2, the source said."
    )
    _, fled = _told(
        text, "2031-05-12", [("vanished", "disappearance", "occurred"), ("fled", "escape", "suspected")]
    )
    assert _span(fled) == (date(2031, 5, 2), date(2031, 5, 2))


def test_days_later_is_some_days_after_the_date_told() -> None:
    assert [(m.kind, m.unit, m.approx) for m in find_mentions("He was fined days later.")] == [
        ("later", "day", "several")
    ]
    text = "Inspectors seized the smugglers' truck on April 10. Its driver was dismissed days later."
    _, dismissed = _told(
        text, "2031-05-12", [("seized", "search", "occurred"), ("dismissed", "punishment", "occurred")]
    )
    assert _span(dismissed) == (date(2031, 4, 11), date(2031, 4, 17))


def test_over_the_following_days_is_some_days_after_the_date_told() -> None:
    text = (
        "Miners at the pit downed tools on April 10. Over the following days, security agents "
        "questioned each of them."
    )
    _, questioned = _told(
        text, "2031-05-12", [("downed", "crackdown", "occurred"), ("questioned", "interrogation", "occurred")]
    )
    assert _span(questioned) == (date(2031, 4, 11), date(2031, 4, 17))


def test_over_a_holiday_is_the_days_around_it() -> None:
    (mention,) = find_mentions("Two cooks went missing over the Chuseok holiday.")
    assert (mention.kind, mention.key, mention.approx) == ("occasion", "chuseok", "about")
    (day,) = find_mentions("Two cooks went missing on Chuseok.")
    assert day.approx is None
    (during,) = find_mentions("Two cooks were detained during the Chuseok holiday.")
    assert during.approx is None


def test_days_later_after_a_month_is_that_month_moved_on() -> None:
    text = (
        "In March, a farmer who had been sent back from China in 2009 crossed the river again. "
        "Days later, guards shot at two women near the same ford."
    )
    _, shot = _told(text, "2031-08-12", [("crossed", "escape", "occurred"), ("shot", "violence", "occurred")])
    assert _span(shot) == (date(2031, 3, 2), date(2031, 4, 7))


def test_a_step_of_days_counts_from_the_last_day_told_not_from_background_years() -> None:
    text = (
        "Police arrested four miners at a rented room on the 9th, a source said.\n\n"
        "The four crossed the river between 2026 and 2028 and had worked on farms since. "
        "Their landlord was detained at a nearby inn two days later."
    )
    (detained,) = _told(text, "2031-05-20", [("detained", "arrest", "occurred")])
    assert _span(detained) == (date(2031, 5, 11), date(2031, 5, 11))


def test_a_present_perfect_after_the_story_day_runs_to_the_report() -> None:
    text = (
        "Police searched the herder's house on May 3, a trader said. "
        "His brother has been summoned to the county office for questioning."
    )
    (summoned,) = _told(text, "2031-05-12", [("summoned", "interrogation", "occurred")])
    assert _span(summoned) == (date(2031, 5, 3), date(2031, 5, 12))


def test_since_the_noun_of_an_event_kind_dates_from_that_event() -> None:
    """Also when a "now" of the next sentence tells the report's present."""
    text = (
        "Two loggers went missing from their camp on May 3, the source said. Their foreman was "
        "questioned. Their bunks were stripped.\n\nSince the disappearance, guards have searched "
        "every hut in the camp. Loggers may now leave only in pairs."
    )
    _, searched = _told(
        text,
        "2031-05-12",
        [("went missing", "disappearance", "occurred"), ("searched", "search", "occurred")],
    )
    assert _span(searched) == (date(2031, 5, 3), date(2031, 5, 12))


def test_concern_expressed_today_does_not_date_the_detention_told_in_it() -> None:
    text = (
        "Rights monitors today expressed alarm over two miners detained near the border.\n\n"
        "The two were seized by police in early April, the monitors said."
    )
    (detained,) = _told(text, "2031-05-12", [("detained", "arrest", "occurred")])
    assert _span(detained) == (date(2031, 4, 1), date(2031, 4, 10))


def test_a_press_release_dateline_in_brackets_dates_the_report_only() -> None:
    text = "VIENNA (3 May 2031) – Monitors said two miners were detained near the border."
    (mention,) = [m for m in find_mentions(text) if m.kind == "date"]
    assert is_dateline(text, mention)

"""Dating conventions of the sixteenth round (issue 12: `when` on unseen text), on invented text.

"The turn of the year" is the days around New Year's Day; a day told right after the occasion of
a telling ("at a forum in Seoul on Wednesday") in a sentence about telling dates the telling, not
the old happening it describes."""

from __future__ import annotations

from datetime import date

from tessera.language import analyse
from tessera.model import Document, Event
from tessera.time import date_events
from tessera.time.mentions import find_mentions
from tessera.time.report import from_published
from tessera.time.resolve import resolve_mention
from test_time_events import _event, _range


def _told(text: str, published: str, events: list[tuple[str, str, str]]) -> list[Event]:
    """Date events given as (trigger, type, status)."""
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, trig, type_, status) for trig, type_, status in events], analysis)


def test_the_turn_of_the_year_is_the_days_around_new_year() -> None:
    (m,) = find_mentions("The man slipped out of the logging camp at the turn of the year.")
    report = from_published("2026-02-20")
    assert report is not None
    span = resolve_mention(m, report)
    assert span is not None
    assert (span.start, span.end) == (date(2025, 12, 29), date(2026, 1, 4))


def test_the_turn_of_the_year_dates_the_event_it_governs() -> None:
    text = "Two soldiers crossed the river into China at the turn of the year, a source said."
    (crossed,) = _told(text, "2026-02-20", [("crossed", "escape", "occurred")])
    assert crossed.when.start == date(2025, 12, 29)


def test_a_day_after_a_forum_dates_the_telling_not_the_return_it_describes() -> None:
    text = (
        "A man who fled twice described his ordeal after being sent back from China at a "
        "forum in Seoul on Wednesday."
    )
    (sent,) = _told(text, "2026-05-08", [("sent", "repatriation", "occurred")])
    assert sent.when.start != date(2026, 5, 6)


def test_a_day_after_a_trial_still_dates_the_sentence() -> None:
    text = "A court sentenced two smugglers to prison at a public trial in Hyesan on Wednesday."
    (sentenced,) = _told(text, "2026-05-08", [("sentenced", "punishment", "occurred")])
    assert _range(sentenced) == (date(2026, 5, 6), date(2026, 5, 6), "day")


def test_a_year_told_only_to_compare_does_not_set_the_story_year() -> None:
    text = (
        "Between January and December 2025 we recorded 40 public executions, compared with 25 "
        "in 2024.\n\nIn one case we confirmed, two men were shot in Hyesan in April."
    )
    (shot,) = _told(text, "2026-02-10", [("shot", "execution", "occurred")])
    assert _range(shot) == (date(2025, 4, 1), date(2025, 4, 30), "month")

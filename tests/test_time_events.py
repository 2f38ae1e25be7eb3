"""Dating events in invented reports: each event takes the expression that governs it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from tessera.language import Analysis, analyse
from tessera.model import Anchor, Document, Event, Source, Span
from tessera.time import date_events

SAMPLE = Path(__file__).parent / "fixtures" / "sample_report.txt"


def _event(analysis: Analysis, trigger: str, type_: str, status: str = "occurred", nth: int = 0) -> Event:
    """An event as the events stage hands it over: trigger, sentence and clause offsets."""
    text = analysis.text
    start = -1
    for _ in range(nth + 1):
        start = text.index(trigger, start + 1)
    token = analysis.doc.char_span(start, start + len(trigger), alignment_mode="expand").root
    sent = token.sent
    doc_id = analysis.document.id
    return Event(
        type=type_,
        status=status,
        evidence=[Span(doc_id, sent.start_char, sent.end_char, sent.text)],
        sources=[Source(doc_id)],
        anchor=Anchor(
            start, start + len(trigger), sent.start_char, sent.end_char, sent.start_char, sent.end_char
        ),
    )


def _dated(text: str, published: str | None, triggers: list[tuple[str, str]]) -> list[Event]:
    analysis = analyse(Document("t", text, published=published))
    events = [_event(analysis, trig, type_) for trig, type_ in triggers]
    return date_events(events, analysis)


def _range(e: Event) -> tuple[date | None, date | None, str]:
    return e.when.start, e.when.end, e.when.precision


def test_two_events_in_one_sentence_take_their_own_dates() -> None:
    text = (
        "A woman from Hyesan was arrested last month and repatriated at the beginning of August, "
        "a source said."
    )
    arrest, repatriation = _dated(
        text, "2019-08-20", [("arrested", "arrest"), ("repatriated", "repatriation")]
    )
    assert _range(arrest) == (date(2019, 7, 1), date(2019, 7, 31), "month")
    assert arrest.when.text == "last month"
    assert _range(repatriation) == (date(2019, 8, 1), date(2019, 8, 10), "month_part")


def test_dates_in_separate_clauses_do_not_swap() -> None:
    text = "Police detained two traders on March 3, and a third man was executed on March 15."
    arrest, execution = _dated(text, "2021-04-01", [("detained", "arrest"), ("executed", "execution")])
    assert _range(arrest) == (date(2021, 3, 3), date(2021, 3, 3), "day")
    assert _range(execution) == (date(2021, 3, 15), date(2021, 3, 15), "day")


def test_undated_event_gets_a_window_after_what_it_follows() -> None:
    text = "A family of four fled to China in late January but was caught by Chinese police."
    escape, arrest = _dated(text, "2020-02-20", [("fled", "escape"), ("caught", "arrest")])
    assert _range(escape) == (date(2020, 1, 21), date(2020, 1, 31), "month_part")
    assert _range(arrest) == (date(2020, 1, 21), date(2020, 2, 20), "range")


def test_nothing_bounds_an_undated_event() -> None:
    (arrest,) = _dated(
        "Two students were arrested for watching foreign films.", "2020-02-20", [("arrested", "arrest")]
    )
    assert arrest.when.start is None and arrest.when.end is None


def test_a_sources_day_dates_the_report_not_the_event() -> None:
    text = "A source told Daily NK on Tuesday that three people were executed in Hyesan."
    (execution,) = _dated(text, "2019-03-07", [("executed", "execution")])
    assert execution.when.start is None


def test_year_rolls_over_for_a_january_report() -> None:
    text = "The man was sent to a political prison camp in December."
    (punishment,) = _dated(text, "2020-01-15", [("sent", "punishment")])
    assert _range(punishment) == (date(2019, 12, 1), date(2019, 12, 31), "month")


def test_a_duration_is_not_a_date() -> None:
    text = "The officer failed to find them for more than 10 days and was questioned by the MSS."
    (interrogation,) = _dated(text, "2019-03-06", [("questioned", "interrogation")])
    assert interrogation.when.start is None


def test_an_upcoming_occasion_does_not_date_what_already_happened() -> None:
    text = "Authorities set up checkpoints near the border ahead of the upcoming elections on March 10."
    (restriction,) = _dated(text, "2019-03-01", [("checkpoints", "movement_restriction")])
    assert restriction.when.start is None


def test_holiday_dates_an_event() -> None:
    text = "Dozens of people were detained around Chuseok for gambling."
    (arrest,) = _dated(text, "2019-10-01", [("detained", "arrest")])
    assert _range(arrest) == (date(2019, 9, 13), date(2019, 9, 13), "day")


def test_opening_summary_takes_the_date_the_next_paragraph_gives() -> None:
    text = (
        "North Korea has begun a crackdown on smuggling along the border, a defector group said.\n"
        "The group said the order was issued on Sunday to guards in Hyesan."
    )
    (crackdown,) = _dated(text, "2010-12-28", [("crackdown", "crackdown")])
    assert _range(crackdown) == (date(2010, 12, 26), date(2010, 12, 26), "day")


def test_sample_report_events() -> None:
    analysis = analyse(Document("seed", SAMPLE.read_text(encoding="utf-8")))
    escape = _event(analysis, "defected to Shenyang", "escape")
    arrest = _event(analysis, "were arrested by agents", "arrest")
    disappearance = _event(analysis, "disappeared from their home", "disappearance")
    escape, arrest, disappearance = date_events([escape, arrest, disappearance], analysis)
    assert _range(escape) == (date(2019, 2, 21), date(2019, 2, 28), "month_part")
    assert escape.when.text == "the end of February"
    # arrested after the escape, before the report (inferred: by March 9)
    assert _range(arrest) == (date(2019, 2, 21), date(2019, 3, 9), "range")
    assert _range(disappearance) == (date(2019, 2, 19), date(2019, 2, 19), "day")


def test_no_events_is_fine() -> None:
    analysis = analyse(Document("t", "Nothing happened.", published="2020-01-01"))
    assert date_events([], analysis) == []


def test_a_count_is_not_a_year() -> None:
    text = "About 2000 people were arrested in the border towns."
    (arrest,) = _dated(text, "2020-02-20", [("arrested", "arrest")])
    assert arrest.when.start is None

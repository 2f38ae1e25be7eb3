"""Dating kinds found failing across the open sets (issue 12, `when`), each on invented text."""

from __future__ import annotations

from datetime import date, timedelta

from tessera.language import analyse
from tessera.model import Document, Event
from tessera.time import date_events, from_published, resolve_expression
from test_time_events import _event, _range


def _dated(text: str, published: str | None, triggers: list[tuple[str, str]]) -> list[Event]:
    analysis = analyse(Document("t", text, published=published))
    return date_events([_event(analysis, trig, type_) for trig, type_ in triggers], analysis)


def test_an_undated_past_event_in_an_old_story_keeps_the_story_time() -> None:
    text = (
        "In the winter of 2015 guards caught me near the river. "
        "They took me to the county jail that February. At the jail they kicked me for hours."
    )
    *_, beaten = _dated(text, "2027-06", [("caught", "arrest"), ("took", "arrest"), ("kicked", "violence")])
    assert _range(beaten) == (date(2016, 2, 1), date(2016, 2, 29), "month")


def test_a_recent_story_still_gives_a_window_up_to_the_report() -> None:
    # A plain past told right after the dated one happened then (see test_time_when19.py); the
    # present perfect and what is told as coming after still run on to the report.
    text = "Police detained a trader on May 3. Officers have searched her warehouse."
    _, search = _dated(text, "2027-05-20", [("detained", "arrest"), ("searched", "search")])
    assert _range(search) == (date(2027, 5, 3), date(2027, 5, 20), "range")
    text = "Police detained a trader on May 3. Officers later searched her warehouse."
    _, search = _dated(text, "2027-05-20", [("detained", "arrest"), ("searched", "search")])
    assert _range(search) == (date(2027, 5, 3), date(2027, 5, 20), "range")


def test_a_background_relative_clause_does_not_date_what_follows() -> None:
    text = (
        "A farmer was detained nine days ago for taking money from his son, who crossed into "
        "China in 2014. Agents searched his house."
    )
    _, _, search = _dated(
        text, "2027-04-19", [("detained", "arrest"), ("crossed", "escape"), ("searched", "search")]
    )
    assert _range(search)[0] == date(2027, 4, 10)


def test_a_plan_told_beside_a_done_event_does_not_date_it() -> None:
    text = (
        "Two fishermen detained in Kazakhstan since the weekend are expected to fly to Seoul "
        "as early as next week, an official said."
    )
    (arrest,) = _dated(text, "2027-10-07", [("detained", "arrest")])
    assert arrest.when.start is not None and arrest.when.start <= date(2027, 10, 7)
    assert arrest.when.start == date(2027, 10, 2)  # the Saturday before that Thursday


def test_an_ongoing_event_never_takes_a_time_after_the_report() -> None:
    text = "The agency said it would widen its checks next year. Police have kept arresting traders."
    (arrest,) = _dated(text, "2027-10-15", [("arresting", "arrest")])
    assert arrest.when.start is None or arrest.when.start <= date(2027, 10, 15)


def test_a_passive_detention_since_a_time_began_then() -> None:
    text = "A North Korean woman has been detained in Dalian since early July, her brother said."
    (arrest,) = _dated(text, "2027-08-28", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 7, 1), date(2027, 7, 10), "month_part")


def test_an_active_tally_since_a_time_runs_to_the_report() -> None:
    text = "Police have detained at least 20 women in Dalian since January, a pastor said."
    (arrest,) = _dated(text, "2027-02-18", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 1, 1), date(2027, 2, 18), "range")


def test_around_an_occasion_is_the_days_either_side_of_it() -> None:
    report = from_published("2027-02-20")
    assert report is not None
    around = resolve_expression("around the Lunar New Year", report)
    on = resolve_expression("the Lunar New Year", report)
    assert on is not None and on.precision == "day" and on.start is not None
    assert around is not None and around.precision == "days"
    assert around.start == on.start - timedelta(days=3) and around.end == on.start + timedelta(days=3)


def test_now_tells_a_state_holds_not_when_the_event_was() -> None:
    text = (
        "Guards shot a man trying to cross the river earlier this month, a source said. "
        "He was pulled out of the water and is now being held by state security."
    )
    *_, arrest = _dated(text, "2027-08-21", [("shot", "violence"), ("held", "arrest")])
    assert arrest.when.text != "now"
    assert arrest.when.start == date(2027, 8, 1)


def test_now_still_dates_a_state_told_by_a_noun() -> None:
    text = "His wife was sent back by China in 2019. She is now a political prisoner, he said."
    _, prisoner = _dated(text, "2027-12-21", [("sent", "repatriation"), ("prisoner", "punishment")])
    assert prisoner.when.text == "now"


def test_now_in_reported_speech_carries_a_state_to_the_report() -> None:
    text = (
        "Thai police arrested six North Koreans late last month, a pastor said, adding that the "
        "six were now believed to be held by immigration officers in Bangkok."
    )
    _, held = _dated(text, "2027-07-08", [("arrested", "arrest"), ("held", "arrest")])
    assert held.when.start == date(2027, 6, 21) and held.when.end == date(2027, 7, 8)


def test_a_perfect_progressive_runs_from_the_story_time_to_the_report() -> None:
    text = (
        "A cook left his dormitory in Khabarovsk on the night of June 3, the source said. "
        "Minders have since been checking the rooms at night and going through the workers' bags."
    )
    _, search = _dated(text, "2027-07-02", [("left", "escape"), ("going", "search")])
    assert _range(search) == (date(2027, 6, 3), date(2027, 7, 2), "range")


def test_a_state_in_the_present_passive_runs_to_the_report() -> None:
    text = (
        "Two waiters vanished from a restaurant in Dandong on the 4th, a source said. "
        "The shop has been shut, and the other staff are not allowed to leave their rooms."
    )
    _, kept = _dated(text, "2027-06-16", [("vanished", "disappearance"), ("allowed", "movement_restriction")])
    assert _range(kept) == (date(2027, 6, 4), date(2027, 6, 16), "range")


def test_a_state_since_it_began_still_dates_from_its_start() -> None:
    text = "Two brothers from Musan have been missing since the night of May 3, police said."
    (gone,) = _dated(text, "2027-05-20", [("missing", "disappearance")])
    assert _range(gone) == (date(2027, 5, 3), date(2027, 5, 3), "day")

"""A day told in the details dates the opening's event only when it is told of the opening's
people, and a step told in the past perfect falls before the story's latest day (issue 12,
`when`).

Invented text only. "A woman who was caught ... last week was fined" brings in someone new, so
its day is not the day of the opening's "earlier this month"; "They had been held for two
weeks" after "reached Seoul on Sunday" tells a step before Sunday, after the month the story set.
"""

from __future__ import annotations

from datetime import date

from test_time_events import _range
from test_time_story import _dated


def test_a_detail_about_someone_brought_in_does_not_narrow_the_opening() -> None:
    text = (
        "Authorities in Sonbong have put up new fences along the harbour earlier this month, "
        "and residents may no longer walk on the pier, a local trader said.\n\n"
        "A fisherman who was caught mending nets on the pier without a pass last week was "
        "fined two months of wages, the trader said."
    )
    (ban,) = _dated(text, "2027-05-24", [("put", "movement_restriction")])
    assert _range(ban)[:2] == (date(2027, 5, 1), date(2027, 5, 24))


def test_a_detail_about_the_openings_people_still_narrows_it() -> None:
    text = (
        "Four sailors from a cargo ship went missing in Nakhodka earlier this month, a port "
        "official said.\n\n"
        "The sailors left the ship on the night of May 6 and did not come back."
    )
    (vanishing,) = _dated(text, "2027-05-24", [("missing", "disappearance")])
    assert _range(vanishing)[:2] == (date(2027, 5, 6), date(2027, 5, 6))


def test_a_past_perfect_step_falls_before_the_storys_day() -> None:
    text = (
        "Five North Koreans who crossed into Mongolia in March reached Seoul on Sunday, an "
        "official said.\n\n"
        "The five had been held by border troops for some days before they were handed to the embassy."
    )
    (arrest,) = _dated(text, "2027-04-13", [("held", "arrest")])
    assert _range(arrest)[:2] == (date(2027, 3, 1), date(2027, 4, 11))


def test_a_date_after_door_to_door_dates_the_going() -> None:
    text = (
        "Police officers went door to door through two villages near Musan on the night of "
        "April 9, searching houses for radios, a resident told the newsletter on Sunday.\n\n"
        "Heads of the neighbourhood units had been told a week earlier to list every radio."
    )
    (search,) = _dated(text, "2027-04-20", [("went", "search")])
    assert _range(search)[:2] == (date(2027, 4, 9), date(2027, 4, 9))


def test_a_date_before_a_trailing_teller_dates_the_told_clause() -> None:
    text = (
        "A miner who struck a foreman was publicly executed in front of his brigade in Tanchon, "
        "South Hamgyong Province, on March 14, a source in the province told Hamgyong Weekly.\n\n"
        "The foreman had docked his rations in February, the source said."
    )
    (execution,) = _dated(text, "2027-03-30", [("executed", "execution")])
    assert _range(execution)[:2] == (date(2027, 3, 14), date(2027, 3, 14))

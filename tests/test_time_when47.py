"""Dating conventions of the when47 round, on invented text (through the whole pipeline): an
undated act going on at the report (returnees "are being questioned") runs from the latest
happening told just before it, not from one told in passing or in the past perfect."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_a_past_perfect_happening_does_not_open_the_window() -> None:
    # the arrest is told as a step back ("had been arrested"): the questioning follows the handover
    text = (
        "Three women caught in Yanji were handed back to North Korea at the Namyang crossing on "
        "June 12, a source in Onsong said.\n\n"
        "The women had been arrested by Chinese police earlier in the month. After the handover "
        "they were taken to the county bowibu, where they are being questioned about their "
        "contacts in China."
    )
    assert date_ranges(text, "2026-06-25", "interrogation") == [(date(2026, 6, 12), date(2026, 6, 25))]


def test_the_window_opens_at_the_latest_happening_not_the_last_told() -> None:
    # the flight is told after the handover but happened weeks before it
    text = (
        "Chinese authorities handed four North Korean loggers back to the North at Tumen on "
        "Tuesday, three weeks after they fled a timber camp near Yanji.\n\n"
        "The men were taken to the provincial state security bureau, where they are being "
        "interrogated about their contacts in China."
    )
    assert date_ranges(text, "2026-09-18", "interrogation") == [(date(2026, 9, 15), date(2026, 9, 18))]


def test_a_simple_past_happening_told_just_before_still_opens_the_window() -> None:
    # no step back: the arrest told just before opens the window up to the report
    text = (
        "Police in Hyesan arrested a trader on March 3 for selling Chinese phones.\n\n"
        "State security officers are questioning him about his suppliers."
    )
    assert date_ranges(text, "2026-03-20", "interrogation") == [(date(2026, 3, 3), date(2026, 3, 20))]


def test_an_act_counted_before_a_release_ends_at_the_release() -> None:
    # "released in June after two months of questioning": the questioning ran back from June
    text = (
        "A fisherman from Sinpo who was caught at sea in the spring was released in June after "
        "two months of interrogation by state security, a source in the city said."
    )
    ranges = date_ranges(text, "2026-07-20", "interrogation")
    assert ranges == [(date(2026, 4, 2), date(2026, 6, 30))]


def test_an_act_counted_with_for_still_runs_on_from_its_start() -> None:
    # a length told with "for" counts forward from the day the act began
    text = "Police in Hyesan detained a trader on May 3 and questioned him for ten days."
    assert date_ranges(text, "2026-06-20", "interrogation") == [(date(2026, 5, 3), date(2026, 5, 13))]


def test_now_in_the_details_does_not_date_the_opening_happening() -> None:
    # "now fear" tells the parents' state at the report, not when they were questioned
    text = (
        "The parents of a soldier who deserted his post in Musan earlier this month were summoned "
        "by the county state security department and questioned for three days, a source said.\n\n"
        "The soldier was caught in a neighbouring county, the source said. His parents now fear "
        "they will be banished from the city."
    )
    ranges = date_ranges(text, "2026-10-20", "interrogation")
    assert ranges and all(start == date(2026, 10, 1) for start, _ in ranges)


def test_a_belief_held_now_reads_the_disappearance_told_before() -> None:
    text = (
        "Six people have gone missing from a flood relief camp in Yonsa County since the middle of "
        "the month, a source said. Officials are now treating the case as a group defection."
    )
    ranges = date_ranges(text, "2026-09-22", "escape")
    assert ranges and all(start == date(2026, 9, 11) for start, _ in ranges)


def test_a_political_prisoner_now_keeps_the_window_of_now() -> None:
    # a state told by a noun predicate has no other time than "now"
    text = (
        "A defector said his wife was forcibly repatriated by China in December 2019. "
        "She is now a political prisoner, he said."
    )
    ranges = date_ranges(text, "2026-12-21", "punishment")
    assert ranges and all(end == date(2026, 12, 21) and start > date(2026, 11, 1) for start, end in ranges)

"""Dating conventions of the when40 round, on invented text (through the whole pipeline, so
that the events stage quotes the sentence as it does in reports)."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_a_reduced_relative_on_a_thing_the_event_made_still_dates_the_event() -> None:
    text = (
        "An order issued in late March authorised border guards to shoot anyone approaching the "
        "Yalu River at night, a source in Sinuiju said."
    )
    whens = date_ranges(text, "2027-05-02", "movement_restriction")
    assert whens and whens[0][0] == date(2027, 3, 21)


def test_a_past_perfect_backstory_does_not_bound_what_the_story_tells_next() -> None:
    text = (
        "State security officers in Musan detained a couple in late April on suspicion of receiving "
        "money from a relative in South Korea, a source said.\n\n"
        "The couple's elder son had been sent back from China in 2021 after being caught in Tumen. "
        "Officers searched the family's house for two days and took away a notebook, the source said."
    )
    assert date_ranges(text, "2027-05-20", "search") == [(date(2027, 4, 21), date(2027, 4, 30))]


def test_a_deadline_in_the_past_perfect_still_sets_the_story_s_time() -> None:
    text = (
        "The inspection team arrived in Kilju in the second week of May 2026, and by the end of the "
        "month it had searched every house in the district for drugs. A farmer said officers "
        "drilled holes in his walls. Nineteen people were arrested, he said."
    )
    assert date_ranges(text, "2027-02-01", "arrest") == [(date(2026, 5, 8), date(2026, 5, 31))]


def test_what_was_done_where_people_were_held_lasts_as_long_as_the_holding() -> None:
    text = (
        "On March 3, 2027, state security officers in Onsong arrested a woman and her brother after "
        "a neighbour reported them, a rights group said.\n\n"
        "The two were held in the county detention centre for about four weeks, where, according to "
        "a relative, the brother was beaten during questioning."
    )
    assert date_ranges(text, "2027-05-10", "violence") == [(date(2027, 3, 3), date(2027, 3, 31))]


def test_a_step_counted_after_a_vanishing_counts_from_the_day_it_began() -> None:
    text = (
        "A cook at a North Korean restaurant in Dalian has been missing since Tuesday, and the "
        "restaurant's manager suspects she has fled with the help of a broker, a source said.\n\n"
        "The woman, 24, went out to buy vegetables and did not come back. Her colleagues were "
        "confined to the building the next day, the source said."
    )
    assert date_ranges(text, "2027-09-17", "movement_restriction") == [(date(2027, 9, 15), date(2027, 9, 15))]


def test_the_following_week_after_a_part_of_a_month_is_the_weeks_after_those_days() -> None:
    text = (
        "A North Korean logger died after being beaten by his brigade leader at a camp in Amur "
        "Oblast early this month, two sources said.\n\n"
        "Four loggers who had backed his complaint were put on a train to Vladivostok the following "
        "week and sent back to North Korea, the sources said."
    )
    whens = date_ranges(text, "2027-04-28", "repatriation")
    assert whens and whens[0][0] == date(2027, 4, 5) and whens[0][1] == date(2027, 4, 18)

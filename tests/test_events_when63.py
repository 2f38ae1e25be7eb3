"""Dating convention of the when63 round, on invented text (through the whole pipeline): an
event with no date of its own, told "after the execution" or "following the shooting" (a
happening the report dated before), runs from that happening's date up to the report, as
"since the execution" does; an "after" counted ("two days after the escape") keeps its own
reading."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_after_the_named_execution_runs_from_its_day() -> None:
    text = (
        "A mine foreman was publicly executed in Tanchon on April 9 for selling copper to "
        "Chinese traders, a source in the city said.\n\nHe had been arrested in January last year "
        "when inspectors found the missing ore.\n\nHis wife and daughter were banished to a "
        "mountain farm after the execution."
    )
    assert date_ranges(text, "2027-04-20", "punishment") == [(date(2027, 4, 9), date(2027, 4, 20))]


def test_fronted_following_the_shooting_sets_the_clause() -> None:
    text = (
        "Border guards shot and killed a fisherman on the Yalu near Manpo on 3 August, a source "
        "in Chagang Province said.\n\nThe man had been smuggling copper since the spring.\n\n"
        "Following the shooting, the county banned residents from the riverbank after dark."
    )
    spans = date_ranges(text, "2029-08-15", "movement_restriction")
    assert spans == [(date(2029, 8, 3), date(2029, 8, 15))]


def test_counted_after_is_not_read_as_open() -> None:
    text = (
        "Two soldiers deserted their post near Hyesan on 12 May and crossed into China, a "
        "source said.\n\nTheir platoon leader was dismissed two days after the escape."
    )
    assert date_ranges(text, "2028-05-30", "punishment") == [(date(2028, 5, 14), date(2028, 5, 14))]


def test_after_a_happening_not_told_before_takes_nothing_from_it() -> None:
    # the look-alike: "after the meeting" names nothing the report dated, so the punishment is
    # not stretched from the execution's day to the report
    text = (
        "A mine foreman was publicly executed in Tanchon on April 9, a source said.\n\n"
        "On April 2 the mine's manager was dismissed after the meeting."
    )
    assert date_ranges(text, "2027-04-20", "punishment") == [(date(2027, 4, 2), date(2027, 4, 2))]


def test_clause_joined_to_the_after_phrase_shares_it() -> None:
    text = (
        "A mine foreman was publicly executed in Tanchon on April 9 for selling copper to "
        "Chinese traders, a source in the city said.\n\nHe had been arrested in January last year "
        "when inspectors found the missing ore.\n\nHis wife was banished to a mountain farm after "
        "the execution, and the mine's deputy manager was dismissed."
    )
    spans = date_ranges(text, "2027-04-20", "punishment")
    assert spans == [(date(2027, 4, 9), date(2027, 4, 20)), (date(2027, 4, 9), date(2027, 4, 20))]

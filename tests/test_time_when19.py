"""Dating conventions of the when19 round, on invented text.

A ban or closure told "since" a date weeks before a report of a known day is in force from that
date up to the report; one only days old, and one in a report known only by its month, is dated
by its start; an order ("ordered to fire since ...") is given on its day."""

from __future__ import annotations

from datetime import date

from test_time_wave17 import _told


def test_a_ban_weeks_old_runs_to_the_report() -> None:
    text = (
        "Residents of the county have been forbidden to travel without a permit since May 3, a trader said."
    )
    (forbidden,) = _told(text, "2027-05-24", [("forbidden", "movement_restriction", "occurred")])
    assert (forbidden.when.start, forbidden.when.end) == (date(2027, 5, 3), date(2027, 5, 24))


def test_a_ban_since_a_month_part_runs_to_the_report() -> None:
    text = "Since the middle of April, her parents have been barred from leaving the town."
    (barred,) = _told(text, "2027-05-10", [("barred", "movement_restriction", "occurred")])
    assert (barred.when.start, barred.when.end) == (date(2027, 4, 11), date(2027, 5, 10))


def test_a_ban_days_old_is_dated_by_its_start() -> None:
    # two days old (round when28: a ban told in the present perfect three or more days
    # before the report holds up to it)
    text = "The road to the county seat has been closed since Wednesday, villagers said."
    (closed,) = _told(text, "2027-06-18", [("closed", "movement_restriction", "occurred")])
    assert closed.when.end == date(2027, 6, 16)


def test_an_order_since_a_month_is_dated_by_the_month() -> None:
    text = "Since March, guard units along the river have been ordered to fire at anyone crossing at night."
    (ordered,) = _told(text, "2027-05-10", [("ordered", "movement_restriction", "occurred")])
    assert (ordered.when.start, ordered.when.end) == (date(2027, 3, 1), date(2027, 3, 31))


def test_an_undated_past_happening_after_a_dated_one_took_place_then() -> None:
    """ "was detained on May 2. Officers searched his flat": the search was that day, not any day
    from then up to the report."""
    text = (
        "A man in his 40s was detained by police in the city on May 2, a relative said. "
        "Officers searched his flat and took away two phones."
    )
    _, searched = _told(
        text, "2027-05-20", [("detained", "arrest", "occurred"), ("searched", "search", "occurred")]
    )
    assert (searched.when.start, searched.when.end) == (date(2027, 5, 2), date(2027, 5, 2))


def test_a_happening_told_with_its_length_runs_on_from_the_day_told() -> None:
    text = (
        "A man in his 40s was detained by police in the city on May 2, a relative said. "
        "He was questioned for about two weeks at the police station."
    )
    _, questioned = _told(
        text, "2027-05-30", [("detained", "arrest", "occurred"), ("questioned", "interrogation", "occurred")]
    )
    assert questioned.when.end != date(2027, 5, 2)


def test_a_period_opened_after_a_dated_happening_runs_to_the_report() -> None:
    text = (
        "A man in his 40s was detained by police in the city on May 2, a relative said. "
        "Officers then launched a search of the neighbourhood."
    )
    _, launched = _told(
        text, "2027-05-30", [("detained", "arrest", "occurred"), ("search", "search", "occurred")]
    )
    assert launched.when.end == date(2027, 5, 30)


def test_days_later_count_from_the_last_day_told_not_a_season_in_between() -> None:
    text = (
        "Police arrested two North Korean women at a flat in the city on the 9th, a source said.\n\n"
        "The women had worked on farms for years. They moved into the flat in the spring after a "
        "broker promised to take them south.\n\n"
        "A man believed to be the broker was detained at a hotel two days later."
    )
    _, detained = _told(
        text, "2027-07-16", [("arrested", "arrest", "occurred"), ("detained", "arrest", "occurred")]
    )
    assert (detained.when.start, detained.when.end) == (date(2027, 7, 11), date(2027, 7, 11))


def test_a_weekday_in_the_plural_is_a_habit_not_a_day() -> None:
    from tessera.time import find_mentions

    assert [m.kind for m in find_mentions("The group met on Sunday evenings in a private home.")] == []
    assert [m.kind for m in find_mentions("They prayed together on Fridays.")] == []
    assert [m.text for m in find_mentions("Police raided the home on Sunday evening.")] == ["Sunday evening"]


def test_late_in_the_month_is_the_last_part_of_the_month_told() -> None:
    from tessera.time import find_mentions

    (late,) = find_mentions("Late in the month police detained eleven people.")
    assert (late.kind, late.key) == ("month_part", "told")
    text = "In mid-March two men were tried in the city.\n\nLate in the month police detained eleven people."
    _, detained = _told(
        text, "2027-05-02", [("tried", "punishment", "occurred"), ("detained", "arrest", "occurred")]
    )
    assert (detained.when.start, detained.when.end) == (date(2027, 3, 21), date(2027, 3, 31))


def test_days_later_count_from_the_story_not_from_a_past_perfect_told_back() -> None:
    text = (
        "Two men were executed in the city on March 8, a source said.\n\n"
        "The men had been arrested in January after a neighbour informed on them.\n\n"
        "Their families were sent to a farm two days later."
    )
    _, _, sent = _told(
        text,
        "2027-03-20",
        [
            ("executed", "execution", "occurred"),
            ("arrested", "arrest", "occurred"),
            ("sent", "punishment", "occurred"),
        ],
    )
    assert (sent.when.start, sent.when.end) == (date(2027, 3, 10), date(2027, 3, 10))


def test_days_later_told_in_the_past_perfect_count_from_the_past_perfect() -> None:
    text = (
        "Two men were executed in the city on March 8, a source said.\n\n"
        "The men had fled to China on January 5 and had been caught two days later."
    )
    _, _, caught = _told(
        text,
        "2027-03-20",
        [
            ("executed", "execution", "occurred"),
            ("fled", "escape", "occurred"),
            ("caught", "arrest", "occurred"),
        ],
    )
    assert (caught.when.start, caught.when.end) == (date(2027, 1, 7), date(2027, 1, 7))

"""Dating conventions of round when23 (`when` on unseen text), on invented text."""

from __future__ import annotations

from datetime import date

from test_time_unseen import _dated


def test_a_day_of_the_month_before_a_preposition_phrase_is_read() -> None:
    from tessera.time.mentions import find_mentions

    for text in (
        "Border police detained two women on the 5th during a check of a guesthouse.",
        "Border police detained two women on the 5th near the bus terminal.",
    ):
        (day,) = find_mentions(text)
        assert day.kind == "rel_month_day" and day.day == 5


def test_a_dated_arrest_with_a_day_before_during_is_dated_that_day() -> None:
    text = "Police in Tumen detained a North Korean man on the 9th during a raid on a rented room."
    (held,) = _dated(text, "2031-04-20", [("detained", "arrest")])
    assert (held.when.start, held.when.end) == (date(2031, 4, 9), date(2031, 4, 9))


def test_two_months_joined_by_a_dash_are_a_span_of_months() -> None:
    from tessera.time.mentions import find_mentions

    (span,) = find_mentions("Some 40 defectors reached the South in the April-June period.")
    assert (span.kind, span.month, span.month2) == ("months", 4, 6)
    (dashed,) = find_mentions("Arrivals fell in October–December 2030, the ministry said.")
    assert (dashed.month, dashed.month2, dashed.year) == (10, 12, 2030)


def test_a_vanishing_not_seen_since_a_dated_departure_is_dated_by_the_departure() -> None:
    text = (
        "A factory worker in Kilju left home on the morning of March 3 and has not been seen "
        "since, a relative said."
    )
    (gone,) = _dated(text, "2031-03-20", [("seen", "disappearance")])
    assert (gone.when.start, gone.when.end) == (date(2031, 3, 3), date(2031, 3, 3))


def test_a_vanishing_not_heard_from_since_a_counted_departure_takes_that_week() -> None:
    text = "A second woman left the shelter two weeks ago and has not been heard from since."
    (gone,) = _dated(text, "2031-05-21", [("heard", "disappearance")])
    assert (gone.when.start, gone.when.end) == (date(2031, 5, 4), date(2031, 5, 10))


def test_whereabouts_unknown_since_a_dated_summons_are_dated_by_the_summons() -> None:
    text = (
        "A teacher whose whereabouts have been unknown since she was summoned by police on "
        "June 9 is feared to be in custody, a rights group said."
    )
    (gone,) = _dated(text, "2031-06-30", [("been", "disappearance")])
    assert (gone.when.start, gone.when.end) == (date(2031, 6, 9), date(2031, 6, 9))


def test_a_vanishing_with_a_bare_since_takes_the_happening_told_just_before() -> None:
    text = (
        "Four waitresses slipped out of their dormitory in Dandong on August 2. "
        "They have not been seen since, a local source said."
    )
    fled, gone = _dated(text, "2031-08-19", [("slipped", "escape"), ("seen", "disappearance")])
    assert (fled.when.start, fled.when.end) == (date(2031, 8, 2), date(2031, 8, 2))
    assert (gone.when.start, gone.when.end) == (date(2031, 8, 2), date(2031, 8, 2))


def test_the_next_season_counts_from_the_date_told_before() -> None:
    from tessera.time.mentions import find_mentions

    (told,) = find_mentions("We were caught the next spring near Helong.")
    assert (told.kind, told.key, told.rel, told.unit) == ("season", "spring", 1, "told")
    (ahead,) = find_mentions("Next spring the border fence will be finished.")
    assert ahead.unit is None
    text = "I crossed the river in October 2012. We were caught the next spring near Helong."
    _crossed, caught = _dated(text, "2031-01-10", [("crossed", "escape"), ("caught", "arrest")])
    assert (caught.when.start, caught.when.end) == (date(2013, 3, 1), date(2013, 5, 31))


def test_a_search_done_to_people_as_the_report_is_told_runs_to_the_report() -> None:
    text = (
        "The province has closed its roads to outside traffic since March 4, residents said. "
        "Passengers at the bus station are having their bags checked by police before boarding."
    )
    _closed, checked = _dated(text, "2031-03-15", [("closed", "movement_restriction"), ("checked", "search")])
    assert (checked.when.start, checked.when.end) == (date(2031, 3, 4), date(2031, 3, 15))


def test_a_ban_in_force_since_a_date_still_runs_to_the_report() -> None:
    text = "Residents of Kimchaek have been barred from leaving the city since mid-May."
    (ban,) = _dated(text, "2031-06-20", [("barred", "movement_restriction")])
    assert (ban.when.start, ban.when.end) == (date(2031, 5, 11), date(2031, 6, 20))


def test_days_from_one_to_another_of_this_month_are_a_range() -> None:
    text = "Police in Hyesan arrested 14 people between the 3rd and the 12th of this month for phone calls."
    (held,) = _dated(text, "2031-09-20", [("arrested", "arrest")])
    assert (held.when.start, held.when.end) == (date(2031, 9, 3), date(2031, 9, 12))


def test_the_season_of_that_year_is_the_season_of_the_year_told_before() -> None:
    from tessera.time.mentions import find_mentions

    (season,) = find_mentions("She was sent back in the autumn of that year.")
    assert (season.kind, season.key, season.unit) == ("season", "autumn", "that")
    text = (
        "She crossed into China in 2027 and found work on a farm. Police caught her in the "
        "autumn of that year."
    )
    _crossed, caught = _dated(text, "2031-03-10", [("crossed", "escape"), ("caught", "arrest")])
    assert (caught.when.start, caught.when.end) == (date(2027, 9, 1), date(2027, 11, 30))


def test_last_season_said_after_this_years_season_ended_is_the_year_before() -> None:
    from tessera.time import from_published
    from tessera.time.resolve import resolve_expression

    def span(phrase: str, published: str) -> tuple[date | None, date | None]:
        got = resolve_expression(phrase, from_published(published))
        assert got is not None
        return got.start, got.end

    # in June, the spring just ended is "this spring"
    assert span("this spring", "2031-06-18") == (date(2031, 3, 1), date(2031, 5, 31))
    assert span("last spring", "2031-06-18") == (date(2030, 3, 1), date(2030, 5, 31))
    # no winter of this year has begun by April: "last winter" is the one just ended
    assert span("last winter", "2031-04-10") == (date(2030, 12, 1), date(2031, 2, 28))
    assert span("last autumn", "2031-02-10") == (date(2030, 9, 1), date(2030, 11, 30))


def test_a_person_caught_in_the_act_dates_the_event_by_the_acts_time() -> None:
    from tessera.language import load_nlp
    from tessera.time.attach import _caught_in_the_act

    nlp = load_nlp()
    doc = nlp(
        "A border guard unit shot and killed a trader who was crossing the Tumen River near "
        "Onsong on Monday night, a source in the province said."
    )
    crossing = next(t for t in doc if t.text == "crossing")
    shot = next(t for t in doc if t.text == "shot")
    assert crossing.dep_ == "relcl"
    # the trader is the object of "killed", the conjunct of the trigger "shot"
    assert _caught_in_the_act(crossing, shot)
    fled = nlp("Police arrested a man who had crossed the river in 2029.")
    crossed = next(t for t in fled if t.text == "crossed")
    arrested = next(t for t in fled if t.text == "arrested")
    assert not _caught_in_the_act(crossed, arrested)

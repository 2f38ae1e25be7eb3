"""Dating conventions of the when44 round, on invented text (through the whole pipeline): a flight
guessed from a vanishing "since" a single day runs up to the report, and a date after the trade a
person was charged with dates the sentence's own act."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_a_flight_guessed_from_missing_since_a_day_runs_up_to_the_report() -> None:
    text = (
        "A man in his thirties who worked at a sawmill in Hyesan has been missing since March 16, "
        "a source said. Officials believe he has fled to China to avoid the inspections."
    )
    assert date_ranges(text, "2027-03-25", "escape") == [(date(2027, 3, 16), date(2027, 3, 25))]
    # the vanishing itself keeps its day
    assert date_ranges(text, "2027-03-25", "disappearance") == [(date(2027, 3, 16), date(2027, 3, 16))]


def test_a_flight_guessed_from_unseen_since_a_weekday_runs_up_to_the_report() -> None:
    text = (
        "A young mother from Musan has not been seen since Saturday, residents said. The county "
        "security department suspects she has fled across the Tumen River."
    )
    assert date_ranges(text, "2027-08-24", "escape") == [(date(2027, 8, 21), date(2027, 8, 24))]


def test_a_flight_guessed_from_missing_since_part_of_a_month_keeps_that_part() -> None:
    text = (
        "A family of four in Musan County have not been seen since mid-May, a source said. "
        "Local authorities suspect they have fled to China."
    )
    assert date_ranges(text, "2027-05-24", "escape") == [(date(2027, 5, 11), date(2027, 5, 20))]


def test_a_date_after_the_trade_charged_dates_the_execution() -> None:
    text = (
        "Authorities in Kanggye publicly executed a man convicted of selling copper on April 14, "
        "sources in Chagang Province said."
    )
    assert date_ranges(text, "2027-04-28", "execution") == [(date(2027, 4, 14), date(2027, 4, 14))]


def test_a_date_after_the_smuggling_charged_dates_the_detention() -> None:
    text = (
        "Police in Yanji detained five people suspected of smuggling women from North Korea in a "
        "raid on Thursday, a source said."
    )
    assert (date(2027, 3, 11), date(2027, 3, 11)) in date_ranges(text, "2027-03-12", "arrest")


def test_a_date_after_a_one_off_act_charged_is_that_acts_own() -> None:
    text = (
        "Police arrested two residents accused of helping a family escape to China in January, a source said."
    )
    assert (date(2027, 1, 1), date(2027, 1, 31)) not in date_ranges(text, "2027-04-02", "arrest")


def test_an_arrest_guessed_from_missing_since_a_day_keeps_the_day() -> None:
    text = (
        "A trader from Hyesan has been missing since Sunday, a source said. His family believes "
        "he was taken away by state security officers."
    )
    assert (date(2027, 8, 22), date(2027, 8, 24)) not in date_ranges(text, "2027-08-24", "arrest")


def test_a_relative_clause_naming_the_execution_again_lends_it_no_date() -> None:
    text = (
        "KANGGYE -- A public trial held at a Kanggye stadium on Friday ended with one trader "
        "sentenced to death and shot on the spot, and two others given long terms in a labour "
        "camp, a source said.\n\n"
        "The man who was executed, in his forties, had been caught in March with copper wire "
        "hidden in a truck of cabbages."
    )
    assert date_ranges(text, "2027-06-16", "execution") == [(date(2027, 6, 11), date(2027, 6, 11))]


def test_a_relative_clause_naming_the_arrest_again_takes_the_main_clauses_day() -> None:
    text = (
        "Russian police caught a North Korean worker who had run away from a building site in "
        "Vladivostok, a source said. The worker who was caught was detained at a bus station in "
        "Ussuriysk on July 24."
    )
    assert (date(2027, 7, 24), date(2027, 7, 24)) in date_ranges(text, "2027-08-03", "arrest")

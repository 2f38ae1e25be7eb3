"""Dating conventions of the eleventh round (issue 12: `when` on unseen text), on invented text."""

from __future__ import annotations

from datetime import date

from test_time_events import _range
from test_time_unseen import _dated


def test_the_same_time_is_the_last_date_told_not_the_present_of_now() -> None:
    text = (
        "A rights group said six North Koreans were detained by police in Dalian on 12 March and "
        "now face forced return.\n\n"
        "The driver who had carried them to the port was detained at the same time."
    )
    _first, driver = _dated(text, "2027-03-20", [("detained by", "arrest"), ("detained at", "arrest")])
    assert _range(driver) == (date(2027, 3, 12), date(2027, 3, 12), "day")


def test_a_now_in_a_sources_description_does_not_set_the_storys_time() -> None:
    text = (
        "From early June, inspectors went through the stalls of the town market, two traders now "
        "living in China said. One of them said a dozen sellers were detained in the sweep."
    )
    (arrest,) = _dated(text, "2027-08-30", [("detained", "arrest")])
    assert arrest.when.text != "now"
    assert arrest.when.start == date(2027, 6, 1)


def test_a_state_told_by_a_noun_keeps_its_now() -> None:
    text = "Her husband was sent back by China in May 2019. He is now a prisoner in a labour camp."
    _back, prisoner = _dated(text, "2027-06-10", [("sent back", "repatriation"), ("prisoner", "punishment")])
    assert prisoner.when.text == "now"
    assert prisoner.when.end == date(2027, 6, 10)


def test_a_present_progressive_passive_lasts_to_the_report() -> None:
    text = (
        "The nine were handed over at the Tumen bridge on April 2. They are held at a detention "
        "center in Onsong, where they are being questioned about their contacts in China."
    )
    (questioning,) = _dated(text, "2027-04-12", [("questioned", "interrogation")])
    assert _range(questioning) == (date(2027, 4, 2), date(2027, 4, 12), "range")


def test_a_present_perfect_told_as_repeated_lasts_to_the_report() -> None:
    text = (
        "Two soldiers crossed the river on the night of May 8. The next morning their families "
        "were visited by security agents. The parents have been summoned several times by the "
        "county security department."
    )
    (summons,) = _dated(text, "2027-05-20", [("summoned", "interrogation")])
    assert summons.when.start == date(2027, 5, 9)
    assert summons.when.end == date(2027, 5, 20)


def test_a_crossing_told_days_before_a_dated_capture_comes_before_it() -> None:
    text = (
        "The couple was caught on June 9 at a bus station in Yanji, days after crossing the "
        "Tumen river, the group said."
    )
    caught, crossing = _dated(text, "2027-06-30", [("caught", "arrest"), ("crossing", "escape")])
    assert _range(caught) == (date(2027, 6, 9), date(2027, 6, 9), "day")
    assert crossing.when.start is not None and crossing.when.end is not None
    assert date(2027, 6, 1) <= crossing.when.start and crossing.when.end < date(2027, 6, 9)


def test_in_recent_weeks_is_a_few_weeks_before_the_report() -> None:
    text = "Police in the border town have detained dozens of traders in recent weeks, a source said."
    (arrest,) = _dated(text, "2027-05-28", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 5, 7), date(2027, 5, 28), "range")


def test_a_lede_clause_on_the_subject_is_narrowed_by_the_details() -> None:
    text = (
        "Three North Korean fishermen who crossed the sea border last week have asked to stay "
        "in the South, officials said on Monday.\n\n"
        "The men left a small harbour in Kangryong County on Wednesday night, the officials said."
    )
    (crossing,) = _dated(text, "2027-09-13", [("crossed", "escape")])
    assert _range(crossing) == (date(2027, 9, 8), date(2027, 9, 8), "day")


def test_a_lede_clause_on_a_family_of_n_is_narrowed_by_the_details() -> None:
    text = (
        "A family of five who fled across the river last month have reached Seoul, a church group "
        "said.\n\n"
        "They slipped out of their village near Musan on the night of May 14, the group said."
    )
    (flight,) = _dated(text, "2027-06-20", [("fled", "escape")])
    assert _range(flight)[:2] == (date(2027, 5, 14), date(2027, 5, 14))


def test_a_weekday_named_with_last_week_falls_in_that_week() -> None:
    text = "Police detained two traders at the market on Tuesday last week, a source said."
    (arrest,) = _dated(text, "2027-09-16", [("detained", "arrest")])  # a Thursday
    assert _range(arrest) == (date(2027, 9, 7), date(2027, 9, 7), "day")


def test_a_weekday_named_with_late_last_month_is_the_one_in_that_part() -> None:
    text = "Guards caught the man on a Friday night late last month, a source said."
    (arrest,) = _dated(text, "2027-09-16", [("caught", "arrest")])
    assert _range(arrest) == (date(2027, 8, 27), date(2027, 8, 27), "day")


def test_a_weekday_of_a_month_with_several_is_that_month() -> None:
    text = "Four cooks went missing during a Sunday outing last month, a source said."
    (missing,) = _dated(text, "2027-09-08", [("missing", "disappearance")])
    assert _range(missing) == (date(2027, 8, 1), date(2027, 8, 31), "month")


def test_a_weekday_set_off_by_a_comma_keeps_its_own_reading() -> None:
    text = "Police detained two traders on Tuesday, last week's raids having failed, a source said."
    (arrest,) = _dated(text, "2027-09-16", [("detained", "arrest")])
    assert _range(arrest) == (date(2027, 9, 14), date(2027, 9, 14), "day")

"""Dating conventions of the when43 round, on invented text (through the whole pipeline, so
that the events stage quotes the sentence as it does in reports): a campaign dated by its
opening runs up to the report."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_a_campaign_that_began_in_a_month_runs_up_to_the_report() -> None:
    text = (
        "A crackdown on illegal Chinese mobile phones in Musan that began in September has led "
        "to the arrest of about 30 people, a source in the county said."
    )
    assert (date(2027, 9, 1), date(2027, 12, 11)) in date_ranges(text, "2027-12-11", "crackdown")


def test_a_campaign_launched_with_a_date_in_the_present_perfect_runs_up_to_the_report() -> None:
    text = (
        "North Korean authorities have launched a sweeping crackdown on fishing cooperatives "
        "in early May, sources in South Hamgyong Province said."
    )
    assert (date(2027, 5, 1), date(2027, 5, 21)) in date_ranges(text, "2027-05-21", "crackdown")


def test_a_campaign_ordered_on_a_day_runs_up_to_the_report() -> None:
    text = (
        "The arrests are part of a province-wide drive against drugs and smuggling that was ordered "
        "in late March, the source said."
    )
    assert (date(2027, 3, 21), date(2027, 4, 15)) in date_ranges(text, "2027-04-15", "crackdown")


def test_a_start_deep_in_the_campaigns_phrase_dates_the_campaign() -> None:
    text = (
        "A teenager was detained at the market on Monday. The arrest comes amid a city-wide "
        "crackdown on the sale of foreign storage devices that began in early November, "
        "residents said."
    )
    assert (date(2027, 11, 1), date(2027, 11, 23)) in date_ranges(text, "2027-11-23", "crackdown")


def test_a_campaign_begun_in_the_past_perfect_is_closed_backstory() -> None:
    text = (
        "The embassy had already begun a campaign against students using Chinese social media "
        "apps in February, a source said."
    )
    assert date_ranges(text, "2027-04-09", "crackdown") == [(date(2027, 2, 1), date(2027, 2, 28))]


def test_a_campaign_told_as_a_past_happening_keeps_its_month() -> None:
    text = (
        "In October, North Korean security officials cracked down on mobile phones among "
        "workers on building sites in Primorye, a source said."
    )
    assert date_ranges(text, "2027-11-12", "crackdown") == [(date(2027, 10, 1), date(2027, 10, 31))]


def test_a_campaign_with_its_own_term_is_not_run_past_it() -> None:
    # (when66: a term still running at the report runs to the report, as a campaign with no
    # term does; one over by then keeps its opening day)
    text = "Police in Hyesan launched a ten-day campaign against smuggling on March 2, a source said."
    assert (date(2027, 3, 2), date(2027, 3, 2)) in date_ranges(text, "2027-03-20", "crackdown")


def test_a_campaign_opened_half_a_year_before_the_report_keeps_its_date() -> None:
    text = (
        "The report also describes a campaign launched in the spring against illegal trading "
        "along the Yalu, under which smugglers' houses were raided."
    )
    whens = date_ranges(text, "2027-12-10", "crackdown")
    assert whens and all(end is not None and end < date(2027, 6, 1) for _, end in whens)


def test_a_standing_order_told_in_the_present_perfect_holds_up_to_the_report() -> None:
    text = (
        "A smuggler was shot dead on the Tumen River on October 19, a source said.\n\n"
        "Since the shooting, border guards have been ordered to shoot anyone approaching the "
        "river at night without permission, the source added."
    )
    assert (date(2027, 10, 19), date(2027, 10, 26)) in date_ranges(text, "2027-10-26", "movement_restriction")


def test_an_order_told_in_the_past_with_its_day_keeps_the_day() -> None:
    text = (
        "Border guards in North Hamgyong Province were ordered on May 2 to shoot anyone "
        "approaching the Tumen River after dark without a permit, sources said."
    )
    assert (date(2027, 5, 2), date(2027, 5, 2)) in date_ranges(text, "2027-05-27", "movement_restriction")

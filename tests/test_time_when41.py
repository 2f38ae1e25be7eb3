"""Dating conventions of the when41 round, on invented text (through the whole pipeline, so
that the events stage quotes the sentence as it does in reports)."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges
from tessera.numbers import cardinal_words
from tessera.time import find_mentions


def test_a_happening_told_as_later_than_a_recent_one_runs_up_to_the_report() -> None:
    text = (
        "Police in Hyesan detained a woman in February for selling Chinese phones, a source in "
        "Ryanggang Province said.\n\n"
        "Her brother was later fined 3,000 yuan for hiding the phones in his shed, the source said."
    )
    assert date_ranges(text, "2027-04-20", "punishment") == [(date(2027, 2, 1), date(2027, 4, 20))]


def test_a_happening_told_as_later_in_testimony_of_years_ago_stays_in_its_time() -> None:
    text = (
        'Police caught me in Yanji in March 2013, she said. "I was later sent to a labour-training '
        'camp in Onsong."'
    )
    whens = date_ranges(text, "2027-04-20", "punishment")
    assert whens and whens[0][1] is not None and whens[0][1].year == 2013


def test_a_sequel_with_its_own_interval_is_not_run_on_to_the_report() -> None:
    text = (
        "Police in Hyesan detained a woman on February 3 for selling Chinese phones, a source said. "
        "Her brother was fined three days later."
    )
    assert date_ranges(text, "2027-04-20", "punishment") == [(date(2027, 2, 6), date(2027, 2, 6))]


def test_cardinal_words_up_to_ninety_nine_count_time() -> None:
    words = cardinal_words()
    assert words["forty"] == 40 and words["twenty-five"] == 25 and words["seventeen"] == 17
    assert "both" not in words and "hundred" not in words
    (m,) = find_mentions("For forty days they questioned me about my brother.")
    assert (m.kind, m.amount, m.unit) == ("duration", 40, "day")


def test_a_count_of_years_ago_in_words_dates_an_anniversary() -> None:
    text = (
        "Fifty years ago this month, a North Korean patrol boat seized a South Korean fishing boat "
        "and its crew of nine in the Yellow Sea."
    )
    whens = date_ranges(text, "2027-11-15", "arrest")
    assert whens == [(date(1977, 11, 1), date(1977, 11, 30))]


def test_an_act_in_a_campaign_dated_only_by_its_start_runs_up_to_the_report() -> None:
    text = (
        "Police in Musan detained at least 15 people in a crackdown on smuggling that began in "
        "January, a source said."
    )
    assert date_ranges(text, "2027-03-10", "arrest") == [(date(2027, 1, 1), date(2027, 3, 10))]


def test_an_act_with_its_own_date_in_a_campaign_keeps_it() -> None:
    text = (
        "Police in Sinuiju detained 12 traders last week in a sweep against smuggled goods that "
        "began in January, sources said."
    )
    assert date_ranges(text, "2027-03-10", "arrest") == [(date(2027, 3, 1), date(2027, 3, 7))]


def test_an_act_in_a_campaign_of_years_ago_stays_in_its_time() -> None:
    text = (
        "A defector said police in Musan detained at least 15 people in a crackdown on smuggling "
        "that began in January 2019."
    )
    # not run on to a report eight years later (the act is left to the other rules)
    assert all(end is None or end.year == 2019 for _start, end in date_ranges(text, "2027-03-10", "arrest"))

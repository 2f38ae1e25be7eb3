"""Dating conventions of the when46 round, on invented text (through the whole pipeline): a date
in a clause describing a thing ("an order issued in August", "a dam that burst last month") is
that thing's past; once the story is told to the day, "the next day" counts on from that day."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_the_following_day_skips_the_date_of_an_order_described_in_passing() -> None:
    text = (
        "A man was shot dead by border guards on October 9 in line with an emergency order issued "
        "in August. Two soldiers who had taken bribes from him were detained the following day."
    )
    assert date_ranges(text, "2026-10-20", "arrest") == [(date(2026, 10, 10), date(2026, 10, 10))]


def test_the_next_day_skips_the_date_of_a_relative_clause_on_a_thing() -> None:
    text = (
        "North Korea publicly executed two officials on Aug. 14 over the collapse of an embankment "
        "that flooded villages last month. Their families were banished to a mining village the "
        "next day."
    )
    assert date_ranges(text, "2026-08-28", "punishment") == [(date(2026, 8, 15), date(2026, 8, 15))]


def test_a_clause_on_people_keeps_its_date_to_count_from() -> None:
    # the women's crossing is a happening of the story: "two days later" may count from it
    text = (
        "Police in Yanji questioned a broker on May 2. Nine women who crossed the river on May 10 "
        "were caught two days later."
    )
    assert date_ranges(text, "2026-05-30", "arrest") == [(date(2026, 5, 12), date(2026, 5, 12))]

"""Dating convention of the when64 round, on invented text (through the whole pipeline): an event
whose first telling is dated only by something else the sentence tells ("who organised a flight
in April has been executed") takes the finer, later date the report gives when it tells the
same event again ("shot ... on 15 August")."""

from __future__ import annotations

from datetime import date

from events_helpers import date_ranges


def test_later_telling_dates_an_event_the_lede_dated_by_its_backstory() -> None:
    text = (
        "A former boat captain who organised a failed attempt by eleven people to flee by sea "
        "in April has been executed, a source said. He was shot by firing squad after a public "
        "trial in Nampo on 15 August, the source said."
    )
    assert date_ranges(text, "2031-09-01", "execution") == [(date(2031, 8, 15), date(2031, 8, 15))]


def test_finer_date_inside_the_vague_one_still_narrows_it() -> None:
    # the rule before this round, kept: "last month" ... "on June 12" inside it
    text = (
        "A smuggler in Hyesan was executed last month, a source said. He was shot in front of "
        "a crowd at the city stadium on June 12, the source said."
    )
    assert date_ranges(text, "2031-07-03", "execution") == [(date(2031, 6, 12), date(2031, 6, 12))]


def test_exact_first_date_is_kept() -> None:
    # a day told first is the event's own: a later date is not taken over it
    text = (
        "A smuggler in Hyesan was executed on June 3, a source said. The execution was "
        "discussed at a meeting of officials on June 20, the source said."
    )
    assert date_ranges(text, "2031-07-03", "execution")[0] == (date(2031, 6, 3), date(2031, 6, 3))

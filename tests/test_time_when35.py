"""Dating conventions of the when35 round, on invented text (through the whole pipeline, so
that the events stage quotes the sentence as it does in reports)."""

from __future__ import annotations

from datetime import date

import tessera


def _when_of(text: str, published: str, type_: str) -> tuple[date | None, date | None]:
    (event,) = [e for e in tessera.extract(text, published=published) if e.type == type_]
    return event.when.start, event.when.end


def test_a_date_on_a_conjunct_of_a_relative_clause_is_the_clauses() -> None:
    text = (
        "Three women who were arrested in Laos last year and returned by China this spring "
        "were executed by firing squad in Hamhung in mid-August, a source said."
    )
    assert _when_of(text, "2027-09-07", "execution") == (date(2027, 8, 11), date(2027, 8, 20))


def test_a_backstory_in_a_relative_clause_takes_the_date_it_is_told_again_with() -> None:
    text = (
        "A North Korean miner who ran away from a logging site in the Amur region was seized by "
        "state security agents in Khabarovsk last Thursday, a source said.\n\n"
        "The man, in his 40s, walked away from the site near Tynda in February and had been "
        "doing odd jobs since, the source said."
    )
    assert _when_of(text, "2027-04-03", "escape") == (date(2027, 2, 1), date(2027, 2, 28))


def test_a_since_period_ranking_the_event_in_a_series_dates_nothing() -> None:
    text = (
        "An inspection team that swept through the province last month detained dozens of people "
        "with Chinese phones, sources said. The operation was the most intense crackdown in the "
        "province since 2021, one source said. A customs officer was sentenced to eight years for "
        "taking bribes."
    )
    start, _end = _when_of(text, "2027-06-10", "punishment")
    assert start == date(2027, 5, 1)


def test_a_since_period_of_like_happenings_does_not_date_the_event() -> None:
    text = (
        "Colleagues believe he was abducted by state security agents and taken across the river, "
        "as has happened to several aid workers in the area since the 1990s."
    )
    start, _end = _when_of(text, "2027-06-10", "arrest")
    assert start is None or start.year == 2027

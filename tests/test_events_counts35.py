"""Counts of people by kind (session 36, victims35): a body of people sized by its "of" phrase,
a craft seized with its crew, and a clause on a counted whole after "one of". Invented text."""

from __future__ import annotations

from test_events_people import counts


def test_a_crew_of_n_is_n_people() -> None:
    text = "South Korean police detained a crew of five in Incheon on Monday after their boat ran aground."
    assert counts(text, "arrest") == [(5, 5)]


def test_a_crew_of_n_in_a_relative_clause_is_n_people() -> None:
    text = (
        "The captain of a squid boat, whose crew of six was sent back by Seoul in March, was "
        "later given a labour sentence, a source said."
    )
    assert (6, 6) in counts(text, "repatriation")


def test_a_craft_seized_with_its_crew_befell_the_crew() -> None:
    text = "Chinese coast guards seized a North Korean fishing trawler and its crew of nine near Dalian on Friday."
    assert counts(text, "arrest") == [(9, 9)]


def test_a_schooner_is_no_person_its_crew_members_are_the_people() -> None:
    text = "Japanese coast guards detained a North Korean schooner and its 14 crew members off Hokkaido on Sunday."
    assert counts(text, "arrest") == [(14, 14)]


def test_one_group_of_n_is_n_people() -> None:
    text = "One group of seven, including a baby, waded across the Yalu near Hyesan in March 2021."
    assert counts(text, "escape") == [(7, 7)]


def test_one_of_a_counted_group_handed_back_is_the_whole_group() -> None:
    text = "He was one of about 40 North Koreans sent back by China through Tumen in the summer of 2015."
    assert counts(text, "repatriation") == [(40, 40)]


def test_a_part_of_a_counted_group_told_of_itself_is_the_part() -> None:
    text = "Police said three of the 12 North Korean men were beaten in custody in Yanji last week."
    assert counts(text, "violence") == [(3, 3)]

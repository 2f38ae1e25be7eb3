"""Counts of people in session 40's second look at victims, each on invented text: definite
plurals of person nouns outside the victim groups, and counted parts of a group."""

from __future__ import annotations

from test_events_people import counts


def test_a_definite_plural_of_a_person_noun_takes_the_earlier_count() -> None:
    text = (
        "Seven fishermen were picked up by a patrol boat off Sokcho on Monday. "
        "The fishermen were handed back to the North on Friday."
    )
    assert counts(text, "repatriation") == [(7, 7)]


def test_loggers_named_again_are_the_loggers_counted_before() -> None:
    text = (
        "Eleven loggers walked away from a camp in the Russian Far East in March. "
        "The loggers were detained by police in Khabarovsk in May."
    )
    assert counts(text, "arrest") == [(11, 11)]


def test_believers_named_again_are_questioned_as_counted() -> None:
    text = (
        "Six believers were caught praying in a house in Hyesan. "
        "The believers were questioned for a week by state security."
    )
    assert counts(text, "interrogation") == [(6, 6)]


def test_they_after_the_parts_of_a_group_means_the_whole() -> None:
    text = (
        "Six North Koreans who were caught crossing the Yalu in May were sentenced last week, a "
        "rights group said. The group said two of the six received ten years in a labour camp, "
        "while the other four were given five years each. They were interrogated for a month at "
        "the county security office before the trial."
    )
    assert counts(text, "interrogation") == [(6, 6)]


def test_they_after_two_of_them_and_the_other_three_means_all_five() -> None:
    text = (
        "Police in Hyesan detained five traders last month. Two of them were released after paying "
        "fines, and the other three were sent to a labour camp. They had been questioned for a week."
    )
    assert counts(text, "interrogation") == [(5, 5)]


def test_they_after_a_part_told_alone_means_the_part() -> None:
    text = (
        "Police rounded up about 20 young men in Hyesan on Friday. Three of them were handed over to "
        "state security the next day. They are likely to be sent to a labour camp."
    )
    assert counts(text, "punishment") == [(3, 3)]

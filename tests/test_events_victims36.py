"""Counts of people told again later in a report (session 36), each on invented text."""

from __future__ import annotations

from test_events_people import counts


def test_they_told_of_to_their_families_are_the_people_not_the_families() -> None:
    text = (
        "Three students were taken away by police in Hyesan on Monday. They are still held at the "
        "police station, and their families have been told they could be sent to a labour camp."
    )
    assert counts(text, "punishment") == [(3, 3)]


def test_a_search_of_a_place_where_they_hid_is_on_the_people_told_of_before() -> None:
    text = "A mother and her two sons were detained in June when police raided a flat where they had been hiding."
    assert counts(text, "search") == [(3, 3)]


def test_a_search_of_a_dormitory_where_counted_workers_live_is_on_them() -> None:
    text = "A cook vanished in March. Security agents later searched the hostel where about 30 other workers sleep."
    assert counts(text, "search") == [(30, 30)]


def test_the_noun_of_the_first_part_of_a_list_takes_that_part_s_count() -> None:
    text = "Police detained three North Korean men and a Chinese driver in Mengla. Activists said the men feared being sent back."
    assert counts(text, "repatriation") == [(3, 3)]

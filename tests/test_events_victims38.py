"""Counts a parse hangs away from the people's noun (session 38), each on invented text."""

from __future__ import annotations

from test_events_people import counts


def test_a_count_before_a_town_name_counts_the_people_after_it() -> None:
    text = "Three Musan residents caught collecting scrap metal were arrested last month."
    assert counts(text, "arrest") == [(3, 3)]


def test_a_count_before_a_hyphenated_co_word_counts_the_whole_word() -> None:
    text = "Three co-workers were detained by state security in Chongjin after an engineer went missing."
    assert counts(text, "arrest") == [(3, 3)]


def test_co_defendants_sentenced_at_one_trial_are_counted() -> None:
    text = "Six co-defendants were given sentences of reform through labour at the same trial."
    assert counts(text, "punishment") == [(6, 6)]


def test_an_act_told_with_its_time_before_its_of_phrase_befalls_the_of_phrase() -> None:
    text = "The new checkpoints followed the arrest last week of three North Korean soldiers near Sinuiju."
    assert counts(text, "arrest") == [(3, 3)]

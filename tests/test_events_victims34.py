"""Counts of people found wrong on unseen reports (session 34), each on invented text."""

from __future__ import annotations

from test_events_people import counts


def test_a_family_of_four_followed_by_a_time_is_four() -> None:
    # The parse makes "four" count "last week"; the number after "of" is still the family's size.
    assert counts("Police arrested a family of four last week in Hyesan.", "arrest") == [(4, 4)]


def test_a_family_named_without_a_count_is_counted_by_its_members_told_next() -> None:
    text = (
        "Police are treating the disappearance of a Musan family last month as a defection. "
        "The couple and their two children were last seen at home on March 3."
    )
    assert counts(text, "disappearance") == [(4, 4)]


def test_a_second_subject_the_parse_split_off_after_and_is_joined_to_the_first() -> None:
    text = "The commander of the unit and two of his officers were detained by the military security command last week."
    assert counts(text, "arrest") == [(3, 3)]


def test_people_found_past_a_lost_subject_keep_the_companions_the_verb_names() -> None:
    text = (
        "SEOUL, May 3 (KNA) -- A North Korean trade official who had been posted to Hanoi has "
        "defected to South Korea with his wife and daughter, a source said."
    )
    assert counts(text, "escape") == [(3, 3)]


def test_a_family_is_counted_by_the_kin_told_next_though_no_family_word_says_so() -> None:
    text = (
        "In May, the family of a man who reached Seoul in 2018 disappeared from their home in "
        "Hyesan. Neighbours believe the parents and two younger siblings were sent to a camp."
    )
    assert counts(text, "disappearance") == [(4, 4)]


def test_a_family_glossed_after_a_comma_by_its_members_is_counted_by_them() -> None:
    text = "The family, a farmer and his two sons, was caught near Musan on Monday."
    assert counts(text, "arrest") == [(3, 3)]

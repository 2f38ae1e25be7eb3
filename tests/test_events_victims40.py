"""Counts of people in session 40's kinds of failure, each on invented text: references by
another group's noun, verbs misread as passives, counted acts, appositions, plural relatives
on lists and gerunds of purpose."""

from __future__ import annotations

from test_events_people import counts


def test_workers_named_first_by_nationality_are_counted_by_the_later_reference() -> None:
    text = (
        "About 15 North Koreans found working without permits at a farm near Ussuriysk were deported "
        "last week, a migration official said. The workers had been detained in a raid in early May."
    )
    assert counts(text, "arrest") == [(15, 15)]


def test_returnees_named_first_as_students_take_their_count() -> None:
    text = (
        "About 30 North Korean students at a college in Dalian were ordered home last month. In "
        "Sinuiju the returnees are being questioned by state security officers, a source said."
    )
    assert counts(text, "interrogation") == [(30, 30)]


def test_a_past_tense_read_as_a_participle_with_people_as_object_is_active() -> None:
    text = "Prices rose after customs agents arrested at least six smugglers in Manpo on Friday."
    assert counts(text, "arrest") == [(6, None)]


def test_a_place_word_read_as_a_passive_auxiliary_leaves_the_verb_active() -> None:
    text = (
        "Border troops in Dundgovi aimag detained five citizens of the DPRK who had crossed the state "
        "border illegally, the border authority said."
    )
    assert counts(text, "arrest") == [(5, 5)]


def test_counted_arrests_count_the_people_arrested() -> None:
    text = "A month-long drive against smuggling in Hoeryong has led to at least 12 arrests, a resident said."
    assert counts(text, "arrest") == [(12, None)]


def test_an_apposition_with_an_indefinite_article_is_the_same_person() -> None:
    text = "The farm's chief engineer, a Workers' Party member, was detained by state security on Friday."
    assert counts(text, "arrest") == [(1, 1)]


def test_a_plural_relative_on_a_list_tells_of_the_whole_list() -> None:
    text = (
        "A defector living in Seoul has asked the UN to help locate her father and younger brother, "
        "who have not been seen since police came to their house in Musan."
    )
    assert counts(text, "disappearance") == [(2, 2)]


def test_a_gerund_of_purpose_befalls_whom_the_verb_takes() -> None:
    text = (
        "Security officers have taken the trader's wife and elder son in for questioning, a neighbour said."
    )
    assert counts(text, "interrogation") == [(2, 2)]


def test_a_date_after_on_is_not_whom_the_return_befell() -> None:
    text = "Rights groups condemned the forced return on March 3 of more than 40 North Koreans through Tumen."
    assert counts(text, "repatriation") == [(41, None)]


def test_people_told_as_the_subject_of_a_participle_after_together_with_are_companions() -> None:
    text = (
        "A South Korean pastor who ran a shelter for North Korean defectors in the city of Hunchun was "
        "detained by local police on Friday together with two North Koreans staying with him, a church "
        "member said."
    )
    assert counts(text, "arrest") == [(3, 3)]


def test_a_main_verb_the_parse_hung_on_a_reduced_relative_tells_of_its_subject() -> None:
    text = "Three loggers sent home early from a camp in Tynda were detained by state security on arrival in May."
    assert counts(text, "arrest") == [(3, 3)]


def test_one_by_one_is_a_manner_not_one_person() -> None:
    text = (
        "Nine sailors of a North Korean cargo ship were detained in Nampo in May. The nine are held at "
        "a port security post and questioned one by one."
    )
    assert counts(text, "interrogation") == [(9, 9)]


def test_executions_counted_over_a_year_are_a_statistic_not_a_count_of_people() -> None:
    text = "A rights group said it had confirmed at least nine public executions in North Korea in 2019."
    assert all(count == (None, None) for count in counts(text, "execution"))

"""Counts of people in lists and sized families (session 41), each on invented text."""

from __future__ import annotations

from test_events_people import counts


def test_a_list_runs_past_a_short_relative_clause_on_its_first_person() -> None:
    text = "The couple who lived there and their three sons were taken away by state security in Hoeryong."
    assert counts(text, "arrest") == [(5, 5)]


def test_a_relative_clause_naming_people_ends_the_list() -> None:
    # The people after "and" may be the clause's: the list is not walked past it.
    text = "Police in Yanji arrested a broker who had hidden a woman and her son."
    assert counts(text, "arrest") == [(1, 1)]


def test_a_list_after_an_opening_place_is_the_subject() -> None:
    text = "In Musan, a couple and their three daughters have not been seen since early June."
    assert counts(text, "disappearance") == [(5, 5)]


def test_a_list_runs_past_a_place_the_parse_joined_the_next_person_to() -> None:
    text = "A diplomat at the consulate in Vladivostok, his wife and their two sons have not been seen since May."
    assert counts(text, "disappearance") == [(4, 4)]


def test_a_relative_clause_with_a_noun_ends_the_list() -> None:
    text = "A woman who sold rice to traders and officials' wives in Chongjin was sentenced to seven years in a camp."
    assert counts(text, "punishment") == [(1, 1)]


def test_a_main_verb_the_parse_put_inside_a_relative_clause_keeps_the_clause_s_person() -> None:
    # "people … was executed": a plural noun of the clause cannot be the subject of "was".
    text = (
        "A man who ran a ring that smuggled people across the Yalu was publicly executed in Sinuiju in May."
    )
    assert counts(text, "execution") == [(1, 1)]


def test_a_time_in_the_relative_clause_is_not_the_subject_of_the_main_verb() -> None:
    text = "A source says a miner who has not come to work since April has disappeared from Musan."
    assert counts(text, "disappearance") == [(1, 1)]


def test_people_inside_a_reported_clause_agree_with_their_verb_and_stay() -> None:
    text = "A woman who told us that three people were executed in Hyesan fled to China in 2019."
    assert counts(text, "execution") == [(3, 3)]


def test_shots_at_people_uncounted_befall_the_ones_a_harm_participle_counts() -> None:
    text = "Border guards opened fire on a group of smugglers on the Tumen River last week, wounding one man in the arm."
    assert counts(text, "violence") == [(1, 1)]


def test_shots_at_a_boat_befall_the_ones_killed() -> None:
    text = "Coastal guards fired on a small fishing boat off Haeju in May, killing two crewmen."
    assert counts(text, "violence") == [(2, 2)]


def test_a_counted_group_fired_on_keeps_its_count() -> None:
    text = "Border guards fired on four women crossing the Yalu near Hyesan, wounding one of them."
    assert counts(text, "violence") == [(4, 4)]

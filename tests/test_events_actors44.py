"""Victim counts of session 44: a noun that no list of people knows is read as one person only
when its form can name one (an accented or compound person noun, a hyphenated title, a noun
described with "who"); a penalty, a case, a decision or a place is no one. An inspection group
with no force named in the report is the party's; a task force stays State Security's."""

from __future__ import annotations

from events_helpers import perpetrator_kinds, victim_counts


def test_a_penalty_faced_is_not_one_person() -> None:
    text = "Two other men detained in the same raid could also face the death penalty."
    assert victim_counts(text, "execution") == [2]


def test_a_place_named_in_the_clause_is_not_one_person() -> None:
    text = "A former prisoner described a military prison where at least three inmates died of hunger."
    assert victim_counts(text, "violence") == [3]


def test_a_decision_is_not_one_person() -> None:
    text = "The lawyer said the decision came in July, after two months of interrogation at the county jail."
    assert victim_counts(text, "interrogation") == [None]


def test_an_accented_person_noun_is_one_person() -> None:
    text = "A trade attaché at the embassy in Hanoi has not been seen since Saturday."
    assert victim_counts(text, "disappearance") == [1]


def test_a_hyphenated_title_is_one_person() -> None:
    text = "Our co-worker who visited the family was herself questioned by police."
    assert victim_counts(text, "interrogation") == [1]


def test_an_inspection_team_no_force_named_is_the_partys() -> None:
    text = "A so-called non-socialist inspection team went door to door in Manpo, searching homes for films."
    assert perpetrator_kinds(text, "search") == {"party"}


def test_a_party_inspection_team_is_the_party_beside_state_security() -> None:
    text = (
        "State security agents arrested two traders in May. "
        "A party inspection team from Pyongyang has been questioning the staff of the county office."
    )
    assert perpetrator_kinds(text, "interrogation") == {"party"}


def test_an_inspection_team_is_the_force_the_report_names() -> None:
    text = "State security agents arrested two men in May. An inspection team searched their homes."
    assert perpetrator_kinds(text, "search") == {"state_security"}


def test_a_task_force_no_force_named_stays_state_securitys() -> None:
    text = "A special task force searched every lorry crossing the bridge on July 1."
    assert perpetrator_kinds(text, "search") == {"state_security"}


def test_a_post_lost_befalls_the_subject() -> None:
    text = "In another case, a woman in Hoeryong lost her job at the city post office in 2018."
    assert victim_counts(text, "punishment") == [1]


def test_a_term_received_befalls_the_subject() -> None:
    text = "The source said one received a life term at a kyohwaso in March."
    assert victim_counts(text, "punishment") == [1]


def test_verbs_joined_before_one_object_share_it() -> None:
    text = "Police arrested and questioned two men in Hyesan in May."
    assert victim_counts(text, "arrest") == [2]
    assert victim_counts(text, "interrogation") == [2]


def test_a_shot_joined_to_a_wounding_befalls_its_object() -> None:
    text = "Border troops shot and wounded a smuggler on the river on Tuesday."
    assert victim_counts(text, "violence") == [1]


def test_an_official_facing_a_death_sentence_bears_it() -> None:
    text = "Because the case involves drugs, the officer could face the death penalty, one source said."
    assert victim_counts(text, "execution") == [1]

"""Victim counts of session 47: a penalty or questioning that people "face" befalls the subject
of "face" (through the verbs it is joined to or raised by), not the penalty the parse gives as
the verb's object ("The broker faces a possible death sentence": one person); a number in words
right after a month counts the people after it ("in June three young men"); whom no one has
heard from is who is missing ("nobody has heard from them since")."""

from __future__ import annotations

from events_helpers import victim_counts


def test_the_subject_of_face_bears_a_death_sentence() -> None:
    text = "The smuggler faces a possible death sentence."
    assert victim_counts(text, "execution") == [1]


def test_face_joined_to_a_detention_shares_its_subject() -> None:
    text = "Two border guards who were on duty that night have been detained and face a military tribunal."
    assert victim_counts(text, "punishment") == [2]


def test_faces_being_sent_to_a_camp() -> None:
    text = "He is now held at the detention centre in Rason and faces being sent to a political prison camp."
    assert victim_counts(text, "punishment") == [1]


def test_feared_to_face_execution() -> None:
    text = "The official has been held in Pyongyang since his return and is feared to face execution."
    assert victim_counts(text, "execution") == [1]


def test_a_numbered_subject_of_face_keeps_its_count() -> None:
    text = "Three smugglers from Hyesan face execution."
    assert victim_counts(text, "execution") == [3]


def test_a_number_in_words_after_a_month_counts_the_people() -> None:
    text = "Last year in June three young men in Chongjin were given prison terms at an open trial."
    assert victim_counts(text, "punishment") == [3]


def test_a_number_in_words_after_a_month_before_people() -> None:
    text = "In March eleven people accused of unauthorised trading were fined by the market office."
    assert victim_counts(text, "punishment") == [11]


def test_a_day_in_figures_after_a_month_is_no_count() -> None:
    text = "On June 3 police detained a trader in Hyesan."
    assert victim_counts(text, "arrest") == [1]


def test_whom_nobody_has_heard_from_is_missing() -> None:
    text = "Police arrested three traders in Hyesan in May, and nobody has heard from them since."
    assert victim_counts(text, "disappearance") == [3]


def test_whom_the_family_has_not_heard_from_is_missing() -> None:
    text = "Two women from Hyesan were detained in May. Their relatives have not heard from them since."
    assert victim_counts(text, "disappearance") == [2]

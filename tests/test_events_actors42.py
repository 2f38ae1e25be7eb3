"""Whom it happened to and who did it (helper sessions actors42/actors42b): a group glossed after
a comma counts once, soldiers punished are the army's discipline, kin banished with no one named
are State Security's doing, a part counted of a group is whom an act befell (invented sentences)."""

from __future__ import annotations

import pytest

from events_helpers import events_of
from events_helpers import perpetrator_kinds as kinds
from events_helpers import victim_counts as counts


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police said the women, a mother and her daughter, were detained in Hyesan last week.", 2),
        ("Two men, a driver and his cousin, were arrested in Yanji on Monday.", 2),
        ("The defendants, two men and a woman, were sentenced to ten years in Chongjin.", 3),
        ("The two survivors, a man and his teenage nephew, were detained by police in Hunchun.", 2),
        ("Police in Dandong arrested a family of three from Musan, an elderly couple and their daughter.", 3),
    ],
)
def test_a_plural_group_glossed_after_a_comma_counts_once(text: str, count: int) -> None:
    assert counts(text, "arrest" if "sentenced" not in text else "punishment") == [count]


@pytest.mark.parametrize(
    ("text", "event_type", "count"),
    [
        # a list, not a gloss: the parts do not add up to the first group, or are kin
        ("Three women, a man and a teenage boy were arrested in Yanji on Monday.", "arrest", 5),
        ("Two men, a woman and a child were arrested in Yanji on Monday.", "arrest", 4),
        (
            "His parents, his younger sister and his brother were sent to a prison camp in 2019.",
            "punishment",
            4,
        ),
        ("A man, his wife and their two children were arrested in Tumen on Friday.", "arrest", 4),
    ],
)
def test_a_written_list_still_adds_up(text: str, event_type: str, count: int) -> None:
    assert counts(text, event_type) == [count]


def test_a_person_described_by_whose_son_he_is_is_one_person() -> None:
    text = "The man, a soldier's son in his twenties, was detained at a hospital in Changbai County."
    assert counts(text, "arrest") == [1]


def test_soldiers_punished_are_the_armys_discipline() -> None:
    text = "Three conscripts from a front-line regiment were sentenced to five years in a kyohwaso in April."
    assert "military" in kinds(text, "punishment")


def test_a_disciplinary_unit_is_the_armys_penalty() -> None:
    text = "The squad leader was sentenced to two years in a disciplinary labour unit last month."
    assert "military" in kinds(text, "punishment")


def test_civilians_punished_for_hiding_soldiers_are_not_the_armys_discipline() -> None:
    text = "A farmer who hid two deserters in his barn was sentenced to ten years in a kyohwaso."
    assert "military" not in kinds(text, "punishment")


def test_each_as_a_subject_is_every_one_of_the_people_told() -> None:
    text = (
        "Police in Chagang Province detained 11 merchants at a checkpoint near Kanggye. "
        "Each was fined 50,000 won and their goods were confiscated."
    )
    assert counts(text, "punishment") == [11]


def test_a_title_with_its_body_is_one_person() -> None:
    text = "The court read the verdicts: death for the company head, who was shot on the spot."
    assert counts(text, "execution") == [1]


def test_kin_banished_after_a_trial_are_state_securitys_doing() -> None:
    text = (
        "The man was tried by a court in front of 500 residents and shot immediately afterwards. "
        "His wife and two children were banished to a mountain village in Kowon County a week later."
    )
    banished = [
        e for e in events_of(text) if e.type == "punishment" and e.victims and e.victims.count_min == 3
    ]
    assert banished
    assert {a.kind for a in banished[0].perpetrators} == {"state_security"}


def test_kin_banished_by_a_named_body_keep_that_body() -> None:
    text = "His family was banished to a remote village by the county party committee."
    assert kinds(text, "punishment") == {"party"}


def test_the_subject_after_a_dateline_dash_is_whom_it_happened_to() -> None:
    text = (
        "SEOUL, Aug. 19 (AWK) — An ethnic Korean pastor who ran a small shelter for North Koreans "
        "outside Longjing has not been heard from since Sunday, his daughter told reporters."
    )
    missing = [e for e in events_of(text) if e.type == "disappearance"]
    assert [e.victims.count_min if e.victims else None for e in missing] == [1]


def test_a_part_counted_of_a_group_is_whom_a_term_befell() -> None:
    text = (
        "Police arrested five traders in May. "
        "Three of the five traders received terms of between three and seven years in a kyohwaso."
    )
    assert counts(text, "punishment") == [3]


def test_a_shooting_read_as_an_execution_follows_a_courts_sentence() -> None:
    text = "In May, a smuggling ringleader was publicly shot in Sinuiju before a crowd of traders."
    assert "court" in kinds(text, "execution")


def test_a_soldier_shot_by_border_guards_is_not_the_armys_discipline() -> None:
    text = "A soldier was shot dead by border guards while crossing the river."
    assert kinds(text, "violence") == {"border_guard"}


def test_a_firing_squad_is_not_soldiers_punished() -> None:
    text = "Two men convicted of smuggling copper were executed by firing squad in Hyesan last month."
    assert "military" not in kinds(text, "execution")


def test_kin_of_a_soldier_banished_are_not_the_armys_discipline() -> None:
    text = (
        "The parents and younger sister of a former soldier were expelled to a remote village "
        "in Ryanggang Province."
    )
    assert "military" not in kinds(text, "punishment")

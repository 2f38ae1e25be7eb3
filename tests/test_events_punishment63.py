"""Punishments lost by joining (session 63): the subject of a term taken ("the guard received ten
years") is whom it befell (`victims._receiving_subject`); two penalties told in two clauses of one
sentence, each with people of its own, stay two (`joining._penalties_of_two_clauses`); people
joined by "and" agree with a plural verb (`victims._subject_number`)."""

from __future__ import annotations

import pytest

import tessera

LEAD = "SEOUL, June 2 -- Controls in the district have tightened since the spring. "


def _punishments(text: str) -> list[tessera.Event]:
    return [e for e in tessera.extract(LEAD + text, published="2031-06-02") if e.type == "punishment"]


def _people(text: str) -> list[str | None]:
    return [e.victims.text if e.victims else None for e in _punishments(text)]


def test_subject_of_a_received_term_is_its_people() -> None:
    # (a smuggler or a guard is also a word for who acts: the verb says he took the penalty)
    people = _people("The smuggler received twelve years in a kyohwaso, the source said.")
    assert people == ["The smuggler"]


def test_received_term_in_the_passive_names_no_subject() -> None:
    # a term told as given to someone: the people are those it was given to, not the term
    people = _people("Eleven years were given to the ferryman at a trial in Hyesan.")
    assert "Eleven years" not in people


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A former border guard got nine years in a reform labour camp, and his two brothers "
            "were banished to a farm in the hills, the source said.",
            {"A former border guard", "his two brothers"},
        ),
        (
            "In May the baker and her husband were sent to a political prison camp without trial, "
            "and their three sons were banished to a village in Kapsan County.",
            {"the baker and her husband", "their three sons"},
        ),
        (
            "The two lorry drivers were sentenced at the same trial to life in a kyohwaso, and "
            "their families were moved to a farm in the hills.",
            {"The two lorry drivers", "their families"},
        ),
        (
            "Three nurses who had sold the medicine were sent to a labour training camp for a "
            "month each, and his mother and sister were banished to a mountain farm.",
            {"Three nurses", "his mother and sister"},
        ),
    ],
)
def test_two_penalties_of_two_clauses_stay_two(text: str, expected: set[str]) -> None:
    assert set(_people(text)) == expected


def test_one_person_told_twice_in_one_sentence_stays_one() -> None:
    # the same man in both clauses (a pronoun points back): one punishment told in steps
    events = _punishments(
        "The ferryman was expelled from the party, and he was sent to work at a quarry, the source said."
    )
    assert len(events) == 1


def test_some_of_a_group_stay_with_its_penalty() -> None:
    # "two of them": a part of the group sentenced, not another penalty
    events = _punishments(
        "Five dockers were sentenced at a public trial, and two of them were given ten years, "
        "the source said."
    )
    assert len(events) == 1


def _senders(text: str) -> list[list[tuple[str, str]]]:
    events = tessera.extract(LEAD + text, published="2031-06-02")
    return [[(a.name, a.kind) for a in e.perpetrators] for e in events if e.type == "repatriation"]


@pytest.mark.parametrize(
    "text",
    [
        "A North Korean chemist working in Minsk was flown to Pyongyang on 3 May in the custody of "
        "two consular guards, a diplomatic source said.",
        "A North Korean student was put on a flight to Pyongyang on 5 May in the company of two "
        "North Korean men, a classmate said.",
    ],
)
def test_escorts_take_people_home(text: str) -> None:
    assert _senders(text) == [[("escorts", "other")]]


def test_return_without_escorts_keeps_the_holding_police() -> None:
    # no one named as taking her: the police of the country that held her
    senders = _senders("A North Korean woman was deported from Laos on 5 May, a pastor in Vientiane said.")
    assert senders and all(kind == "police" for _, kind in senders[0])


def test_the_rest_of_a_group_told_by_a_bare_number_stays_with_its_penalty() -> None:
    events = _punishments(
        "A court in Munchon sentenced four young drivers to labour-training terms last Friday. "
        "Two of them received a year of labour training and two received six months, the source said."
    )
    assert len(events) == 1

"""Events stage: people named as the kin OF someone ("the families of the three", "the
engineer's wife") are not the people an earlier mention of the same type told of, so the two
mentions stay two events. Every sentence here is invented for these tests.
"""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from events_helpers import events_of
from tessera.events.joining import _kin_of_someone
from tessera.language import analyse
from tessera.model import Document


@pytest.mark.parametrize(
    "text",
    [
        # the kin told after the people they are kin of
        "Four clerks at a bank in Chongjin were sent to a prison camp in May. "
        "The families of the four were expelled from their flats a month later.",
        # the kin told first, then other people of the same count
        "The pilot's parents were banished to a farm in the hills. "
        "Two commanders of his unit were expelled from the party.",
        # the kin named by an "of" phrase, with an apposition of their own
        "Three pupils of a school in Wonsan were expelled in March. "
        "The parents of one of the pupils, both clerks at a bank, lost their jobs.",
    ],
)
def test_the_kin_of_someone_are_people_of_their_own(text: str) -> None:
    punishments = [e for e in events_of(text) if e.type == "punishment"]
    assert len(punishments) == 2


def test_kin_pointed_back_to_by_a_pronoun_stay_one_event() -> None:
    text = (
        "The miner's family was sent to a labour camp in the north in April. "
        "They were sent to the camp without a trial."
    )
    punishments = [e for e in events_of(text) if e.type == "punishment"]
    assert len(punishments) == 1


def _trigger(text: str, word: str) -> SimpleNamespace:
    doc = analyse(Document(id="t", text=text, published="2024-06-01")).doc
    return SimpleNamespace(trigger=next(t for t in doc if t.lower_ == word))


def test_kin_of_an_outsider_and_a_member_of_a_family() -> None:
    assert _kin_of_someone(_trigger("The guard's wife was questioned for a week.", "questioned"))
    assert _kin_of_someone(_trigger("The parents of the two boys were fined.", "fined"))
    # a member of a family the report told of is one of that family, not kin of someone else
    assert not _kin_of_someone(_trigger("The family's youngest daughter was caught in May.", "caught"))
    assert not _kin_of_someone(_trigger("A family of six was caught near the river.", "caught"))
    assert not _kin_of_someone(_trigger("Two guards were questioned for a week.", "questioned"))


def test_two_kin_nouns_may_name_one_family() -> None:
    text = (
        "The whole family of a soldier who deserted was sent to a prison camp in March. "
        "According to the source, a family of four was taken to the camp after weeks of questioning."
    )
    punishments = [e for e in events_of(text) if e.type == "punishment"]
    assert len(punishments) == 1

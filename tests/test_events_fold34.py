"""Events stage (fold34): when two tellings of one event are joined, the fuller count wins.

- a later telling that counts the people told first together with companions it names ("he was
  detained … the boy was arrested with two friends") counts the event's people; the first
  telling's single person is only part of them.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def test_later_telling_with_companions_counts_the_people_told_first_and_them() -> None:
    text = (
        "He was detained for stealing electrical cable from a railway yard in Hyesan on August 20, "
        "a source said. The boy was arrested with two friends, who were held at the police station."
    )
    arrests = [
        e for e in events_of_type(text, "arrest") if e.victims is not None and e.victims.text == "The boy"
    ]
    assert len(arrests) == 1
    assert arrests[0].victims.count_min == 3


def test_later_telling_without_companions_keeps_the_first_count() -> None:
    text = (
        "Police in Musan detained four traders on May 2, a source said. "
        "The traders were arrested at the market."
    )
    arrests = events_of_type(text, "arrest")
    assert len(arrests) == 1
    assert arrests[0].victims.count_min == 4


def test_people_a_companion_was_sheltering_are_counted_with_him() -> None:
    text = (
        "Police in Yanji detained a pastor on Monday along with three North Korean women he had "
        "been hiding in his church, a church group said."
    )
    arrests = events_of_type(text, "arrest")
    assert len(arrests) == 1
    assert arrests[0].victims.count_min == 4


def test_people_who_sheltered_others_stay_an_arrest_of_their_own() -> None:
    text = "Police in Yanji detained a pastor on Monday along with two men who had been sheltering North Korean women."
    assert sorted(e.victims.count_min for e in events_of_type(text, "arrest")) == [1, 2]

"""Events stage (count56): a counted part of a group ("three of them") keeps its own count when
it is given a penalty the group's telling did not name, and when an appositive strands it out of
its clause in the parse.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def _counts(text: str, event_type: str) -> list[int | None]:
    return sorted((e.victims.count_min if e.victims else None) or 0 for e in events_of_type(text, event_type))


def test_a_part_sent_to_a_unit_after_a_confiscation_is_a_further_punishment() -> None:
    text = (
        "SEOUL, May 4 -- At least twenty women who kept selling rice were caught and had their goods "
        "confiscated, and three of them were sent to a labour training unit for a month."
    )
    assert _counts(text, "punishment") == [3, 20]


def test_a_part_fined_after_a_confiscation_is_a_further_punishment() -> None:
    text = (
        "SEOUL, May 4 -- At least a dozen vendors had their goods confiscated last week. Two of them "
        "were later released after paying fines."
    )
    assert _counts(text, "punishment") == [2, 12]


def test_a_part_whose_terms_spell_out_a_sentencing_is_the_same_punishment() -> None:
    text = "SEOUL, May 4 -- Six clerks were sentenced at a trial in Hamhung last week. Two of them received six years."
    assert _counts(text, "punishment") == [6]


def test_a_part_set_off_by_an_appositive_is_the_subject_of_its_own_verb() -> None:
    text = (
        "SEOUL, May 4 -- Four residents were detained and one of them, a woman in her fifties, has "
        "since been sent to a labour training unit for eight months."
    )
    assert _counts(text, "punishment") == [1]

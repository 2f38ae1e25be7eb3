"""Events stage (count56): a counted part of a group ("one of them") keeps its own count when an
appositive strands it out of its clause in the parse.

Every sentence here is invented for these tests.
"""

from __future__ import annotations

from events_helpers import events_of_type


def _counts(text: str, event_type: str) -> list[int | None]:
    return sorted((e.victims.count_min if e.victims else None) or 0 for e in events_of_type(text, event_type))


def test_a_part_set_off_by_an_appositive_is_the_subject_of_its_own_verb() -> None:
    text = (
        "SEOUL, May 4 -- Four residents were detained and one of them, a woman in her fifties, has "
        "since been sent to a labour training unit for eight months."
    )
    assert _counts(text, "punishment") == [1]
